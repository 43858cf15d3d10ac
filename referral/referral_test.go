package referral_test

import (
	"strings"
	"testing"

	"github.com/candorbot/candor/referral"
)

// linkWith returns the first link whose URL contains s, or nil.
func linkWith(links []referral.Link, s string) *referral.Link {
	for i := range links {
		if strings.Contains(links[i].URL, s) {
			return &links[i]
		}
	}
	return nil
}

func titles(links []referral.Link) []string {
	var out []string
	for _, l := range links {
		out = append(out, l.Title)
	}
	return out
}

func TestReferralQualityBar(t *testing.T) {
	d := data(t)

	t.Run("Chicago has AASECT and a Psychology Today Illinois/Chicago link", func(t *testing.T) {
		ref := d.Referral(d.ParseLocation("Chicago, IL").Region, referral.Filter{})
		aasect := linkWith(ref.Directories, "aasect.org")
		if aasect == nil {
			t.Fatalf("no AASECT link in %v", titles(ref.Directories))
		}
		if !strings.Contains(aasect.Description, "Chicago, IL") {
			t.Errorf("AASECT description %q does not say what to search for", aasect.Description)
		}
		pt := linkWith(ref.Directories, "psychologytoday.com/us/therapists/il/chicago")
		if pt == nil {
			t.Fatalf("no Psychology Today Chicago link in %v", ref.Directories)
		}
		// The sex-therapy query parameter could not be confirmed on Psychology Today's own
		// pages (2026-12-01), so links must not carry it.
		if strings.Contains(pt.URL, "category=sex-therapy") {
			t.Errorf("Psychology Today link %q carries the unconfirmed sex-therapy filter", pt.URL)
		}
		if ref.Hint != "" {
			t.Errorf("Hint = %q for a known city", ref.Hint)
		}
		if !strings.Contains(ref.CrisisLine, "911") || !strings.Contains(ref.CrisisLine, "988") {
			t.Errorf("CrisisLine = %q, want 911 and 988", ref.CrisisLine)
		}
	})

	t.Run("Manchester UK has COSRT", func(t *testing.T) {
		ref := d.Referral(d.ParseLocation("Manchester, UK").Region, referral.Filter{})
		if linkWith(ref.Directories, "cosrt.org.uk") == nil {
			t.Errorf("no COSRT link in %v", titles(ref.Directories))
		}
		if linkWith(ref.Directories, "psychologytoday.com/gb/counselling/eng/manchester") == nil {
			t.Errorf("no Psychology Today Manchester link in %v", ref.Directories)
		}
		if !strings.Contains(ref.CrisisLine, "999") || !strings.Contains(ref.CrisisLine, "116 123") {
			t.Errorf("CrisisLine = %q, want 999 and 116 123", ref.CrisisLine)
		}
	})

	t.Run("Sydney is AU-NSW with Australian directories", func(t *testing.T) {
		loc := d.ParseLocation("Sydney")
		if loc.Region.Code() != "AU-NSW" {
			t.Fatalf("Sydney = %v, want AU-NSW", loc.Region)
		}
		ref := d.Referral(loc.Region, referral.Filter{})
		if linkWith(ref.Directories, "societyaustraliansexologists.org.au") == nil {
			t.Errorf("no Society of Australian Sexologists link in %v", titles(ref.Directories))
		}
		if linkWith(ref.Directories, "psychologytoday.com/au/counselling/nsw/sydney") == nil {
			t.Errorf("no Psychology Today Sydney link in %v", ref.Directories)
		}
		if linkWith(ref.Directories, "openpathcollective.org") != nil {
			t.Errorf("Open Path (US only) listed for Sydney")
		}
	})

	t.Run("Toronto is CA-ON", func(t *testing.T) {
		loc := d.ParseLocation("Toronto")
		if loc.Region.Code() != "CA-ON" {
			t.Fatalf("Toronto = %v, want CA-ON", loc.Region)
		}
		ref := d.Referral(loc.Region, referral.Filter{})
		if linkWith(ref.Directories, "psychologytoday.com/ca/therapists/on/toronto") == nil {
			t.Errorf("no Psychology Today Toronto link in %v", ref.Directories)
		}
		if linkWith(ref.Directories, "bestco.info") == nil {
			t.Errorf("no Ontario sex-therapy directory in %v", titles(ref.Directories))
		}
	})

	t.Run("94110 is US-CA", func(t *testing.T) {
		if got := d.ParseLocation("94110").Region; got != region("US", "US-CA", "") {
			t.Errorf("94110 = %v, want US-CA", got)
		}
	})

	t.Run("London is GB", func(t *testing.T) {
		if got := d.ParseLocation("London").Region; got.Country != "GB" {
			t.Errorf("London = %v, want GB", got)
		}
	})
}

func TestDirectories(t *testing.T) {
	d := data(t)
	illinois := region("US", "US-IL", "")
	tests := []struct {
		name    string
		r       referral.Region
		f       referral.Filter
		first   string   // URL substring of the first link
		has     []string // URL substrings that must appear
		hasNot  []string // URL substrings that must not appear
		urlHas  []string // substrings of the Psychology Today URL, when there is one
		descHas string   // substring of some description
	}{
		{name: "state depth", r: illinois, first: "aasect.org", has: []string{"psychologytoday.com/us/therapists/illinois", "openpathcollective.org"}, hasNot: []string{"inclusivetherapists.com", "worldsexualhealth.net"}},
		{name: "country depth", r: region("US", "", ""), has: []string{"psychologytoday.com/us/therapists"}, hasNot: []string{"category=sex-therapy"}},
		{name: "lgbtq focus", r: illinois, f: referral.Filter{Focus: "LGBTQ+ affirming"}, first: "inclusivetherapists.com", has: []string{"category=lgbtq"}, hasNot: []string{"category=sex-therapy"}},
		{name: "queer focus in the UK", r: region("GB", "GB-ENG", "London"), f: referral.Filter{Focus: "queer sex therapy"}, first: "pinktherapy.com", has: []string{"cosrt.org.uk"}},
		{name: "trans focus", r: region("CA", "CA-BC", "Vancouver"), f: referral.Filter{Focus: "trans"}, has: []string{"inclusivetherapists.com", "psychologytoday.com/ca/therapists/bc/vancouver?category=lgbtq"}},
		{name: "couples focus has no sex-therapy filter", r: illinois, f: referral.Filter{Focus: "couples"}, has: []string{"psychologytoday.com/us/therapists/illinois"}, hasNot: []string{"category="}},
		{name: "low cost moves Open Path up", r: illinois, f: referral.Filter{LowCost: true}, first: "openpathcollective.org", descHas: "sliding-scale"},
		{name: "online", r: illinois, f: referral.Filter{Online: true}, descHas: "telehealth"},
		{name: "unknown region is international only", r: referral.Region{}, first: "aasect.org", has: []string{"worldsexualhealth.net", "psychologytoday.com/"}, hasNot: []string{"psychologytoday.com/us", "cosrt"}},
		{name: "uncovered country falls back", r: region("DE", "", "Berlin"), has: []string{"aasect.org", "worldsexualhealth.net"}, hasNot: []string{"psychologytoday.com/us"}},
		{name: "Quebec has the Ordre des psychologues and Open Path", r: region("CA", "CA-QC", "Montreal"), f: referral.Filter{LowCost: true}, has: []string{"ordrepsy.qc.ca", "openpathcollective.org"}, descHas: "one-time membership fee"},
		{name: "Ontario has no Quebec directory", r: region("CA", "CA-ON", "Toronto"), has: []string{"openpathcollective.org", "bestco.info"}, hasNot: []string{"ordrepsy.qc.ca"}},
		{name: "Ireland by province", r: region("IE", "IE-L", "Dublin"), has: []string{"psychologytoday.com/ie/counselling/leinster"}, hasNot: []string{"worldsexualhealth.net"}},
		{name: "Connacht slug", r: region("IE", "IE-C", "Galway"), has: []string{"psychologytoday.com/ie/counselling/connacht"}},
		{name: "New Zealand by region", r: region("NZ", "NZ-HKB", "Napier"), has: []string{"psychologytoday.com/nz/counselling/hawke-s-bay"}},
		{name: "NZ slug override", r: region("NZ", "NZ-MWT", ""), has: []string{"psychologytoday.com/nz/counselling/manawatu-wanganui"}},
		{name: "city slug override", r: region("US", "US-MO", "St. Louis"), has: []string{"psychologytoday.com/us/therapists/mo/saint-louis"}},
		{name: "multi-word city", r: region("US", "US-NC", "Winston-Salem"), has: []string{"psychologytoday.com/us/therapists/nc/winston-salem"}},
		{name: "Ontario has ASTO", r: region("CA", "CA-ON", ""), has: []string{"bestco.info"}},
		{name: "Quebec has no Ontario directory", r: region("CA", "CA-QC", "Montreal"), hasNot: []string{"bestco.info"}, has: []string{"psychologytoday.com/ca/therapists/qc/montreal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			links := d.Directories(tt.r, tt.f)
			if len(links) == 0 {
				t.Fatal("no links")
			}
			if tt.first != "" && !strings.Contains(links[0].URL, tt.first) {
				t.Errorf("first link = %s, want %s; all: %v", links[0].URL, tt.first, titles(links))
			}
			for _, s := range tt.has {
				if linkWith(links, s) == nil {
					t.Errorf("no link containing %q in %v", s, links)
				}
			}
			for _, s := range tt.hasNot {
				if l := linkWith(links, s); l != nil {
					t.Errorf("unexpected link %s", l.URL)
				}
			}
			if tt.descHas != "" {
				found := false
				for _, l := range links {
					found = found || strings.Contains(l.Description, tt.descHas)
				}
				if !found {
					t.Errorf("no description mentions %q", tt.descHas)
				}
			}
			for _, l := range links {
				if l.Kind != referral.KindDirectory || l.Title == "" || l.Description == "" {
					t.Errorf("incomplete link %+v", l)
				}
			}
		})
	}
}

func TestReferral(t *testing.T) {
	d := data(t)
	tests := []struct {
		name      string
		r         referral.Region
		board     string // words from the licence-check item
		training  string
		hint      string
		crisisHas string
	}{
		{"US", region("US", "US-IL", "Chicago"), "state licensing board", "AASECT", "", "988"},
		{"Canada", region("CA", "CA-ON", "Toronto"), "provincial college", "ASTO", "", "988"},
		{"UK", region("GB", "GB-SCT", ""), "HCPC", "COSRT", "", "116 123"},
		{"Ireland", region("IE", "", ""), "CORU", "psychosexual", referral.HintCountry, "112"},
		{"Australia", region("AU", "AU-NSW", "Sydney"), "AHPRA", "Society of Australian Sexologists", "", "13 11 14"},
		{"New Zealand", region("NZ", "NZ-AUK", "Auckland"), "Psychologists Board", "AASECT", "", "1737"},
		{"Germany", region("DE", "", ""), "regulates therapists", "AASECT", "", "findahelpline.com"},
		{"elsewhere", region("MN", "", ""), "regulates therapists", "AASECT", "", "findahelpline.com"},
		{"unknown", referral.Region{}, "regulates therapists", "AASECT", referral.HintUnknown, "findahelpline.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref := d.Referral(tt.r, referral.Filter{})
			if ref.Region != tt.r {
				t.Errorf("Region = %v, want %v", ref.Region, tt.r)
			}
			all := strings.Join(ref.Checklist, "\n")
			for _, want := range []string{tt.board, tt.training, "not an endorsement", "sliding-scale", "telehealth"} {
				if !strings.Contains(all, want) {
					t.Errorf("checklist does not mention %q:\n%s", want, all)
				}
			}
			if ref.Hint != tt.hint {
				t.Errorf("Hint = %q, want %q", ref.Hint, tt.hint)
			}
			if !strings.Contains(ref.CrisisLine, tt.crisisHas) || strings.Contains(ref.CrisisLine, "\n") {
				t.Errorf("CrisisLine = %q, want one line mentioning %q", ref.CrisisLine, tt.crisisHas)
			}
			if linkWith(ref.Directories, "aasect.org") == nil {
				t.Errorf("no AASECT link in %v", titles(ref.Directories))
			}
		})
	}
}
