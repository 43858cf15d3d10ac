package knowledge

import (
	"slices"
	"strings"
)

// analyzer turns text into search terms: normalise, split into words, stem,
// replace lexicon phrases by concepts, drop stop words.
type analyzer struct {
	lex  *Lexicon
	stop map[string]bool // stems of stop words
}

func newAnalyzer(lx *Lexicon) *analyzer {
	a := &analyzer{lex: lx, stop: map[string]bool{}}
	for _, w := range strings.Fields(stopWords) {
		a.stop[w] = true
		a.stop[stem(w)] = true
	}
	return a
}

// terms analyses indexed text (no typo correction).
func (a *analyzer) terms(text string) []string {
	return a.finish(stemAll(words(Normalize(text))))
}

// indexed analyses text that goes into an index: its normalised words and
// its terms, memoised on the lexicon. The slices are shared between every
// index built with the lexicon; callers must not modify them.
func (a *analyzer) indexed(text string) analysed {
	if a.lex != nil {
		if v, ok := a.lex.indexed.Load(text); ok {
			return v.(analysed)
		}
	}
	ws := words(Normalize(text))
	an := analysed{words: slices.Clip(ws), terms: slices.Clip(a.finish(stemAll(ws)))}
	if a.lex != nil {
		a.lex.indexed.Store(text, an)
	}
	return an
}

func (a *analyzer) finish(stems []string) []string {
	stems = a.lex.apply(stems)
	out := stems[:0]
	for _, s := range stems {
		if !a.stop[s] {
			out = append(out, s)
		}
	}
	return out
}

type query struct {
	terms     []string
	weights   map[string]float64
	corrected []string
}

// query analyses a message, correcting words the index does not know.
func (a *analyzer) query(text string, ix *Index) query {
	ws := words(Normalize(text))
	stems := make([]string, len(ws))
	typo := map[int]bool{}
	var corrected []string
	for i, w := range ws {
		s := stem(w)
		if _, known := ix.termID[s]; !known && !a.stop[w] && !a.stop[s] && !a.lex.Knows(w) && ix.typos != nil {
			if fix, ok := ix.typos.correct(w); ok {
				corrected = append(corrected, w+"->"+fix)
				s = stem(fix)
				typo[i] = true
			}
		}
		stems[i] = s
	}
	// Apply the lexicon, tracking which outputs came from corrected words.
	out := a.lex.apply(stems)
	q := query{weights: map[string]float64{}, corrected: corrected}
	for _, t := range out {
		if a.stop[t] {
			continue
		}
		q.terms = append(q.terms, t)
		w := 1.0
		if len(typo) > 0 && isCorrectedStem(t, stems, typo) {
			w = ix.p.TypoWeight
		}
		if w > q.weights[t] {
			q.weights[t] = w
		}
	}
	return q
}

func isCorrectedStem(t string, stems []string, typo map[int]bool) bool {
	for i := range typo {
		if stems[i] == t {
			return true
		}
	}
	return false
}
