package safety

import (
	"cmp"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/candorbot/candor/bot/lang"
)

// langFS holds one JSON file per language: crisis phrases by category,
// benign idioms, negation words and the curated reply texts.
//
//go:embed data/lang/*.json
var langFS embed.FS

// LangReplies are the curated texts Candor shows in a language other than
// English.
type LangReplies struct {
	// CrisisTitle heads a crisis reply ("Hay ayuda ahora mismo").
	CrisisTitle string `json:"crisis_title"`
	// Emergency is the first line of a crisis reply with a %s for the
	// emergency number ("Si estás en peligro ahora, llama al %s.").
	Emergency string `json:"emergency"`
	// NoEmergency replaces Emergency when the region is unknown: it tells
	// the person to call their local emergency number.
	NoEmergency string `json:"no_emergency"`
	// Elsewhere introduces the international directory, with a %s for its
	// URL.
	Elsewhere string `json:"elsewhere"`
	// Caring holds one caring sentence per crisis-line category ("" for
	// the default), as bot/replies.go does in English.
	Caring map[string]string `json:"caring"`
	// EnglishNote is the one-line note for a non-crisis message: Candor
	// answers in English, and what it can do.
	EnglishNote string `json:"english_note"`
	// NoteTitle heads a reply that is only the note.
	NoteTitle string `json:"note_title"`
}

// Language describes one language the multilingual matcher covers.
type Language struct {
	// Code is the ISO 639-1 code ("es", "hi").
	Code string `json:"code"`
	// Name is the language's English name.
	Name string `json:"name"`
	// Native is the language's name in the language itself.
	Native string `json:"native"`
	// ReviewedBy says who wrote and reviewed the phrases; every file
	// written by a model says so ("model-written, needs native review").
	ReviewedBy string `json:"reviewed_by"`
	// Replies are the curated reply texts.
	Replies LangReplies `json:"replies"`
	// MixesEnglish marks a language its writers mix with English as a
	// matter of course (Taglish): a message in it that is not a crisis is
	// answered from the English entries as an English message is, with the
	// note on top, instead of being held to the higher bar that keeps
	// English search from reading another language's words as typos.
	MixesEnglish bool `json:"mixes_english,omitempty"`
	// HomeRegion is the region (ISO 3166) whose crisis lines a message in
	// this language gets when neither the server nor the person named one
	// and the Discord locale is English: Discord has no Tagalog locale, so
	// a Filipino's is usually en-US, whose lines are of no use in Manila.
	HomeRegion string `json:"home_region,omitempty"`

	Crisis   map[string][]string `json:"crisis"`
	Benign   []string            `json:"benign"`
	Negators []string            `json:"negators"`
	// Others are words that, just before a suicide or self-harm phrase,
	// make it about someone else ("woh marna chahta hai", "ktoś chce
	// umrzeć"), in languages where the phrase itself does not show the
	// person.
	Others []string `json:"others"`
	// Together are crises that two parts of a message make between them,
	// in any order and any sentence: an age under 16 and an adult asking
	// for photos, a meeting or secrecy ("mi entrenador me pide fotos.
	// tengo 13").
	Together []Together `json:"together"`
	// Guarded are crisis phrases that make a crisis alone unless a phrase
	// of their own Unless list is anywhere in the message: a farewell
	// letter or a goodbye to everyone, which a move, a new job or
	// retirement brings too ("abschiedsbriefe an die kollegen
	// geschrieben ... weil ich nach wien ziehe"). Unlike a benign idiom,
	// the Unless phrase need not touch the crisis phrase: it may stand
	// in another sentence. A crisis phrase lying inside a guarded
	// phrase whose unless is present is hushed with it: a past told with
	// the crisis words in it ("нашла запись, где я писала, что хочу
	// исчезнуть") guarded by a recovery now ("сейчас всё хорошо").
	Guarded []Guarded `json:"guarded,omitempty"`
	// Jokes are hyperbole about a trivial matter: a threat to kill a
	// brother or a flatmate, a mother's "I'll kill you", "I want to die"
	// or "rest in peace in advance", said about dishes, a cake, a grade,
	// a haircut or a voice note sent to the boss ("lo faccio fuori e
	// nessuno troverà il corpo" about dirty dishes, "رح أدبحه" about a
	// knafeh). See Joke.
	Jokes []Joke `json:"jokes,omitempty"`
	// Third are phrases that tell of someone else at risk, by category
	// (suicide, self-harm, sexual violence, abuse at home): "er ritzt
	// sich", "tecavüze uğradığını söyledi", "son mari la frappe". The
	// writer is not the one at risk; as in English (the
	// support/third-person rules, support/third-person-abuse among
	// them), the usual reply gets the crisis lines of the category beside
	// it (the domestic-abuse lines for abuse), unless the model reads a
	// crisis.
	Third map[string][]string `json:"third"`
	// Past marks a disclosure of sexual violence as long past and worked
	// through: a survivor asking an ordinary question years later
	// ("vor 8 jahren wurde ich missbraucht, hab das mit therapie
	// verarbeitet. welche untersuchungen ...") gets the answer with the
	// crisis lines beside it (the support tier), as the English rule
	// support/past-sexual-violence gives.
	Past PastMarkers `json:"past"`
	// Examples are crisis and benign messages the tests check.
	Examples struct {
		Crisis []string `json:"crisis"`
		Benign []string `json:"benign"`
	} `json:"examples"`
}

// PastMarkers are the two kinds of phrase that, both present, mark a
// disclosure as long past and worked through.
type PastMarkers struct {
	// LongAgo says the event is long past ("vor _ jahren", "when I was a
	// kid").
	LongAgo []string `json:"long_ago"`
	// MovedOn says the person has worked through it or is safe now ("hab
	// das mit therapie verarbeitet").
	MovedOn []string `json:"moved_on"`
}

// Together is a crisis two parts of a message make between them: one
// phrase of First and one of Second, each neither negated nor covered by a
// benign idiom, anywhere in the message.
type Together struct {
	// Category is the crisis category of the pair.
	Category string `json:"category"`
	// First and Second are phrase lists, written like crisis phrases.
	First  []string `json:"first"`
	Second []string `json:"second"`
	// Unless are phrases that, anywhere in the message, cancel this pair
	// and only this pair: an ordinary goodbye's "see you tomorrow" beside
	// "thanks for everything ... bye". Unlike a benign idiom they veto
	// neither other phrases nor the model.
	Unless []string `json:"unless"`
}

// Guarded is a list of crisis phrases with an Unless list of their own
// (see Language.Guarded).
type Guarded struct {
	// Category is the crisis category of the phrases.
	Category string `json:"category"`
	// Phrases are written like crisis phrases; any one of them, neither
	// negated nor covered by a benign idiom, is the crisis.
	Phrases []string `json:"phrases"`
	// Unless are phrases that, anywhere in the message, cancel these
	// phrases and only these, as Together.Unless does for a pair.
	Unless []string `json:"unless"`
}

// Joke is hyperbole said about a trivial matter: one phrase of Phrases
// and one of About anywhere in the message make the Phrases matched a
// benign idiom (they veto the crisis and third-person phrases they
// overlap), and the multilingual model does not read the parts of the
// message, between commas, emoji and full stops, that tell the joke or
// its matter, since it reads the family, the threat and the death words
// of such jokes as risk (it put a mother's threat over a bad grade at
// 0.9). It reads the rest, where only a crisis it is sure of counts.
// Neither list alone does anything, and a crisis phrase the joke does not
// overlap stays a crisis ("if I fail he kills me, yesterday he hit me
// with the belt"). Laughter is no trivial matter: it is never an About
// phrase.
type Joke struct {
	// Phrases are the hyperbole, written like crisis phrases ("lo faccio
	// fuori", "nessuno troverà il corpo", "الله يرحمه من هلا").
	Phrases []string `json:"phrases"`
	// About are the trivial matters ("piatti sporchi", "الكنافة",
	// "brutto voto").
	About []string `json:"about"`
}

// partUnless marks a compiled phrase of Together.Unless.
const partUnless = 3

// jokePhrase and jokeAbout mark the compiled phrases of Joke.
const (
	jokePhrase = 1
	jokeAbout  = 2
)

// pastLongAgo and pastMovedOn mark the compiled phrases of PastMarkers.
const (
	pastLongAgo = 1
	pastMovedOn = 2
)

// MultiVerdict is the outcome of the multilingual crisis check.
type MultiVerdict struct {
	// Verdict is a crisis verdict, or the zero Verdict when no phrase
	// matched.
	Verdict
	// Langs are the languages whose phrase matched, best first; the
	// first one is the language to reply in.
	Langs []string
	// Phrase is the normalised phrase that matched, for explanation.
	Phrase string
}

// phrase is one compiled phrase: space-delimited tokens, or a string
// matched inside words for scripts written without spaces.
type phrase struct {
	text     string
	tokens   []string // "_" matches zero to two tokens, "__" zero to six; a final "*" suffix matches a prefix
	substr   bool     // match as a substring (Japanese)
	benign   bool
	category string
	langs    []string
	part     int  // 1 or 2 for a phrase of Together.First or Second (1 for Guarded.Phrases), 3 for Unless, else 0
	past     int  // pastLongAgo or pastMovedOn for a phrase of Past, else 0
	group    int  // the Together, Guarded or Joke entry, numbered across all languages
	joke     int  // jokePhrase or jokeAbout for a phrase of a Joke, else 0
	third    bool // a phrase of Third: someone else at risk
}

// Multilingual recognises crisis messages in the languages under
// data/lang from curated phrases, with benign idioms and simple negation
// as vetoes. Build it with [NewMultilingual]; it is safe for concurrent
// use and does no I/O after construction.
type Multilingual struct {
	langs    map[string]*Language
	codes    []string
	byFirst  map[string][]*phrase
	stems    map[string][]*phrase // one-word phrases ending in "*", by stem
	stemLens []int                // the distinct stem lengths in bytes
	substr   []*phrase
	negators map[string][]string // word -> codes of the languages it negates in
	others   map[string][]string // word -> codes of the languages it names someone else in
	alone    map[int]bool        // the groups of Guarded entries: their first part alone is the crisis
	model    *Model              // the multilingual crisis model, or nil (see WithModel)
}

// NewMultilingual loads the embedded language files. It returns an error
// when a file is malformed, names an unknown category or holds a phrase
// that normalises to nothing.
func NewMultilingual() (*Multilingual, error) {
	return LoadMultilingual(langFS)
}

// LoadMultilingual loads language files from fsys (data/lang/*.json). It
// returns the errors [NewMultilingual] does.
func LoadMultilingual(fsys fs.FS) (*Multilingual, error) {
	names, err := fs.Glob(fsys, "data/lang/*.json")
	if err != nil {
		return nil, fmt.Errorf("list languages: %w", err)
	}
	m := &Multilingual{langs: map[string]*Language{}, byFirst: map[string][]*phrase{}, stems: map[string][]*phrase{}, negators: map[string][]string{}, others: map[string][]string{}, alone: map[int]bool{}}
	seen := map[string]*phrase{}
	groups := 0
	for _, name := range names {
		raw, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		var l Language
		if err := json.Unmarshal(raw, &l); err != nil {
			return nil, fmt.Errorf("parse %s: %w", name, err)
		}
		if l.Code == "" || l.Code+".json" != path.Base(name) {
			return nil, fmt.Errorf("%s: code %q does not match the file name", name, l.Code)
		}
		if l.ReviewedBy == "" || l.Replies.Emergency == "" || l.Replies.EnglishNote == "" || l.Replies.Caring[""] == "" {
			return nil, fmt.Errorf("%s: reviewed_by, replies.emergency, replies.english_note and a default caring sentence are required", name)
		}
		if h := l.HomeRegion; h != "" && (len(h) != 2 || h[0] < 'A' || h[0] > 'Z' || h[1] < 'A' || h[1] > 'Z') {
			return nil, fmt.Errorf("%s: home_region %q is not a two-letter ISO 3166 country code such as \"PH\"", name, h)
		}
		m.langs[l.Code] = &l
		m.codes = append(m.codes, l.Code)
		for _, w := range l.Negators {
			k := NormalizeMulti(w)
			m.negators[k] = append(m.negators[k], l.Code)
		}
		for _, w := range l.Others {
			k := NormalizeMulti(w)
			m.others[k] = append(m.others[k], l.Code)
		}
		third := false // set while the phrases of l.Third are added
		joke := 0      // jokePhrase or jokeAbout while a Joke's phrases are added
		var addKey func(key, src, category string, benign bool, part, past int) error
		add := func(src, category string, benign bool, part, past int) error {
			key := normalizeMulti(src, true)
			if key == "" || strings.Contains(key, "|") {
				return fmt.Errorf("%s: phrase %q is empty or spans clauses after normalising", name, src)
			}
			forms := particleForms(key)
			if l.Code == "fr" {
				if e := elided(key); e != key {
					forms = append(forms, e)
				}
			}
			if l.Code == "ru" {
				if h, ok := withoutSoftSign(key); ok {
					forms = append(forms, h)
				}
			}
			if l.Code == "ar" {
				forms = append(forms, arabiziEndings(key)...)
			}
			if l.Code == "tl" {
				forms = append(forms, tagalogShort(key)...)
			}
			for _, k := range forms {
				if err := addKey(k, src, category, benign, part, past); err != nil {
					return err
				}
			}
			return nil
		}
		addKey = func(key, src, category string, benign bool, part, past int) error {
			id := key + "\x00" + category
			if benign {
				id = key + "\x00benign"
			}
			if part > 0 {
				id = fmt.Sprintf("%s\x00%d\x00%d", key, groups, part)
			}
			if past > 0 {
				id = fmt.Sprintf("%s\x00past\x00%d", key, past)
			}
			if third {
				id = key + "\x00third\x00" + category
			}
			if joke > 0 {
				id = fmt.Sprintf("%s\x00joke\x00%d\x00%d", key, groups, joke)
			}
			if p := seen[id]; p != nil {
				if !containsStr(p.langs, l.Code) {
					p.langs = append(p.langs, l.Code)
				}
				return nil
			}
			p := &phrase{text: key, benign: benign, category: category, langs: []string{l.Code}, part: part, group: groups, past: past, third: third, joke: joke}
			if hasUnspaced(key) {
				p.substr = true
				m.substr = append(m.substr, p)
			} else {
				p.tokens = strings.Fields(key)
				if p.tokens[0] == "_" || p.tokens[0] == "__" || strings.HasSuffix(p.tokens[0], "*") && len(p.tokens) > 1 {
					return fmt.Errorf("%s: phrase %q must begin with a plain word", name, src)
				}
				if stem, ok := strings.CutSuffix(p.tokens[0], "*"); ok {
					if len(stem) < 3 {
						return fmt.Errorf("%s: stem %q is too short", name, src)
					}
					if len(m.stems[stem]) == 0 && !slices.Contains(m.stemLens, len(stem)) {
						m.stemLens = append(m.stemLens, len(stem))
					}
					m.stems[stem] = append(m.stems[stem], p)
				} else {
					m.byFirst[p.tokens[0]] = append(m.byFirst[p.tokens[0]], p)
				}
			}
			seen[id] = p
			return nil
		}
		cats := slices.SortedFunc(maps.Keys(l.Crisis), func(a, b string) int {
			return cmp.Or(categoryRank(a)-categoryRank(b), strings.Compare(a, b))
		})
		for _, cat := range cats {
			list := l.Crisis[cat]
			if !IsCrisisCategory(cat) {
				return nil, fmt.Errorf("%s: unknown crisis category %q", name, cat)
			}
			for _, s := range list {
				if err := add(s, cat, false, 0, 0); err != nil {
					return nil, err
				}
			}
		}
		for _, s := range l.Benign {
			if err := add(s, "", true, 0, 0); err != nil {
				return nil, err
			}
		}
		third = true
		for _, cat := range slices.Sorted(maps.Keys(l.Third)) {
			if !thirdCategory(cat) {
				return nil, fmt.Errorf("%s: third: category %q is not suicide, self-harm, sexual-violence or abuse", name, cat)
			}
			for _, s := range l.Third[cat] {
				if err := add(s, cat, false, 0, 0); err != nil {
					return nil, err
				}
			}
		}
		third = false
		for kind, list := range [][]string{pastLongAgo: l.Past.LongAgo, pastMovedOn: l.Past.MovedOn} {
			for _, s := range list {
				if err := add(s, "", false, 0, kind); err != nil {
					return nil, err
				}
			}
		}
		for _, tg := range l.Together {
			if !IsCrisisCategory(tg.Category) || len(tg.First) == 0 || len(tg.Second) == 0 {
				return nil, fmt.Errorf("%s: together needs a crisis category and phrases in first and second", name)
			}
			groups++
			for part, list := range [][]string{tg.First, tg.Second, tg.Unless} {
				for _, s := range list {
					if err := add(s, tg.Category, false, part+1, 0); err != nil {
						return nil, err
					}
				}
			}
		}
		for _, g := range l.Guarded {
			if !IsCrisisCategory(g.Category) || len(g.Phrases) == 0 || len(g.Unless) == 0 {
				return nil, fmt.Errorf("%s: guarded needs a crisis category, phrases and unless", name)
			}
			groups++
			m.alone[groups] = true
			for part, list := range [][]string{g.Phrases, nil, g.Unless} {
				for _, s := range list {
					if err := add(s, g.Category, false, part+1, 0); err != nil {
						return nil, err
					}
				}
			}
		}
		for _, j := range l.Jokes {
			if len(j.Phrases) == 0 || len(j.About) == 0 {
				return nil, fmt.Errorf("%s: a joke needs phrases and about", name)
			}
			groups++
			for kind, list := range [][]string{jokePhrase: j.Phrases, jokeAbout: j.About} {
				joke = kind
				for _, s := range list {
					if err := add(s, "", false, 0, 0); err != nil {
						return nil, err
					}
				}
			}
			joke = 0
		}
	}
	sort.Strings(m.codes)
	sort.Ints(m.stemLens)
	return m, nil
}

// thirdCategory reports whether a Third list may be filed under
// category: someone else's suicide, self-harm, sexual violence or abuse
// at home ("her husband beats her"), the categories the English
// support/third-person rules give. A minor at risk and immediate danger
// have no third-person tier: the English rules make them crises.
func thirdCategory(category string) bool {
	switch category {
	case CategorySuicide, CategorySelfHarm, CategorySexualViolence, CategoryAbuse:
		return true
	}
	return false
}

// categoryRank orders the crisis categories for phrases that match at
// the same place: the most specific help first, so a threat to leak a
// 15-year-old's photos is a minor at risk before it is abuse. Building the
// phrase index in this order also makes the choice the same on every run
// (it once followed Go's random map order).
func categoryRank(category string) int {
	switch category {
	case CategoryMinor:
		return 0
	case CategorySexualViolence:
		return 1
	case CategorySuicide:
		return 2
	case CategorySelfHarm:
		return 3
	case CategoryAbuse:
		return 4
	case CategoryDanger:
		return 5
	}
	return 6
}

// Languages returns the codes of the languages covered, sorted.
func (m *Multilingual) Languages() []string { return append([]string(nil), m.codes...) }

// Language returns one language's data, or false when it is not covered.
func (m *Multilingual) Language(code string) (*Language, bool) {
	l, ok := m.langs[code]
	return l, ok
}

// span is a match: clause index and token (or byte) range.
type span struct {
	clause, from, to int
	p                *phrase
}

// Classify looks for a crisis phrase in any covered language. prefer lists
// language codes (the detected language, the locale's) used to order
// Langs when a phrase belongs to several languages. When no phrase matches
// and a model is attached (WithModel), the model reads messages whose
// first preferred language is a covered one: its verdict is a crisis, or
// Support for a plausible but unclear one. When the first preferred
// language is Russian and the text has no Cyrillic, it is read as Russian
// typed in Latin letters ([lang.RussianFromLatin]). It never panics.
func (m *Multilingual) Classify(text string, prefer ...string) MultiVerdict {
	if len(prefer) > 0 && prefer[0] == "ru" {
		text = lang.RussianFromLatin(text)
	}
	norm := NormalizeMulti(text)
	if norm == "" {
		return MultiVerdict{}
	}
	clauses := strings.Split(norm, " | ")
	var benign, crisis, parts, past, third, jokes []span
	for ci, c := range clauses {
		toks := strings.Fields(c)
		for i, t := range toks {
			for _, p := range m.candidates(t) {
				if end, ok := m.matchTokens(p, p.tokens, toks, i); ok {
					s := span{ci, i, end, p}
					switch {
					case p.benign:
						benign = append(benign, s)
					case p.joke > 0:
						jokes = append(jokes, s)
					case p.part == partUnless:
						parts = append(parts, s)
					case m.negated(toks, i, p):
					case p.third:
						third = append(third, s)
					case p.past > 0:
						past = append(past, s)
					case p.part > 0:
						parts = append(parts, s)
					default:
						crisis = append(crisis, s)
					}
				}
			}
		}
		if len(m.substr) > 0 && hasUnspaced(c) {
			for _, p := range m.substr {
				for off := 0; ; {
					j := strings.Index(c[off:], p.text)
					if j < 0 {
						break
					}
					s := span{ci, -(off + j + len(p.text)), -(off + j), p} // negative: byte ranges
					switch {
					case p.benign:
						benign = append(benign, s)
					case p.joke > 0:
						jokes = append(jokes, s)
					case p.third:
						third = append(third, s)
					case p.past > 0:
						past = append(past, s)
					case p.part > 0:
						parts = append(parts, s)
					default:
						crisis = append(crisis, s)
					}
					off += j + len(p.text)
				}
			}
		}
	}
	// A joke's phrases said about its trivial matter become benign
	// idioms, and the model is not asked (see Joke).
	about := map[int]bool{}
	for _, s := range jokes {
		if s.p.joke == jokeAbout {
			about[s.p.group] = true
		}
	}
	var joked, told []span // a joke's phrases; its phrases and matters
	for _, s := range jokes {
		if s.p.joke == jokePhrase && about[s.p.group] {
			joked = append(joked, s)
		}
	}
	for _, s := range jokes {
		if slices.ContainsFunc(joked, func(j span) bool { return j.p.group == s.p.group }) {
			told = append(told, s)
		}
	}
	benign = append(benign, joked...)
	unless := map[int]bool{} // groups an Unless phrase cancels
	for _, s := range parts {
		if s.p.part == partUnless {
			unless[s.p.group] = true
		}
	}
	// hushed are the guarded phrases their unless cancels. They cancel
	// too the same words guarded in another language ("cartas de
	// despedida" is Spanish and Portuguese; "me mudo" is in the Spanish
	// unless list only), the third-person phrases they overlap and the
	// crisis phrases that lie inside them: "писала что хочу исчезнуть"
	// (I wrote that I wanted to disappear) guarded by "сейчас всё
	// хорошо" (everything is fine now) hushes the crisis phrase "хочу
	// исчезнуть" within it, while the same words said again outside it
	// stay a crisis.
	var hushed []span
	for _, s := range parts {
		if s.p.part != partUnless && unless[s.p.group] && m.alone[s.p.group] {
			hushed = append(hushed, s)
		}
	}
	// severe is a phrase of another category anywhere (suicide,
	// self-harm, a minor at risk, abuse, danger): a message with one is a
	// crisis however long past the rest of it is.
	severe := false
	var first *phrase
	for _, s := range crisis {
		// An idiom that lies inside a longer crisis phrase without
		// wildcards does not hide it: "arkadaşım beni öldürecek" (my
		// friend will kill me) is a joke, "erkek arkadaşım beni
		// öldürecek" (my boyfriend will kill me) is not.
		if covered(s, outsideFixed(s, benign)) || slices.ContainsFunc(hushed, func(h span) bool { return inside(s, h) }) {
			continue
		}
		if first == nil {
			first = s.p
		}
		severe = severe || !pastCategory(s.p.category)
	}
	if first != nil {
		if !severe && longPast(past, first.langs) {
			return supportVerdict(first, first.text, prefer)
		}
		return crisisVerdict(first, first.text, prefer)
	}
	var found [3]map[int]*phrase // by part, then group
	for _, s := range parts {
		if s.p.part == partUnless || unless[s.p.group] || covered(s, benign) || m.alone[s.p.group] && covered(s, hushed) {
			continue
		}
		if m.alone[s.p.group] {
			// A guarded phrase, its unless nowhere in the message.
			if pastCategory(s.p.category) && longPast(past, s.p.langs) {
				return supportVerdict(s.p, s.p.text, prefer)
			}
			return crisisVerdict(s.p, s.p.text, prefer)
		}
		if found[s.p.part] == nil {
			found[s.p.part] = map[int]*phrase{}
		}
		if found[s.p.part][s.p.group] == nil {
			found[s.p.part][s.p.group] = s.p
		}
		if other := found[3-s.p.part][s.p.group]; other != nil {
			first, second := other, s.p
			if first.part == 2 {
				first, second = second, first
			}
			if pastCategory(s.p.category) && longPast(past, s.p.langs) {
				return supportVerdict(s.p, first.text+" + "+second.text, prefer)
			}
			return crisisVerdict(s.p, first.text+" + "+second.text, prefer)
		}
	}
	for _, s := range third {
		if coveredBeyond(s, benign) || covered(s, joked) || covered(s, hushed) || longPast(past, s.p.langs) {
			// An idiom around it, a hushed guarded phrase or a joke
			// over it ("cartas de despedida ... me mudo" is nobody's
			// goodbye, "chcę umrzeć" beside a voice note sent to the
			// boss nobody's wish to die), or a past worked through
			// ("years ago ..., I had therapy and I'm well now"): many
			// third-person forms are also the first person's ("chce
			// umrzec").
			continue
		}
		// Someone else at risk: the model's reading wins when it has
		// one (a crisis, or its unsure tier, which the bot answers with
		// the crisis reply when nothing else is answered: on the blind
		// files a friend's rape told in German was a crisis reply that
		// way); otherwise the support tier.
		if mv := m.modelVerdict(norm, prefer); mv.Action == ActionCrisis || mv.Support && mv.Class != "" {
			return mv
		}
		return thirdVerdict(s.p, s.p.text, prefer)
	}
	if len(hushed) > 0 {
		// A guarded phrase its unless explains away ("abschiedsbrief
		// ... an die firma, hab gekündigt", "cartas de despedida ... me
		// mudo a Madrid"): the model is not asked, since it reads the
		// same goodbye words, and the things given away beside them, as
		// risk.
		return MultiVerdict{}
	}
	if len(told) > 0 {
		// A joke about a trivial matter: the model does not read the
		// parts of the message (between commas, emoji and full stops)
		// that tell the joke or its matter, since it reads their family and
		// threat words as risk, but it reads the rest, and a crisis it
		// is sure enough of there stands: "if I fail my dad kills me,
		// last time he beat me with the belt" keeps "last time he beat
		// me with the belt". Its unsure tier does not: beside a joke it
		// read "I told my brother | he ate it yesterday" as abuse at
		// 0.73.
		rest := jokeRest(text, clauses, benign, told)
		if countWords(rest) < minModelWords {
			return MultiVerdict{}
		}
		if mv := m.modelVerdict(rest, prefer); mv.Action == ActionCrisis {
			return mv
		}
		return MultiVerdict{}
	}
	if len(benign) > 0 {
		// A curated benign idiom ("je meurs de faim") is hidden from the
		// model: its words are the ones the model reads as risk. The rest
		// of the message is still read, so a threat said beside "my dad
		// will kill me" is not lost; an idiom alone leaves nothing.
		rest := withoutSpans(clauses, benign)
		if len(strings.Fields(rest)) < minModelWords {
			return MultiVerdict{}
		}
		return m.modelVerdict(rest, prefer)
	}
	return m.modelVerdict(norm, prefer)
}

// minModelWords is the fewest words left, once benign idioms are taken
// out, for the model to read the rest of a message.
const minModelWords = 5

// countWords counts the words of a normalised message, without its
// comma and clause marks.
func countWords(norm string) int {
	n := 0
	for _, w := range strings.Fields(norm) {
		if w != "," && w != "|" {
			n++
		}
	}
	return n
}

// jokeRest is the message (text, normalised into clauses) with its
// benign idioms taken out and the parts that tell a joke (told, its
// phrases and matters) left out: those between commas, emoji and full
// stops.
func jokeRest(text string, clauses []string, benign, told []span) string {
	cuts := emojiCuts(clauses, strings.Split(NormalizeMulti(emojiCommas(text)), " | "))
	return withoutSpans(clauses, append(append([]span(nil), benign...), segmentsOf(clauses, cuts, told)...))
}

// segmentsOf returns spans covering the parts of clauses, between commas
// and the cuts (see emojiCuts), that hold one of spans: the words a joke
// was told in.
func segmentsOf(clauses []string, cuts [][]bool, spans []span) []span {
	var out []span
	for ci, c := range clauses {
		toks := strings.Fields(c)
		bounds := wordBounds(c)
		var cut []bool
		if ci < len(cuts) {
			cut = cuts[ci]
		}
		start := 0
		for i := 0; i <= len(toks); i++ {
			if i < len(toks) && toks[i] != "," && !(i < len(cut) && cut[i] && i > start) {
				continue
			}
			if start < i {
				lo, hi := bounds[start][0], bounds[i-1][1]
				if slices.ContainsFunc(spans, func(s span) bool {
					if s.clause != ci {
						return false
					}
					if s.from < 0 { // byte ranges stored negated: from=-end, to=-start
						return -s.to < hi && lo < -s.from
					}
					return s.from < i && start < s.to
				}) {
					out = append(out, span{clause: ci, from: start, to: i})
				}
			}
			start = i
			if i < len(toks) && toks[i] == "," {
				start = i + 1
			}
		}
	}
	return out
}

// emojiCommas returns text with each emoji (a symbol) written as a
// comma: chat writers end a sentence with one as often as with a full
// stop ("رح أدبحه 😂 رد علي إنه أكلها").
func emojiCommas(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.So, r) {
			return ','
		}
		return r
	}, text)
}

// emojiCuts lines up clauses with other, the same message normalised
// with its emoji as commas (emojiCommas), and returns for each clause
// whether an emoji stands before each word. It returns nil when the two
// do not line up.
func emojiCuts(clauses, other []string) [][]bool {
	if len(other) != len(clauses) {
		return nil
	}
	cuts := make([][]bool, len(clauses))
	for ci, c := range clauses {
		a, b := strings.Fields(c), strings.Fields(other[ci])
		cut := make([]bool, len(a)+1)
		i := 0
		for _, t := range b {
			switch {
			case i < len(a) && t == a[i]:
				i++
			case t == ",":
				cut[i] = true
			default:
				return nil
			}
		}
		if i != len(a) {
			return nil
		}
		cuts[ci] = cut
	}
	return cuts
}

// withoutSpans joins clauses back into one normalised message with what
// the spans cover blanked out: words for spaced scripts (from and to are
// word indices), bytes for unspaced ones (negative byte offsets, see
// Classify). Both become byte ranges of the clause, so a clause that mixes
// the two is cut correctly too.
func withoutSpans(clauses []string, spans []span) string {
	out := make([]string, 0, len(clauses))
	for ci, c := range clauses {
		b := []byte(c)
		var words [][2]int
		for _, s := range spans {
			if s.clause != ci {
				continue
			}
			lo, hi := -s.to, -s.from
			if s.from >= 0 {
				if words == nil {
					words = wordBounds(c)
				}
				if s.to <= s.from || s.to > len(words) {
					continue
				}
				lo, hi = words[s.from][0], words[s.to-1][1]
			}
			if lo < 0 || hi > len(b) || lo >= hi {
				continue
			}
			for i := lo; i < hi; i++ {
				b[i] = ' '
			}
		}
		if toks := strings.Fields(string(b)); len(toks) > 0 {
			out = append(out, strings.Join(toks, " "))
		}
	}
	return strings.Join(out, " | ")
}

// wordBounds returns the byte range of each word of s as strings.Fields
// splits it.
func wordBounds(s string) [][2]int {
	var out [][2]int
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, [2]int{start, i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, [2]int{start, len(s)})
	}
	return out
}

// crisisVerdict is the crisis verdict for phrase p, explained by text.
func crisisVerdict(p *phrase, text string, prefer []string) MultiVerdict {
	v := MultiVerdict{Phrase: text, Langs: orderLangs(p.langs, prefer)}
	v.Action, v.Category = ActionCrisis, p.category
	v.Rule = "multilingual/" + v.Langs[0] + "/" + p.category
	v.LineCategory = lineFor(p.category)
	return v
}

// supportVerdict is the support tier for a disclosure long past and
// worked through: the usual reply, with the crisis lines of p's category
// beside it.
func supportVerdict(p *phrase, text string, prefer []string) MultiVerdict {
	v := MultiVerdict{Phrase: text, Langs: orderLangs(p.langs, prefer)}
	v.Category, v.Support = p.category, true
	v.Rule = "multilingual/" + v.Langs[0] + "/support"
	v.LineCategory = lineFor(p.category)
	return v
}

// thirdVerdict is the support tier for someone telling of another
// person at risk: the usual reply, with the crisis lines of p's category.
func thirdVerdict(p *phrase, text string, prefer []string) MultiVerdict {
	v := supportVerdict(p, text, prefer)
	v.Rule = "multilingual/" + v.Langs[0] + "/third-person-" + p.category
	return v
}

// pastCategory reports the crisis category a survivor may speak of long
// after, calmly: sexual violence. A minor at risk and abuse at home are
// left out: "it happened to me as a kid, I've worked through it" may sit
// beside a child at risk now ("and now he coaches my daughter").
func pastCategory(category string) bool {
	return category == CategorySexualViolence
}

// longPast reports whether the message has both a long-ago phrase and a
// moved-on phrase of one of langs (the crisis phrase's languages).
func longPast(past []span, langs []string) bool {
	var ago, moved bool
	for _, s := range past {
		if !slices.ContainsFunc(s.p.langs, func(c string) bool { return slices.Contains(langs, c) }) {
			continue
		}
		ago = ago || s.p.past == pastLongAgo
		moved = moved || s.p.past == pastMovedOn
	}
	return ago && moved
}

// candidates returns the phrases whose first word is t, and the one-word
// phrases whose stem begins t.
func (m *Multilingual) candidates(t string) []*phrase {
	ps := m.byFirst[t]
	for _, n := range m.stemLens {
		if n > len(t) {
			break
		}
		if more := m.stems[t[:n]]; len(more) > 0 {
			ps = append(ps[:len(ps):len(ps)], more...)
		}
	}
	return ps
}

// negated reports whether one of the two words before position i is a
// negation word of p's language or, for suicide and self-harm, a word of
// p's language that makes the phrase about someone else (for danger and
// abuse the other person is the one acting: "woh mujhe maar dalega" stays
// a crisis). Words of other languages do not count: the French "ne" must
// not veto the Hindi "papa ne bola ... maar denge".
func (m *Multilingual) negated(toks []string, i int, p *phrase) bool {
	others := (p.category == CategorySuicide || p.category == CategorySelfHarm) && !p.third
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if toks[j] == "," {
			return false
		}
		if inLangs(m.negators, toks[j], p.langs) || others && inLangs(m.others, toks[j], p.langs) {
			return true
		}
	}
	return false
}

// inLangs reports whether word is listed in set for one of langs.
func inLangs(set map[string][]string, word string, langs []string) bool {
	for _, l := range set[word] {
		if slices.Contains(langs, l) {
			return true
		}
	}
	return false
}

// matchTokens matches pattern tokens of phrase ph against toks from i and
// returns the end index. A gap "_" skips up to two words and "__" up to
// six, never a negation word of ph's language or a comma: "will _ sterben" matches "ich will einfach
// sterben", not "ich will nicht sterben".
func (m *Multilingual) matchTokens(ph *phrase, pat, toks []string, i int) (int, bool) {
	if len(pat) == 0 {
		return i, true
	}
	if pat[0] == "_" || pat[0] == "__" {
		most := 2
		if pat[0] == "__" {
			most = 6
		}
		for skip := 0; skip <= most && i+skip <= len(toks); skip++ {
			if skip > 0 && (inLangs(m.negators, toks[i+skip-1], ph.langs) || toks[i+skip-1] == ",") {
				break
			}
			if end, ok := m.matchTokens(ph, pat[1:], toks, i+skip); ok {
				return end, true
			}
		}
		return 0, false
	}
	if i >= len(toks) {
		return 0, false
	}
	if toks[i] == "," && i > 0 {
		return m.matchTokens(ph, pat, toks, i+1)
	}
	p, t := pat[0], toks[i]
	if stem, ok := strings.CutSuffix(p, "*"); ok {
		if !strings.HasPrefix(t, stem) {
			return 0, false
		}
	} else if p != t {
		return 0, false
	}
	return m.matchTokens(ph, pat[1:], toks, i+1)
}

// covered reports whether a benign idiom overlaps the crisis match s.
// coveredBeyond reports whether a benign span overlaps s without lying
// inside it: the Japanese benign "死にたいって言って" (kept so that the
// crisis phrase "死にたい" does not fire on someone else's words) does not
// hide the third-person phrase that is the same words, while an idiom
// around s does.
func coveredBeyond(s span, benign []span) bool {
	return covered(s, dropSpans(benign, func(b span) bool { return inside(b, s) }))
}

// outsideFixed is benign without the spans that lie strictly inside s
// when s is a phrase with no wildcard: the longer phrase was written to
// say more than the idiom inside it.
func outsideFixed(s span, benign []span) []span {
	if strings.ContainsAny(s.p.text, "_*") {
		return benign
	}
	return dropSpans(benign, func(b span) bool { return inside(b, s) && (b.from != s.from || b.to != s.to) })
}

// dropSpans returns spans without those drop reports.
func dropSpans(spans []span, drop func(span) bool) []span {
	var out []span
	for _, b := range spans {
		if !drop(b) {
			out = append(out, b)
		}
	}
	return out
}

// inside reports whether span b lies within span s (same clause, same
// kind of range).
func inside(b, s span) bool {
	if b.clause != s.clause || (b.from < 0) != (s.from < 0) {
		return false
	}
	if s.from < 0 { // byte ranges stored negated: from=-end, to=-start
		return -s.to <= -b.to && -b.from <= -s.from
	}
	return s.from <= b.from && b.to <= s.to
}

func covered(s span, benign []span) bool {
	for _, b := range benign {
		if b.clause != s.clause || (b.from < 0) != (s.from < 0) {
			continue
		}
		if s.from < 0 { // byte ranges stored negated: from=-end, to=-start
			if -b.to < -s.from && -s.to < -b.from {
				return true
			}
			continue
		}
		if b.from < s.to && s.from < b.to {
			return true
		}
	}
	return false
}

func orderLangs(langs, prefer []string) []string {
	out := make([]string, 0, len(langs))
	for _, p := range prefer {
		if containsStr(langs, p) && !containsStr(out, p) {
			out = append(out, p)
		}
	}
	for _, l := range langs {
		if !containsStr(out, l) {
			out = append(out, l)
		}
	}
	return out
}

func containsStr(list []string, s string) bool { return slices.Contains(list, s) }

// particleForms returns a phrase written without spaces (Japanese) in the
// forms people write it with another particle after its object: the list
// has "遺書を書" ("wrote a suicide note"), people write "遺書も書いた"
// ("wrote a note too") or "遺書書いた" (the particle dropped, as in speech).
// The first を or が after a noun (a Han or katakana letter: "リスカが
// やめられない" is also written "リスカやめられない") is swapped for も
// and は or dropped; other phrases are returned as they are.
func particleForms(key string) []string {
	if !hasUnspaced(key) {
		return []string{key}
	}
	for i, r := range key {
		if r != 'を' && r != 'が' {
			continue
		}
		before, after := key[:i], key[i+len(string(r)):]
		prev, _ := utf8.DecodeLastRuneInString(before)
		if before == "" || after == "" || !unicode.In(prev, unicode.Han, unicode.Katakana) {
			continue
		}
		return []string{key, before + "も" + after, before + "は" + after, before + after}
	}
	return []string{key}
}

// withoutSoftSign returns a Russian phrase with its soft and hard signs
// left out, as people write Russian in Latin letters without the
// apostrophe that stands for them ("ubit sebya" for "убить себя"; see
// lang.RussianFromLatin). It reports false when the phrase has neither
// sign, or when leaving them out would shorten a stem below three
// letters ("убь*" would become "уб*", the start of far too many words).
func withoutSoftSign(key string) (string, bool) {
	if !strings.ContainsAny(key, "ьъ") {
		return "", false
	}
	out := strings.NewReplacer("ь", "", "ъ", "").Replace(key)
	for _, t := range strings.Fields(out) {
		if stem, ok := strings.CutSuffix(t, "*"); ok && utf8.RuneCountInString(stem) < 3 {
			return "", false
		}
	}
	if strings.Trim(out, " _*") == "" {
		return "", false
	}
	return out, true
}

// arabiziEndings returns an Arabic phrase typed in Latin letters
// (Arabizi) in the other spelling of its final i: Egyptian writers end
// "my", "me" and the like with y as often as with i ("gozy darabny" for
// "gozi darabni", "dra3y" for "dra3i"). It returns one form with every
// such i written y and one with every such y written i, each only when it
// differs from the phrase; words of fewer than four letters ("fi", "ani")
// and phrases with Arabic letters are left alone.
func arabiziEndings(key string) []string {
	for _, r := range key {
		if r >= 0x80 {
			return nil
		}
	}
	var out []string
	for _, swap := range [][2]byte{{'i', 'y'}, {'y', 'i'}} {
		toks := strings.Fields(key)
		changed := false
		for i, t := range toks {
			n := len(t)
			if n < 4 || strings.ContainsAny(t, "*_") || t[n-1] != swap[0] || strings.IndexByte("aeiouy", t[n-2]) >= 0 {
				continue
			}
			toks[i] = t[:n-1] + string(swap[1])
			changed = true
		}
		if changed {
			out = append(out, strings.Join(toks, " "))
		}
	}
	return out
}

// tagalogShorthand are the chat spellings of Tagalog words, and
// tagalogJoined those of two words written as one ("nnmn" for "na
// naman").
var (
	tagalogShorthand = map[string]string{
		"naman": "nmn", "nanaman": "nnmn", "lang": "lng", "nalang": "nlng",
		"palang": "plng", "siya": "sya", "niya": "nya", "talaga": "tlga",
		"hindi": "hnd", "kasi": "kc",
	}
	tagalogJoined = map[[2]string]string{
		{"na", "naman"}: "nnmn", {"na", "lang"}: "nlng", {"pa", "lang"}: "plng",
	}
)

// tagalogShort returns a Tagalog phrase in the chat shorthand people type
// it in ("lasing nnmn sya", "bumalik na nmn ako", "8 lng sya" for
// "lasing na naman siya", "bumalik na naman ako", "8 lang siya"): one form
// with each word shortened ("na nmn") and one with "na naman", "na lang"
// and "pa lang" written as one short word ("nnmn"), each only when it
// differs from the phrase and from the other form.
func tagalogShort(key string) []string {
	toks := strings.Fields(key)
	short := make([]string, len(toks))
	joined := make([]string, 0, len(toks))
	for i, t := range toks {
		short[i] = cmp.Or(tagalogShorthand[t], t)
	}
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) {
			if j, ok := tagalogJoined[[2]string{toks[i], toks[i+1]}]; ok {
				joined = append(joined, j)
				i++
				continue
			}
		}
		joined = append(joined, short[i])
	}
	var out []string
	for _, f := range []string{strings.Join(short, " "), strings.Join(joined, " ")} {
		if f != key && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	return out
}

// elided returns a French phrase with its elisions written together, as
// people chat without apostrophes: the list has "j ai ete violee" (the
// apostrophe of "j'ai" normalises to a space), people write "jai ete
// violee", "il ma forcee", "cest", "jme". A one-letter elided word (c, d,
// j, l, m, n, s, t) or "qu" is joined to the word after it, unless that
// is a gap or a stem.
func elided(key string) string {
	toks := strings.Fields(key)
	out := make([]string, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && (len(t) == 1 && strings.Contains("cdjlmnst", t) || t == "qu") && !strings.ContainsAny(toks[i+1], "_*") {
			out = append(out, t+toks[i+1])
			i++
			continue
		}
		out = append(out, t)
	}
	return strings.Join(out, " ")
}

// hasUnspaced reports whether s holds script written without spaces
// between words (Japanese kana and Han).
func hasUnspaced(s string) bool {
	for _, r := range s {
		if r >= 0x3040 && (unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Han)) {
			return true
		}
	}
	return false
}

// foldRunes maps letters that do not decompose, or that people write
// either way, to one spelling.
var foldRunes = map[rune]string{
	'ı': "i", 'ł': "l", 'ß': "ss", 'ø': "o", 'æ': "ae", 'œ': "oe", 'đ': "d",
	'’': " ", '\'': " ", '`': " ", 'ʼ': " ",
	// Arabic: alef forms, alef maqsura, teh marbuta, tatweel
	'أ': "ا", 'إ': "ا", 'آ': "ا", 'ٱ': "ا", 'ى': "ي", 'ة': "ه", 'ـ': "",
	// Devanagari: chandrabindu written as anusvara
	'ँ': "ं",
}

// NormalizeMulti normalises text for the multilingual phrases: NFKC, lower
// case, accents stripped from Latin and Cyrillic letters, Arabic vowel
// marks and Devanagari nukta dropped, Japanese kept as written; words are
// separated by single spaces and clauses by " | ".
func NormalizeMulti(text string) string { return normalizeMulti(text, false) }

// normalizeMulti is NormalizeMulti; wild keeps the phrase wildcards "*"
// and "_".
func normalizeMulti(text string, wild bool) string {
	s := norm.NFKC.String(text)
	s = strings.ToLower(s)
	s = norm.NFD.String(s)
	var b strings.Builder
	b.Grow(len(s))
	var base rune
	space, clause := true, true
	for _, r := range s {
		if unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Me, r) {
			switch {
			case base < 0x0530: // Latin, Greek, Cyrillic
				continue
			case r >= 0x064B && r <= 0x065F, r == 0x0670: // Arabic harakat
				continue
			case r == 0x093C: // Devanagari nukta
				continue
			}
			if r == 'ँ' {
				b.WriteString("ं")
			} else {
				b.WriteRune(r)
			}
			space, clause = false, false
			continue
		}
		if f, ok := foldRunes[r]; ok {
			if f == " " {
				if !space {
					b.WriteByte(' ')
					space = true
				}
			} else {
				b.WriteString(f)
				space, clause = false, false
			}
			base = 'a'
			continue
		}
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || wild && (r == '*' || r == '_'):
			b.WriteRune(r)
			base = r
			space, clause = false, false
		case strings.ContainsRune(",、，،", r):
			// A comma is a soft boundary: phrases match across it,
			// negation does not reach over it.
			if !clause {
				if !space {
					b.WriteByte(' ')
				}
				b.WriteString(", ")
				space = true
			}
			base = 0
		case strings.ContainsRune(".;:!?¿¡\n。！？؛؟।…", r):
			if !clause {
				if !space {
					b.WriteByte(' ')
				}
				b.WriteString("| ")
				space, clause = true, true
			}
			base = 0
		default:
			if !space {
				b.WriteByte(' ')
				space = true
			}
			base = 0
		}
	}
	out := strings.TrimSpace(b.String())
	for _, cut := range []string{" |", " ,"} {
		out = strings.TrimSuffix(out, cut)
	}
	out = strings.TrimPrefix(strings.TrimPrefix(out, "| "), ", ")
	out = strings.ReplaceAll(out, ", |", "|")
	return norm.NFC.String(strings.TrimSpace(out))
}
