package encoder_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// FuzzTokenize checks, for any text, that tokenizing does not panic, is
// deterministic, yields ids inside the vocabulary, and, when no piece is
// unknown, that the pieces spell the normalised text back exactly.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"", " ", "what is sex therapy?", "tab\tand\nnewline", "性治疗是什么？",
		"I ❤️ my partner 😔", "ｆｕｌｌ ｗｉｄｔｈ", "\xff\xfe broken utf8", "a  b   c", "ﬁ ① ½"} {
		f.Add(s)
	}
	m := loadModel(f)
	f.Fuzz(func(t *testing.T, text string) {
		ids := m.Tokenize(text)
		if again := m.Tokenize(text); strings.Join(pieces(m, again), "|") != strings.Join(pieces(m, ids), "|") {
			t.Fatalf("Tokenize(%q) not deterministic", text)
		}
		unknown := false
		for i, id := range ids {
			if id < 0 || id >= m.VocabSize() {
				t.Fatalf("Tokenize(%q)[%d] = %d, outside the vocabulary", text, i, id)
			}
			if id == 0 {
				if i > 0 && ids[i-1] == 0 {
					t.Fatalf("Tokenize(%q): consecutive unknown ids at %d", text, i)
				}
				unknown = true
			}
		}
		s := norm.NFKC.String(text)
		if s == "" {
			if len(ids) != 0 {
				t.Fatalf("Tokenize(%q) = %v, want none", text, ids)
			}
			return
		}
		if !unknown && utf8.ValidString(text) {
			want := "▁" + strings.ReplaceAll(s, " ", "▁")
			if got := strings.Join(pieces(m, ids), ""); got != want {
				t.Fatalf("Tokenize(%q) pieces spell %q, want %q", text, got, want)
			}
		}
	})
}

func pieces(m interface{ Piece(int) string }, ids []int) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = m.Piece(id)
	}
	return out
}
