package bot_test

import (
	"context"
	"testing"

	"github.com/candorbot/candor/bot"
)

func TestConversationReadsABarePlaceAfterAReferralPrompt(t *testing.T) {
	b := newBot(t, nil)
	ctx := context.Background()
	steps := []struct {
		text       string
		kind       bot.Kind
		regionName string
	}{
		{"I need a therapist", bot.KindReferral, "United States"},
		{"Leeds", bot.KindReferral, "Leeds, England, United Kingdom"},
		{"Leeds", bot.KindOfftopic, ""}, // no prompt before it this time
		{"I need a therapist", bot.KindReferral, "United States"},
		{"I want to end my life in Leeds", bot.KindCrisis, ""}, // triage first
		{"I need a therapist", bot.KindReferral, "United States"},
		{"what is sensate focus", bot.KindAnswer, ""}, // a question is still a question
		{"Leeds", bot.KindOfftopic, ""},
	}
	var conv bot.Conversation
	for i, st := range steps {
		rep := b.Converse(ctx, &conv, bot.Request{Text: st.text})
		if rep.Kind != st.kind || (st.regionName != "" && rep.RegionName != st.regionName) {
			t.Errorf("step %d %q: %s in %q, want %s in %q", i, st.text, rep.Kind, rep.RegionName, st.kind, st.regionName)
		}
	}
	if rep := b.Handle(ctx, bot.Request{Text: "Leeds"}); rep.Kind == bot.KindReferral {
		t.Error("Handle, outside a conversation, read a bare place as a referral request")
	}
}
