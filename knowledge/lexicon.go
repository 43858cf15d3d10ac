package knowledge

import (
	"bufio"
	"fmt"
	"io"
	"strings"
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
	groups  int
}

type phrase struct {
	stems    []string
	concepts []string
}

// ParseLexicon reads a synonym file. Errors name the line.
func ParseLexicon(name string, r io.Reader) (*Lexicon, error) {
	lx := &Lexicon{byFirst: map[string][]phrase{}}
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
			stems := stemAll(words(Normalize(p)))
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
	out := &Lexicon{byFirst: map[string][]phrase{}}
	for _, src := range []*Lexicon{lx, other} {
		if src == nil {
			continue
		}
		for k, ps := range src.byFirst {
			out.byFirst[k] = append(out.byFirst[k], ps...)
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
			if i+len(p.stems) <= len(stems) && equalStems(stems[i:i+len(p.stems)], p.stems) {
				out = append(out, p.concepts...)
				i += len(p.stems)
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

func equalStems(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func stemAll(ws []string) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = stem(w)
	}
	return out
}
