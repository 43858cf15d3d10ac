package referral

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// maxInput is the number of bytes of a message that location parsing reads. Discord messages
// are at most a few thousand bytes; the cap keeps the cost of a pathological input bounded.
const maxInput = 4096

// folder maps a rune to its search form: lower case, accents removed ("É" -> "e", "ß" -> "ss").
// It is built once by Load.
type folder struct {
	latin [0x250]string // runes below U+0250; "" means "not part of a word"
	extra map[rune]string
}

func newFolder() *folder {
	f := &folder{extra: map[rune]string{}}
	for r := rune(0); r < 0x80; r++ {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			f.latin[r] = string(r)
		case 'A' <= r && r <= 'Z':
			f.latin[r] = string(r + 'a' - 'A')
		}
	}
	for r := rune(0xC0); r < 0x250; r++ {
		f.latin[r] = decompose(r)
	}
	for r := rune(0x1E00); r < 0x1F00; r++ { // Latin Extended Additional (Vietnamese and others)
		if s := decompose(r); s != "" {
			f.extra[r] = s
		}
	}
	for r, s := range map[rune]string{
		'ß': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe", 'ø': "o", 'Ø': "o",
		'ł': "l", 'Ł': "l", 'đ': "d", 'Đ': "d", 'þ': "th", 'Þ': "th", 'ð': "d", 'Ð': "d",
		'ı': "i", 'ħ': "h", 'Ħ': "h", 'ŋ': "n", 'Ŋ': "n", 'ſ': "s",
	} {
		if r < 0x250 {
			f.latin[r] = s
		} else {
			f.extra[r] = s
		}
	}
	return f
}

// decompose returns the ASCII letters left when r is decomposed (NFD), lower-cased.
func decompose(r rune) string {
	var b []byte
	for _, c := range norm.NFD.String(string(r)) {
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
			b = append(b, byte(c))
		case 'A' <= c && c <= 'Z':
			b = append(b, byte(c+'a'-'A'))
		}
	}
	return string(b)
}

// appendFold appends the search form of r to b and reports whether r is part of a word.
// Combining marks are part of a word but add nothing.
func (f *folder) appendFold(b []byte, r rune) ([]byte, bool) {
	if r < 0x250 {
		s := f.latin[r]
		return append(b, s...), s != ""
	}
	if s, ok := f.extra[r]; ok {
		return append(b, s...), true
	}
	switch {
	case r == utf8.RuneError:
		return b, false
	case unicode.Is(unicode.Mn, r):
		return b, true
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return utf8.AppendRune(b, unicode.ToLower(r)), true
	}
	return b, false
}

// sepKind classifies the characters between two tokens.
type sepKind uint8

const (
	sepSpace sepKind = iota // spaces, hyphens, apostrophes, slashes, "&", or the dot in "St."
	sepComma                // commas, brackets and line breaks: inside a group, not inside a name
	sepBreak                // anything else, and the start of the text
)

// token is one word of a tokenized text.
type token struct {
	ns, ne int32   // byte span in tokenized.norm
	os, oe int32   // byte span in the original text
	sep    sepKind // what separates this token from the previous one
	upper  bool    // the original has letters and all of them are upper case ("IL", "U.S.")
	title  bool    // the original starts with an upper-case letter
	digits bool    // the token is all digits
}

// tokenized is a text split into words, with each word's search form stored in norm and the
// words separated there by single spaces, so a run of words is a substring of norm.
type tokenized struct {
	src      string
	norm     string
	buf      []byte
	toks     []token
	hasLower bool
	hasUpper bool
}

// caseReliable reports whether the writer used both cases, so that capitals carry meaning.
func (t *tokenized) caseReliable() bool { return t.hasLower && t.hasUpper }

// word returns the search form of token i.
func (t *tokenized) word(i int) string { return t.norm[t.toks[i].ns:t.toks[i].ne] }

// span returns the search form of tokens [i, j).
func (t *tokenized) span(i, j int) string { return t.norm[t.toks[i].ns:t.toks[j-1].ne] }

// original returns the original text of tokens [i, j).
func (t *tokenized) original(i, j int) string { return t.src[t.toks[i].os:t.toks[j-1].oe] }

// dotJoins lists the words after which a dot is part of a name ("St. Louis", "N. Carolina", "Co. Cork").
var dotJoins = [...]string{"st", "ste", "ft", "mt", "co", "n", "s", "e", "w"}

// ASCII character classes for the tokenizer's fast path.
const (
	asciiOther uint8 = iota
	asciiLower
	asciiUpper
	asciiDigit
)

var asciiClass = func() (t [256]uint8) {
	for c := 'a'; c <= 'z'; c++ {
		t[c] = asciiLower
	}
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = asciiUpper
	}
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiDigit
	}
	return t
}()

// tokenize splits s into words. A run of single letters joined by dots ("U.S.A.", "D.C.")
// becomes one word.
func (f *folder) tokenize(s string, t *tokenized) {
	if len(s) > maxInput {
		s = s[:maxInput]
	}
	t.src = s
	buf, toks := t.buf[:0], t.toks[:0]

	var (
		cur      token
		inTok    bool
		segLen   int // letters since the token start or the last joining dot
		tokUpper bool
		tokLower bool
		anyUpper bool
		anyLower bool
		sep      = sepBreak
	)
	start := func(i int, title bool) {
		if len(toks) > 0 {
			buf = append(buf, ' ') // the space between this word and the previous one
		}
		cur = token{ns: int32(len(buf)), os: int32(i), sep: sep, digits: true, title: title}
		if len(toks) == 0 {
			cur.sep = sepBreak
		}
		inTok, segLen, tokUpper, tokLower = true, 0, false, false
	}
	for i := 0; i < len(s); {
		c := s[i]
		if cl := asciiClass[c]; cl != asciiOther {
			if !inTok {
				start(i, cl == asciiUpper)
			}
			// Fast path: a run of ASCII letters and digits.
			for {
				switch cl {
				case asciiLower:
					buf = append(buf, c)
					tokLower, cur.digits = true, false
				case asciiUpper:
					buf = append(buf, c+'a'-'A')
					tokUpper, cur.digits = true, false
				default:
					buf = append(buf, c)
				}
				segLen++
				i++
				if i == len(s) {
					break
				}
				c = s[i]
				if cl = asciiClass[c]; cl == asciiOther {
					break
				}
			}
			continue
		}
		r, w := rune(c), 1
		if c >= 0x80 {
			r, w = utf8.DecodeRuneInString(s[i:])
			var folded [8]byte
			if b, ok := f.appendFold(folded[:0], r); ok {
				if !inTok {
					start(i, unicode.IsUpper(r))
				}
				buf = append(buf, b...)
				segLen++
				cur.digits = false
				tokUpper = tokUpper || unicode.IsUpper(r)
				tokLower = tokLower || unicode.IsLower(r)
				i += w
				continue
			}
		}
		if inTok && r == '.' && segLen == 1 && singleLetterNext(s[i+w:]) {
			segLen = 0 // "U.S.": keep going in the same token
			i += w
			continue
		}
		if inTok {
			cur.oe, cur.ne = int32(i), int32(len(buf))
			cur.upper = tokUpper && !tokLower
			anyUpper = anyUpper || tokUpper
			anyLower = anyLower || tokLower
			toks = append(toks, cur)
			inTok, sep = false, sepSpace
		}
		sep = maxSep(sep, classify(r, s, buf, toks))
		i += w
	}
	if inTok {
		cur.oe, cur.ne = int32(len(s)), int32(len(buf))
		cur.upper = tokUpper && !tokLower
		anyUpper = anyUpper || tokUpper
		anyLower = anyLower || tokLower
		toks = append(toks, cur)
	}
	t.buf, t.toks = buf, toks
	t.hasUpper, t.hasLower = anyUpper, anyLower
	t.norm = string(buf)
}

// singleLetterNext reports whether s starts with one letter that is not followed by another
// letter or digit, as after the first dot in "U.S.".
func singleLetterNext(s string) bool {
	r, w := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return false
	}
	if w == len(s) {
		return true
	}
	n, _ := utf8.DecodeRuneInString(s[w:])
	return !unicode.IsLetter(n) && !unicode.IsDigit(n)
}

func classify(r rune, src string, buf []byte, toks []token) sepKind {
	switch r {
	case ' ', '\t', '-', '\'', '’', '‘', '/', '&', '+', '_', '‐', '‑', '–', 0xA0:
		return sepSpace
	case ',', '(', ')', '[', ']', '\n', '\r':
		return sepComma
	case '.':
		if n := len(toks); n > 0 {
			last := toks[n-1]
			if strings.Contains(src[last.os:last.oe], ".") {
				return sepSpace // the final dot of "U.S." in "U.S. Virgin Islands"
			}
			for _, j := range dotJoins {
				if string(buf[last.ns:last.ne]) == j {
					return sepSpace
				}
			}
		}
	}
	if r < 0x80 {
		return sepBreak
	}
	if unicode.IsSpace(r) {
		return sepSpace
	}
	return sepBreak
}

func maxSep(a, b sepKind) sepKind {
	if a > b {
		return a
	}
	return b
}

// key returns the search form of a name from the data files, and false if the name has
// punctuation that would stop it matching as one phrase.
func (f *folder) key(name string) (string, bool) {
	var t tokenized
	f.tokenize(name, &t)
	if len(t.toks) == 0 {
		return "", false
	}
	for _, tok := range t.toks[1:] {
		if tok.sep != sepSpace {
			return "", false
		}
	}
	return t.norm, true
}

// slug returns name as a URL path segment: lower case, accents removed, words joined by
// hyphens ("St. John's" -> "st-john-s").
func (f *folder) slug(name string) string {
	var t tokenized
	f.tokenize(name, &t)
	b := make([]byte, 0, len(t.norm))
	for i, tok := range t.toks {
		if i > 0 {
			b = append(b, '-')
		}
		b = append(b, t.norm[tok.ns:tok.ne]...)
	}
	return string(b)
}
