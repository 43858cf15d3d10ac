package bot

import (
	"testing"

	"github.com/candorbot/candor/knowledge"
)

// A remote semantic ranking reorders the lexical candidates, and adds an
// entry the words did not find only after them: the lexical search owns
// coverage, so a weak embedder cannot put an unrelated entry first.
func TestFuseAddsSemanticOnlyEntriesAfterLexicalOnes(t *testing.T) {
	kb, err := knowledge.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	get := func(id string) *knowledge.Entry {
		e, ok := kb.Entry(id)
		if !ok {
			t.Fatalf("no entry %s", id)
		}
		return e
	}
	lex := knowledge.Result{Hits: []knowledge.Hit{{Entry: get("what-is-sex-therapy")}, {Entry: get("sensate-focus")}, {Entry: get("finding-a-sex-therapist")}}}
	// The semantic ranking puts an entry the words missed first, prefers
	// the second lexical candidate to the first, and misses the third.
	got := fuse(kb, lex, []string{"penis-size", "sensate-focus", "consent", "anxiety-and-sex", "what-is-sex-therapy"}, knowledge.SearchOptions{})
	var ids []string
	for _, h := range got.Hits {
		ids = append(ids, h.Entry.ID)
	}
	want := []string{"sensate-focus", "what-is-sex-therapy", "finding-a-sex-therapist", "penis-size", "consent"}
	if len(ids) != len(want) {
		t.Fatalf("fused %v, want %v", ids, want)
	}
	for i := range want {
		if ids[i] != want[i] {
			t.Fatalf("fused %v, want %v", ids, want)
		}
	}
	// With no lexical candidates the semantic order stands.
	got = fuse(kb, knowledge.Result{}, []string{"penis-size", "sensate-focus"}, knowledge.SearchOptions{})
	if len(got.Hits) != 2 || got.Hits[0].Entry.ID != "penis-size" {
		t.Fatalf("fused with no lexical hits: %v", got.Hits)
	}
}
