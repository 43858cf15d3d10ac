package knowledge_test

import (
	"bytes"
	"testing"

	"github.com/candorbot/candor/knowledge"
)

// FuzzReadVectors feeds the vectors-file parser arbitrary bytes: it must
// return an error or a usable set, never panic or allocate without bound.
func FuzzReadVectors(f *testing.F) {
	v := knowledge.NewVectors("m", 4)
	v.Add("a", []float32{1, 0, 0, 0})
	v.Add("b", []float32{0.5, 0.5, 0.5, 0.5})
	var buf bytes.Buffer
	if _, err := v.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add(buf.Bytes()[:20])
	f.Add([]byte("CANDORVEC1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := knowledge.ReadVectors(bytes.NewReader(data))
		if err != nil {
			return
		}
		if vec, ok := got.Lookup("a"); ok && len(vec) != got.Dim() {
			t.Fatalf("vector of %d dimensions in a set of %d", len(vec), got.Dim())
		}
	})
}

// FuzzReadingGrade checks the readability measure on arbitrary Markdown:
// no panic, and a finite grade.
func FuzzReadingGrade(f *testing.F) {
	f.Add("Sex therapy is talk therapy. You talk; nobody touches you.")
	f.Add("# Title\n\n- a list\n- [link](https://example.org)\n\n**bold** `code`")
	f.Add("")
	f.Fuzz(func(t *testing.T, md string) {
		g := knowledge.ReadingGrade(md)
		if g != g || g > 1e6 || g < -1e6 {
			t.Fatalf("grade %v for %q", g, md)
		}
	})
}
