package referral_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/candorbot/candor/referral"
)

// locationCase is one expectation for ParseLocation or FindLocation.
type locationCase struct {
	in   string
	want referral.Region // zero means Found=false
	alts []string        // codes of the alternatives, in order; nil means none
	note string          // substring of the note; "" means no note
}

func checkLocation(t *testing.T, name string, got referral.Location, tt locationCase) {
	t.Helper()
	if tt.want.IsZero() {
		if got.Found || !got.Region.IsZero() {
			t.Errorf("%s(%q) = %v (%q), want not found", name, tt.in, got.Region, got.Matched)
		}
		return
	}
	if !got.Found || got.Region != tt.want {
		t.Fatalf("%s(%q) = %#v found=%v, want %#v", name, tt.in, got.Region, got.Found, tt.want)
	}
	var alts []string
	for _, a := range got.Alternatives {
		alts = append(alts, a.Code())
	}
	if !slices.Equal(alts, tt.alts) {
		t.Errorf("%s(%q) alternatives = %v, want %v", name, tt.in, alts, tt.alts)
	}
	switch {
	case tt.note == "" && got.Note != "":
		t.Errorf("%s(%q) note = %q, want none", name, tt.in, got.Note)
	case tt.note != "" && !strings.Contains(got.Note, tt.note):
		t.Errorf("%s(%q) note = %q, want it to contain %q", name, tt.in, got.Note, tt.note)
	}
	if got.Matched == "" || !strings.Contains(tt.in, got.Matched) {
		t.Errorf("%s(%q) matched = %q, want a span of the input", name, tt.in, got.Matched)
	}
}

func TestParseLocation(t *testing.T) {
	d := data(t)
	tests := []locationCase{
		// Cities, with and without their state, in any case and punctuation.
		{in: "Chicago", want: region("US", "US-IL", "Chicago")},
		{in: "Chicago, IL", want: region("US", "US-IL", "Chicago")},
		{in: "chicago illinois", want: region("US", "US-IL", "Chicago")},
		{in: "  CHICAGO,   Ill. ", want: region("US", "US-IL", "Chicago")},
		{in: "Austin, Texas", want: region("US", "US-TX", "Austin")},
		{in: "Denver", want: region("US", "US-CO", "Denver")},
		{in: "new york", want: region("US", "US-NY", "New York City")},
		{in: "NYC", want: region("US", "US-NY", "New York City")},
		{in: "St. Louis", want: region("US", "US-MO", "St. Louis")},
		{in: "saint louis, mo", want: region("US", "US-MO", "St. Louis")},
		{in: "Ft Worth TX", want: region("US", "US-TX", "Fort Worth")},
		{in: "Washington, D.C.", want: region("US", "US-DC", "Washington")},
		{in: "Juneau", want: region("US", "US-AK", "Juneau")},
		{in: "Montpelier VT", want: region("US", "US-VT", "Montpelier")},
		{in: "Toronto ON", want: region("CA", "CA-ON", "Toronto")},
		{in: "Toronto", want: region("CA", "CA-ON", "Toronto")},
		{in: "Montréal, Québec", want: region("CA", "CA-QC", "Montreal")},
		{in: "montreal qc", want: region("CA", "CA-QC", "Montreal")},
		{in: "Manchester UK", want: region("GB", "GB-ENG", "Manchester")},
		{in: "Edinburgh", want: region("GB", "GB-SCT", "Edinburgh")},
		{in: "Cardiff, Wales", want: region("GB", "GB-WLS", "Cardiff")},
		{in: "Belfast", want: region("GB", "GB-NIR", "Belfast")},
		{in: "Dublin, Ireland", want: region("IE", "IE-L", "Dublin")},
		{in: "Galway", want: region("IE", "IE-C", "Galway")},
		{in: "Sydney", want: region("AU", "AU-NSW", "Sydney")},
		{in: "Melbourne", want: region("AU", "AU-VIC", "Melbourne")},
		{in: "Auckland", want: region("NZ", "NZ-AUK", "Auckland")},
		{in: "Whangarei", want: region("NZ", "NZ-NTL", "Whangārei")},
		{in: "München", want: region("DE", "", "Munich")},

		// Postal codes.
		{in: "60614", want: region("US", "US-IL", "")},
		{in: "60614-1234", want: region("US", "US-IL", "")},
		{in: "94110", want: region("US", "US-CA", "")},
		{in: "10001", want: region("US", "US-NY", "")},
		{in: "00901", want: region("US", "US-PR", "")},
		{in: "M5V 2T6", want: region("CA", "CA-ON", "")},
		{in: "m5v2t6", want: region("CA", "CA-ON", "")},
		{in: "H2X 1Y4", want: region("CA", "CA-QC", "")},
		{in: "X0A 0H0", want: region("CA", "CA-NU", "")},
		{in: "V6B", want: region("CA", "CA-BC", "")},
		{in: "SW1A 1AA", want: region("GB", "GB-ENG", "")},
		{in: "EH1 1YZ", want: region("GB", "GB-SCT", "")},
		{in: "EH1", want: region("GB", "GB-SCT", "")},
		{in: "CF10 1AA", want: region("GB", "GB-WLS", "")},
		{in: "BT1 5GS", want: region("GB", "GB-NIR", "")},
		{in: "2000 Australia", want: region("AU", "AU-NSW", "")},
		{in: "NSW 2000", want: region("AU", "AU-NSW", "")},
		{in: "3000, Australia", want: region("AU", "AU-VIC", "")},
		{in: "Sydney NSW 2000", want: region("AU", "AU-NSW", "Sydney")},
		{in: "2000"},
		{in: "00000"},

		// Subdivisions.
		{in: "Scotland", want: region("GB", "GB-SCT", "")},
		{in: "England", want: region("GB", "GB-ENG", "")},
		{in: "Wales", want: region("GB", "GB-WLS", "")},
		{in: "Northern Ireland", want: region("GB", "GB-NIR", "")},
		{in: "NSW", want: region("AU", "AU-NSW", "")},
		{in: "new south wales", want: region("AU", "AU-NSW", "")},
		{in: "Texas", want: region("US", "US-TX", "")},
		{in: "Ontario, Canada", want: region("CA", "CA-ON", "")},
		{in: "Hawke's Bay", want: region("NZ", "NZ-HKB", "")},
		{in: "Leinster", want: region("IE", "IE-L", "")},

		// Countries in common forms.
		{in: "UK", want: region("GB", "", "")},
		{in: "U.K.", want: region("GB", "", "")},
		{in: "Britain", want: region("GB", "", "")},
		{in: "Great Britain", want: region("GB", "", "")},
		{in: "USA", want: region("US", "", "")},
		{in: "U.S.A.", want: region("US", "", "")},
		{in: "US", want: region("US", "", "")},
		{in: "the States", want: region("US", "", "")},
		{in: "America", want: region("US", "", "")},
		{in: "Deutschland", want: region("DE", "", "")},
		{in: "Germany", want: region("DE", "", "")},
		{in: "France", want: region("FR", "", "")},
		{in: "España", want: region("ES", "", "")},
		{in: "espana", want: region("ES", "", "")},
		{in: "Österreich", want: region("AT", "", "")},
		{in: "Ireland", want: region("IE", "", "")},
		{in: "Éire", want: region("IE", "", "")},
		{in: "New Zealand", want: region("NZ", "", "")},
		{in: "Aotearoa", want: region("NZ", "", "")},
		{in: "Côte d'Ivoire", want: region("CI", "", "")},
		{in: "Россия", want: region("RU", "", "")},

		// Ambiguous names resolve to the likelier place and say so.
		{in: "Portland", want: region("US", "US-OR", "Portland"), alts: []string{"US-ME"}, note: `for Portland, Maine say "Portland, ME"`},
		{in: "Portland, ME", want: region("US", "US-ME", "Portland")},
		{in: "portland maine", want: region("US", "US-ME", "Portland")},
		{in: "London", want: region("GB", "GB-ENG", "London"), alts: []string{"CA-ON"}, note: `I read "London" as London, UK; for London, Ontario say "London, ON".`},
		{in: "London, ON", want: region("CA", "CA-ON", "London")},
		{in: "London Ontario", want: region("CA", "CA-ON", "London")},
		{in: "Birmingham", want: region("GB", "GB-ENG", "Birmingham"), alts: []string{"US-AL"}, note: `"Birmingham, AL"`},
		{in: "Birmingham, AL", want: region("US", "US-AL", "Birmingham")},
		{in: "Perth", want: region("AU", "AU-WA", "Perth"), alts: []string{"GB-SCT"}, note: `for Perth, UK say "Perth, Scotland"`},
		{in: "Perth, Scotland", want: region("GB", "GB-SCT", "Perth")},
		{in: "Perth WA", want: region("AU", "AU-WA", "Perth")},
		{in: "Cambridge", want: region("GB", "GB-ENG", "Cambridge"), alts: []string{"CA-ON", "US-MA"}, note: `"Cambridge, MA"`},
		{in: "Cambridge, MA", want: region("US", "US-MA", "Cambridge")},
		{in: "Georgia", want: region("US", "US-GA", ""), alts: []string{"GE"}, note: `for the country Georgia say "Republic of Georgia"`},
		{in: "Tbilisi, Georgia", want: region("US", "US-GA", ""), alts: []string{"GE"}, note: `"Republic of Georgia"`},
		{in: "Victoria", want: region("AU", "AU-VIC", ""), alts: []string{"CA-BC"}, note: `"Victoria, BC"`},
		{in: "Washington", want: region("US", "US-WA", ""), alts: []string{"US-DC"}, note: `"Washington, DC"`},
		{in: "Vancouver WA", want: region("US", "US-WA", "Vancouver")},
		{in: "Paris, Texas", want: region("US", "US-TX", ""), note: `I couldn't find "Paris" in Texas`},

		// Things that are not places.
		{in: ""},
		{in: "   "},
		{in: "nowhere in particular"},
		{in: "asdfghjkl"},
		{in: "in Chicago", want: region("US", "US-IL", "Chicago")},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			checkLocation(t, "ParseLocation", d.ParseLocation(tt.in), tt)
		})
	}
}

var quoted = regexp.MustCompile(`say "([^"]+)"`)

// TestNotesAreActionable checks that what a note tells people to type gets them the
// alternative it offers.
func TestNotesAreActionable(t *testing.T) {
	d := data(t)
	for _, in := range []string{"Portland", "London", "Birmingham", "Perth", "Cambridge", "Georgia", "Victoria", "Washington", "Newcastle", "Springfield", "Richmond", "Kansas City", "Hamilton", "Athens", "Congo", "Canterbury", "LA"} {
		loc := d.ParseLocation(in)
		says := quoted.FindAllStringSubmatch(loc.Note, -1)
		if len(says) == 0 || len(loc.Alternatives) < len(says) {
			t.Errorf("ParseLocation(%q) note %q: want one suggestion per alternative %v", in, loc.Note, loc.Alternatives)
			continue
		}
		for i, m := range says {
			got := d.ParseLocation(m[1])
			if got.Region != loc.Alternatives[i] || len(got.Alternatives) != 0 {
				t.Errorf("%q suggests %q, which reads as %v (alternatives %v), want exactly %v", in, m[1], got.Region, got.Alternatives, loc.Alternatives[i])
			}
		}
	}
}
