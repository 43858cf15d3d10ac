package referral

import (
	"errors"
	"fmt"
	"strings"
)

// Referral is what a referral reply shows. It has no local listings: the bot adds those.
type Referral struct {
	Region      Region   `json:"region"`
	Directories []Link   `json:"directories"`
	Checklist   []string `json:"checklist"`
	CrisisLine  string   `json:"crisis_line"` // "If you are in danger, call 911; in crisis, call or text 988."
	Hint        string   `json:"hint,omitempty"`
}

// Hints for Referral.Hint: when the region is unknown, and when it is a country whose
// directories can link by state or city.
const (
	HintUnknown = "Tell me a city or postcode for local links."
	HintCountry = "Tell me your city or postcode for more local links."
)

// Referral returns the directories, checklist and one-line crisis pointer for r. When r is
// unknown it lists international directories only and sets Hint.
func (d *Data) Referral(r Region, f Filter) Referral {
	ref := Referral{
		Region:      r,
		Directories: d.Directories(r, f),
		Checklist:   d.Checklist(r),
		CrisisLine:  d.Crisis(r).Summary,
	}
	switch {
	case r.IsZero():
		ref.Hint = HintUnknown
	case r.Subdivision == "" && r.City == "" && d.hasDeeperLinks(r):
		ref.Hint = HintCountry
	}
	return ref
}

// hasDeeperLinks reports whether some directory for r's country links by state or city.
func (d *Data) hasDeeperLinks(r Region) bool {
	for i := range d.directories {
		dir := &d.directories[i]
		if !dir.international() && dir.covers(r) && (dir.Templates["subdivision"] != "" || dir.Templates["city"] != "") {
			return true
		}
	}
	return false
}

// Checklist returns what to check before choosing a therapist in r: the licensing or
// registration body for the country, training in sex therapy, fees and telehealth, and that a
// listing is not an endorsement.
func (d *Data) Checklist(r Region) []string {
	items := d.checklists[r.Country]
	if len(items) == 0 {
		items = d.checklists["*"]
	}
	out := make([]string, 0, len(items)+len(d.checklists["all"]))
	out = append(out, items...)
	return append(out, d.checklists["all"]...)
}

// ErrUnknownRegion is returned, wrapped, by ParseRegionCode for codes it does not know.
var ErrUnknownRegion = errors.New("unknown region code")

// ParseRegionCode reads an ISO 3166-1 alpha-2 country code ("US", "gb", and "UK" for "GB") or
// an ISO 3166-2 subdivision code ("US-IL"), in any case. It returns an error wrapping
// ErrUnknownRegion for anything else.
func (d *Data) ParseRegionCode(code string) (Region, error) {
	c := strings.ToUpper(strings.TrimSpace(code))
	if c == "UK" {
		c = "GB"
	}
	if strings.HasPrefix(c, "UK-") {
		c = "GB-" + c[3:]
	}
	if s := d.subdivisions[c]; s != nil {
		return Region{Country: c[:2], Subdivision: c}, nil
	}
	if !strings.Contains(c, "-") && d.countries[c] != nil {
		return Region{Country: c}, nil
	}
	return Region{}, fmt.Errorf("parse region code %q: %w", code, ErrUnknownRegion)
}

// DataVerified returns the newest "verified" date in the directory and crisis data, YYYY-MM-DD.
func (d *Data) DataVerified() string { return d.verified }
