package knowledge_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/candorbot/candor/knowledge"
)

func TestParseExamples(t *testing.T) {
	got, err := knowledge.ParseExamples(strings.NewReader(`{"text": "is it normal to go soft with a condom on", "entry": ["condoms"], "from": "blind9:3"}

{"text": "whats a dental dam", "entry": ["dental-dams", "safer-oral-sex"]}
`))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].From != "blind9:3" || len(got[1].Entries) != 2 || got[1].Text != "whats a dental dam" {
		t.Errorf("parsed %+v", got)
	}
	for _, tt := range []struct{ in, want string }{
		{"{\"text\": \"a\", \"entry\": [\"x\"]}\nnot json\n", "line 2"},
		{`{"text": "  ", "entry": ["x"]}`, "line 1: no text"},
		{`{"text": "a question", "entry": []}`, "line 1: no entry"},
		{`{"text": "a question", "entry": "x"}`, "line 1"},
	} {
		if _, err := knowledge.ParseExamples(strings.NewReader(tt.in)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want one naming %q", tt.in, err, tt.want)
		}
	}
}

// TestEmbeddedExamplesAreReadLines checks the shipped examples: each names
// entries of the embedded base, repeats no curated text and no other
// example, and comes from a line that has been read: any line of the
// first three sets, only half A (odd lines) of blind4 on. An example from
// a half B would make that half's scores meaningless as a measure of
// messages the search has not seen.
func TestEmbeddedExamplesAreReadLines(t *testing.T) {
	exs, err := knowledge.EmbeddedExamples()
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) < 1000 {
		t.Fatalf("only %d embedded examples", len(exs))
	}
	kb := embedded(t)
	curated := map[string]string{}
	for _, e := range kb.Entries() {
		for _, s := range knowledge.SemanticTexts(e) {
			curated[strings.ToLower(strings.TrimSpace(s))] = e.ID
		}
	}
	seen := map[string]string{}
	from := regexp.MustCompile(`^blind(\d+)(/\w+)?:(\d+)$`)
	for _, ex := range exs {
		for _, id := range ex.Entries {
			if _, ok := kb.Entry(id); !ok {
				t.Errorf("example %s names %q, no entry of the base", ex.From, id)
			}
		}
		key := strings.ToLower(strings.TrimSpace(ex.Text))
		if id, ok := curated[key]; ok {
			t.Errorf("example %s repeats a text of %s: %q", ex.From, id, ex.Text)
		}
		if prev, ok := seen[key]; ok {
			t.Errorf("example %s repeats example %s", ex.From, prev)
		}
		seen[key] = ex.From
		m := from.FindStringSubmatch(ex.From)
		if m == nil {
			t.Errorf("example %q: from %q, want blindN:line", ex.Text, ex.From)
			continue
		}
		set, _ := strconv.Atoi(m[1])
		line, _ := strconv.Atoi(m[3])
		if set >= 4 && line%2 == 0 {
			t.Errorf("example from %s: half B of a set is never read", ex.From)
		}
	}
}

// petBase is a base of two entries, on aardvarks and on badgers.
func petBase(t *testing.T) *knowledge.Base {
	t.Helper()
	kb, err := knowledge.Load(fstest.MapFS{
		"aardvark-care.md": entryFile(entryOpts{id: "aardvark-care", questions: variants("aardvarks", 8)}),
		"badger-care.md":   entryFile(entryOpts{id: "badger-care", questions: variants("badgers", 8)}),
	})
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// A word only people's messages use (here "zorbing", which no curated
// text of either entry holds) finds the entry those messages were
// labelled with once the examples are added, and examples naming no
// entry of the base leave it as it was.
func TestExamplesTeachTheWordsPeopleUse(t *testing.T) {
	kb := petBase(t)
	q := "is zorbing with my pet ok"
	if r := kb.Search(q, knowledge.SearchOptions{}); len(r.Hits) > 0 && r.Hits[0].Entry.ID == "badger-care" && r.Confidence > 0.5 {
		t.Fatalf("before examples the base already knows %q: %+v", q, r.Hits[0])
	}
	same, n := kb.WithExamples([]knowledge.Example{{Text: "my pet loves zorbing", Entries: []string{"no-such-entry"}}})
	if n != 0 || same != kb {
		t.Errorf("examples naming no entry: %d used, base changed %v", n, same != kb)
	}
	with, n := kb.WithExamples([]knowledge.Example{
		{Text: "can badgers go zorbing", Entries: []string{"badger-care"}},
		{Text: "zorbing and my badger, fine or not", Entries: []string{"badger-care", "no-such-entry"}},
	})
	if n != 2 {
		t.Errorf("%d examples used, want 2", n)
	}
	r := with.Search(q, knowledge.SearchOptions{})
	if len(r.Hits) == 0 || r.Hits[0].Entry.ID != "badger-care" {
		t.Fatalf("%q with examples: %+v, want badger-care first", q, r.Hits)
	}
	// The examples are a field of their own: the entry's curated
	// question variants are unchanged.
	if e, _ := with.Entry("badger-care"); len(e.Questions) != 8 {
		t.Errorf("badger-care has %d questions after examples", len(e.Questions))
	}
}

// In meaning, an example raises its entry's best cosine: with a toy
// encoder of letter trigrams, a message that is nearly an example's words
// ranks the example's entry first.
func TestExamplesLiftTheirEntryInMeaning(t *testing.T) {
	kb := petBase(t)
	ex := knowledge.Example{Text: "my stripy night digger wont eat its worms", Entries: []string{"badger-care"}}
	with, _ := kb.WithExamples([]knowledge.Example{ex})
	// Words alone: the index knows the example's words, so compare the
	// fused ranking with a weight of meaning only.
	sem, vecs := with.WithEncoder(&trigramEmbedder{}, nil, knowledge.SemanticOptions{Weight: 1})
	if _, ok := vecs.Lookup(ex.Text); !ok {
		t.Error("the example got no vector")
	}
	r := sem.Search("my stripy night digger wont eat her worms", knowledge.SearchOptions{})
	if len(r.Hits) == 0 || r.Hits[0].Entry.ID != "badger-care" || r.Hits[0].Cosine < 0.8 {
		t.Fatalf("hits %+v, want badger-care first by the example's cosine", r.Hits)
	}
}

// The examples must not take an entry's own phrasings from it: with them,
// as the bot searches (words and meaning; the bot uses examples only with
// the encoder on), every title and question variant still finds its
// entry first.
func TestEveryVariantFindsItsEntryWithExamples(t *testing.T) {
	exs, err := knowledge.EmbeddedExamples()
	if err != nil {
		t.Fatal(err)
	}
	with, _ := embedded(t).WithExamples(exs)
	pre, err := knowledge.EmbeddedVectors()
	if err != nil {
		t.Fatal(err)
	}
	sem, _ := with.WithEncoder(realEncoder(t), pre, knowledge.SemanticOptions{})
	for _, e := range sem.Entries() {
		for _, q := range append([]string{e.Title}, e.Questions...) {
			if got, _ := top(t, sem, q); got != e.ID {
				t.Errorf("%q (a variant of %s) finds %s first", q, e.ID, got)
			}
		}
	}
}

// FuzzParseExamples: any input either fails with an error or gives
// examples that each have text and at least one entry; it never panics.
func FuzzParseExamples(f *testing.F) {
	f.Add(`{"text": "whats a dental dam", "entry": ["dental-dams"], "from": "blind9:3"}`)
	f.Add("{\"text\": \"a\", \"entry\": [\"x\"]}\n\n{\"text\": \"b\", \"entry\": [\"y\", \"z\"]}\n")
	f.Add(`{"text": "", "entry": ["x"]}`)
	f.Add(`{"text": "a", "entry": "x"}`)
	f.Add("not json")
	f.Fuzz(func(t *testing.T, in string) {
		exs, err := knowledge.ParseExamples(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, ex := range exs {
			if strings.TrimSpace(ex.Text) == "" || len(ex.Entries) == 0 {
				t.Errorf("parsed %+v from %q", ex, in)
			}
		}
	})
}
