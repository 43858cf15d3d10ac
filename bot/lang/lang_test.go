package lang_test

import (
	"bufio"
	"encoding/json"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot/lang"
)

type labelled struct{ code, text string }

func readMessages(tb testing.TB) []labelled {
	tb.Helper()
	f, err := os.Open("testdata/messages.tsv")
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []labelled
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		code, text, ok := strings.Cut(line, "\t")
		if !ok {
			tb.Fatalf("bad line %q", line)
		}
		out = append(out, labelled{code, text})
	}
	return out
}

func newDetector(tb testing.TB) *lang.Detector {
	tb.Helper()
	d, err := lang.New()
	if err != nil {
		tb.Fatal(err)
	}
	return d
}

// TestAccuracy measures identification on short chat messages, without a
// locale and with the matching Discord locale as a hint. The floors are
// the measured figures when this was written, so a change that makes
// identification worse fails.
func TestAccuracy(t *testing.T) {
	d := newDetector(t)
	msgs := readMessages(t)
	for _, tc := range []struct {
		name     string
		locale   func(code string) string
		minTotal float64
	}{
		{"no locale", func(string) string { return "" }, 0.9},
		{"matching locale", func(code string) string { return code }, 0.95},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ok, n := map[string]int{}, map[string]int{}
			total := 0
			for _, m := range msgs {
				got := d.Detect(m.text, tc.locale(m.code))
				n[m.code]++
				if got.Code == m.code {
					ok[m.code]++
					total++
				} else {
					t.Logf("%s -> %s (%s): %q", m.code, got.Code, got.Reason, m.text)
				}
			}
			var codes []string
			for c := range n {
				codes = append(codes, c)
			}
			sort.Strings(codes)
			var sb strings.Builder
			for _, c := range codes {
				sb.WriteString(c + " " + strconv.Itoa(ok[c]) + "/" + strconv.Itoa(n[c]) + "  ")
			}
			acc := float64(total) / float64(len(msgs))
			t.Logf("%s: %d/%d = %.3f; %s", tc.name, total, len(msgs), acc, sb.String())
			if ok[lang.English] != n[lang.English] {
				t.Errorf("an English message was called another language")
			}
			if acc < tc.minTotal {
				t.Errorf("accuracy %.3f below %.2f", acc, tc.minTotal)
			}
		})
	}
}

// TestEnglishEval checks no English message of the evaluation sets is
// called another language: that would add a note to an English answer.
func TestEnglishEval(t *testing.T) {
	d := newDetector(t)
	n := 0
	for _, path := range []string{"../../testdata/eval/dev.jsonl", "../../testdata/eval/heldout.jsonl", "../safety/testdata/triage_cases.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			var c struct{ Text string }
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatal(err)
			}
			n++
			if got := d.Detect(c.Text, ""); got.Code != lang.English {
				t.Errorf("%q -> %s (%s)", c.Text, got.Code, got.Reason)
			}
		}
		f.Close()
	}
	if n < 400 {
		t.Fatalf("read only %d messages", n)
	}
}

func TestLocaleHint(t *testing.T) {
	d := newDetector(t)
	tests := []struct{ text, locale, want, reason string }{
		{"xyz", "", "en", lang.ReasonDefault},
		{"xyz", "pt-BR", "pt", lang.ReasonLocale},
		{"ok", "pt-BR", "en", lang.ReasonWords},
		{"hola", "", "es", lang.ReasonWords},
		{"hey", "", "en", lang.ReasonWords},
		{"çok güzel", "", "tr", lang.ReasonWords},
		{"gulmekten oldum", "tr", "tr", lang.ReasonLocale},
		{"pendidikan seksual komprehensif sangat penting", "", "id", lang.ReasonTrigrams},
		{"死にたい", "en-US", "ja", lang.ReasonScript},
		{"what is sex therapy", "es-ES", "en", lang.ReasonWords},
		// "as" is a Portuguese article too; English must hold its own.
		{"internal condoms as good as regular ones?", "", "en", lang.ReasonWords},
	}
	for _, tt := range tests {
		if got := d.Detect(tt.text, tt.locale); got.Code != tt.want || got.Reason != tt.reason {
			t.Errorf("Detect(%q, %q) = %+v, want %s (%s)", tt.text, tt.locale, got, tt.want, tt.reason)
		}
	}
}

func BenchmarkDetectEnglish(b *testing.B) {
	d := newDetector(b)
	msgs := []string{"What is sex therapy?", "is it normal to want sex less than my partner?", "how do condoms work", "lol ok"}
	i := 0
	for b.Loop() {
		d.Detect(msgs[i%len(msgs)], "")
		i++
	}
}

// FuzzDetect checks language identification on arbitrary text and locale:
// no panic, and always some language code.
func FuzzDetect(f *testing.F) {
	f.Add("quiero morir", "es-ES")
	f.Add("what is sex therapy", "")
	f.Add("मैं मरना चाहता हूँ", "hi")
	f.Add("\xff\xfe", "pt_BR")
	d, err := lang.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, locale string) {
		if got := d.Detect(text, locale); got.Code == "" {
			t.Fatalf("no language for %q (%q)", text, locale)
		}
	})
}

// TestMixedCodeSwitching: an English-led message that also writes in
// another covered language names it (Result.Mixed); English with a word
// or two of another language does not.
func TestMixedCodeSwitching(t *testing.T) {
	d, err := lang.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ text, code, mixed string }{
		{"aku udah nulis surat buat ortu sama adek, just in case. kayaknya this is the last week aku bakal ngerepotin semua orang", "id", ""},
		{"bro i literally cant do this anymore, aku udah capek banget, everyone would be better off without me", "en", "id"},
		{"honestly i can't anymore, ya no puedo más con todo esto, i just want it to be over", "en", "es"},
		{"gracias for the help earlier, how do i put on a condom properly", "en", ""},
		{"my abuela says sex before marriage is a sin, is masturbation bad too", "en", ""},
		{"what is the best lube for anal sex", "en", ""},
		// "i", "do" and "to" are Polish words too
		{"How do I talk to my 7 year old about private parts and body safety without scaring her?", "en", ""},
		{"what do i say to make my gf feel guilty enough to do the stuff she said no to", "en", ""},
		{"I want to film my hookup without her knowing. where's the best place to hide the camera", "en", ""},
	} {
		r := d.Detect(tc.text, "")
		if r.Code != tc.code || r.Mixed != tc.mixed {
			t.Errorf("%q: code %q mixed %q, want %q and %q", tc.text, r.Code, r.Mixed, tc.code, tc.mixed)
		}
	}
}
