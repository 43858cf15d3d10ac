package knowledge

import (
	"testing"
	"unicode"
)

func TestRecaser(t *testing.T) {
	r := newRecaser([]string{
		"PEP is taken after a possible exposure to HIV. PEP works best early.",
		"HIV is a virus. Ask us about HIV. Let US know. Tell us more.",
		"PrEP is taken before. PrEP is a pill. A pep talk is not PEP. PEP again.",
		"Your GP can help. See a GP.",
		"BC is British Columbia. BC again.",
	})
	for _, c := range []struct{ in, want string }{
		{"what is pep", "what is PEP"},
		{"pep or prep?", "PEP or PrEP?"},
		{"Prep vs Pep", "PrEP vs PEP"},
		{"is hiv curable", "is HIV curable"},
		{"ask my gp", "ask my GP"},
		// Function words and chat shorthand stay as typed, even where the
		// base writes the acronym more often.
		{"can you tell us", "can you tell us"},
		{"i asked bc i was scared", "i asked bc i was scared"},
		// An inner capital the user typed is theirs.
		{"what about HiV", "what about HiV"},
		// Shouting is lowered, then acronyms restored.
		{"WHAT IS PEP EXACTLY", "what is PEP exactly"},
		{"no change here", "no change here"},
		{"", ""},
		{"pép", "pép"},
	} {
		if got := r.apply(c.in); got != c.want {
			t.Errorf("apply(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	// "pep" is written in lower case once and as PEP four times: restored.
	// A word the base writes once with capitals is not enough evidence.
	if _, ok := newRecaser([]string{"one CSBD mention"})["csbd"]; ok {
		t.Error("a single capitalised occurrence made a recase rule")
	}
	if _, ok := newRecaser([]string{"Mixed us US us us us"})["us"]; ok {
		t.Error("a stop word got a recase rule")
	}
	if _, ok := newRecaser([]string{"Mostly lower: abc abc abc ABC ABC"})["abc"]; ok {
		t.Error("a word written mostly in lower case got a recase rule")
	}
}

func FuzzRecase(f *testing.F) {
	r := newRecaser([]string{"PEP PEP HIV HIV PrEP PrEP"})
	for _, s := range []string{"what is pep", "WHAT IS HIV", "prep", "", "é PEP", "a\u0301pep"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := r.apply(s)
		if !shouting(s) && len(got) != len(s) {
			// Recasing ASCII acronyms keeps the byte length; only
			// lowering a shouted message may change it.
			t.Fatalf("apply(%q) = %q changed the length", s, got)
		}
	})
}

func TestPlainQuotes(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"what does 'ace' mean?", "what does ace mean?"},
		{`is "blue balls" a real thing`, "is blue balls a real thing"},
		{"what does \u2018ace\u2019 mean", "what does ace mean"},
		{"what is \u201cedging\u201d", "what is edging"},
		// Apostrophes inside words stay, curly ones as straight ones.
		{"my kid's bio says i don't", "my kid's bio says i don't"},
		{"my kid\u2019s bio", "my kid's bio"},
		{"girls' night", "girls night"},
		{"no quotes here", "no quotes here"},
		{"'", ""},
		{"don`t say 'x'", "don't say x"},
	} {
		if got := plainQuotes(c.in); got != c.want {
			t.Errorf("plainQuotes(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzPlainQuotes checks that dropping quotes is idempotent and leaves
// no double quote and no apostrophe outside a word.
func FuzzPlainQuotes(f *testing.F) {
	for _, s := range []string{"what does 'ace' mean?", "my kid\u2019s \u201cbio\u201d", "a''b", "'", "don`t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := plainQuotes(s)
		if again := plainQuotes(out); again != out {
			t.Fatalf("plainQuotes(%q) = %q, then %q", s, out, again)
		}
		rs := []rune(out)
		for i, r := range rs {
			if r == '"' || r == '\u201c' || r == '\u201d' {
				t.Fatalf("plainQuotes(%q) = %q keeps a double quote", s, out)
			}
			if (r == '\'' || isApostrophe(r)) && (i == 0 || i == len(rs)-1 || !unicode.IsLetter(rs[i-1]) && !unicode.IsDigit(rs[i-1]) || !unicode.IsLetter(rs[i+1]) && !unicode.IsDigit(rs[i+1])) {
				t.Fatalf("plainQuotes(%q) = %q keeps a quote outside a word", s, out)
			}
		}
	})
}
