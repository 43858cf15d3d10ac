package safety_test

import (
	"bufio"
	"encoding/json"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/candorbot/candor/bot/safety"
)

func newMulti(tb testing.TB) *safety.Multilingual {
	tb.Helper()
	m, err := safety.NewMultilingual()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// TestMultilingualLanguages checks the languages issue 14 asks for are all
// present and none claims a human review it did not have.
func TestMultilingualLanguages(t *testing.T) {
	m := newMulti(t)
	want := []string{"ar", "de", "es", "fr", "hi", "id", "it", "ja", "pl", "pt", "ru", "tr"}
	if got := strings.Join(m.Languages(), ","); got != strings.Join(want, ",") {
		t.Fatalf("languages = %s, want %s", got, strings.Join(want, ","))
	}
	for _, code := range want {
		l, _ := m.Language(code)
		if l.ReviewedBy != "model-written, needs native review" {
			t.Errorf("%s: reviewed_by = %q; files written by a model must say so", code, l.ReviewedBy)
		}
		if len(l.Examples.Crisis) < 8 || len(l.Examples.Benign) < 8 {
			t.Errorf("%s: want at least 8 crisis and 8 benign examples", code)
		}
		for _, cat := range []string{"", "sexual-violence", "domestic-abuse", "child-abuse"} {
			if l.Replies.Caring[cat] == "" {
				t.Errorf("%s: no caring sentence for %q", code, cat)
			}
		}
		if strings.Count(l.Replies.Emergency, "%s") != 1 || strings.Count(l.Replies.Elsewhere, "%s") != 1 {
			t.Errorf("%s: emergency and elsewhere need exactly one %%s", code)
		}
	}
}

// TestMultilingualExamples runs every language file's own examples: crisis
// examples are caught and reply in that language, benign ones (idioms with
// death words, education questions, negations) are not flagged.
func TestMultilingualExamples(t *testing.T) {
	m := newMulti(t)
	for _, code := range m.Languages() {
		l, _ := m.Language(code)
		t.Run(code, func(t *testing.T) {
			for _, text := range l.Examples.Crisis {
				v := m.Classify(text, code)
				if v.Action != safety.ActionCrisis {
					t.Errorf("crisis missed: %q", text)
				} else if v.Langs[0] != code {
					t.Errorf("%q: reply language %s, want %s", text, v.Langs[0], code)
				}
			}
			for _, text := range l.Examples.Benign {
				if v := m.Classify(text, code); v.Action != safety.ActionNone {
					t.Errorf("benign flagged: %q (phrase %q, rule %s)", text, v.Phrase, v.Rule)
				}
			}
		})
	}
}

// TestMultilingualCategories checks a crisis phrase carries its category
// and crisis line.
func TestMultilingualCategories(t *testing.T) {
	m := newMulti(t)
	tests := []struct {
		text, category, line, lang string
	}{
		{"me violaron", safety.CategorySexualViolence, safety.LineSexualViolence, "es"},
		{"Mein Mann schlägt mich", safety.CategoryAbuse, safety.LineDomesticAbuse, "de"},
		{"je me scarifie", safety.CategorySelfHarm, safety.LineSuicideCrisis, "fr"},
		{"meu padrasto me toca", safety.CategoryMinor, safety.LineChildAbuse, "pt"},
		{"evde güvende değilim", safety.CategoryDanger, "", "tr"},
		{"ОН МЕНЯ БЬЁТ", safety.CategoryAbuse, safety.LineDomesticAbuse, "ru"},
		{"CHCE SIE ZABIC", safety.CategorySuicide, safety.LineSuicideCrisis, "pl"},
		{"死にたい", safety.CategorySuicide, safety.LineSuicideCrisis, "ja"},
	}
	for _, tt := range tests {
		v := m.Classify(tt.text)
		if v.Category != tt.category || v.LineCategory != tt.line || (tt.lang != "" && v.Langs[0] != tt.lang) {
			t.Errorf("%q: category %q line %q langs %v; want %q %q %s", tt.text, v.Category, v.LineCategory, v.Langs, tt.category, tt.line, tt.lang)
		}
	}
}

// TestMultilingualNegation checks the simple negation rule: a negation
// word just before the phrase vetoes it, one in another clause does not.
func TestMultilingualNegation(t *testing.T) {
	m := newMulti(t)
	tests := []struct {
		text   string
		crisis bool
	}{
		{"no me quiero matar", false},
		{"no, me quiero matar", true},
		{"ya no quiero vivir", true},
		{"nie chcę umrzeć", false},
		{"ich will nicht sterben", false},
		{"не хочу умереть", false},
		{"لا أريد أن أموت", false},
		{"aku tidak ingin mati", false},
		{"main marna nahi chahta", false},
		{"死にたくない", false},
		// A negation word counts only in its own language: the French
		// "ne" does not veto the Hindi ergative "ne".
		{"papa ne bola wo mujhe maar denge", true},
		{"kisi ne mere drink me kuch mila diya", true},
	}
	for _, tt := range tests {
		if got := m.Classify(tt.text).Action == safety.ActionCrisis; got != tt.crisis {
			t.Errorf("%q: crisis = %v, want %v", tt.text, got, tt.crisis)
		}
	}
}

// TestMultilingualEnglishUntouched runs every English triage case and
// evaluation message through the multilingual phrases: none may match, so
// English behaviour cannot change.
func TestMultilingualEnglishUntouched(t *testing.T) {
	m := newMulti(t)
	n := 0
	for _, path := range []string{"testdata/triage_cases.jsonl", "testdata/dev.jsonl", "../../testdata/eval/heldout.jsonl", "../../testdata/eval/dev.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var c struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatalf("%s: %v", path, err)
			}
			n++
			if v := m.Classify(c.Text); v.Action != safety.ActionNone {
				t.Errorf("English %q matched %s phrase %q", c.Text, v.Rule, v.Phrase)
			}
		}
		f.Close()
	}
	if n < 500 {
		t.Fatalf("only %d English messages read", n)
	}
}

func TestNormalizeMulti(t *testing.T) {
	tests := []struct{ in, want string }{
		{"¿Qué   ES?  la Terapia", "que es | la terapia"},
		{"J'ai ÉTÉ", "j ai ete"},
		{"Ölüyorum GÜLMEKTEN", "oluyorum gulmekten"},
		{"Łódź, ß. Ok", "lodz , ss | ok"},
		{"أُرِيدُ أَنْ أَمُوتَ", "اريد ان اموت"},
		{"हूँ", "हूं"},
		{"ＡＢＣ　死にたい。", "abc 死にたい"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := safety.NormalizeMulti(tt.in); got != tt.want {
			t.Errorf("NormalizeMulti(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzMultilingual(f *testing.F) {
	m := newMulti(f)
	mm, err := safety.LoadMultiModel()
	if err != nil {
		f.Fatal(err)
	}
	// With the model and a language, a benign idiom sends the rest of the
	// message to the model with the idiom cut out (withoutSpans).
	with := m.WithModel(mm)
	for _, s := range []string{"quiero morir", "死にたい", "\xff\xfe", "a | b", "no, no, no",
		"me muero de risa jaja pero una pregunta seria sobre el condon", "テストまじで死ぬ lol mama me mata hoy"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, v := range []safety.MultiVerdict{m.Classify(s), with.Classify(s, "es"), with.Classify(s, "ja")} {
			if v.Action == safety.ActionCrisis && (len(v.Langs) == 0 || v.Phrase == "") {
				t.Fatalf("crisis verdict without language or phrase: %+v", v)
			}
		}
	})
}

func BenchmarkMultilingualEnglish(b *testing.B) {
	m := newMulti(b)
	msgs := []string{
		"What is sex therapy?",
		"is it normal to want sex less than my partner?",
		"I've been thinking about killing myself since the breakup",
		"my girlfriend and I can't agree on how often to have sex, what can we do about it",
	}
	i := 0
	for b.Loop() {
		m.Classify(msgs[i%len(msgs)])
		i++
	}
}

// TestMultilingualSets scores the tuning and held-out messages per
// language and fails when any language falls below the floor issue 14
// sets (0.9).
func TestMultilingualSets(t *testing.T) {
	for _, name := range []string{"multilingual_tuning.tsv", "multilingual_heldout.tsv", "multilingual_heldout2.tsv", "multilingual_heldout3.tsv", "multilingual_heldout4.tsv", "multilingual_heldout5.tsv"} {
		t.Run(name, func(t *testing.T) { scoreSet(t, "testdata/"+name) })
	}
}

func scoreSet(t *testing.T, path string) {
	m := newMulti(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type score struct{ ok, n int }
	per := map[string]*score{}
	var codes []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("bad line %q", line)
		}
		code, label, text := parts[0], parts[1], parts[2]
		if per[code] == nil {
			per[code] = &score{}
			codes = append(codes, code)
		}
		s := per[code]
		s.n++
		v := m.Classify(text, code)
		got := "benign"
		if v.Action == safety.ActionCrisis {
			got = "crisis"
		}
		if got == label && (got == "benign" || v.Langs[0] == code) {
			s.ok++
		} else {
			t.Logf("%s %s: %q got %s %v", code, label, text, got, v.Langs)
		}
	}
	for _, code := range codes {
		s := per[code]
		acc := float64(s.ok) / float64(s.n)
		t.Logf("%s %d/%d", code, s.ok, s.n)
		if acc < 0.9 {
			t.Errorf("%s: %.2f below 0.9", code, acc)
		}
	}
}

func BenchmarkNewMultilingual(b *testing.B) {
	for b.Loop() {
		if _, err := safety.NewMultilingual(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMultilingualLong shows the cost is linear in the length of a
// message.
func BenchmarkMultilingualLong(b *testing.B) {
	m := newMulti(b)
	text := strings.Repeat("is it normal to want sex less than my partner, quiero saber más. ", 300)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		m.Classify(text)
	}
}

// TestMultilingualBenign checks education questions, third-person
// reports and idioms about the hard subjects are not crisis-routed.
func TestMultilingualBenign(t *testing.T) {
	m := newMulti(t)
	f, err := os.Open("testdata/multilingual_benign.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, flagged := 0, 0
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, text, _ := strings.Cut(line, "\t")
		n++
		if v := m.Classify(text, code); v.Action != safety.ActionNone {
			flagged++
			t.Errorf("%s: %q flagged by %s (%q)", code, text, v.Rule, v.Phrase)
		}
	}
	t.Logf("%d of %d benign messages flagged", flagged, n)
}

// TestMultilingualOthers checks a word naming someone else vetoes suicide
// and self-harm phrases but not a threat from that person.
func TestMultilingualOthers(t *testing.T) {
	m := newMulti(t)
	tests := []struct {
		text   string
		crisis bool
	}{
		{"woh marna chahta hai", false},
		{"main marna chahta hoon", true},
		{"woh mujhe maar dalega", true},
		{"ktoś chce umrzeć", false},
		{"czuję że chcę umrzeć", true},
		{"on chce mnie zabić", true},
		{"dia ingin bunuh diri", false},
		{"pacarku bilang dia akan membunuhku", true},
	}
	for _, tt := range tests {
		if got := m.Classify(tt.text).Action == safety.ActionCrisis; got != tt.crisis {
			t.Errorf("%q: crisis = %v, want %v", tt.text, got, tt.crisis)
		}
	}
}

// TestMultilingualInformal scores the informal, native-style set: in every
// language at least 0.9 of the crisis messages must be caught (replying in
// that language) and no benign message may be crisis-routed.
func TestMultilingualInformal(t *testing.T) {
	scoreRecall(t, "testdata/multilingual_informal.tsv", 15, 10)
}

// scoreRecall scores a set of language, label, message lines: in every
// language at least 0.9 of the crisis messages must be caught, replying in
// that language, and no benign message may be crisis-routed. Each language
// must have at least minCrisis crisis and minBenign benign messages.
func scoreRecall(t *testing.T, path string, minCrisis, minBenign int) {
	t.Helper()
	m := newMulti(t)
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type score struct{ caught, crisis, flagged, benign int }
	per := map[string]*score{}
	var codes []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 || parts[1] != "crisis" && parts[1] != "benign" {
			t.Fatalf("bad line %q", line)
		}
		code, label, text := parts[0], parts[1], parts[2]
		s := per[code]
		if s == nil {
			s = &score{}
			per[code] = s
			codes = append(codes, code)
		}
		v := m.Classify(text, code)
		crisis := v.Action == safety.ActionCrisis
		switch {
		case label == "crisis":
			s.crisis++
			if crisis && v.Langs[0] == code {
				s.caught++
			} else {
				t.Logf("%s missed: %q (langs %v)", code, text, v.Langs)
			}
		case crisis:
			s.benign++
			s.flagged++
			t.Errorf("%s benign flagged: %q by %s (%q)", code, text, v.Rule, v.Phrase)
		default:
			s.benign++
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var caught, crisis int
	for _, code := range codes {
		s := per[code]
		if s.crisis < minCrisis || s.benign < minBenign {
			t.Errorf("%s: %d crisis and %d benign messages, want at least %d and %d", code, s.crisis, s.benign, minCrisis, minBenign)
		}
		recall := float64(s.caught) / float64(s.crisis)
		t.Logf("%s crisis %d/%d (%.2f), benign flagged %d/%d", code, s.caught, s.crisis, recall, s.flagged, s.benign)
		if recall < 0.9 {
			t.Errorf("%s: crisis recall %.2f below 0.9", code, recall)
		}
		caught += s.caught
		crisis += s.crisis
	}
	t.Logf("all: crisis %d/%d", caught, crisis)
	if len(codes) != len(m.Languages()) {
		t.Errorf("%d languages in the set, want %d", len(codes), len(m.Languages()))
	}
}

// TestMultilingualTogether checks the crises two parts of a message make
// between them: a child's age and an adult's request, in either order and
// different sentences; neither part alone is a crisis.
func TestMultilingualTogether(t *testing.T) {
	m := newMulti(t)
	tests := []struct {
		text, lang string
		crisis     bool
	}{
		{"mi entrenador me pide fotos. tengo 13", "es", true},
		{"tengo 13. alguien del juego me manda mensajes raros", "es", true},
		{"mein trainer will fotos von mir. ich bin 12", "de", true},
		{"コーチが写真を欲しがる。13歳です", "ja", true},
		{"mi entrenador me pide fotos de mi progreso", "es", false},
		{"tengo 13. ¿qué es la terapia sexual?", "es", false},
		{"ich bin 14 und habe eine frage zur verhütung", "de", false},
	}
	for _, tt := range tests {
		v := m.Classify(tt.text, tt.lang)
		if got := v.Action == safety.ActionCrisis; got != tt.crisis {
			t.Errorf("%q: crisis = %v (phrase %q), want %v", tt.text, got, v.Phrase, tt.crisis)
			continue
		}
		if tt.crisis && (v.Category != safety.CategoryMinor || v.LineCategory != safety.LineChildAbuse || v.Langs[0] != tt.lang || !strings.Contains(v.Phrase, " + ")) {
			t.Errorf("%q: %+v; want a minor crisis in %s explained by both parts", tt.text, v, tt.lang)
		}
	}
}

// TestMultilingualFarewell checks the farewell pairs: thanks for
// everything, forgiveness or "take care of yourselves" with a final
// goodbye is a crisis in every language; an ordinary goodbye, or one that
// says "see you tomorrow", is not (the pair's unless list).
func TestMultilingualFarewell(t *testing.T) {
	m := newMulti(t)
	tests := []struct {
		text, lang string
		crisis     bool
	}{
		{"valeu por tudo galera. me perdoem por qualquer coisa. adeus", "pt", true},
		{"merci pour tout. prenez soin de vous. adieu", "fr", true},
		{"सबका शुक्रिया। अगर मैंने किसी का दिल दुखाया हो। अलविदा", "hi", true},
		{"今まで本当にありがとう。さようなら", "ja", true},
		{"valeu por tudo galera. me perdoem por qualquer coisa. tchau, ate amanha", "pt", false},
		{"tchau galera, ate amanha", "pt", false},
		{"obrigado por tudo, a explicacao me ajudou muito", "pt", false},
		{"今まで本当にありがとう。さようなら、また明日", "ja", false},
	}
	for _, tt := range tests {
		v := m.Classify(tt.text, tt.lang)
		if got := v.Action == safety.ActionCrisis; got != tt.crisis {
			t.Errorf("%q: crisis = %v (phrase %q), want %v", tt.text, got, v.Phrase, tt.crisis)
		}
	}
	// An unless phrase cancels only its own pair, never a crisis phrase.
	const base = `{"code": "xx", "reviewed_by": "test", "replies": {"emergency": "%s", "english_note": "n", "caring": {"": "c"}}, "crisis": {"suicide": ["e f"]}, `
	fsys := fstest.MapFS{"data/lang/xx.json": {Data: []byte(base + `"together": [{"category": "suicide", "first": ["a b"], "second": ["c d"], "unless": ["g h"]}]}`)}}
	mx, err := safety.LoadMultilingual(fsys)
	if err != nil {
		t.Fatal(err)
	}
	for text, want := range map[string]bool{"a b. c d": true, "a b. c d. g h": false, "g h. e f": true} {
		if got := mx.Classify(text).Action == safety.ActionCrisis; got != want {
			t.Errorf("%q: crisis = %v, want %v", text, got, want)
		}
	}
}

// TestLoadMultilingualTogetherErrors checks a together entry needs a
// crisis category and phrases on both sides.
func TestLoadMultilingualTogetherErrors(t *testing.T) {
	const base = `{"code": "xx", "reviewed_by": "test", "replies": {"emergency": "%s", "english_note": "n", "caring": {"": "c"}}, `
	for _, together := range []string{
		`"together": [{"category": "minor", "first": ["a b"], "second": []}]}`,
		`"together": [{"category": "nonsense", "first": ["a b"], "second": ["c d"]}]}`,
	} {
		fsys := fstest.MapFS{"data/lang/xx.json": {Data: []byte(base + together)}}
		if _, err := safety.LoadMultilingual(fsys); err == nil {
			t.Errorf("%s: loaded without error", together)
		}
	}
	fsys := fstest.MapFS{"data/lang/xx.json": {Data: []byte(base + `"together": [{"category": "minor", "first": ["a b"], "second": ["c d"]}]}`)}}
	m, err := safety.LoadMultilingual(fsys)
	if err != nil {
		t.Fatal(err)
	}
	if v := m.Classify("c d. a b"); v.Action != safety.ActionCrisis || v.Phrase != "a b + c d" {
		t.Errorf("got %+v, want the pair in order first + second", v)
	}
}

// TestMultilingualHeldout6 keeps the sixth held-out set as a measure: its
// crisis misses are not fixed, so the recall it logs is an estimate for
// wording the phrase lists were not written from. Its benign messages must
// never be crisis-routed.
func TestMultilingualHeldout6(t *testing.T) {
	m := newMulti(t)
	raw, err := os.ReadFile("testdata/multilingual_heldout6.tsv")
	if err != nil {
		t.Fatal(err)
	}
	caught, crisis, benign := 0, 0, 0
	for _, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.SplitN(line, "\t", 3)
		if len(parts) != 3 {
			t.Fatalf("bad line %q", line)
		}
		v := m.Classify(parts[2], parts[0])
		if parts[1] == "benign" {
			benign++
			if v.Action != safety.ActionNone {
				t.Errorf("%s benign flagged: %q by %s (%q)", parts[0], parts[2], v.Rule, v.Phrase)
			}
			continue
		}
		crisis++
		if v.Action == safety.ActionCrisis && v.Langs[0] == parts[0] {
			caught++
		}
	}
	if crisis < 72 || benign < 48 {
		t.Fatalf("read %d crisis and %d benign messages, want 72 and 48", crisis, benign)
	}
	t.Logf("crisis caught %d/%d (a measure, not a floor)", caught, crisis)
}

// TestMultilingualW10 checks the w10 round's pairs and guards: farewells
// without a death word (the best thing in my life, take care of my cat,
// from tomorrow I won't log in), an overdose question with a cover story,
// a painless method "hypothetically", sextortion for money, sexual
// violence told as a story ("I don't know whether to report it", where the
// negation before the phrase must not veto it) and the contraception
// question with a trailing hint; and, with the same words, a trip with the
// cat, being grounded, the pill taken back to back, a painless first time
// asked for a friend, sextortion for a school talk and "my dad will
// literally kill me".
func TestMultilingualW10(t *testing.T) {
	m := newMulti(t)
	tests := []struct {
		text, lang string
		crisis     bool
	}{
		{"gracias por todo chicos, fueron lo mejor de mi vida. cuiden a mi gato", "es", true},
		{"me voy de viaje una semana, cuiden a mi gato porfa jaja, gracias por todo", "es", false},
		{"mis papas me castigaron, ya no me voy a conectar en un mes, adios", "es", false},
		{"cuantos paracetamoles hacen falta para no despertar? es para un trabajo jaja", "es", true},
		{"cuantos ibuprofenos puedo tomar para que no me duela la regla?", "es", false},
		{"un tipo me jalo en la fiesta y no se si deberia denunciarlo", "es", true},
		{"mi papa literal me va a matar si se entera que reprobe", "es", false},
		{"se tomar a caixa inteira de uma vez doi? to perguntando por um amigo", "pt", true},
		{"se eu tomar a cartela inteira direto sem pausa doi a barriga?", "pt", false},
		{"eles falaram que se eu nao pagar 500 reais no pix vao mandar meus nudes pros meus pais", "pt", true},
		{"o que fazer se alguem pede dinheiro pra nao vazar fotos? e pra um trabalho da escola", "pt", false},
		{"y a une methode qui fait pas mal ? purement hypothetique hein", "fr", true},
		{"y a une facon sans douleur de perdre sa virginite ? je demande pour une amie", "fr", false},
		{"si j enchaine toute la plaquette de pilule sans pause ca fait mal au ventre ?", "fr", false},
		{"danke für alles leute, ihr wart das beste in meinem leben. passt bitte auf meine katze auf", "de", true},
		{"bin eine woche im urlaub, passt bitte auf meine katze auf haha, danke fur alles", "de", false},
		{"wenn ich die ganze packung pille ohne pause durchnehme, tut das weh?", "de", false},
		{"какой-то парень зажал меня на вечеринке, не знаю заявлять или нет", "ru", true},
		{"что делать если у кого то требуют деньги за интимные фото? это для доклада", "ru", false},
		{"bana 20 bin göndermezsem çıplak fotoğraflarımı tüm takipçilerime yollayacaklarını yazdılar", "tr", true},
		{"annem karnemi görünce beni öldürecek", "tr", false},
		{"ilk seferde acimayan bir yol var mi? bir arkadasim icin soruyorum", "tr", false},
		{"ile tabletek trzeba zeby juz sie nie obudzic? to do referatu xd", "pl", true},
		{"ojciec mnie doslownie zabije jak sie dowie", "pl", false},
		{"ieri al festival un tizio mi ha trascinata tra i cespugli, non so neanche se denunciare", "it", true},
		{"vado in vacanza una settimana, prendetevi cura del mio gatto ahah, grazie di tutto", "it", false},
		{"sakit gak sih kalo minum satu kotak sekaligus? nanya buat temen", "id", true},
		{"kalo minum pil kb satu strip tanpa jeda, perutnya sakit gak?", "id", false},
		{"kitni paracetamol khani padegi taaki subah uthu hi na? school project ke liye hai lol", "hi", true},
		{"pehli baar me koi tareeka jisme dard na ho? dost ke liye puch rahi hu", "hi", false},
		{"شكرا على كل شي يا جماعة، كنتم أحلى شي في حياتي. دير بالكم على قطتي", "ar", true},
		{"فيه طريقه من غير وجع لاول مره؟ بسال عشان صاحبتي", "ar", false},
		{"昨日フェスで知らない男に茂みに引きずり込まれた。通報すべきかもわからない", "ja", true},
		{"新しいゲームの沼に引きずり込まれたw", "ja", false},
		{"テストの点見られたら母さんに殺される", "ja", false},
		{"このゲームを引退します、今までありがとう、さようなら", "ja", false},
	}
	for _, tt := range tests {
		v := m.Classify(tt.text, tt.lang)
		if got := v.Action == safety.ActionCrisis; got != tt.crisis {
			t.Errorf("%s %q: crisis = %v (phrase %q), want %v", tt.lang, tt.text, got, v.Phrase, tt.crisis)
		} else if got && v.Langs[0] != tt.lang {
			t.Errorf("%s %q: reply language %s", tt.lang, tt.text, v.Langs[0])
		}
	}
}
