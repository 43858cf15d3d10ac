package referral_test

import (
	"strings"
	"testing"

	"github.com/candorbot/candor/referral"
)

// phones returns every phone and text entry of the crisis lines, for searching.
func phones(c referral.Crisis) string {
	var b strings.Builder
	for _, l := range c.Lines {
		b.WriteString(l.Phone + " | " + l.Text + "\n")
	}
	return b.String()
}

func TestCrisis(t *testing.T) {
	d := data(t)
	tests := []struct {
		r         referral.Region
		emergency string
		numbers   []string
	}{
		{region("GB", "GB-ENG", "London"), "999", []string{"116 123", "85258", "0808 2000 247", "0800 1111"}},
		{region("US", "US-IL", ""), "911", []string{"988", "800-656-4673", "800-799-7233", "88788", "1-866-488-7386", "678-678", "1-800-422-4453"}},
		{region("AU", "", ""), "000", []string{"13 11 14", "1800 737 732", "1800 184 527", "1800 55 1800"}},
		{region("CA", "CA-ON", "Toronto"), "911", []string{"988", "1-800-668-6868", "686868"}},
		{region("IE", "IE-L", "Dublin"), "112 or 999", []string{"116 123", "1800 247 247", "50808", "1800 77 8888", "1800 341 900"}},
		{region("NZ", "", ""), "111", []string{"1737", "0800 543 354", "0800 044 334", "0800 688 5463", "0800 376 633"}},
		// Issue 14's countries added in December 2026, and five that Discord locales imply.
		{region("BR", "", ""), "190", []string{"180", "188"}},
		{region("TR", "", ""), "112", []string{"183"}},
		{region("RU", "", ""), "112", []string{"8-800-2000-122"}},
		{region("IN", "", ""), "112", []string{"14416"}},
		{region("ES", "", ""), "112", []string{"024", "717 003 717"}},
		{region("MX", "", ""), "911", []string{"800-911-2000"}},
		{region("ID", "", ""), "112", nil},
		{region("SE", "", ""), "112", []string{"90101"}},
		{region("JP", "", ""), "119 or 110", []string{"0570-064-556", "0570-783-556", "0120-0-78310"}},
		{region("AR", "", ""), "911", []string{"0800-999-0091"}},
		{region("FI", "", ""), "112", []string{"09 2525 0111", "09 2525 0116"}},
		{region("CZ", "", ""), "112", []string{"116 111", "116 123"}},
		{region("NO", "", ""), "113 or 112", []string{"116 123", "22 40 00 40", "116 111"}},
		{region("UA", "", ""), "112 or 103", []string{"7333"}},
		{region("DK", "", ""), "112", []string{"70 201 201"}},
	}
	for _, tt := range tests {
		t.Run(tt.r.Country, func(t *testing.T) {
			c := d.Crisis(tt.r)
			if c.Emergency != tt.emergency {
				t.Errorf("Emergency = %q, want %q", c.Emergency, tt.emergency)
			}
			if c.Region != region(tt.r.Country, "", "") {
				t.Errorf("Region = %v, want the country %s", c.Region, tt.r.Country)
			}
			all := phones(c)
			for _, n := range tt.numbers {
				if !strings.Contains(all, n) {
					t.Errorf("no line with %q in\n%s", n, all)
				}
			}
			if c.International.URL != "https://findahelpline.com" {
				t.Errorf("International = %+v, want findahelpline.com", c.International)
			}
			if !strings.Contains(c.Summary, strings.Fields(tt.emergency)[0]) {
				t.Errorf("Summary %q does not give the emergency number", c.Summary)
			}
		})
	}
}

func TestCrisisSubdivisionLines(t *testing.T) {
	d := data(t)
	scot := phones(d.Crisis(region("GB", "GB-SCT", "")))
	eng := phones(d.Crisis(region("GB", "GB-ENG", "")))
	uk := phones(d.Crisis(region("GB", "", "")))
	if !strings.Contains(scot, "08088 01 03 02") || strings.Contains(scot, "0808 500 2222") {
		t.Errorf("Scotland lines: want Rape Crisis Scotland only:\n%s", scot)
	}
	if strings.Contains(eng, "08088 01 03 02") || !strings.Contains(eng, "0808 500 2222") {
		t.Errorf("England lines: want Rape Crisis England & Wales only:\n%s", eng)
	}
	if !strings.Contains(uk, "08088 01 03 02") || !strings.Contains(uk, "0808 500 2222") {
		t.Errorf("UK lines: want both:\n%s", uk)
	}
}

func TestCrisisInternational(t *testing.T) {
	d := data(t)
	// Countries with no crisis entry: Mongolia and Antarctica.
	for _, r := range []referral.Region{{}, region("MN", "", "Ulaanbaatar"), region("AQ", "", "")} {
		c := d.Crisis(r)
		if !c.Region.IsZero() || c.Emergency != "" || len(c.Lines) != 0 {
			t.Errorf("Crisis(%v) = %+v, want international only", r, c)
		}
		if c.International.URL != "https://findahelpline.com" || !strings.Contains(c.Summary, "findahelpline.com") {
			t.Errorf("Crisis(%v) international = %+v, summary %q", r, c.International, c.Summary)
		}
		links := c.Links()
		if len(links) != 1 || links[0].URL != "https://findahelpline.com" {
			t.Errorf("Crisis(%v).Links() = %v, want findahelpline only", r, links)
		}
	}
}

func TestCrisisLinks(t *testing.T) {
	d := data(t)
	c := d.Crisis(region("US", "", ""))
	links := c.Links()
	if len(links) != len(c.Lines)+2 {
		t.Fatalf("%d links for %d lines, want emergency + lines + international", len(links), len(c.Lines))
	}
	if l := links[0]; l.Kind != referral.KindEmergency || l.URL != "tel:911" || !strings.Contains(l.Title, "911") {
		t.Errorf("first link = %+v, want the emergency number", l)
	}
	if l := links[1]; l.Kind != referral.KindCrisis || !strings.Contains(l.Description, "Call 988") || !strings.Contains(l.Description, "Text 988") {
		t.Errorf("second link = %+v, want 988 with how to reach it", l)
	}
	if l := links[len(links)-1]; l.URL != "https://findahelpline.com" {
		t.Errorf("last link = %+v, want findahelpline", l)
	}
	if got := d.Crisis(region("IE", "", "")).Links()[0].URL; got != "tel:112" {
		t.Errorf("Ireland emergency link = %q, want tel:112", got)
	}
}

func TestCrisisForCategory(t *testing.T) {
	d := data(t)
	c := d.Crisis(region("US", "", ""))
	for _, cat := range []string{referral.CategorySexualViolence, referral.CategoryLGBTQYouth, referral.CategoryChildAbuse, "no-such-category"} {
		got := c.ForCategory(cat)
		if len(got) != len(c.Lines) {
			t.Fatalf("ForCategory(%q) has %d lines, want all %d", cat, len(got), len(c.Lines))
		}
		seenOther := false
		for _, l := range got {
			if l.Category != cat {
				seenOther = true
			} else if seenOther {
				t.Errorf("ForCategory(%q): %q comes after a line of another category", cat, l.Name)
			}
		}
	}
	if got := c.ForCategory(referral.CategorySexualViolence); !strings.Contains(got[0].Name, "RAINN") {
		t.Errorf("ForCategory(sexual-violence)[0] = %q, want RAINN", got[0].Name)
	}
	if got := c.ForCategory("no-such-category"); got[0].Name != c.Lines[0].Name {
		t.Errorf("ForCategory(unknown) changed the order")
	}
}

func TestLineContact(t *testing.T) {
	tests := []struct {
		l    referral.Line
		want string
	}{
		{referral.Line{Phone: "988", Text: "988", Chat: "https://988lifeline.org/chat", Hours: "24/7"}, "Call 988; Text 988; chat online; 24/7"},
		{referral.Line{Text: "Text SHOUT to 85258"}, "Text SHOUT to 85258"},
		{referral.Line{Phone: "116 123"}, "Call 116 123"},
	}
	for _, tt := range tests {
		if got := tt.l.Contact(); got != tt.want {
			t.Errorf("Contact() = %q, want %q", got, tt.want)
		}
	}
}
