package safety

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// message is a normalised message: lower case, words separated by single
// spaces, split into clauses. Words hold only letters and digits, so the
// rule patterns can rely on \b and on "word " gaps.
type message struct {
	clauses []string
	// all is every clause joined by " | ", for rules that look at the whole
	// message; word gaps in patterns never cross the bar, except {gb6}.
	all string
	// padded is all with a space at each end, so a gate word " yo " is
	// found at the start and end too.
	padded string
}

// expansions rewrites single words: contractions with and without the
// apostrophe, common slang and texting abbreviations, and number words used
// for ages. Keys are lower case with apostrophes already folded to '.
func expansions() map[string]string {
	return map[string]string{
		// contractions
		"can't": "can not", "cant": "can not", "cannot": "can not",
		"won't": "will not", "wont": "will not",
		"shan't": "shall not", "ain't": "am not", "aint": "am not",
		"dont": "do not", "didnt": "did not", "doesnt": "does not",
		"isnt": "is not", "wasnt": "was not", "arent": "are not", "werent": "were not",
		"havent": "have not", "hasnt": "has not", "hadnt": "had not",
		"wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
		"i'm": "i am", "im": "i am", "iam": "i am", "i'ma": "i am going to", "ima": "i am going to", "imma": "i am going to",
		"ive": "i have", "i've": "i have", "i'd": "i would", "i'll": "i will",
		"youre": "you are", "theyre": "they are", "thats": "that is", "whats": "what is",
		"theres": "there is", "let's": "let us", "lets": "let us",
		"he's": "he is", "she's": "she is", "it's": "it is", "that's": "that is",
		"what's": "what is", "there's": "there is", "who's": "who is", "where's": "where is",
		"how's": "how is", "here's": "here is",
		// slang and abbreviations
		"kms": "kill myself", "kys": "kill yourself", "ctb": "catch the bus",
		"unalive": "kill", "unaliving": "killing", "unalived": "killed", "unalives": "kills",
		"sewerslide": "suicide", "suicidial": "suicidal", "sucidal": "suicidal", "suicidle": "suicidal",
		"wanna": "want to", "gonna": "going to", "gotta": "got to", "tryna": "trying to", "finna": "going to",
		"u": "you", "ur": "your", "r": "are", "ya": "you", "yall": "you all", "y'all": "you all",
		"bf": "boyfriend", "gf": "girlfriend", "bff": "best friend",
		// parents' forums: "DH didn't mean it", "check DH's WhatsApp",
		// "DD (15) asked me"
		"dh": "husband", "dw": "wife", "ds": "son", "dd": "daughter", "dsd": "stepdaughter", "dss": "stepson",
		"cuz": "because", "coz": "because", "bcuz": "because", "bcoz": "because", "cos": "because",
		"rn": "right now", "idk": "i do not know", "idc": "i do not care", "tbh": "to be honest",
		"ngl": "not going to lie", "pls": "please", "plz": "please", "plss": "please",
		"ppl": "people", "abt": "about", "smth": "something", "sth": "something",
		"thx": "thanks", "thnx": "thanks", "tysm": "thank you so much", "tyvm": "thank you very much",
		"sa'd": "sexually assaulted", "sa'ed": "sexually assaulted", "csa": "child sexual abuse",
		"dv": "domestic violence", "od": "overdose", "oded": "overdosed", "od'd": "overdosed", "od'ed": "overdosed", "ods": "overdoses", "noods": "nudes", "nudez": "nudes",
		"stepdad": "stepdad", "stepmum": "stepmom",
		"mum": "mom", "mam": "mom", "mommy": "mom", "mummy": "mom",
		"counsellor": "counselor", "counselling": "counseling",
		// Scots: the forms a Scottish server writes for words the rules
		// read ("ah'm gonnae", "he wouldnae stop", "tae ma school").
		// "ma" stays: it is "my" and "mum" alike.
		"ah": "i", "ah'm": "i am", "ahm": "i am", "ah've": "i have", "ah'll": "i will", "ah'd": "i would",
		"tae": "to", "dae": "do", "aye": "yes", "ye": "you", "yer": "your", "masel": "myself", "masell": "myself", "mysel": "myself",
		"hersel": "herself", "hissel": "himself", "naw": "no", "oot": "out", "aboot": "about", "fae": "from", "hame": "home",
		"dinnae": "do not", "dinna": "do not", "cannae": "can not", "didnae": "did not", "wouldnae": "would not",
		"couldnae": "could not", "shouldnae": "should not", "isnae": "is not", "wisnae": "was not", "willnae": "will not",
		"gonnae": "going to", "wantae": "want to",
		// Jamaican and Caribbean Patois: the forms the rules read ("mi
		// cyaan tek it", "him seh him a go kill her", "mi stepfaada").
		// "mi" and "fi" depend on the next word: see patois.
		"cyaan": "can not", "cyan": "can not", "nuh": "not", "seh": "say", "sey": "say", "mek": "make",
		"wah": "what", "yuh": "you", "unu": "you all", "dem": "them", "dat": "that", "di": "the", "inna": "in",
		"wid": "with", "haffi": "have to", "affi": "have to", "fraid": "afraid", "tink": "think",
		"pickney": "child", "pickny": "child", "likkle": "little", "lickle": "little",
		"mada": "mom", "madda": "mom", "mooma": "mom", "faada": "dad", "fada": "dad", "faadah": "dad",
		"stepfaada": "stepdad", "stepfada": "stepdad", "stepmada": "stepmom", "stepmadda": "stepmom",
		"gyal": "girl", "bwoy": "boy", "bredda": "brother", "sista": "sister", "ting": "thing",
		"nuttn": "nothing", "nutten": "nothing", "nuttin": "nothing", "neva": "never", "gwine": "going to",
		"smaddy": "somebody", "everyting": "everything", "anyting": "anything", "someting": "something", "jus": "just", "miself": "myself", "misself": "myself",
		// dropped final g, in the verbs the rules read
		"goin": "going", "daein": "doing", "doin": "doing", "sayin": "saying", "tryin": "trying", "feelin": "feeling",
		"hurtin": "hurting", "killin": "killing", "cuttin": "cutting", "sendin": "sending", "touchin": "touching",
		"hittin": "hitting", "threatenin": "threatening", "nothin": "nothing", "somethin": "something",
		"anythin": "anything", "everythin": "everything",
		// number words, for ages
		"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
		"fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
		// elongated words after collapsing runs to two letters
		"dissapear": "disappear", "disapear": "disappear", "dissappear": "disappear", "disappeer": "disappear",
		"diee": "die", "hii": "hi", "heyy": "hey", "helloo": "hello", "pleasee": "please",
		"noo": "no", "soo": "so", "yess": "yes", "helpp": "help",
	}
}

// normalizer turns raw text into a message. It is built once by New.
type normalizer struct {
	words map[string]string
	// starters begin a new clause: the contrast they introduce ends the
	// scope of a negation ("I'm not suicidal but I want to die").
	starters map[string]bool
	// reflexive and selfCompound drive mergeSelf.
	reflexive, selfCompound map[string]bool
	// masked lists words people often write with a masked letter.
	masked []string
}

func newNormalizer() *normalizer {
	return &normalizer{
		words:     expansions(),
		starters:  set("but", "however", "although", "though", "except"),
		reflexive: set("my", "your", "him", "her", "them", "our"),
		selfCompound: set("harm", "harming", "harmed", "harms", "injury", "injuring", "injure", "esteem", "worth", "care",
			"image", "confidence", "conscious", "doubt", "love", "respect", "control", "hate", "hatred", "destructive",
			"sabotage", "sabotaging", "pleasure", "pleasuring", "awareness", "acceptance", "compassion", "talk"),
		masked: []string{
			"rape", "raped", "rapist", "raping", "suicide", "suicidal", "kill", "killed", "killing", "die", "dead",
			"unalive", "sex", "sexual", "cut", "cutting", "abuse", "abused", "abusive", "molested", "assault",
			"assaulted", "porn", "fuck", "fucking", "shit", "bitch", "dick", "cock", "pussy", "nudes", "myself",
		}}
}

// isCensorContinuation reports whether s (the text after a mask character)
// continues the word, with more masks or a letter.
func isCensorContinuation(s string) bool {
	for _, r := range s {
		if r == '*' {
			continue
		}
		return unicode.IsLetter(r)
	}
	return false
}

// unmask resolves a word with masked letters ("r*ped") against the list of
// commonly masked words, letter for letter; unknown masks are dropped.
func (n *normalizer) unmask(t string) string {
	for _, w := range n.masked {
		if len(w) != len(t) {
			continue
		}
		ok := true
		for i := 0; i < len(t); i++ {
			if t[i] != '*' && t[i] != w[i] {
				ok = false
				break
			}
		}
		if ok {
			return w
		}
	}
	return strings.ReplaceAll(t, "*", "")
}

// isClauseBreak reports whether r ends a clause.
func isClauseBreak(r rune) bool {
	switch r {
	case '.', '!', '?', ';', ':', ',', '\n', '\r', '(', ')', '[', ']', '{', '}', '"', '|',
		'\u201c', '\u201d', '\u2026', '\u2014', '\u2013', '\u00bf', '\u00a1':
		return true
	}
	return false
}

// isApostrophe reports whether r is one of the apostrophe-like characters.
func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '\u00b4', '`', '\u2032':
		return true
	}
	return false
}

// normalize splits text into normalised clauses. It is linear in the length
// of text and accepts any input, including invalid UTF-8.
func (n *normalizer) normalize(text string) message {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, " ")
	}
	var (
		clauses []string
		clause  strings.Builder
		tok     strings.Builder
		tokKind int // 0 none, 1 letters, 2 digits
	)
	flushClause := func() {
		if clause.Len() > 0 {
			cl := clause.String()
			p := " " + cl + " "
			marked := strings.Contains(p, " mi ") || strings.Contains(p, " fi ") || strings.Contains(p, " waan ") || strings.Contains(p, " tek ")
			if marked || strings.Contains(p, " ago ") || strings.Contains(p, " a go ") || strings.Contains(p, " dead ") {
				cl = patois(cl, marked)
			}
			if strings.Contains(cl, " self") {
				cl = n.mergeSelf(cl)
			}
			clauses = append(clauses, cl)
			clause.Reset()
		}
	}
	addWord := func(w string) {
		if n.starters[w] {
			flushClause()
		}
		if clause.Len() > 0 {
			clause.WriteByte(' ')
		}
		clause.WriteString(w)
	}
	flushTok := func() {
		if tok.Len() == 0 {
			return
		}
		for _, w := range strings.Fields(n.expand(tok.String())) {
			addWord(w)
		}
		tok.Reset()
		tokKind = 0
	}
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		// Discord mentions, channels and custom emoji: <@123>, <#1>, <:x:1>.
		if r == '<' {
			if j := discordToken(text[i:]); j > 0 {
				flushTok()
				i += j
				continue
			}
		}
		if (r == 'h' || r == 'H') && hasURLPrefix(text[i:]) {
			flushTok()
			j := i
			for j < len(text) && text[j] != ' ' && text[j] != '\n' && text[j] != '\t' {
				j++
			}
			i = j
			continue
		}
		i += size
		switch {
		case unicode.IsLetter(r):
			if tokKind == 2 {
				flushTok()
			}
			tokKind = 1
			tok.WriteRune(unicode.ToLower(r))
		case unicode.IsDigit(r):
			if tokKind == 1 {
				flushTok()
			}
			tokKind = 2
			tok.WriteRune(r)
		case (r == '*' || r == '@' || r == '!' || r == '#' || r == '$') && tok.Len() > 0 && tokKind == 1 && i < len(text) && isCensorContinuation(text[i:]):
			// A masked letter inside a word: "r*ped", "s*icide", "k!ll".
			tok.WriteByte('*')
		case isApostrophe(r):
			if tok.Len() > 0 {
				tok.WriteByte('\'')
			}
		case isClauseBreak(r):
			flushTok()
			flushClause()
		default:
			flushTok()
		}
	}
	flushTok()
	flushClause()
	all := strings.Join(clauses, " | ")
	return message{clauses: clauses, all: all, padded: " " + all + " "}
}

// expand rewrites one raw token (letters or digits, maybe with apostrophes)
// into one or more plain words.
func (n *normalizer) expand(t string) string {
	t = strings.Trim(t, "'")
	if t == "" {
		return ""
	}
	if strings.IndexByte(t, '*') >= 0 {
		t = n.unmask(t)
	}
	t = collapseRuns(t)
	if w, ok := n.words[t]; ok {
		return w
	}
	if k := strings.IndexByte(t, '\''); k >= 0 {
		base, suf := t[:k], t[k+1:]
		switch {
		case strings.HasSuffix(base, "n") && suf == "t":
			return n.plain(strings.TrimSuffix(base, "n")) + " not"
		case suf == "m":
			return n.plain(base) + " am"
		case suf == "re":
			return n.plain(base) + " are"
		case suf == "ve":
			return n.plain(base) + " have"
		case suf == "ll":
			return n.plain(base) + " will"
		case suf == "d":
			return n.plain(base) + " would"
		case suf == "s":
			return n.plain(base) + "s" // possessive: "boyfriend's" -> "boyfriends"
		}
		return n.plain(strings.ReplaceAll(t, "'", ""))
	}
	return t
}

// mergeSelf joins a split reflexive ("kill my self" -> "kill myself")
// unless "self" begins a compound ("my self harm scars", "my self esteem").
func (n *normalizer) mergeSelf(cl string) string {
	w := strings.Fields(cl)
	out := w[:0]
	for i := 0; i < len(w); i++ {
		if i+1 < len(w) && (w[i+1] == "self" || w[i+1] == "selves") && n.reflexive[w[i]] && (i+2 >= len(w) || !n.selfCompound[w[i+2]]) {
			out = append(out, w[i]+w[i+1])
			i++
			continue
		}
		out = append(out, w[i])
	}
	return strings.Join(out, " ")
}

// patoisSubject are the words after which Patois "mi" is the subject,
// "I" ("mi cyaan", "mi fi tek", "mi a go"); before anything else it is
// "my" ("mi stepfaada beat mi mada"). Words are already expanded.
var patoisSubject = set("a", "am", "is", "was", "go", "going", "fi", "can", "not", "never", "did", "do", "done", "dun",
	"have", "want", "need", "feel", "think", "know", "love", "hate", "say", "tell", "told", "just", "still", "always",
	"really", "on", "in", "get", "got", "give", "gi", "take", "took", "make", "cut", "hurt", "cry", "see", "try",
	"tired", "afraid", "scared", "sorry", "ready", "alone", "will", "would", "could", "should", "might", "must", "wish",
	"keep", "kept", "swear", "promise", "nah", "cant", "deh", "look", "plan", "write", "wrote", "pee", "put", "hide",
	"ago", "waan", "wake", "sleep", "die", "dead", "end", "leave", "run", "an", "and")

// patoisObject are the words after which Patois "mi" is "me" ("him beat
// mi", "a go kill mi").
var patoisObject = set("kill", "beat", "hit", "hurt", "touch", "touched", "give", "gi", "tell", "told", "call", "send",
	"make", "let", "help", "with", "to", "for", "from", "at", "leave", "lock", "locked", "choke", "rape", "force", "forced")

// patoisPronoun are subjects after which Patois "fi" is "should", "a go"
// and "ago" are "going to", and "dead" is the verb "die".
var patoisPronoun = set("i", "you", "he", "she", "we", "they", "him", "them")

// patoisAfterObject are the words that may follow an object "mi" ("kill
// mi if", "beat mi again"); before anything else "mi" is "my".
var patoisAfterObject = set("if", "an", "and", "again", "fi", "to", "wid", "with", "when", "say", "so", "cause", "because",
	"a", "tonight", "now", "every", "all", "too", "pon", "up", "down", "out", "in", "bad", "hard", "still", "yesterday", "last", "seh")

// patoisBe is the form of "be" a subject takes before "going to".
func patoisBe(subject string) string {
	switch subject {
	case "i":
		return "am"
	case "you", "we", "they", "them":
		return "are"
	}
	return "is"
}

// patoisGoWith are the words after which "a go" is English ("have a go
// at it") and "waan" takes a noun, not a verb.
var patoisGoWith = set("at", "on", "of", "with", "a", "the", "my", "some", "it", "him", "her", "them", "you", "no", "one", "me")

// patois resolves the Patois words whose English depends on their
// neighbours: "mi" is "i" before a verb or an auxiliary and "my" before a
// noun; "fi" after a subject is "should" ("mi fi tek it"), otherwise
// "to"; "a go" and "ago" after a subject are "going to" ("him a go kill
// her"), where "him" is "he"; "nuh" before "more" or "one" is "no"; and
// "dead" after "want" or "going to" is "die" ("mi waan dead"); "an" is
// "and" before a consonant ("mi an mi sister"; never before s or x: "an
// STD", "an x-ray") and only when marked, the clause holding a word only
// Patois uses ("mi", "fi", "waan", "tek"): an English clause that merely
// has "ago" or "dead" keeps its "an". Spanish "mi" (my) reads as "my".
func patois(cl string, marked bool) string {
	w := strings.Fields(cl)
	out := make([]string, 0, len(w)+2)
	prev := func() string {
		if len(out) == 0 {
			return ""
		}
		return out[len(out)-1]
	}
	for i := 0; i < len(w); i++ {
		next := ""
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch x := w[i]; {
		case x == "mi" && patoisObject[prev()] && (next == "" || patoisAfterObject[next]):
			out = append(out, "me")
		case x == "mi" && patoisSubject[next]:
			out = append(out, "i")
		case x == "mi":
			out = append(out, "my")
		case x == "him" && (next == "a" || next == "ago" || next == "fi") && (prev() == "" || prev() == "an" || prev() == "and" || prev() == "but" || prev() == "say" || prev() == "time"):
			out = append(out, "he")
		case x == "fi" && patoisPronoun[prev()]:
			// statement order in a question: "mi fi tek it?" is
			// "should i take it?"
			subject := out[len(out)-1]
			out = append(out[:len(out)-1], "should", subject)
		case x == "tek" && (prev() == "stop" || prev() == "start" || prev() == "keep" || prev() == "quit"):
			out = append(out, "taking")
		case x == "fi" && (next == "a" || next == "the" || next == "one" || next == "him" || next == "her" || next == "them" || next == "me" || next == "my" || next == "you"):
			out = append(out, "for")
		case x == "fi":
			out = append(out, "to")
		case x == "ago" && patoisPronoun[prev()]:
			out = append(out, patoisBe(prev()), "going", "to")
		case x == "a" && next == "go" && i+2 < len(w) && !patoisGoWith[w[i+2]]:
			out = append(out, patoisBe(prev()), "going", "to")
			i++
		case x == "waan" && !patoisGoWith[next]:
			out = append(out, "want", "to")
		case x == "waan":
			out = append(out, "want")
		case x == "tek":
			out = append(out, "take")
		case marked && x == "an" && next != "" && !strings.ContainsRune("aeiouhsx", rune(next[0])):
			out = append(out, "and")
		case x == "not" && (next == "more" || next == "one" || next == "body"):
			out = append(out, "no")
		case x == "dead" && (prev() == "want" || prev() == "to" && len(out) >= 2 && (out[len(out)-2] == "going" || out[len(out)-2] == "want")):
			if prev() == "want" {
				out = append(out, "to")
			}
			out = append(out, "die")
		default:
			out = append(out, x)
		}
	}
	return strings.Join(out, " ")
}

// plain expands a word without apostrophes.
func (n *normalizer) plain(w string) string {
	w = strings.ReplaceAll(w, "'", "")
	if x, ok := n.words[w]; ok {
		return x
	}
	return w
}

// collapseRuns shortens runs of three or more identical letters to two
// ("killlll" -> "kill", "sooooo" -> "soo").
func collapseRuns(t string) string {
	run, prev, need := 0, rune(-1), false
	for _, r := range t {
		if r == prev {
			run++
			if run >= 3 {
				need = true
				break
			}
		} else {
			run, prev = 1, r
		}
	}
	if !need {
		return t
	}
	var b strings.Builder
	run, prev = 0, -1
	for _, r := range t {
		if r == prev {
			run++
		} else {
			run, prev = 1, r
		}
		if run <= 2 {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// discordToken returns the length of a Discord mention, channel reference
// or custom emoji at the start of s, or 0.
func discordToken(s string) int {
	if len(s) < 3 || s[0] != '<' {
		return 0
	}
	i := 1
	switch {
	case s[i] == '@':
		i++
		if i < len(s) && (s[i] == '!' || s[i] == '&') {
			i++
		}
	case s[i] == '#':
		i++
	case s[i] == ':' || (s[i] == 'a' && i+1 < len(s) && s[i+1] == ':'):
		if s[i] == 'a' {
			i++
		}
		i++
		for i < len(s) && i < 80 && s[i] != ':' && s[i] != '>' {
			i++
		}
		if i >= len(s) || s[i] != ':' {
			return 0
		}
		i++
	default:
		return 0
	}
	start := i
	for i < len(s) && i-start < 25 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == start || i >= len(s) || s[i] != '>' {
		return 0
	}
	return i + 1
}

// hasURLPrefix reports whether s starts with http:// or https://.
func hasURLPrefix(s string) bool {
	if len(s) < 8 {
		return false
	}
	p := strings.ToLower(s[:8])
	return strings.HasPrefix(p, "http://") || p == "https://"
}
