package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// A part of one or two words names what the next sentence asks about: it
// is joined to it (or to the last sentence when it comes last), never
// dropped, so "herpes. how common is it really?" is ranked as one
// question about herpes.
func TestSentencesJoinFragments(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"herpes. how common is it really? my ex just messaged to say she has it",
			[]string{"herpes how common is it really", "my ex just messaged to say she has it"}},
		{"Penis fracture. Real thing? Read about it and it sounds bad.",
			[]string{"Penis fracture Real thing", "Read about it and it sounds bad"}},
		{"how long does it last after the pill. seriously.",
			[]string{"how long does it last after the pill seriously"}},
		{"work has been insane. why has my sex drive dropped?",
			[]string{"work has been insane", "why has my sex drive dropped"}},
		{"ok. so. hi", []string{"ok so hi"}},
		{"ok. so", nil},
		{"... ?? !!", nil},
	}
	for _, tt := range tests {
		if got := sentences(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// At most eight sentences are kept, and a fragment after the eighth is
// not glued onto it.
func TestSentencesBound(t *testing.T) {
	in := ""
	for range 10 {
		in += "one two three. "
	}
	in += "tail."
	got := sentences(in)
	if len(got) != 8 || got[7] != "one two three" {
		t.Errorf("sentences: %d parts, last %q; want 8, %q", len(got), got[len(got)-1], "one two three")
	}
}

// FuzzSentences checks sentences' promises on any input: at most eight
// parts, each of three words or more, with letters, and none holding a
// sentence end.
func FuzzSentences(f *testing.F) {
	for _, s := range []string{"herpes. how common is it really?", "ok. so", "a. b. c. d e f", "", "?!;\n", "one two three. four"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		parts := sentences(s)
		if len(parts) > 8 {
			t.Fatalf("sentences(%q): %d parts", s, len(parts))
		}
		for _, p := range parts {
			if len(strings.Fields(p)) < 3 || !hasLetters(p) || strings.ContainsAny(p, ".?!;\n") {
				t.Fatalf("sentences(%q): bad part %q", s, p)
			}
		}
	})
}
