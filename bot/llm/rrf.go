package llm

import (
	"cmp"
	"slices"
)

// DefaultRRFK is the usual reciprocal-rank-fusion constant.
const DefaultRRFK = 60

// FuseRRF combines rankings (each a list of ids, best first) by reciprocal
// rank fusion: an id scores the sum over lists of 1/(k + rank), rank
// counting from 1, and the result lists every id once, best first. Ties go
// to the id seen first, reading the lists in order, so pass the ranking to
// trust most first. k <= 0 means DefaultRRFK. A repeated id within one list
// counts at its best rank only.
func FuseRRF(lists [][]string, k int) []string {
	if k <= 0 {
		k = DefaultRRFK
	}
	type fused struct {
		id    string
		score float64
		first int
	}
	index := map[string]int{}
	var all []fused
	for _, list := range lists {
		seen := map[string]bool{}
		for rank, id := range list {
			if seen[id] {
				continue
			}
			seen[id] = true
			i, ok := index[id]
			if !ok {
				i = len(all)
				index[id] = i
				all = append(all, fused{id: id, first: i})
			}
			all[i].score += 1 / float64(k+rank+1)
		}
	}
	slices.SortFunc(all, func(a, b fused) int {
		if c := cmp.Compare(b.score, a.score); c != 0 {
			return c
		}
		return cmp.Compare(a.first, b.first)
	})
	out := make([]string, len(all))
	for i, f := range all {
		out[i] = f.id
	}
	return out
}
