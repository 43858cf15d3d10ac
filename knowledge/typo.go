package knowledge

// typoIndex finds the known word closest to a misspelt one, with a
// symmetric-delete dictionary (as in SymSpell): every known word is stored
// under itself and each of its one-letter deletions, so a lookup costs a
// few map probes instead of a scan of the vocabulary.
type typoIndex struct {
	freq    map[string]int // correction targets and how often each occurs
	known   map[string]bool
	deletes map[string][]string
}

// minTypoLen is the shortest word corrected: short words are too often
// other real words one letter away.
const minTypoLen = 5

// minTypoCount is how often a word must occur in the base to be a
// correction target. A word written once (in one question variant, say)
// is too weak a reason to rewrite an unknown word into it: a place name
// ("Leeds") would become the one variant's "bleeds".
const minTypoCount = 2

func newTypoIndex(vocab map[string]int, an *analyzer) *typoIndex {
	ti := &typoIndex{freq: map[string]int{}, known: map[string]bool{}, deletes: map[string][]string{}}
	for w, c := range vocab {
		// A word the base holds is never itself a typo, even when it is
		// too rare to be a correction target.
		ti.known[w] = true
		if len(w) < minTypoLen || c < minTypoCount || an.stop[w] || !isASCIIWord(w) {
			continue
		}
		ti.freq[w] = c
		for _, d := range deletes1(w) {
			ti.deletes[d] = append(ti.deletes[d], w)
		}
	}
	return ti
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

func deletes1(w string) []string {
	out := make([]string, 0, len(w))
	for i := 0; i < len(w); i++ {
		out = append(out, w[:i]+w[i+1:])
	}
	return out
}

// correct returns the most frequent known word within edit distance 1
// (2 for words of 8 letters or more), preferring the smaller distance.
func (ti *typoIndex) correct(w string) (string, bool) {
	if len(w) < minTypoLen || len(w) > 30 || !isASCIIWord(w) {
		return "", false
	}
	if ti.known[w] {
		return "", false
	}
	maxDist := 1
	if len(w) >= 8 {
		maxDist = 2
	}
	best, bestDist, bestFreq := "", maxDist+1, 0
	consider := func(c string) {
		d := osaDistance(w, c, maxDist)
		if d > maxDist {
			return
		}
		// A one-letter swap in a short word is too often another real
		// word ("paris" is not a typo of "parts").
		if len(w) < 6 && isSubstitution(w, c) {
			return
		}
		f := ti.freq[c]
		if d < bestDist || (d == bestDist && (f > bestFreq || (f == bestFreq && c < best))) {
			best, bestDist, bestFreq = c, d, f
		}
	}
	probe := func(k string) {
		if _, ok := ti.freq[k]; ok {
			consider(k)
		}
		for _, c := range ti.deletes[k] {
			consider(c)
		}
	}
	probe(w)
	for _, d := range deletes1(w) {
		probe(d)
		if maxDist >= 2 {
			for _, d2 := range deletes1(d) {
				probe(d2)
			}
		}
	}
	return best, best != ""
}

// osaDistance is the optimal-string-alignment distance (Levenshtein plus
// adjacent transpositions), stopping early above max.
func osaDistance(a, b string, max int) int {
	if abs(len(a)-len(b)) > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// isSubstitution reports whether a and b differ in exactly one position.
func isSubstitution(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	diff := 0
	for i := 0; i < len(a); i++ {
		if a[i] != b[i] {
			diff++
		}
	}
	return diff == 1
}
