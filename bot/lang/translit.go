package lang

import (
	"strings"
	"unicode"
)

// RussianFromLatin writes Russian typed in Latin letters ("translit", as
// people chat on a keyboard without Cyrillic: "mne 15 i on ugrozhaet",
// "ya b'yu sebya") back in Cyrillic, so that the Russian crisis phrases
// and model can read it. Text that already holds Cyrillic letters is
// returned unchanged.
//
// Chat translit has no single standard, so the common spellings of each
// sound are all read: zh/ž, kh/h/x, ch/4, sh/w, shch/sch, ts/c, ya/ja/ia,
// yu/ju/iu, yo/jo, the apostrophe for the soft sign, y for ы after a
// consonant and й after a vowel. What cannot be told apart is chosen the
// way it is more often written: "e" at the start of "et..." is э (это),
// elsewhere е; "ts" is ц (отца), except in the ending -tsya (тся) and before
// k (детский); "ye" after a consonant is ые (новые). The result is for matching, not for display: a soft sign
// people left out stays out, and the Russian phrase index has forms
// without it for that reason.
func RussianFromLatin(text string) string {
	for _, r := range text {
		if unicode.Is(unicode.Cyrillic, r) {
			return text
		}
	}
	var b strings.Builder
	b.Grow(len(text) * 2)
	rs := []rune(text)
	for i := 0; i < len(rs); {
		r := rs[i]
		if !isTranslitLetter(r) && !translitDigit(rs, i) {
			b.WriteRune(r)
			i++
			continue
		}
		j := i
		for j < len(rs) && (isTranslitLetter(rs[j]) || rs[j] == '\'' || rs[j] == '’' || translitDigit(rs, j)) {
			j++
		}
		b.WriteString(cyrillicWord(rs[i:j]))
		i = j
	}
	return b.String()
}

func isTranslitLetter(r rune) bool {
	return r < 0x80 && unicode.IsLetter(r) || r == 'ž' || r == 'Ž' || r == 'š' || r == 'Š' || r == 'č' || r == 'Č'
}

// translitDigit reports whether rs[j] is a digit used as a letter inside
// a word: "4" for ч ("4to", "po4emu"), between or before letters.
func translitDigit(rs []rune, j int) bool {
	if rs[j] != '4' {
		return false
	}
	next := j+1 < len(rs) && isTranslitLetter(rs[j+1])
	prev := j > 0 && isTranslitLetter(rs[j-1])
	return next || prev && (j+1 == len(rs) || !unicode.IsDigit(rs[j+1]))
}

// translitMulti are the letter groups read before single letters, longest
// first.
var translitMulti = []struct{ latin, cyr string }{
	{"shch", "щ"}, {"tsya", "тся"}, {"tsia", "тся"},
	{"sch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ch", "ч"}, {"sh", "ш"},
	{"ya", "я"}, {"ja", "я"}, {"yu", "ю"}, {"ju", "ю"}, {"yo", "ё"}, {"jo", "ё"}, {"ye", "е"}, {"je", "е"},
	{"tsk", "тск"}, {"ts", "ц"},
}

var translitOne = map[rune]string{
	'a': "а", 'b': "б", 'v': "в", 'g': "г", 'd': "д", 'e': "е", 'z': "з", 'i': "и",
	'k': "к", 'l': "л", 'm': "м", 'n': "н", 'o': "о", 'p': "п", 'r': "р", 's': "с",
	't': "т", 'u': "у", 'f': "ф", 'h': "х", 'x': "х", 'c': "ц", 'w': "ш", 'q': "к",
	'j': "й", '4': "ч", 'ž': "ж", 'š': "ш", 'č': "ч", '\'': "ь", '’': "ь",
}

// cyrillicWord transliterates one word of Latin letters.
func cyrillicWord(w []rune) string {
	lower := []rune(strings.ToLower(string(w)))
	var b strings.Builder
	vowelBefore := false // the last letter written was a vowel (or none)
	for i := 0; i < len(lower); {
		rest := string(lower[i:])
		if i == 0 && strings.HasPrefix(rest, "et") {
			b.WriteString("э")
			i++
			vowelBefore = true
			continue
		}
		if i > 0 && !vowelBefore && rest[0] == 'y' && strings.HasPrefix(rest, "ye") {
			// After a consonant "ye" is ы then е (новые), not е.
			b.WriteString("ые")
			i += 2
			vowelBefore = true
			continue
		}
		matched := false
		for _, m := range translitMulti {
			if strings.HasPrefix(rest, m.latin) {
				b.WriteString(m.cyr)
				i += len([]rune(m.latin))
				vowelBefore = strings.ContainsAny(m.cyr, "яюёе")
				matched = true
				break
			}
		}
		if matched {
			continue
		}
		r := lower[i]
		switch {
		case r == 'y' && vowelBefore && i > 0:
			b.WriteString("й")
		case r == 'y':
			b.WriteString("ы")
		default:
			if c, ok := translitOne[r]; ok {
				b.WriteString(c)
			} else {
				b.WriteRune(r)
			}
		}
		vowelBefore = strings.ContainsRune("aeiouy", r) && !(r == 'y' && vowelBefore)
		i++
	}
	return b.String()
}
