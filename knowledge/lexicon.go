package knowledge

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"sync"
)

// Lexicon maps the words people use to the concepts an entry is about:
// "can't get hard", "ED" and "erectile dysfunction" all become the concept
// token "~ed", in messages and entries alike, so either wording finds the
// other. It is data: a knowledge base ships its own synonyms.txt.
//
// The file format is one group a line, `concept [concept...]: phrase | phrase`,
// with # comments. Phrases are matched after normalisation and stemming,
// longest first, so "come too fast" wins over "come". The concept "_"
// removes its phrases: idioms such as "is killing me" that say nothing
// about the subject.
type Lexicon struct {
	// byFirst maps the first stem of a phrase to its phrases, longest first.
	byFirst map[string][]phrase
	// words holds every word of every phrase, so typo correction knows
	// them.
	words  map[string]bool
	groups int
	// withGeneral marks a lexicon NewBase merged with the engine's
	// general-English one, so it is not merged twice.
	withGeneral bool
	// indexed memoises the analysis of indexed text (entry titles,
	// variants, bodies), which depends only on the text and this lexicon:
	// a base rebuilt with the same lexicon (a reload, or the held-out
	// tests that rebuild it once per variant) does not stem the same
	// text again. It holds only indexed text, never a message, so it is
	// bounded by the knowledge bases built with the lexicon.
	indexed sync.Map // string -> analysed
}

// analysed is what NewIndex needs of one indexed text: its words (for
// the typo vocabulary) and its terms. Both are shared: never modify them.
type analysed struct {
	words, terms []string
}

type phrase struct {
	stems    []string
	concepts []string
}

// ParseLexicon reads a synonym file. Errors name the line.
func ParseLexicon(name string, r io.Reader) (*Lexicon, error) {
	lx := &Lexicon{byFirst: map[string][]phrase{}, words: map[string]bool{}}
	if err := lx.add(name, r); err != nil {
		return nil, err
	}
	return lx, nil
}

func (lx *Lexicon) add(name string, r io.Reader) error {
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if i := strings.IndexByte(text, '#'); i >= 0 {
			text = text[:i]
		}
		text = strings.TrimSpace(text)
		if text == "" {
			continue
		}
		head, tail, ok := strings.Cut(text, ":")
		if !ok {
			return fmt.Errorf("%s:%d: want \"concept: phrase | phrase\"", name, line)
		}
		var concepts []string
		fields := strings.Fields(head)
		for _, c := range fields {
			if c != "_" {
				concepts = append(concepts, "~"+strings.ToLower(c))
			}
		}
		if len(fields) == 0 {
			return fmt.Errorf("%s:%d: no concept before ':'", name, line)
		}
		n := 0
		for _, p := range strings.Split(tail, "|") {
			ws := words(Normalize(p))
			for _, w := range ws {
				lx.words[w] = true
			}
			stems := stemAll(ws)
			if len(stems) == 0 {
				continue
			}
			lx.byFirst[stems[0]] = append(lx.byFirst[stems[0]], phrase{stems: stems, concepts: concepts})
			n++
		}
		if n == 0 {
			return fmt.Errorf("%s:%d: no phrases after ':'", name, line)
		}
		lx.groups++
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	for k, ps := range lx.byFirst {
		sortPhrases(ps)
		lx.byFirst[k] = ps
	}
	return nil
}

func sortPhrases(ps []phrase) {
	// insertion sort, longest first; lists are short
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && len(ps[j].stems) > len(ps[j-1].stems); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

// Merge returns a lexicon with the groups of both.
func (lx *Lexicon) Merge(other *Lexicon) *Lexicon {
	out := &Lexicon{byFirst: map[string][]phrase{}, words: map[string]bool{}}
	for _, src := range []*Lexicon{lx, other} {
		if src == nil {
			continue
		}
		for k, ps := range src.byFirst {
			out.byFirst[k] = append(out.byFirst[k], ps...)
		}
		for w := range src.words {
			out.words[w] = true
		}
		out.groups += src.groups
	}
	for k, ps := range out.byFirst {
		sortPhrases(ps)
		out.byFirst[k] = ps
	}
	return out
}

// Groups returns how many synonym groups the lexicon holds.
func (lx *Lexicon) Groups() int {
	if lx == nil {
		return 0
	}
	return lx.groups
}

// apply replaces every phrase found in stems by its concept tokens. The
// second result marks which output tokens are concepts.
func (lx *Lexicon) apply(stems []string) []string {
	if lx == nil || len(lx.byFirst) == 0 {
		return stems
	}
	out := make([]string, 0, len(stems))
	for i := 0; i < len(stems); {
		matched := false
		for _, p := range lx.byFirst[stems[i]] {
			if n := matchPhrase(stems[i:], p.stems); n > 0 {
				out = append(out, p.concepts...)
				i += n
				matched = true
				break
			}
		}
		if !matched {
			out = append(out, stems[i])
			i++
		}
	}
	return out
}

// skippable are the words a phrase may have in between in a message
// without changing its sense: "lose his erection" matches "lose erection".
var skippable = map[string]bool{
	"my": true, "his": true, "her": true, "their": true, "your": true, "our": true,
	"the": true, "a": true, "an": true, "this": true, "that": true, "it": true,
	"so": true, "realli": true, "really": true, "veri": true, "very": true, "just": true, "way": true,
	"much": true, "kinda": true, "pretti": true, "pretty": true, "alway": true, "always": true,
}

// matchPhrase reports how many message stems the phrase spans at the
// start of stems (0 when it does not match), letting skippable words in
// the message stand between the phrase's own words.
func matchPhrase(stems, phrase []string) int {
	i := 0
	for j := 0; j < len(phrase); j++ {
		for i < len(stems) && stems[i] != phrase[j] && j > 0 && skippable[stems[i]] {
			i++
		}
		if i >= len(stems) || stems[i] != phrase[j] {
			return 0
		}
		i++
	}
	return i
}

func stemAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = stem(w)
	}
	return out
}

// Knows reports whether w (normalised) is a word of one of the lexicon's
// phrases.
func (lx *Lexicon) Knows(w string) bool { return lx != nil && lx.words[w] }
