package bot

import (
	"context"
	"testing"

	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

// A message the safety model reads as small talk gets an entry only when
// the search is more sure of it than not (smallTalkBar); below that it
// gets the off-topic reply, never an unrelated entry. The same message
// without the small-talk reading is answered as before.
func TestSmallTalkNeedsASureAnswer(t *testing.T) {
	kb, err := knowledge.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := referral.Load()
	if err != nil {
		t.Fatal(err)
	}
	b, err := New(Config{KB: kb, Referral: ref, DefaultRegion: "US"})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	ctx := context.Background()
	inBand, sure := 0, 0
	for _, text := range []string{
		"server dead lol", "chat is dead lol", "this server is so dead",
		"my dog has a red rash on his belly after walks in the grass, what could it be",
		"best protein powder for bulking that doesnt taste like chalk",
		"when is it safe to move my toddler from a cot to a big bed",
		"what is sex therapy", "can stress cause erection problems",
	} {
		res := b.search(ctx, text, knowledge.SearchOptions{Limit: 5})
		plain := b.answerGated(ctx, Request{Text: text}, text, false)
		gated := b.answerGated(ctx, Request{Text: text}, text, true)
		answered := func(r Reply) bool { return r.Kind == KindAnswer || r.Kind == KindMyth }
		switch {
		case res.Confidence >= smallTalkBar:
			sure++
			if !answered(gated) || gated.Entry != plain.Entry {
				t.Errorf("%q (confidence %.2f): small talk got %s %q, want the plain answer %s %q", text, res.Confidence, gated.Kind, gated.Entry, plain.Kind, plain.Entry)
			}
		case res.Confidence >= answerBar(res):
			inBand++
			if !answered(plain) || gated.Kind != KindOfftopic {
				t.Errorf("%q (confidence %.2f): plain %s, small talk %s; want an answer and offtopic", text, res.Confidence, plain.Kind, gated.Kind)
			}
		default:
			if answered(gated) {
				t.Errorf("%q (confidence %.2f): small talk answered below the bar", text, res.Confidence)
			}
		}
	}
	if inBand == 0 || sure == 0 {
		t.Fatalf("no message between the answer bar and smallTalkBar (%d) or above it (%d): pick others", inBand, sure)
	}
}
