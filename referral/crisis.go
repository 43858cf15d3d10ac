package referral

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Crisis is what to show someone who may be in crisis: the emergency number and crisis lines
// for a country, or only the international directory when the country is not covered.
type Crisis struct {
	Region        Region `json:"region"`    // the country whose data was used; zero for international
	Emergency     string `json:"emergency"` // "911", "999", "000", "112 or 999"; "" for international
	Lines         []Line `json:"lines"`
	International Link   `json:"international"` // always findahelpline.com
	Summary       string `json:"summary"`       // one line: "If you are in danger, call 911; in crisis, call or text 988."
}

// Line is a crisis or support line.
type Line struct {
	Name        string   `json:"name"`
	Category    string   `json:"category"` // see the Category constants
	Phone       string   `json:"phone,omitempty"`
	Text        string   `json:"text,omitempty"` // a number, or an instruction such as "Text START to 88788"
	Chat        string   `json:"chat,omitempty"` // URL of a web chat
	URL         string   `json:"url"`
	Hours       string   `json:"hours,omitempty"`     // only what the source page says; "" when it says nothing
	Languages   []string `json:"languages,omitempty"` // languages the source page names, in English
	Coverage    []string `json:"coverage,omitempty"`  // subdivisions served when not the whole country
	Source      string   `json:"source"`              // page the details were checked against
	Verified    string   `json:"verified"`            // date the entry was last reviewed, YYYY-MM-DD
	Unconfirmed bool     `json:"unconfirmed,omitempty"`
	Note        string   `json:"note,omitempty"` // for maintainers: what the source did and did not confirm
}

// Line categories.
const (
	CategorySuicideCrisis  = "suicide-crisis"
	CategorySexualViolence = "sexual-violence"
	CategoryDomesticAbuse  = "domestic-abuse"
	CategoryLGBTQYouth     = "lgbtq-youth"
	CategoryLGBTQ          = "lgbtq" // LGBTQ+ support lines for all ages
	CategoryChildAbuse     = "child-abuse"
	CategoryYouth          = "youth" // general helplines for children and young people
)

var categories = map[string]bool{
	CategorySuicideCrisis: true, CategorySexualViolence: true, CategoryDomesticAbuse: true,
	CategoryLGBTQYouth: true, CategoryLGBTQ: true, CategoryChildAbuse: true, CategoryYouth: true,
}

type countryCrisis struct {
	Country     string `json:"country"`
	Emergency   string `json:"emergency"`
	Summary     string `json:"summary"`
	Source      string `json:"source"` // page the emergency number was checked against
	Verified    string `json:"verified"`
	Unconfirmed bool   `json:"unconfirmed"`
	Note        string `json:"note,omitempty"`
	Lines       []Line `json:"lines"` // may be empty: the emergency number alone still beats none
}

type crisisFile struct {
	About         string `json:"about"`
	International struct {
		Title       string `json:"title"`
		URL         string `json:"url"`
		Description string `json:"description"`
		Source      string `json:"source"`
		Verified    string `json:"verified"`
	} `json:"international"`
	InternationalSummary string          `json:"international_summary"`
	Countries            []countryCrisis `json:"countries"`
}

func (d *Data) readCrisis(fsys fs.FS) error {
	var f crisisFile
	if err := readJSON(fsys, fileCrisis, &f); err != nil {
		return err
	}
	in := f.International
	if in.Title == "" || httpsURL(in.URL) != nil || httpsURL(in.Source) != nil || date(in.Verified) != nil || f.InternationalSummary == "" {
		return fmt.Errorf("%s: international entry needs a title, https url and source, a verified date and international_summary", fileCrisis)
	}
	d.intl = Link{Title: in.Title, URL: in.URL, Description: in.Description, Kind: KindCrisis}
	d.intlSummary = f.InternationalSummary
	d.noteVerified(in.Verified)
	d.crisis = map[string]*countryCrisis{}
	for i := range f.Countries {
		c := &f.Countries[i]
		if err := d.checkCountryCrisis(c); err != nil {
			return fmt.Errorf("%s: %s: %w", fileCrisis, c.Country, err)
		}
		if d.crisis[c.Country] != nil {
			return fmt.Errorf("%s: %s listed twice", fileCrisis, c.Country)
		}
		d.crisis[c.Country] = c
		d.noteVerified(c.Verified)
		for _, l := range c.Lines {
			d.noteVerified(l.Verified)
		}
	}
	return nil
}

func (d *Data) checkCountryCrisis(c *countryCrisis) error {
	switch {
	case d.countries[c.Country] == nil:
		return errors.New("unknown country")
	case c.Emergency == "":
		return errors.New("no emergency number")
	case !strings.Contains(c.Summary, strings.Fields(c.Emergency)[0]):
		return fmt.Errorf("summary %q does not give the emergency number", c.Summary)
	}
	if err := httpsURL(c.Source); err != nil {
		return fmt.Errorf("source: %w", err)
	}
	if err := date(c.Verified); err != nil {
		return err
	}
	for _, l := range c.Lines {
		if err := d.checkLine(c.Country, l); err != nil {
			return fmt.Errorf("line %q: %w", l.Name, err)
		}
	}
	return nil
}

func (d *Data) checkLine(country string, l Line) error {
	switch {
	case l.Name == "":
		return errors.New("no name")
	case !categories[l.Category]:
		return fmt.Errorf("unknown category %q", l.Category)
	case l.Phone == "" && l.Text == "" && l.Chat == "":
		return errors.New("no phone, text or chat")
	}
	if err := httpsURL(l.URL); err != nil {
		return err
	}
	if err := httpsURL(l.Source); err != nil {
		return fmt.Errorf("source: %w", err)
	}
	if l.Chat != "" {
		if err := httpsURL(l.Chat); err != nil {
			return fmt.Errorf("chat: %w", err)
		}
	}
	if err := date(l.Verified); err != nil {
		return err
	}
	for _, code := range l.Coverage {
		if d.subdivisions[code] == nil || code[:2] != country {
			return fmt.Errorf("coverage %q is not a subdivision of %s", code, country)
		}
	}
	return nil
}

// Crisis returns the emergency number and crisis lines for r's country, leaving out lines for
// other parts of the country when r names a subdivision. For a country without data, or the
// unknown region, it returns the international directory only.
func (d *Data) Crisis(r Region) Crisis {
	c := d.crisis[r.Country]
	if c == nil {
		return Crisis{International: d.intl, Summary: d.intlSummary}
	}
	lines := make([]Line, 0, len(c.Lines))
	for _, l := range c.Lines {
		if r.Subdivision == "" || len(l.Coverage) == 0 || inList(l.Coverage, r.Subdivision) {
			l.Coverage = append([]string(nil), l.Coverage...)
			lines = append(lines, l)
		}
	}
	return Crisis{
		Region:        Region{Country: c.Country},
		Emergency:     c.Emergency,
		Lines:         lines,
		International: d.intl,
		Summary:       c.Summary,
	}
}

// Links returns c as links: the emergency number first, then the lines, then the
// international directory.
func (c Crisis) Links() []Link {
	out := make([]Link, 0, len(c.Lines)+2)
	if c.Emergency != "" {
		out = append(out, Link{
			Title:       "Emergency: call " + c.Emergency,
			URL:         "tel:" + dialable(strings.Fields(c.Emergency)[0]),
			Description: "If you or someone else is in immediate danger.",
			Kind:        KindEmergency,
		})
	}
	for _, l := range c.Lines {
		out = append(out, Link{Title: l.Name, URL: l.URL, Description: l.Contact(), Kind: KindCrisis})
	}
	if c.International.URL != "" {
		out = append(out, c.International)
	}
	return out
}

// ForCategory returns the lines of category cat first, then the rest, each in their order.
func (c Crisis) ForCategory(cat string) []Line {
	out := make([]Line, 0, len(c.Lines))
	for _, l := range c.Lines {
		if l.Category == cat {
			out = append(out, l)
		}
	}
	for _, l := range c.Lines {
		if l.Category != cat {
			out = append(out, l)
		}
	}
	return out
}

// Contact returns how to reach the line in one line of text: "Call 988; text 988; chat online; 24/7".
func (l Line) Contact() string {
	var parts []string
	if l.Phone != "" {
		parts = append(parts, "Call "+l.Phone)
	}
	if l.Text != "" {
		if strings.HasPrefix(strings.ToLower(l.Text), "text ") {
			parts = append(parts, l.Text)
		} else {
			parts = append(parts, "Text "+l.Text)
		}
	}
	if l.Chat != "" {
		parts = append(parts, "chat online")
	}
	if l.Hours != "" {
		parts = append(parts, l.Hours)
	}
	return strings.Join(parts, "; ")
}

// dialable keeps the digits and a leading plus of a phone number.
func dialable(s string) string {
	var b strings.Builder
	for i, r := range s {
		if '0' <= r && r <= '9' || r == '+' && i == 0 {
			b.WriteRune(r)
		}
	}
	return b.String()
}
