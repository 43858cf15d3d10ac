package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The sentence encoder is case-sensitive: its vocabulary holds "PEP" and
// "HIV" as pieces that mean something, while "pep" is the word in "pep
// talk" and "hiv" splits into pieces that mean nothing. People type in
// lowercase (or in capitals, when shouting), so "what is pep" and "what is
// PEP" used to get vectors far apart, and a question that is word for word
// one of an entry's own variants fell to "I'm not sure".
//
// A recaser restores, before a query is embedded, the case that the loaded
// knowledge base itself writes a word in, for words the base writes with a
// capital inside them (acronyms such as PEP, HIV and STI, or names such as
// PrEP and iPhone) far more often than in lower case. It is learned from
// the loaded base's text, so it follows whatever base is loaded; it never
// touches a word the user already wrote with an inner capital.
type recaser map[string]string

// Thresholds of newRecaser: a cased form is restored only when the base
// writes it at least recaseMinCount times and in at least recaseMinShare
// of the word's occurrences (so "us", written in lower case far more
// often than as "US", stays as typed).
const (
	recaseMinCount = 2
	recaseMinShare = 0.8
)

// newRecaser learns the case map from texts (the edited prose of a base:
// titles, claims, corrections and bodies). Words that search already reads
// as function words or chat shorthand (stop words such as "us" and "ok",
// contractions such as "bc" for "because") are never recased: in a
// message they are far more likely the everyday word than the acronym.
func newRecaser(texts []string) recaser {
	function := map[string]bool{}
	for _, w := range strings.Fields(stopWords) {
		function[w] = true
	}
	for w := range contractionWords {
		function[w] = true
	}
	forms := map[string]map[string]int{}
	for _, t := range texts {
		eachWord(t, func(w string) {
			l := strings.ToLower(w)
			if utf8.RuneCountInString(l) < 2 || function[l] {
				return
			}
			m := forms[l]
			if m == nil {
				m = map[string]int{}
				forms[l] = m
			}
			m[w]++
		})
	}
	r := recaser{}
	for l, m := range forms {
		total, best, bestN := 0, "", 0
		for w, n := range m {
			total += n
			if innerUpper(w) && (n > bestN || n == bestN && w < best) {
				best, bestN = w, n
			}
		}
		if bestN >= recaseMinCount && float64(bestN) >= recaseMinShare*float64(total) {
			r[l] = best
		}
	}
	return r
}

// innerUpper reports whether w has an upper-case letter after its first
// rune (PEP, PrEP, iPhone; not Pep, which is only a sentence's start).
func innerUpper(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// eachWord calls f with every maximal run of letters and digits in s.
func eachWord(s string, f func(string)) {
	eachWordSpan(s, func(start, end int) { f(s[start:end]) })
}

// eachWordSpan calls f with the byte span of every maximal run of letters
// and digits in s, in order.
func eachWordSpan(s string, f func(start, end int)) {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			f(start, i)
			start = -1
		}
	}
	if start >= 0 {
		f(start, len(s))
	}
}

// shouting reports whether s is written mostly in capitals: at least eight
// letters, 80% of them upper case.
func shouting(s string) bool {
	letters, upper := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 8 && upper*5 >= letters*4
}

// apply returns text with the base's case restored: a message in capitals
// is lowered first, then every word the map knows is written as the base
// writes it, unless the user already gave it an inner capital.
func (r recaser) apply(text string) string {
	if shouting(text) {
		text = strings.ToLower(text)
	}
	if len(r) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	changed := false
	eachWordSpan(text, func(start, end int) {
		w := text[start:end]
		if innerUpper(w) {
			return
		}
		if c, ok := r[strings.ToLower(w)]; ok && c != w {
			b.WriteString(text[last:start])
			b.WriteString(c)
			last = end
			changed = true
		}
	})
	if !changed {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}
