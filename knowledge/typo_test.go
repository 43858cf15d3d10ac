package knowledge

import "testing"

// A word the base holds once is no reason to rewrite an unknown word into
// it: the conversation test's bare "Leeds" became the one variant's
// "bleeds" and was answered as a question about bleeding. Words the base
// uses more than once still catch real typos.
func TestTypoCorrectionNeedsAWordTheBaseUsesMoreThanOnce(t *testing.T) {
	a := newAnalyzer(nil)
	ti := newTypoIndex(map[string]int{"bleeds": 1, "bleeding": 1, "partners": 7, "erectile": 12}, a)
	for _, w := range []string{"leeds", "bleedig"} {
		if got, ok := ti.correct(w); ok {
			t.Errorf("correct(%q) = %q, want no correction (its only neighbours occur once)", w, got)
		}
	}
	for w, want := range map[string]string{"partnres": "partners", "erectle": "erectile"} {
		if got, ok := ti.correct(w); !ok || got != want {
			t.Errorf("correct(%q) = %q, %v, want %q", w, got, ok, want)
		}
	}
}

// A rare word the base does hold is left alone, not "corrected" into a
// commoner neighbour.
func TestTypoCorrectionLeavesRareKnownWordsAlone(t *testing.T) {
	ti := newTypoIndex(map[string]int{"timed": 1, "times": 9}, newAnalyzer(nil))
	if got, ok := ti.correct("timed"); ok {
		t.Errorf("correct(%q) = %q, want no correction (the base holds it)", "timed", got)
	}
}
