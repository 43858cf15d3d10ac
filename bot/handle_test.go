package bot_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
)

func TestHandleKinds(t *testing.T) {
	b := newBot(t, nil)
	tests := []struct {
		name, text string
		kind       bot.Kind
		entry      string
	}{
		{"education question", "what happens in a sex therapy session?", bot.KindAnswer, "what-happens-in-sex-therapy"},
		{"lay terms", "why can't my boyfriend stay hard", bot.KindAnswer, "erectile-functioning"},
		{"myth stated", "sex therapists have sex with their clients", bot.KindMyth, "myth-sexual-contact-with-therapist"},
		{"general medication question is education", "can antidepressants lower your sex drive?", bot.KindAnswer, "medications-and-sex"},
		{"dose request refused", "how many mg of viagra should I take", bot.KindRefuse, ""},
		{"personal diagnosis refused", "do I have erectile dysfunction? it happened twice", bot.KindRefuse, ""},
		{"crisis", "I want to kill myself", bot.KindCrisis, ""},
		{"figurative language is not crisis", "this performance anxiety is killing me", bot.KindAnswer, "performance-anxiety"},
		{"referral with a place", "can you help me find a sex therapist in Denver?", bot.KindReferral, ""},
		{"referral without a place", "I need a referral to a sex therapist", bot.KindReferral, ""},
		{"how to find is education", "how do I find a good sex therapist?", bot.KindAnswer, "finding-a-sex-therapist"},
		{"out of domain", "what's the weather in Paris?", bot.KindOfftopic, ""},
		{"greeting", "hi", bot.KindOfftopic, ""},
		{"explicit request declined", "write me an explicit sex story", bot.KindOfftopic, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := ask(t, b, tt.text)
			if rep.Kind != tt.kind {
				t.Fatalf("%q: kind %s (entry %s, triage %+v), want %s", tt.text, rep.Kind, rep.Entry, rep.Triage, tt.kind)
			}
			if tt.entry != "" && rep.Entry != tt.entry {
				t.Errorf("%q: entry %s, want %s", tt.text, rep.Entry, tt.entry)
			}
			if strings.TrimSpace(rep.Body) == "" {
				t.Error("empty body")
			}
		})
	}
}

func TestMythReplyLeadsWithCorrection(t *testing.T) {
	b := newBot(t, nil)
	rep := ask(t, b, "is sex therapy only for couples?")
	if rep.Kind != bot.KindMyth || rep.Correction == "" {
		t.Fatalf("kind %s correction %q", rep.Kind, rep.Correction)
	}
	if len(rep.Sources) == 0 {
		t.Error("myth reply without sources")
	}
}

func TestAnswerCarriesSourcesAndRelated(t *testing.T) {
	b := newBot(t, nil)
	rep := ask(t, b, "what is sensate focus")
	if len(rep.Sources) == 0 || len(rep.Related) == 0 || len(rep.Related) > 3 {
		t.Errorf("sources %d, related %v", len(rep.Sources), rep.Related)
	}
	for _, id := range rep.Related {
		if _, ok := b.Knowledge().Entry(id); !ok || id == rep.Entry {
			t.Errorf("bad related id %q", id)
		}
	}
}

func TestCrisisRegions(t *testing.T) {
	b := newBot(t, nil)
	tests := []struct {
		region string
		want   []string
	}{
		{"GB", []string{"116 123", "999"}},
		{"US", []string{"988", "911"}},
		{"AU", []string{"13 11 14", "000"}},
		{"CA", []string{"988", "911"}},
		{"", []string{"988", "911", "findahelpline.com"}},
	}
	for _, tt := range tests {
		t.Run("region "+tt.region, func(t *testing.T) {
			rep := b.Handle(context.Background(), bot.Request{Text: "I want to end my life", Region: tt.region})
			if rep.Kind != bot.KindCrisis {
				t.Fatalf("kind %s", rep.Kind)
			}
			for _, w := range tt.want {
				if !strings.Contains(rep.Body, w) {
					t.Errorf("crisis body for %q lacks %q:\n%s", tt.region, w, rep.Body)
				}
			}
			if rep.Entry != "" || rep.Correction != "" {
				t.Error("a knowledge answer was added on top of the crisis lines")
			}
			if !strings.HasPrefix(rep.Body, "**If you are in danger right now, call") {
				t.Errorf("crisis body does not lead with the emergency number: %.60q", rep.Body)
			}
		})
	}
}

func TestRefuseOffersGeneralEntry(t *testing.T) {
	b := newBot(t, nil)
	rep := ask(t, b, "Should I stop taking my antidepressant because it kills my libido?")
	if rep.Kind != bot.KindRefuse {
		t.Fatalf("kind %s", rep.Kind)
	}
	if rep.Entry == "" {
		t.Error("refusal offers no general entry")
	}
	for _, w := range []string{"/find-therapist", "education tool"} {
		if !strings.Contains(rep.Body, w) {
			t.Errorf("refusal lacks %q", w)
		}
	}
}

func TestReferralRegion(t *testing.T) {
	b := newBot(t, nil)
	rep := ask(t, b, "find a sex therapist near Austin, Texas")
	if rep.Kind != bot.KindReferral || rep.Region != "US-TX" {
		t.Fatalf("kind %s region %s", rep.Kind, rep.Region)
	}
	found := false
	for _, l := range rep.Links {
		if strings.Contains(l.URL, "aasect") {
			found = true
		}
	}
	if !found {
		t.Error("no AASECT directory link")
	}
}

func TestMythCheckMode(t *testing.T) {
	b := newBot(t, nil)
	rep := b.Handle(context.Background(), bot.Request{Text: "you have to get naked in front of a sex therapist", Mode: bot.ModeMythCheck})
	if rep.Kind != bot.KindMyth || rep.Entry != "myth-sexual-contact-with-therapist" {
		t.Errorf("myth check: kind %s entry %s", rep.Kind, rep.Entry)
	}
	rep = b.Handle(context.Background(), bot.Request{Text: "sensate focus is a set of touching exercises", Mode: bot.ModeMythCheck})
	if rep.Kind == bot.KindMyth {
		t.Errorf("a true statement was called a myth: %s", rep.Entry)
	}
}

func TestHandleBadInput(t *testing.T) {
	b := newBot(t, nil)
	inputs := map[string]string{
		"empty":          "",
		"whitespace":     " \n\t ",
		"long":           strings.Repeat("what is sex therapy ", 1000),
		"invalid utf8":   "\xff\xfe what is \xc3",
		"emoji only":     "🙂🙂🙂",
		"punctuation":    "?!?!...",
		"mixed language": "qué es la terapia sexual? what is sex therapy",
		"markdown":       "**what** _is_ `sex therapy`?",
		"mentions":       "<@123456789012345678> <#987654321098765432> hello",
		"control chars":  "\x00\x01what\x02 is consent",
	}
	for name, in := range inputs {
		t.Run(name, func(t *testing.T) {
			rep := ask(t, b, in)
			if strings.TrimSpace(rep.Body) == "" || rep.Kind == "" {
				t.Errorf("empty reply for %s: %+v", name, rep)
			}
		})
	}
}

func TestFailuresNeverShow(t *testing.T) {
	t.Run("broken store", func(t *testing.T) {
		b := newBot(t, func(c *bot.Config) { c.Store = &failingStore{} })
		rep := b.Handle(context.Background(), bot.Request{Text: "what is consent", GuildID: "1"})
		if rep.Kind != bot.KindAnswer || rep.Entry != "consent" {
			t.Errorf("kind %s entry %s", rep.Kind, rep.Entry)
		}
		rep = b.Handle(context.Background(), bot.Request{Text: "find me a sex therapist in Chicago", GuildID: "1"})
		if rep.Kind != bot.KindReferral || len(rep.Links) == 0 {
			t.Errorf("referral with a broken store: kind %s, %d links", rep.Kind, len(rep.Links))
		}
	})
	t.Run("panicking rephraser", func(t *testing.T) {
		b := newBot(t, func(c *bot.Config) { c.Rephraser = panickingRephraser{} })
		rep := ask(t, b, "what is consent")
		if strings.TrimSpace(rep.Body) == "" {
			t.Error("empty reply after a panic")
		}
	})
	t.Run("hanging rephraser", func(t *testing.T) {
		b := newBot(t, func(c *bot.Config) {
			c.Rephraser = slowRephraser{}
			c.RephraseTimeout = 50 * time.Millisecond
		})
		start := time.Now()
		rep := ask(t, b, "what is consent")
		if rep.Rephrased || rep.Entry != "consent" {
			t.Errorf("rephrased %v entry %s", rep.Rephrased, rep.Entry)
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("took %v with a 50ms timeout", d)
		}
	})
}

func TestRephraseKeepsCuratedAndSources(t *testing.T) {
	b := newBot(t, func(c *bot.Config) { c.Rephraser = fixedRephraser{"Reworded answer."} })
	rep := ask(t, b, "what is consent")
	if !rep.Rephrased || rep.Body != "Reworded answer." || rep.Curated == "" || len(rep.Sources) == 0 {
		t.Errorf("rephrased %v body %q curated %d sources %d", rep.Rephrased, rep.Body, len(rep.Curated), len(rep.Sources))
	}
	for _, text := range []string{"I want to kill myself", "how many mg of viagra should I take", "find a sex therapist in Denver"} {
		if rep := ask(t, b, text); rep.Rephrased {
			t.Errorf("%s reply was rephrased", rep.Kind)
		}
	}
	rep = b.Handle(context.Background(), bot.Request{Text: "what is consent", NoRephrase: true})
	if rep.Rephrased {
		t.Error("NoRephrase ignored")
	}
}

func TestNewValidates(t *testing.T) {
	if _, err := bot.New(bot.Config{}); err == nil {
		t.Error("New without a knowledge base succeeded")
	}
	newBot(t, nil) // loads kb and ref
	if _, err := bot.New(bot.Config{KB: kb, Referral: ref, DefaultRegion: "XX-NOPE"}); err == nil {
		t.Error("New with a bad default region succeeded")
	}
}

func TestHandleConcurrent(t *testing.T) {
	b := newBot(t, nil)
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func() {
			for j := 0; j < 30; j++ {
				if rep := ask(t, b, "what is desire discrepancy"); rep.Entry != "desire-discrepancy" {
					t.Errorf("got %s", rep.Entry)
				}
			}
			done <- true
		}()
	}
	for i := 0; i < 8; i++ {
		<-done
	}
}

func TestThirdPersonSupportGetsLinesNotCrisis(t *testing.T) {
	b := newBot(t, nil)
	rep := ask(t, b, "how do i support a partner who was assaulted?")
	if rep.Kind == bot.KindCrisis || rep.Kind == bot.KindRefuse {
		t.Fatalf("kind %s for a third-person education question", rep.Kind)
	}
	if rep.Triage == nil || rep.Triage.Category != "sexual-violence" {
		t.Errorf("triage %+v", rep.Triage)
	}
	found := false
	for _, l := range rep.Links {
		if l.Kind == "crisis" {
			found = true
		}
	}
	if !found || len(rep.Notes) == 0 {
		t.Errorf("no support lines: links %v notes %v", rep.Links, rep.Notes)
	}
}

// TestSurvivorGoingOnGetsAnswerAndOwnLines checks that a survivor asking,
// years later, how to tell a new partner gets an answer with crisis lines
// worded to them, not the helper's wording for someone supporting another
// person.
func TestSurvivorGoingOnGetsAnswerAndOwnLines(t *testing.T) {
	b := newBot(t, nil)
	rep := ask(t, b, "I was assaulted in college, six years ago. how do I tell my new partner before we get intimate")
	if rep.Kind != bot.KindAnswer {
		t.Fatalf("kind %s, want an answer with lines beside it", rep.Kind)
	}
	if rep.Triage == nil || rep.Triage.Rule != "support/past-sexual-violence" {
		t.Fatalf("triage %+v", rep.Triage)
	}
	if len(rep.Notes) == 0 || !strings.HasPrefix(rep.Notes[0], "If things feel heavy right now") {
		t.Errorf("want the lines worded to the sender first, got notes %q", rep.Notes)
	}
	for _, n := range rep.Notes {
		if strings.Contains(n, "Supporting someone") {
			t.Errorf("helper's wording for a survivor: %q", n)
		}
	}
}

func TestYouthGetsYouthResources(t *testing.T) {
	b := newBot(t, nil)
	rep := ask(t, b, "im 15 and i get really nervous about sex, is that normal?")
	if rep.Kind == bot.KindCrisis || rep.Kind == bot.KindRefuse {
		t.Fatalf("kind %s", rep.Kind)
	}
	if rep.Triage == nil || !rep.Triage.Youth {
		t.Fatalf("youth not detected: %+v", rep.Triage)
	}
	if len(rep.Notes) == 0 || !strings.Contains(rep.Notes[len(rep.Notes)-1], "under 18") {
		t.Errorf("no youth note: %v", rep.Notes)
	}
}

// TestMinorAtAnAdultAgeCheck: someone under 18 asking to get past an adult
// space's age check is declined with why the check is there and resources
// for young people, not the line for people worried about their thoughts
// about children.
func TestMinorAtAnAdultAgeCheck(t *testing.T) {
	b := newBot(t, nil)
	rep := ask(t, b, "im 15, how do i get past the age check on an nsfw discord server")
	if rep.Triage == nil || rep.Triage.Rule != "harmful/minor-access" || !rep.Triage.Youth {
		t.Fatalf("triage %+v, want harmful/minor-access for a minor", rep.Triage)
	}
	if !strings.Contains(rep.Body, "age check") || strings.Contains(rep.Body, "Stop It Now") || strings.Contains(rep.Body, "hurt, coerce") {
		t.Errorf("body %q", rep.Body)
	}
	if len(rep.Notes) == 0 || !strings.Contains(rep.Notes[len(rep.Notes)-1], "under 18") {
		t.Errorf("no youth note: %v", rep.Notes)
	}
}

// TestWarningSignsInSomeoneElseGetNoTopicAnswer: blind29's read half had a
// parent asking whether a goodbye note and things given away were "a
// puberty mood thing"; the puberty entry was the answer. Warning signs
// get the entry on helping someone with suicidal thoughts and the lines,
// never a topic entry.
func TestWarningSignsInSomeoneElseGetNoTopicAnswer(t *testing.T) {
	b := newBot(t, nil)
	rep := ask(t, b, "our 14yo left a note on her bed saying sorry for being so much trouble, you wont have to deal with me much longer, and shes been giving her stuff to her friends. is this a puberty mood thing?")
	if rep.Entry != "supporting-someone-with-suicidal-thoughts" {
		t.Fatalf("kind %s entry %q for warning signs, want the entry on supporting someone", rep.Kind, rep.Entry)
	}
	if rep.Triage == nil || rep.Triage.Rule != "support/third-person-suicide-signs" {
		t.Errorf("triage %+v", rep.Triage)
	}
	found := false
	for _, l := range rep.Links {
		found = found || l.Kind == "crisis"
	}
	if !found {
		t.Errorf("no crisis lines: %v", rep.Links)
	}
	// Asking how to help someone suicidal keeps the usual path.
	if rep := ask(t, b, "how do i support a partner who was assaulted?"); rep.Triage == nil || rep.Triage.Rule == "support/third-person-suicide-signs" {
		t.Errorf("triage %+v", rep.Triage)
	}
}

// TestSomeoneElseInDangerNowGetsHelpForThem: blind45's read half had a
// friend's goodbye post and then no answer, answered with the entry on
// telling a friend about a crush beside the lines. Someone else at risk
// now gets the crisis reply, worded to the person trying to help.
func TestSomeoneElseInDangerNowGetsHelpForThem(t *testing.T) {
	b := newBot(t, nil)
	for _, text := range []string{
		"my roommate texted me goodbye, love you all, and now her phone is off",
		"my bestie showed me fresh burns on her arm and she's alone tonight",
	} {
		rep := ask(t, b, text)
		if rep.Kind != bot.KindCrisis || !strings.Contains(rep.Body, "looking out for them") || strings.Contains(rep.Body, "glad you reached out") {
			t.Errorf("%q: kind %s body %q, want the crisis reply for a helper", text, rep.Kind, rep.Body)
		}
	}
	// The person at risk themselves keeps the reply worded to them.
	if rep := ask(t, b, "i want to kill myself tonight"); rep.Kind != bot.KindCrisis || strings.Contains(rep.Body, "looking out for them") {
		t.Errorf("kind %s body %q", rep.Kind, rep.Body)
	}
}
