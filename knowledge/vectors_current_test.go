package knowledge_test

import (
	"testing"

	"github.com/candorbot/candor/knowledge"
)

// TestEmbeddedVectorsAreCurrent fails when knowledge/vectors.bin no longer
// matches the embedded entries or the built-in encoder: rebuild it with
// `go run ./tools/kbvectors`.
func TestEmbeddedVectorsAreCurrent(t *testing.T) {
	m := realEncoder(t)
	pre, err := knowledge.EmbeddedVectors()
	if err != nil {
		t.Fatal(err)
	}
	if pre == nil {
		t.Fatal("knowledge/vectors.bin is empty: run go run ./tools/kbvectors")
	}
	if pre.Model() != m.Fingerprint() {
		t.Fatalf("vectors.bin was made by model %s, the encoder is %s: run go run ./tools/kbvectors", pre.Model(), m.Fingerprint())
	}
	kb := embedded(t)
	var texts []string
	for _, e := range kb.Entries() {
		for _, s := range knowledge.SemanticTexts(e) {
			if _, ok := pre.Lookup(s); !ok {
				t.Errorf("%s: no vector for %q: run go run ./tools/kbvectors", e.ID, s)
			}
			texts = append(texts, s)
		}
	}
	exs, err := knowledge.EmbeddedExamples()
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range exs {
		if _, ok := pre.Lookup(ex.Text); !ok {
			t.Errorf("example %s: no vector for %q: run go run ./tools/kbvectors", ex.From, ex.Text)
		}
		texts = append(texts, ex.Text)
	}
	if pre.Len() != len(texts) {
		t.Errorf("vectors.bin holds %d vectors, the entries and examples have %d texts: run go run ./tools/kbvectors", pre.Len(), len(texts))
	}
	// Spot-check that stored vectors are the encoder's (quantised).
	for i := 0; i < len(texts); i += 37 {
		v, _ := pre.Lookup(texts[i])
		if c := cosine(v, m.Embed(texts[i])); c < 0.999 {
			t.Errorf("%q: stored vector has cosine %.4f with the encoder's", texts[i], c)
		}
	}
}
