package referral_test

import (
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/candorbot/candor/referral"
)

var (
	reCountryCode = regexp.MustCompile(`^[A-Z]{2}$`)
	reSubCode     = regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]{1,3}$`)
)

var fuzzSeeds = []string{
	"Chicago, IL", "chicago illinois", "60614", "60614-1234", "M5V 2T6", "SW1A 1AA", "EH1",
	"NSW 2000", "2000 Australia", "London", "Portland, or maybe", "U.S.A.", "España", "Россия",
	"can you help me find a sex therapist near Austin, Texas?", "I feel so down", "ok",
	"I live in London, is there a sex therapist near me", "St. Louis", "Hawke's Bay", "",
	"\xff\xfe", "a.b.c.d.e.", "....", "in in in in", "Paris, Texas", "X0A 0H0", "00000",
}

// checkResult fails if a location is malformed: codes must be well-formed and consistent,
// Found must agree with the region, and the matched text must come from the input.
func checkResult(t *testing.T, d *referral.Data, in string, loc referral.Location) {
	t.Helper()
	if loc.Found != !loc.Region.IsZero() {
		t.Fatalf("%q: Found=%v but region %#v", in, loc.Found, loc.Region)
	}
	for _, r := range append([]referral.Region{loc.Region}, loc.Alternatives...) {
		if r.IsZero() {
			if len(loc.Alternatives) > 0 && !loc.Found {
				t.Fatalf("%q: alternatives without a result", in)
			}
			continue
		}
		if !reCountryCode.MatchString(r.Country) {
			t.Fatalf("%q: bad country %q", in, r.Country)
		}
		if r.Subdivision != "" && (!reSubCode.MatchString(r.Subdivision) || !strings.HasPrefix(r.Subdivision, r.Country+"-")) {
			t.Fatalf("%q: bad subdivision %q for %q", in, r.Subdivision, r.Country)
		}
		if _, err := d.ParseRegionCode(r.Code()); err != nil {
			t.Fatalf("%q: region code %q does not parse: %v", in, r.Code(), err)
		}
		if !utf8.ValidString(r.City) {
			t.Fatalf("%q: city %q is not UTF-8", in, r.City)
		}
	}
	if loc.Found && !strings.Contains(in, loc.Matched) {
		t.Fatalf("%q: matched %q is not in the input", in, loc.Matched)
	}
	if utf8.ValidString(in) && !utf8.ValidString(loc.Note) {
		t.Fatalf("%q: note %q is not UTF-8", in, loc.Note)
	}
}

func FuzzParseLocation(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	d := data(f)
	f.Fuzz(func(t *testing.T, in string) {
		loc := d.ParseLocation(in)
		checkResult(t, d, in, loc)
		if loc.Found {
			_ = d.Referral(loc.Region, referral.Filter{Focus: in})
		}
	})
}

func FuzzFindLocation(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	d := data(f)
	f.Fuzz(func(t *testing.T, in string) {
		checkResult(t, d, in, d.FindLocation(in))
	})
}
