package llm

import (
	"errors"
	"strings"

	"github.com/kljensen/snowball/english"
)

// ErrAddsClaim is the Guard reason for a sentence whose content words the
// curated text mostly lacks: a statement of its own ("it can help couples
// rebuild trust"), a restatement of the person's situation ("you mentioned
// that your husband cheated"), or text in another language than the
// curated answer, which Guard cannot check.
var ErrAddsClaim = errors.New("adds a claim the curated text lacks")

// maxUnsupportedShare is the share of a sentence's content words that may
// be missing from the curated text: one in four, room for a synonym or an
// inflection the stemmer does not fold ("came" for "come"), never for a
// short statement of its own.
const maxUnsupportedShare = 4

// unsupportedSentence returns the first sentence of candidate that the
// curated text does not support, or "". A sentence is supported when at
// most one in maxUnsupportedShare of its content words (not function
// words, at least three letters) is missing from the curated text,
// compared by Snowball stem; question words do not count as support.
func unsupportedSentence(cur *text, candidate string) string {
	stems := cur.contentStems()
	for _, s := range splitSentences(candidate) {
		n, missing := 0, 0
		for _, w := range tokenize(s) {
			if !contentWord(w.lower) {
				continue
			}
			n++
			if !stems[english.Stem(w.lower, false)] && !cur.words[w.lower] {
				missing++
			}
		}
		if missing*maxUnsupportedShare > n {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// contentStems returns the Snowball stems of t's words, computed once.
func (t *text) contentStems() map[string]bool {
	if t.snow == nil {
		t.snow = make(map[string]bool, len(t.words))
		for w := range t.words {
			t.snow[english.Stem(w, false)] = true
		}
	}
	return t.snow
}

// contentWord reports whether w (lower case) carries content: letters
// only, at least three of them, and not a function word.
func contentWord(w string) bool {
	if len(w) < 3 || functionWords[w] {
		return false
	}
	r := w[0]
	return r < '0' || r > '9'
}

// splitSentences splits s at sentence ends, semicolons, colons, line
// breaks and bullets.
func splitSentences(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return strings.ContainsRune(".!?;:\n•…。！？", r)
	})
}

// functionWords are English words that carry no claim of their own:
// articles, pronouns, auxiliaries, prepositions, conjunctions, common
// adverbs, the words of a reply's framing ("yes", "question") and a few
// light verbs ("notice", "play a part") whose claim lies in the nouns
// around them. A claim needs content words, and those must come from the
// curated text.
var functionWords = setOf(`
a about above after again against all also although always am an and any anyone anything are aren around as at
be because been before being below between both but by can cannot could couldn did didn do does doesn doing don done down
during each either else enough even ever every everyone everything for from further get gets getting got had hadn has hasn have
haven having he her here hers herself him himself his how however i if in into is isn it its itself just least less let like
lot lots many may maybe me might more most much must mustn my myself need needs neither no nor not now of off often on once
one only or other others otherwise our ours ourselves out over own per perhaps quite rather really same several she should
shouldn since so some someone something sometimes still such than that the their theirs them themselves then there these
they thing things this those though through thus till to too toward towards under until up upon us usually very via was
wasn way ways we well were weren what whatever when whenever where whether which while who whoever whom whose why will with
within without won would wouldn yet you your yours yourself yourselves
yes yeah sure okay hi hello thanks thank question questions asked asking wonder wondering great good really actually
quite kind bit
notice notices noticed noticing happen happens happened happening matter matters play plays part parts`)

func setOf(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
