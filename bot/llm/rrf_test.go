package llm_test

import (
	"slices"
	"testing"

	"github.com/candorbot/candor/bot/llm"
)

func TestFuseRRF(t *testing.T) {
	tests := []struct {
		name  string
		lists [][]string
		k     int
		want  []string
	}{
		{"nothing", nil, 0, []string{}},
		{"one list keeps its order", [][]string{{"a", "b", "c"}}, 0, []string{"a", "b", "c"}},
		{"agreement stays on top", [][]string{{"a", "b", "c"}, {"a", "b", "c"}}, 60, []string{"a", "b", "c"}},
		{"an id in both lists beats one ranked first in one", [][]string{{"a", "b"}, {"c", "b"}}, 60, []string{"b", "a", "c"}},
		{"ties go to the first list", [][]string{{"lex"}, {"sem"}}, 60, []string{"lex", "sem"}},
		{"a repeat in one list counts once", [][]string{{"a", "a", "a", "b"}, {"b"}}, 60, []string{"b", "a"}},
		{"an empty list changes nothing", [][]string{{}, {"x", "y"}}, 60, []string{"x", "y"}},
		// With k=1 rank matters more: first in one list (1/2) beats
		// third in both (1/4 + 1/4 = 1/2, tie, first seen wins) and fourth
		// in both (2/5).
		{"a small k favours top ranks", [][]string{{"a", "x", "c", "d"}, {"b", "y", "c", "d"}}, 1, []string{"a", "c", "b", "d", "x", "y"}},
		{"zero k means 60", [][]string{{"a", "x", "c", "d"}, {"b", "y", "c", "d"}}, 0, []string{"c", "d", "a", "b", "x", "y"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := llm.FuseRRF(tc.lists, tc.k)
			if !slices.Equal(got, tc.want) {
				t.Errorf("FuseRRF = %q, want %q", got, tc.want)
			}
		})
	}
}

func BenchmarkFuseRRF(b *testing.B) {
	lex := []string{"a", "b", "c", "d", "e", "f", "g", "h", "i", "j"}
	sem := []string{"j", "c", "k", "a", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x", "y", "z", "b"}
	b.ReportAllocs()
	for b.Loop() {
		llm.FuseRRF([][]string{lex, sem}, 60)
	}
}
