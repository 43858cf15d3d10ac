package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// Ehlers-Danlos syndrome is "EDS": stemmed like a plural it became "ed",
// and the lexicon read a hypermobility question as one about erections.
func TestStemKeepsEDSApartFromED(t *testing.T) {
	lx, err := ParseLexicon("t", strings.NewReader("ed: erectile dysfunction | ed\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := newAnalyzer(lx)
	for _, s := range []string{"sex positions with eds", "hEDS and POTS"} {
		if got := a.terms(s); slices.Contains(got, "~ed") {
			t.Errorf("terms(%q) = %v: contains the ~ed concept", s, got)
		}
	}
	if got := a.terms("ed and eds"); !slices.Contains(got, "~ed") || !slices.Contains(got, "eds") {
		t.Errorf(`terms("ed and eds") = %v, want both "~ed" and "eds"`, got)
	}
	if got := stem("beds"); got != "bed" {
		t.Errorf(`stem("beds") = %q, want "bed"`, got)
	}
}
