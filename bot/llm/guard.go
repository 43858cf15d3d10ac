package llm

import (
	"errors"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxRephraseChars is the hard upper bound, in characters, on a rephrasing.
const MaxRephraseChars = 3500

// ErrRejected matches every error Guard returns (and the truncation and
// content-filter rejections of Rephrase): errors.Is(err, ErrRejected) means
// "the endpoint answered but its text may not be shown".
var ErrRejected = errors.New("rephrasing rejected")

// The reasons Guard gives. A GuardError unwraps to one of these and to
// ErrRejected, so errors.Is(err, ErrAddsDose) works on Rephrase's error.
var (
	ErrEmpty          = errors.New("empty")
	ErrTooLong        = errors.New("too long")
	ErrTruncated      = errors.New("truncated")
	ErrAddsNumber     = errors.New("adds a number")
	ErrAddsDose       = errors.New("adds a dose or unit")
	ErrAddsDrug       = errors.New("adds a drug or product name")
	ErrAddsName       = errors.New("adds a name")
	ErrAddsURL        = errors.New("adds a link")
	ErrAddsEmail      = errors.New("adds an email address")
	ErrAddsPhone      = errors.New("adds a phone number")
	ErrClinicalAdvice = errors.New("adds clinical advice")
)

// GuardError is a rejected rephrasing: Reason is one of the Err* reasons
// above, Term the offending text from the candidate. Error() leaves Term
// out, because it may echo the person's question and errors get logged.
type GuardError struct {
	Reason error
	Term   string
}

// Error returns "guard: " and the reason.
func (e *GuardError) Error() string { return "guard: " + e.Reason.Error() }

// Unwrap returns the reason and ErrRejected.
func (e *GuardError) Unwrap() []error { return []error{e.Reason, ErrRejected} }

func reject(reason error, term string) error { return &GuardError{Reason: reason, Term: term} }

// Guard checks that candidate, a rephrasing of curated, adds nothing the
// curated text lacks. It returns nil when candidate may be shown, or a
// *GuardError whose Reason is:
//   - ErrEmpty, ErrTooLong (over max(1.3×, +400 characters) of curated, or
//     over MaxRephraseChars), ErrTruncated (ends mid-sentence);
//   - ErrAddsURL, ErrAddsEmail, ErrAddsPhone;
//   - ErrAddsDose: units and dose words (mg, ml, pills, dose), amounts and
//     frequencies ("5 g", "twice a day");
//   - ErrAddsNumber: digits, number words in several languages, percentages;
//   - ErrAddsDrug: a name from a curated list of drugs and products;
//   - ErrClinicalAdvice: "you should take", "stop taking", "increase your
//     dose", "you have <condition>", "I recommend", "I diagnose" and kin;
//   - ErrAddsName: a capitalised word inside a sentence (or one marked ®/™)
//     whose word the curated text never uses;
//   - ErrAddsClaim: a sentence more than a quarter of whose content words
//     (by stem) the curated text lacks: an added statement, a restatement
//     of the person's situation, or a language Guard cannot check.
//
// Anything the curated text itself contains is allowed, so a faithful
// rewording may repeat its numbers, names and phrases. Guard errs on the
// side of rejecting: the caller then shows the curated text.
func Guard(curated, candidate string) error {
	cand := strings.TrimSpace(candidate)
	if cand == "" {
		return reject(ErrEmpty, "")
	}
	n, cn := utf8.RuneCountInString(cand), utf8.RuneCountInString(curated)
	if n > MaxRephraseChars || n > max(cn*13/10, cn+400) {
		return reject(ErrTooLong, "")
	}
	if endsMidSentence(cand) {
		return reject(ErrTruncated, "")
	}
	cur, c := analyse(curated, true), analyse(cand, false)

	for _, m := range findAll(emailRE, c.lower, strings.Contains(c.lower, "@")) {
		if !strings.Contains(cur.lower, m) {
			return reject(ErrAddsEmail, m)
		}
	}
	for _, m := range findAll(urlRE, c.lower, mayHaveURL(c.lower)) {
		m = strings.TrimRight(m, ".,;:!?'\"")
		if !strings.Contains(cur.lower, m) {
			return reject(ErrAddsURL, m)
		}
	}
	curDigits := onlyDigits(curated)
	for _, m := range phoneNumbers(cand) {
		if d := onlyDigits(m); len(d) >= 7 && !strings.Contains(curDigits, d) {
			return reject(ErrAddsPhone, m)
		}
	}
	for _, r := range doseRules {
		for _, loc := range r.findAll(&c) {
			if m := c.joined[loc[0]:loc[1]]; !strings.Contains(cur.joined, " "+m+" ") {
				return reject(ErrAddsDose, m)
			}
		}
	}
	for _, w := range c.tokens {
		if unitWords[w.lower] && !cur.words[w.lower] {
			return reject(ErrAddsDose, w.lower)
		}
	}
	for num, term := range c.numbers {
		if !cur.numbers.has(num) {
			return reject(ErrAddsNumber, term)
		}
	}
	if c.percent && !cur.percent {
		return reject(ErrAddsNumber, "%")
	}
	for _, d := range drugNames {
		if c.words[d.first] && (d.joined == "" || strings.Contains(c.joined, d.joined)) && !cur.has(d) {
			return reject(ErrAddsDrug, d.name)
		}
	}
	for _, r := range clinicalRules {
		for _, loc := range r.findAll(&c) {
			m := c.joined[loc[0]:loc[1]]
			if hedges[lastWord(c.joined[:loc[0]])] || strings.Contains(cur.joined, " "+m+" ") {
				continue
			}
			return reject(ErrClinicalAdvice, m)
		}
	}
	for _, mark := range []string{"®", "™"} {
		if strings.Contains(cand, mark) && !strings.Contains(curated, mark) {
			return reject(ErrAddsName, mark)
		}
	}
	for i, w := range c.tokens {
		if !w.capital || len(w.lower) < 2 || commonCapitals[w.lower] {
			continue
		}
		if w.camel || !sentenceStart(cand, c.tokens, i) {
			if !cur.stems[stem(w.lower)] {
				return reject(ErrAddsName, w.text)
			}
		}
	}
	if s := unsupportedSentence(&cur, cand); s != "" {
		return reject(ErrAddsClaim, s)
	}
	return nil
}

// text is a piece of text broken up for the checks.
type text struct {
	lower  string
	tokens []token
	// joined is the lower-case tokens separated by single spaces, with a
	// space at each end, so phrases match on word boundaries.
	joined  string
	words   map[string]bool
	stems   map[string]bool
	numbers numberSet
	percent bool
	// snow holds the Snowball stems of words, filled by contentStems.
	snow map[string]bool
}

type token struct {
	text, lower    string
	start          int
	capital, camel bool
}

// numberSet maps a normalised number ("1000", "2.5") to how it was written.
type numberSet map[string]string

func (s numberSet) has(n string) bool { _, ok := s[n]; return ok }

// has reports whether t contains the drug name d.
func (t *text) has(d drugName) bool {
	if d.joined == "" {
		return t.words[d.first]
	}
	return strings.Contains(t.joined, d.joined)
}

// analyse breaks s up; stems are needed only for the curated side.
func analyse(s string, withStems bool) text {
	tokens := tokenize(s)
	t := text{
		lower:   strings.ToLower(s),
		tokens:  tokens,
		words:   make(map[string]bool, len(tokens)),
		stems:   make(map[string]bool, len(tokens)),
		numbers: numberSet{},
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(' ')
	for _, w := range t.tokens {
		b.WriteString(w.lower)
		b.WriteByte(' ')
		t.words[w.lower] = true
		if withStems {
			t.stems[stem(w.lower)] = true
		}
		if v, ok := numberWords[w.lower]; ok {
			t.numbers[v] = w.text
		}
		if percentWords[w.lower] {
			t.percent = true
		}
	}
	t.joined = b.String()
	for _, m := range numbers(s) {
		t.numbers[normaliseNumber(m)] = m
	}
	if strings.IndexByte(s, '%') >= 0 || strings.Contains(s, "‰") || t.words["cent"] && (strings.Contains(t.joined, " per cent ") ||
		strings.Contains(t.joined, " pour cent ")) || t.words["ciento"] && strings.Contains(t.joined, " por ciento ") {
		t.percent = true
	}
	return t
}

// tokenize splits s into runs of letters (with combining marks) and runs
// of digits; everything else separates tokens.
func tokenize(s string) []token {
	out := make([]token, 0, len(s)/5)
	start, kind := -1, 0 // kind: 1 letters, 2 digits
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		tok := token{text: w, lower: strings.ToLower(w), start: start}
		if kind == 1 {
			first, size := utf8.DecodeRuneInString(w)
			tok.capital = unicode.IsUpper(first) || unicode.IsTitle(first)
			// "iPhone", "OnlyFans", "PrEP": capitals after the first letter
			// mark a name wherever it stands; "HIV" is an acronym.
			tok.camel = strings.IndexFunc(w[size:], unicode.IsUpper) >= 0 && strings.IndexFunc(w, unicode.IsLower) >= 0
			tok.capital = tok.capital || tok.camel
		}
		out = append(out, tok)
		start, kind = -1, 0
	}
	for i, r := range s {
		k := 0
		switch {
		case r < utf8.RuneSelf:
			switch {
			case 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z':
				k = 1
			case '0' <= r && r <= '9':
				k = 2
			}
		case unicode.IsLetter(r) || (unicode.IsMark(r) && kind == 1):
			k = 1
		case unicode.IsDigit(r):
			k = 2
		}
		if k != kind {
			flush(i)
			if k != 0 {
				start, kind = i, k
			}
		}
	}
	flush(len(s))
	return out
}

// sentenceStart reports whether token i of s begins a sentence, a line, a
// list item or a quotation after one, where a capital letter means nothing.
func sentenceStart(s string, tokens []token, i int) bool {
	j := tokens[i].start
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		switch {
		case r == '\n' || strings.ContainsRune(".!?:…。！？؟।", r):
			return true
		case unicode.IsSpace(r) || strings.ContainsRune("\"'“”‘’«»()[]*_#>¿¡", r):
			j -= size
		case strings.ContainsRune("-•–+", r):
			// A bullet counts only at the start of a line.
			k := j - size
			for k > 0 {
				p, ps := utf8.DecodeLastRuneInString(s[:k])
				if p == '\n' {
					return true
				}
				if !unicode.IsSpace(p) {
					return false
				}
				k -= ps
			}
			return true
		default:
			return false
		}
	}
	return true
}

// endsMidSentence reports whether s stops where no sentence ends. A last
// line that is a list item may end without punctuation.
func endsMidSentence(s string) bool {
	last := s
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		last = strings.TrimSpace(s[i+1:])
	}
	if listItemRE.MatchString(last) {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(last)
	return unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune(",;:-–—(/&", r)
}

// stem folds simple English plurals so "Kegels" matches "Kegel".
func stem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// phoneNumbers returns runs of digits and phone separators (spaces,
// brackets, dots, dashes, a leading +) holding at least 7 digits.
func phoneNumbers(s string) []string {
	var out []string
	start, end, digits := -1, -1, 0
	flush := func() {
		if digits >= 7 {
			out = append(out, s[start:end])
		}
		start, end, digits = -1, -1, 0
	}
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if start < 0 {
				start = i
			}
			digits++
			end = i + 1
		case start < 0 && (r == '+' || r == '('):
			start = i
		case start >= 0 && (r == ' ' || r == '(' || r == ')' || r == '.' || r == '-'):
		default:
			flush()
		}
	}
	flush()
	return out
}

// numbers returns the numbers written in digits in s: runs of digits
// joined by single dots or commas ("1,000", "2.5").
func numbers(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		switch {
		case unicode.IsDigit(r):
			if start < 0 {
				start = i
			}
		case start >= 0 && (r == '.' || r == ','):
			if next, _ := utf8.DecodeRuneInString(s[i+1:]); !unicode.IsDigit(next) {
				out = append(out, s[start:i])
				start = -1
			}
		case start >= 0:
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func normaliseNumber(m string) string {
	m = strings.ReplaceAll(m, ",", "")
	if strings.Contains(m, ".") {
		m = strings.TrimRight(strings.TrimRight(m, "0"), ".")
	}
	if t := strings.TrimLeft(m, "0"); t != "" && !strings.HasPrefix(t, ".") {
		m = t
	}
	return m
}

// findAll runs re over s when a cheap pre-check says it may match.
func findAll(re *regexp.Regexp, s string, may bool) []string {
	if !may {
		return nil
	}
	return re.FindAllString(s, -1)
}

// mayHaveURL is the cheap pre-check for urlRE.
func mayHaveURL(lower string) bool {
	if strings.Contains(lower, "://") || strings.Contains(lower, "www.") {
		return true
	}
	for _, tld := range topLevelDomains {
		if strings.Contains(lower, "."+tld) {
			return true
		}
	}
	return false
}

var topLevelDomains = strings.Fields("com org net gov edu info io co uk us ca au nz ie de fr es it nl health app gg ly me")

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	return s[strings.LastIndexByte(s, ' ')+1:]
}

func onlyDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

var (
	emailRE    = regexp.MustCompile(`[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[a-z]{2,}`)
	urlRE      = regexp.MustCompile(`(?:https?://|www\.)[^\s<>()]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:` + strings.Join(topLevelDomains, "|") + `)\b(?:/[^\s<>()]*)?`)
	listItemRE = regexp.MustCompile(`^(?:[-*•+]|\d+[.)])\s`)
)
