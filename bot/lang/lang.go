// Package lang identifies the language of short chat messages among the
// languages Candor's crisis phrases cover, so that a reply can use the
// person's language. It reads the script first (Cyrillic, Arabic,
// Devanagari, Japanese), then, for Latin script, counts function words
// from embedded data (which also finds romanised Hindi and Arabic in
// Latin letters, which trigram detectors do not model), and falls back to whatlanggo's trigrams and
// then to the Discord locale. It errs towards English: a message is only
// called another language on positive evidence.
package lang

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/words.tsv
var wordsTSV []byte

// English is the code of the language Candor answers in.
const English = "en"

// How a language was decided, as Result.Reason.
const (
	ReasonScript   = "script"   // the writing system names one language
	ReasonWords    = "words"    // function words of one language outnumber the others'
	ReasonTrigrams = "trigrams" // whatlanggo was confident
	ReasonLocale   = "locale"   // no evidence in the text; the Discord locale decided
	ReasonDefault  = "default"  // no evidence at all: English
)

// Result is the language of a message.
type Result struct {
	// Code is an ISO 639-1 code: "en", "es", "hi", ...
	Code string
	// Reason says how Code was decided: one of the Reason constants.
	Reason string
	// Mixed, for a message called English by its words, is another
	// covered language the message also writes in, code-switching: at
	// least MixedMinWords of its function words that are not English words
	// too, and at least a third as many as English's ("aku udah nulis surat buat ortu, just in case"). Empty
	// otherwise.
	Mixed string
}

// MixedMinWords is the fewest function words of another language that
// make an English message code-switched (Result.Mixed).
const MixedMinWords = 3

// Detector identifies languages. Build it with [New]; it is safe for
// concurrent use.
type Detector struct {
	words    map[string][]string // word -> languages
	codes    []string
	trigrams whatlanggo.Options
	langs    map[whatlanggo.Lang]string
}

// New builds a Detector from the embedded word lists. It returns an error
// only when that data is malformed.
func New() (*Detector, error) {
	d := &Detector{words: map[string][]string{}, langs: map[whatlanggo.Lang]string{}}
	sc := bufio.NewScanner(bytes.NewReader(wordsTSV))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, list, ok := strings.Cut(line, "\t")
		if !ok || len(code) != 2 {
			return nil, fmt.Errorf("words.tsv line %d: want a two-letter code, a tab and words", n)
		}
		d.codes = append(d.codes, code)
		for _, w := range strings.Fields(list) {
			d.words[w] = append(d.words[w], code)
		}
	}
	allow := map[whatlanggo.Lang]bool{}
	for l, code := range map[whatlanggo.Lang]string{
		whatlanggo.Eng: "en", whatlanggo.Spa: "es", whatlanggo.Por: "pt", whatlanggo.Fra: "fr",
		whatlanggo.Deu: "de", whatlanggo.Tur: "tr", whatlanggo.Pol: "pl", whatlanggo.Ita: "it",
		whatlanggo.Ind: "id",
	} {
		allow[l] = true
		d.langs[l] = code
	}
	d.trigrams = whatlanggo.Options{Whitelist: allow}
	return d, nil
}

// trigramConfidence is the least whatlanggo confidence trusted when no
// function word decided. Measured on bot/lang/testdata/messages.tsv.
const trigramConfidence = 0.5

// Detect returns the language of text. locale is the Discord locale of
// the person or the server ("pt-BR", "de"), or "": it decides only when
// the text gives no evidence either way.
func (d *Detector) Detect(text, locale string) Result {
	if code := scriptLanguage(text); code != "" {
		return Result{Code: code, Reason: ReasonScript}
	}
	folded := fold(text)
	score := map[string]int{}
	// own counts the words of each language that are not English words
	// too ("i", "do" and "to" are also Polish): only those can show that
	// an English message switches into another language.
	own := map[string]int{}
	words := strings.FieldsFunc(folded, notWord)
	for _, w := range words {
		codes := d.words[w]
		for _, code := range codes {
			score[code]++
		}
		if !slices.Contains(codes, English) {
			for _, code := range codes {
				own[code]++
			}
		}
	}
	for code, n := range accentHints(text) {
		score[code] += n
	}
	if n := arabiziWords(words); n >= 2 {
		score["ar"] += n
	}
	best, bestN, tie := "", 0, false
	for _, code := range d.codes {
		switch n := score[code]; {
		case n > bestN:
			best, bestN, tie = code, n, false
		case n == bestN && n > 0:
			tie = true
		}
	}
	switch {
	case bestN > 0 && score[English] >= bestN:
		r := Result{Code: English, Reason: ReasonWords}
		other, otherN := "", 0
		for _, code := range d.codes {
			if n := own[code]; code != English && n > otherN {
				other, otherN = code, n
			}
		}
		if otherN >= MixedMinWords && 3*otherN >= score[English] {
			r.Mixed = other
		}
		return r
	case bestN > 0 && !tie:
		return Result{Code: best, Reason: ReasonWords}
	}
	loc := localeLanguage(locale)
	if tie && score[loc] == bestN && loc != "" {
		return Result{Code: loc, Reason: ReasonLocale}
	}
	// Trigrams of one word are noise ("hey" scores as Turkish).
	if len(words) >= 2 {
		info := whatlanggo.DetectWithOptions(text, d.trigrams)
		if code := d.langs[info.Lang]; code != "" && (tie && score[code] == bestN || !tie && info.Confidence >= trigramConfidence) {
			return Result{Code: code, Reason: ReasonTrigrams}
		}
	}
	if loc != "" && (!tie || score[loc] == bestN) && bestN == 0 {
		return Result{Code: loc, Reason: ReasonLocale}
	}
	return Result{Code: English, Reason: ReasonDefault}
}

// localeLanguage returns the language subtag of a Discord locale ("pt"
// for "pt-BR"), or "".
func localeLanguage(locale string) string {
	l, _, _ := strings.Cut(strings.ReplaceAll(strings.TrimSpace(locale), "_", "-"), "-")
	l = strings.ToLower(l)
	if len(l) != 2 {
		return ""
	}
	return l
}

// scriptLanguage names the language a non-Latin script implies among the
// covered languages, or "" for Latin script and no letters.
func scriptLanguage(text string) string {
	latin := 0
	count := map[string]int{}
	for _, r := range text {
		switch {
		case r < 0x80 && unicode.IsLetter(r), unicode.Is(unicode.Latin, r):
			latin++
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			count["ja"] += 2 // kana is Japanese only
		case unicode.Is(unicode.Han, r):
			count["ja"]++
		case unicode.Is(unicode.Cyrillic, r):
			count["ru"]++
		case unicode.Is(unicode.Arabic, r):
			count["ar"]++
		case unicode.Is(unicode.Devanagari, r):
			count["hi"]++
		}
	}
	best, bestN := "", 0
	for code, n := range count {
		if n > bestN || n == bestN && code < best {
			best, bestN = code, n
		}
	}
	if bestN == 0 || bestN < latin/2 {
		return ""
	}
	return best
}

// accentHints counts letters that only some of the covered languages use.
func accentHints(text string) map[string]int {
	var out map[string]int
	add := func(codes ...string) {
		if out == nil {
			out = map[string]int{}
		}
		for _, c := range codes {
			out[c]++
		}
	}
	for _, r := range strings.ToLower(text) {
		switch r {
		case 'ñ', '¿', '¡':
			add("es")
		case 'ã', 'õ':
			add("pt")
		case 'ß', 'ä':
			add("de")
		case 'ö', 'ü':
			add("de", "tr")
		case 'ğ', 'ş', 'ı':
			add("tr")
		case 'ł', 'ą', 'ę', 'ś', 'ź', 'ż', 'ń', 'ć':
			add("pl")
		case 'è', 'ù', 'ì', 'ò':
			add("it", "fr")
		case 'ê', 'â', 'ô':
			add("fr", "pt")
		case 'œ', 'î', 'û', 'ë', 'ï':
			add("fr")
		}
	}
	return out
}

// arabiziWords counts words of Arabic written in Latin letters with the
// chat digits for its own sounds: 3 for ain and 7 for haa ("3omri",
// "ba3ref", "7ases"). Ordinals, times and units ("3rd", "7pm", "3d") are
// not counted; two such words are needed before they count at all.
func arabiziWords(words []string) int {
	n := 0
	for _, w := range words {
		letters, chat := 0, false
		for _, r := range w {
			switch {
			case r == '3' || r == '7':
				chat = true
			case r >= 'a' && r <= 'z':
				letters++
			}
		}
		if chat && letters >= 2 && !unitWord(w) {
			n++
		}
	}
	return n
}

// unitWord is a number with an English suffix: an ordinal, a time, a unit.
func unitWord(w string) bool {
	i := strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' })
	if i <= 0 {
		return false
	}
	switch w[i:] {
	case "st", "nd", "rd", "th", "am", "pm", "s", "x", "d", "k", "m", "h", "hr", "hrs", "min", "mins", "yo", "yr", "yrs", "mg", "ml", "kg", "lb", "lbs", "cm", "mm", "ft", "in", "g", "gb", "mb", "day", "days", "wk", "wks", "ish":
		return true
	}
	return false
}

// fold lower-cases text and strips accents, keeping letters, digits and
// spaces.
func fold(s string) string {
	s = norm.NFD.String(strings.ToLower(s))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == 'ı':
			b.WriteByte('i')
		case r == 'ł':
			b.WriteByte('l')
		case r == '\'' || r == '’':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func notWord(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }
