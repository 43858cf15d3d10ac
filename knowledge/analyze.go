package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"golang.org/x/text/unicode/norm"
)

// maxQueryRunes bounds how much of a message is analysed: answers depend on
// the first few sentences, and a 20,000-character paste must stay fast.
const maxQueryRunes = 2000

// Normalize folds text to the form search works on: valid UTF-8, lower
// case, accents and compatibility forms folded (NFKD without marks), curly
// quotes straightened, Discord mentions, custom emoji, URLs and Markdown
// markup removed, and contractions expanded ("can't" -> "can not").
func Normalize(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	if n := utf8.RuneCountInString(s); n > maxQueryRunes {
		s = truncateRunes(s, maxQueryRunes)
	}
	s = stripMarkup(s)
	s = norm.NFKD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Mn, r):
			// drop combining marks: café -> cafe
		case isApostrophe(r):
			b.WriteByte('\'')
		case unicode.IsUpper(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteRune(r)
		}
	}
	return expandContractions(b.String())
}

// isApostrophe reports whether r is a straight apostrophe's stand-in:
// curly quotes, a backtick, an acute accent or a modifier letter.
func isApostrophe(r rune) bool {
	return r == '\u2019' || r == '\u2018' || r == '`' || r == '\u00b4' || r == '\u02bc'
}

func truncateRunes(s string, n int) string {
	i := 0
	for pos := range s {
		if i == n {
			return s[:pos]
		}
		i++
	}
	return s
}

// stripMarkup removes Discord mentions (<@123>, <#123>, <@&123>, <:name:123>),
// URLs and Markdown emphasis characters.
func stripMarkup(s string) string {
	if !strings.ContainsAny(s, "<:/*_~|>#`") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == '<' {
			if j := strings.IndexByte(s[i:], '>'); j > 0 && j < 64 && isMention(s[i+1:i+j]) {
				b.WriteByte(' ')
				i += j + 1
				continue
			}
		}
		if (c == 'h' || c == 'H') && (hasPrefixFold(s[i:], "http://") || hasPrefixFold(s[i:], "https://")) {
			j := i
			for j < len(s) && s[j] != ' ' && s[j] != '\n' && s[j] != '\t' {
				j++
			}
			b.WriteByte(' ')
			i = j
			continue
		}
		switch c {
		case '*', '_', '~', '|', '`', '>', '#':
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
		i++
	}
	return b.String()
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isMention(inner string) bool {
	if inner == "" {
		return false
	}
	switch inner[0] {
	case '@', '#', ':', 'a', 't':
	default:
		return false
	}
	digits := 0
	for i := 0; i < len(inner); i++ {
		c := inner[i]
		if c >= '0' && c <= '9' {
			digits++
		} else if c == ' ' {
			return false
		}
	}
	return digits >= 5
}

// contractions maps a word ending to its expansion, for words written with
// or without the apostrophe.
var contractionWords = map[string]string{
	"can't": "can not", "cant": "can not", "cannot": "can not",
	"won't": "will not", "wont": "will not",
	"don't": "do not", "dont": "do not",
	"doesn't": "does not", "doesnt": "does not",
	"didn't": "did not", "didnt": "did not",
	"isn't": "is not", "isnt": "is not",
	"aren't": "are not", "arent": "are not",
	"wasn't": "was not", "wasnt": "was not",
	"weren't": "were not", "werent": "were not",
	"haven't": "have not", "havent": "have not",
	"hasn't": "has not", "hasnt": "has not",
	"hadn't": "had not", "hadnt": "had not",
	"shouldn't": "should not", "shouldnt": "should not",
	"wouldn't": "would not", "wouldnt": "would not",
	"couldn't": "could not", "couldnt": "could not",
	"mustn't": "must not", "ain't": "is not", "aint": "is not",
	"i'm": "i am", "im": "i am", "i've": "i have", "ive": "i have",
	"i'll": "i will", "i'd": "i would", "you're": "you are", "youre": "you are",
	"you've": "you have", "we're": "we are", "they're": "they are", "theyre": "they are",
	"it's": "it is", "that's": "that is", "thats": "that is", "what's": "what is", "whats": "what is",
	"there's": "there is", "theres": "there is", "he's": "he is", "she's": "she is",
	"let's": "let us", "gonna": "going to", "wanna": "want to", "gotta": "got to",
	"y'all": "you all", "u": "you", "ur": "your", "r": "are", "pls": "please", "plz": "please",
	"bc": "because", "cuz": "because", "coz": "because", "tho": "though", "w/": "with",
}

// expandContractions rewrites contractions word by word. Possessive 's is
// dropped ("partner's" -> "partner").
func expandContractions(s string) string {
	if !strings.ContainsAny(s, "'nmtwrubcgyp") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 16)
	start := -1
	flush := func(end int) {
		w := s[start:end]
		if exp, ok := contractionWords[w]; ok {
			b.WriteString(exp)
		} else if strings.HasSuffix(w, "n't") {
			b.WriteString(w[:len(w)-3])
			b.WriteString(" not")
		} else if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'d") || strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "'ve") || strings.HasSuffix(w, "'re") {
			b.WriteString(w[:strings.LastIndexByte(w, '\'')])
		} else {
			b.WriteString(w)
		}
	}
	for i, r := range s {
		word := r == '\'' || inWord(s, i, r, start >= 0)
		if word && start < 0 {
			start = i
		} else if !word && start >= 0 {
			flush(i)
			start = -1
		}
		if !word {
			b.WriteRune(r)
		}
	}
	if start >= 0 {
		flush(len(s))
	}
	return b.String()
}

// words splits normalised text into words of letters and digits. An
// equals sign between two of them stays inside the word, so that a slogan
// such as "U=U" (undetectable = untransmittable) is one term rather than
// two slang "u"s read as "you".
func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		in := inWord(s, i, r, start >= 0)
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

// inWord reports whether r, at byte i of s, belongs to a word: a letter or
// digit, or an '=' inside a word (started) with a letter or digit after it.
func inWord(s string, i int, r rune, started bool) bool {
	if r == '=' && started {
		r, _ = utf8.DecodeRuneInString(s[i+1:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// keepWhole lists words the stemmer would fold into a different, common
// abbreviation: "eds" (Ehlers-Danlos syndrome) would become "ed", the
// erectile-dysfunction concept.
var keepWhole = map[string]bool{"eds": true}

// stem reduces an English word to its stem; other words pass unchanged.
func stem(w string) string {
	if len(w) <= 2 || keepWhole[w] {
		return w
	}
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return w
		}
	}
	return english.Stem(w, false)
}
