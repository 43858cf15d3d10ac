package knowledge

import (
	"regexp"
	"strings"
	"unicode"
)

// Reading-level limits for an entry's body, as US school grades on the
// Flesch-Kincaid scale (shared/kb/STYLE.md: "at or below an 8th-grade
// reading level").
const (
	// WarnGrade is the grade above which lint warns.
	WarnGrade = 8.0
	// MaxGrade is the grade above which lint reports an error.
	MaxGrade = 10.0
)

// TextStats counts what the Flesch-Kincaid formula needs.
type TextStats struct {
	Words     int
	Sentences int
	Syllables int
}

// Grade is the Flesch-Kincaid grade level of the counted text:
//
//	0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
//
// It is 0 for a text without words.
func (s TextStats) Grade() float64 {
	if s.Words == 0 {
		return 0
	}
	sentences := max(s.Sentences, 1)
	return 0.39*float64(s.Words)/float64(sentences) + 11.8*float64(s.Syllables)/float64(s.Words) - 15.59
}

// ReadingGrade is the Flesch-Kincaid grade level of a Markdown body: the
// Markdown is stripped first (PlainText), then words, sentences and
// syllables are counted by CountText.
func ReadingGrade(markdown string) float64 {
	return CountText(PlainText(markdown)).Grade()
}

var (
	mdLink     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdURL      = regexp.MustCompile(`https?://\S+`)
	mdListMark = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+`)
	mdHeading  = regexp.MustCompile(`^\s*#{1,6}\s+`)
	mdQuote    = regexp.MustCompile(`^\s*>\s?`)
)

// PlainText strips Markdown from a body for counting: links keep their
// text, bare URLs and emphasis marks go, and every heading, list item and
// paragraph ends a sentence (a period is added where it has no closing
// punctuation), because a reader takes each as a unit of its own.
func PlainText(markdown string) string {
	var b strings.Builder
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		s := strings.Join(para, " ")
		para = para[:0]
		s = strings.TrimSpace(s)
		if s == "" {
			return
		}
		b.WriteString(s)
		if !strings.ContainsAny(s[len(s)-1:], ".!?:") {
			b.WriteByte('.')
		}
		b.WriteString("\n")
	}
	for _, line := range strings.Split(markdown, "\n") {
		line = mdQuote.ReplaceAllString(line, "")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		block := false
		if mdHeading.MatchString(line) {
			line, block = mdHeading.ReplaceAllString(line, ""), true
		} else if mdListMark.MatchString(line) {
			line, block = mdListMark.ReplaceAllString(line, ""), true
		}
		if block {
			flush()
		}
		line = mdLink.ReplaceAllString(line, "$1")
		line = mdURL.ReplaceAllString(line, "")
		line = strings.NewReplacer("**", "", "__", "", "*", "", "`", "").Replace(line)
		para = append(para, line)
		if block {
			flush()
		}
	}
	flush()
	return b.String()
}

// abbreviations end in a period that does not end a sentence.
var abbreviations = map[string]bool{
	"e.g.": true, "i.e.": true, "dr.": true, "mr.": true, "mrs.": true, "ms.": true,
	"vs.": true, "u.s.": true, "u.k.": true, "approx.": true, "st.": true, "no.": true,
}

// CountText counts words, sentences and syllables in plain text. A word is
// a run of characters between spaces that holds a letter or digit
// (hyphenated words and contractions count once). A sentence ends at a word
// ending in ".", "!" or "?" (after closing quotes or brackets), except
// common abbreviations such as "e.g."; a colon followed by a line break
// (a list's lead-in) ends one too. Syllables are counted by Syllables; a
// number counts one syllable per digit, at most four.
func CountText(text string) TextStats {
	var s TextStats
	for _, line := range strings.Split(text, "\n") {
		fields := strings.Fields(line)
		for i, f := range fields {
			core := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
			if core == "" {
				continue
			}
			s.Words++
			s.Syllables += wordSyllables(core)
			end := strings.TrimRight(f, "\"')]}’”*_")
			last := i == len(fields)-1
			switch {
			case abbreviations[strings.ToLower(strings.TrimLeft(end, "\"'([{‘“"))]:
			case strings.HasSuffix(end, ".") || strings.HasSuffix(end, "!") || strings.HasSuffix(end, "?"):
				s.Sentences++
			case last && strings.HasSuffix(end, ":"):
				s.Sentences++
			}
		}
	}
	if s.Words > 0 && s.Sentences == 0 {
		s.Sentences = 1
	}
	return s
}

// wordSyllables counts a word that may hold hyphens, slashes, apostrophes
// or digits.
func wordSyllables(w string) int {
	n := 0
	for _, part := range strings.FieldsFunc(w, func(r rune) bool { return r == '-' || r == '/' || r == '–' }) {
		digits, letters := 0, strings.Builder{}
		for _, r := range part {
			switch {
			case unicode.IsDigit(r):
				digits++
			case unicode.IsLetter(r):
				letters.WriteRune(unicode.ToLower(r))
			}
		}
		n += min(digits, 4)
		if letters.Len() > 0 {
			n += Syllables(letters.String())
		}
	}
	return max(n, 1)
}

// Syllables estimates the syllables of one English word with the usual
// rule-based method (no dictionary). It is right for most common words and
// off by one for some (it counts "anyone" as 2 and "safety" as 3);
// TestSyllables measures it on a list of words with dictionary counts.
//
//  1. Count groups of adjacent vowels: a, e, i, o, u, and y when it follows
//     a consonant; "u" after "q" is not a vowel.
//  2. Add one for each vowel pair usually said as two syllables: "ia"
//     (not after c, t, g or s: "social", "Asia"), "io" (not after t, s, c,
//     x, g, n or l: "nation", "anxious", "million"), "ua" and "uo" (not
//     after g: "language"), "iu", "eo" (not in "peo", "geo" inside a word,
//     or "eone": "people", "surgeon", "someone"), and "ie" before "t"
//     ("anxiety", "quiet"); add one for a vowel before a final "-ing"
//     ("going"), a final "-sm" ("orgasm") and a final "-ea" ("idea").
//  3. Take one away for a silent final "e" ("make"), but not for "-le"
//     after a consonant ("table"), "-ee" or "-ie"; take one away for "-es"
//     and "-ed" when they add no syllable ("makes", "used"; not "boxes",
//     "changes", "wishes", "wanted").
//  4. Every word has at least one syllable.
func Syllables(word string) int {
	w := strings.ToLower(word)
	w = strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, w)
	if w == "" {
		return 0
	}
	isVowel := func(i int) bool {
		switch w[i] {
		case 'a', 'e', 'i', 'o', 'u':
			return !(w[i] == 'u' && i > 0 && w[i-1] == 'q')
		case 'y':
			return i > 0 && !strings.ContainsRune("aeiouy", rune(w[i-1]))
		}
		return false
	}
	n := 0
	for i := range len(w) {
		if isVowel(i) && (i == 0 || !isVowel(i-1)) {
			n++
		}
	}
	// Vowel pairs said as two syllables.
	for i := 0; i+1 < len(w); i++ {
		if !isVowel(i) || !isVowel(i+1) {
			continue
		}
		pair := w[i : i+2]
		prev := byte(0)
		if i > 0 {
			prev = w[i-1]
		}
		switch pair {
		case "ia":
			if !strings.ContainsRune("ctgs", rune(prev)) {
				n++
			}
		case "io":
			if !strings.ContainsRune("tscxgnl", rune(prev)) {
				n++
			}
		case "ua", "uo":
			if prev != 'g' {
				n++
			}
		case "iu":
			n++
		case "eo":
			if prev != 'p' && !(prev == 'g' && i > 1) && !strings.HasPrefix(w[i:], "eone") {
				n++
			}
		case "ie":
			if i+2 < len(w) && w[i+2] == 't' {
				n++
			}
		}
	}
	// Endings said as an extra syllable: a vowel before "-ing" ("going",
	// "seeing"), "-sm" ("orgasm") and "-ea" ("idea").
	l := len(w)
	if l > 4 && strings.HasSuffix(w, "ing") && isVowel(l-4) && isVowel(l-3) {
		n++
	}
	if l > 3 && (strings.HasSuffix(w, "sm") || strings.HasSuffix(w, "ea") && !strings.HasSuffix(w, "eea")) {
		n++
	}
	// Silent endings.
	switch {
	case l > 2 && strings.HasSuffix(w, "le") && !isVowel(l-3):
	case l > 2 && strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "ee") && !strings.HasSuffix(w, "ie") && !isVowel(l-2) && n > 1:
		n--
	case l > 3 && strings.HasSuffix(w, "es") && !isVowel(l-3) && n > 1:
		if !strings.ContainsRune("sxzcg", rune(w[l-3])) && !strings.HasSuffix(w, "hes") && !strings.HasSuffix(w, "les") {
			n--
		}
	case l > 3 && strings.HasSuffix(w, "ed") && !isVowel(l-3) && n > 1:
		if w[l-3] != 't' && w[l-3] != 'd' {
			n--
		}
	}
	return max(n, 1)
}
