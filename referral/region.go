package referral

import (
	"strings"
	"sync"
)

// Region is a place: an ISO 3166-1 alpha-2 country, an ISO 3166-2 subdivision inside it, and a
// city inside that. The zero value is the unknown region.
type Region struct {
	Country     string `json:"country,omitempty"`     // "US"
	Subdivision string `json:"subdivision,omitempty"` // "US-IL" (full ISO 3166-2 code)
	City        string `json:"city,omitempty"`        // "Chicago"
}

// Code returns the most specific code for r: the subdivision if set, else the country, else "".
func (r Region) Code() string {
	if r.Subdivision != "" {
		return r.Subdivision
	}
	return r.Country
}

// IsZero reports whether r is the unknown region.
func (r Region) IsZero() bool { return r == Region{} }

// String returns r in human form, most specific part first: "Chicago, Illinois, United States".
// Names come from the embedded gazetteer; a code it does not know is shown as the code.
func (r Region) String() string {
	names := regionNames()
	parts := make([]string, 0, 3)
	if r.City != "" {
		parts = append(parts, r.City)
	}
	if r.Subdivision != "" {
		if n := names.subdivisions[r.Subdivision]; n != "" {
			parts = append(parts, n)
		} else {
			parts = append(parts, r.Subdivision)
		}
	}
	if r.Country != "" {
		if n := names.countries[r.Country]; n != "" {
			parts = append(parts, n)
		} else {
			parts = append(parts, r.Country)
		}
	}
	return strings.Join(parts, ", ")
}

// Within reports whether r is the region named by code or lies inside it: a region in "US-IL"
// is within "US-IL" and within "US". Codes are case-insensitive, "UK" means "GB", and "*"
// matches every region, including the unknown one. The unknown region is within nothing else.
func (r Region) Within(code string) bool {
	code = strings.ToUpper(strings.TrimSpace(code))
	switch {
	case code == "*":
		return true
	case code == "" || r.Country == "":
		return false
	case code == "UK":
		code = "GB"
	}
	if strings.Contains(code, "-") {
		return r.Subdivision == code
	}
	return r.Country == code
}

// nameTable holds display names by code, for Region.String.
type nameTable struct {
	countries    map[string]string
	subdivisions map[string]string
}

// regionNames reads the country and subdivision names from the embedded gazetteer the first
// time a Region is printed. It is the one piece of package state: read-only, built from the
// same files Load validates, and only used for display.
var regionNames = sync.OnceValue(func() *nameTable {
	t := &nameTable{countries: map[string]string{}, subdivisions: map[string]string{}}
	fsys, err := embeddedData()
	if err != nil {
		return t
	}
	countries, err := readCountries(fsys)
	if err == nil {
		for _, c := range countries {
			t.countries[c.code] = c.name
		}
	}
	subs, err := readSubdivisions(fsys)
	if err == nil {
		for _, s := range subs {
			t.subdivisions[s.code] = s.name
		}
	}
	return t
})
