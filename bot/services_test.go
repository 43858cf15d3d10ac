package bot_test

import (
	"strings"
	"testing"

	"github.com/candorbot/candor/bot"
)

// Someone looking for a place to get tested or to get contraception is
// pointed to sexual-health service finders for their region, never to
// therapist directories; questions about those services stay education.
func TestServicesReferral(t *testing.T) {
	b := newBot(t, nil)
	for _, c := range []struct {
		text, region, link string
	}{
		{"sti clinic near me", "US", "opa.hhs.gov"},
		{"find a sexual health clinic", "US", "gettested.cdc.gov"},
		{"where can i get tested for stds in london", "GB-ENG", "nhs.uk/service-search/sexual-health-services"},
		{"where can i get tested in dublin", "IE-L", "sexualwellbeing.ie"},
		{"i need a clinic for hiv testing in sydney", "AU-NSW", "healthdirect.gov.au"},
	} {
		rep := ask(t, b, c.text)
		if rep.Kind != bot.KindReferral || rep.Title != "Finding sexual-health services" {
			t.Errorf("%q: kind %s title %q, want the services referral", c.text, rep.Kind, rep.Title)
			continue
		}
		if rep.Region != c.region {
			t.Errorf("%q: region %s, want %s", c.text, rep.Region, c.region)
		}
		found := false
		for _, l := range rep.Links {
			if strings.Contains(l.URL, "aasect") || strings.Contains(l.URL, "psychologytoday") {
				t.Errorf("%q: a therapist directory %s in a services reply", c.text, l.URL)
			}
			found = found || strings.Contains(l.URL, c.link)
		}
		if !found || !strings.Contains(rep.Body, c.link) {
			t.Errorf("%q: no %s link in %v / body", c.text, c.link, rep.Links)
		}
		if rep.Triage == nil || rep.Triage.Rule != "referral/services" {
			t.Errorf("%q: triage %+v, want rule referral/services", c.text, rep.Triage)
		}
		if len(rep.Related) == 0 || rep.Related[0] != "sti-testing" {
			t.Errorf("%q: related %v, want sti-testing first", c.text, rep.Related)
		}
	}

	t.Run("no finder for the region", func(t *testing.T) {
		rep := ask(t, b, "sti clinic in berlin")
		if rep.Kind != bot.KindReferral || rep.Region != "DE" || len(rep.Links) != 0 {
			t.Fatalf("kind %s region %s links %v", rep.Kind, rep.Region, rep.Links)
		}
		if !strings.Contains(rep.Body, "don't have a checked clinic finder") {
			t.Errorf("body does not say there is no finder: %s", rep.Body)
		}
	})

	t.Run("education and therapists stay as they were", func(t *testing.T) {
		for _, text := range []string{
			"what happens at a sexual health clinic",
			"where do you get tested for chlamydia",
			"where can i get the morning after pill",
			"is there somewhere i can get free condoms",
			"free sti testing in the uk",
		} {
			if rep := ask(t, b, text); rep.Kind == bot.KindReferral {
				t.Errorf("%q: a referral (%q), want the knowledge base's reply", text, rep.Title)
			}
		}
		rep := ask(t, b, "i need a sex therapist near me to talk about std anxiety")
		if rep.Title != "Finding a therapist" {
			t.Errorf("a therapist request got %q", rep.Title)
		}
	})
}

// A services request that also asks what an entry answers gets the entry,
// with the region's finders added as links and a note; a bare request for
// a place keeps the finder reply (TestServicesReferral).
func TestServicesWithAnEntryAnswerTheQuestionToo(t *testing.T) {
	b := newBot(t, nil)
	for _, c := range []struct {
		text, entry, region, link string
	}{
		{"where can i get prep in manchester", "prep-and-pep", "GB-ENG", "nhs.uk/service-search/sexual-health-services"},
		{"can you get emergency contraception without a prescription or do i need to see a doctor", "emergency-contraception", "US", "opa.hhs.gov"},
	} {
		rep := ask(t, b, c.text)
		if rep.Kind != bot.KindAnswer || rep.Entry != c.entry {
			t.Errorf("%q: kind %s entry %q, want the answer %s", c.text, rep.Kind, rep.Entry, c.entry)
			continue
		}
		if rep.Region != c.region {
			t.Errorf("%q: region %s, want %s", c.text, rep.Region, c.region)
		}
		found := false
		for _, l := range rep.Links {
			found = found || strings.Contains(l.URL, c.link)
		}
		note := strings.Join(rep.Notes, "\n")
		if !found || !strings.Contains(note, "Where to go in") {
			t.Errorf("%q: no %s finder in links %v or notes %q", c.text, c.link, rep.Links, note)
		}
		if rep.Triage == nil || rep.Triage.Rule != "referral/services" {
			t.Errorf("%q: triage %+v, want rule referral/services", c.text, rep.Triage)
		}
	}

	t.Run("no finder for the region", func(t *testing.T) {
		rep := ask(t, b, "where can i get prep in berlin")
		if rep.Kind != bot.KindAnswer || rep.Region != "DE" || len(rep.Links) != 0 {
			t.Fatalf("kind %s region %s links %v", rep.Kind, rep.Region, rep.Links)
		}
		if note := strings.Join(rep.Notes, "\n"); !strings.Contains(note, "Where to go: a sexual-health") {
			t.Errorf("notes do not say where to go: %q", note)
		}
	})
}
