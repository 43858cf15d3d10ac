package knowledge_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/candorbot/candor/knowledge"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"What's SEX therapy?", "what is sex therapy?"},
		{"I can’t get hard", "i can not get hard"},
		{"dont wont isnt", "do not will not is not"},
		{"my partner's libido", "my partner libido"},
		{"Thérapie CAFÉ", "therapie cafe"},
		{"<@123456789012345678> hi", "  hi"},
		{"**bold** and _it_", "  bold   and  it "},
		{"see https://example.org/x now", "see   now"},
		{"ｆｕｌｌｗｉｄｔｈ", "fullwidth"},
		{"what does U=U mean", "what does u=u mean"},
		{"u = u, is u ok", "you = you, is you ok"},
		{"ur pic=", "your pic="},
	}
	for _, tt := range tests {
		if got := knowledge.Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"", "What's up", "<@12345>", "\xff\xfe", "can't won't", strings.Repeat("é", 3000), "https://x", "👍🏽"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := knowledge.Normalize(s)
		if !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 out of %q", s)
		}
		if out != strings.ToLower(out) && strings.ToLower(out) != out {
			t.Fatalf("not lower case: %q", out)
		}
		if len(out) > 4*len(s)+16 {
			t.Fatalf("output grew from %d to %d bytes", len(s), len(out))
		}
	})
}
