package knowledge_test

import (
	"bytes"
	"context"
	"hash/fnv"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
	"unicode"

	"github.com/candorbot/candor/knowledge"
)

// trigramEmbedder is a deterministic stand-in for the sentence encoder:
// hashed character trigrams, L2-normalised. It tests the plumbing (vectors,
// caching, fusion, concurrency), not the quality of meaning.
type trigramEmbedder struct {
	calls   atomic.Int64
	running atomic.Int64
	peak    atomic.Int64
	delay   time.Duration
	model   string
}

func (f *trigramEmbedder) Dim() int { return 64 }

func (f *trigramEmbedder) Fingerprint() string {
	if f.model != "" {
		return f.model
	}
	return "trigram-64"
}

func (f *trigramEmbedder) Embed(text string) []float32 {
	f.calls.Add(1)
	n := f.running.Add(1)
	defer f.running.Add(-1)
	for {
		p := f.peak.Load()
		if n <= p || f.peak.CompareAndSwap(p, n) {
			break
		}
	}
	if f.delay > 0 {
		time.Sleep(f.delay)
	}
	v := make([]float32, 64)
	s := " " + strings.ToLower(text) + " "
	for i := 0; i+3 <= len(s); i++ {
		h := fnv.New32a()
		h.Write([]byte(s[i : i+3]))
		v[h.Sum32()%64]++
	}
	var norm float64
	for _, x := range v {
		norm += float64(x * x)
	}
	if norm > 0 {
		for i := range v {
			v[i] /= float32(math.Sqrt(norm))
		}
	}
	return v
}

func cosine(a, b []float32) float64 {
	var s float64
	for i := range a {
		s += float64(a[i]) * float64(b[i])
	}
	return s
}

func TestVectorsRoundTrip(t *testing.T) {
	emb := &trigramEmbedder{}
	v := knowledge.NewVectors(emb.Fingerprint(), emb.Dim())
	texts := []string{"what is sex therapy", "mismatched libidos", "", "ünïcode ☺"}
	for _, s := range texts {
		v.Add(s, emb.Embed(s))
	}
	var buf bytes.Buffer
	if _, err := v.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	got, err := knowledge.ReadVectors(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if got.Model() != v.Model() || got.Dim() != v.Dim() || got.Len() != len(texts) {
		t.Fatalf("read back model %q dim %d len %d; want %q %d %d", got.Model(), got.Dim(), got.Len(), v.Model(), v.Dim(), len(texts))
	}
	for _, s := range texts {
		want, _ := v.Lookup(s)
		have, ok := got.Lookup(s)
		if !ok {
			t.Fatalf("%q lost in the round trip", s)
		}
		if c := cosine(want, have); s != "" && c < 0.999 {
			t.Errorf("%q: cosine %.5f after quantisation, want >= 0.999", s, c)
		}
	}
	if _, ok := got.Lookup("never added"); ok {
		t.Error("lookup of an unknown text succeeded")
	}

	t.Run("rejects other files", func(t *testing.T) {
		if _, err := knowledge.ReadVectors(strings.NewReader("not vectors")); err == nil {
			t.Error("no error for a file of another format")
		}
		if _, err := knowledge.ReadVectors(bytes.NewReader(buf.Bytes()[:buf.Len()-7])); err == nil {
			t.Error("no error for a truncated file")
		}
	})
}

func TestWithEncoderReusesVectorsOfTheSameModel(t *testing.T) {
	kb := embedded(t)
	first := &trigramEmbedder{}
	_, vecs := kb.WithEncoder(first, nil, knowledge.SemanticOptions{})
	texts := 0
	for _, e := range kb.Entries() {
		texts += len(knowledge.SemanticTexts(e))
	}
	if int(first.calls.Load()) != texts {
		t.Fatalf("embedded %d texts, want %d", first.calls.Load(), texts)
	}

	again := &trigramEmbedder{}
	kb2, _ := kb.WithEncoder(again, vecs, knowledge.SemanticOptions{})
	if n := again.calls.Load(); n != 0 {
		t.Errorf("with precomputed vectors the encoder ran %d times, want 0", n)
	}
	// A stored text is looked up, not embedded, when asked verbatim.
	q := kb.Entries()[0].Questions[0]
	if r := kb2.Search(q, knowledge.SearchOptions{}); !r.Semantic || r.Hits[0].Entry.ID != kb.Entries()[0].ID {
		t.Errorf("verbatim variant: semantic=%v top=%v", r.Semantic, r.Top())
	}
	if n := again.calls.Load(); n != 0 {
		t.Errorf("a verbatim variant ran the encoder %d times", n)
	}

	other := &trigramEmbedder{model: "another-model"}
	kb.WithEncoder(other, vecs, knowledge.SemanticOptions{})
	if int(other.calls.Load()) != texts {
		t.Errorf("vectors of another model were reused: %d calls, want %d", other.calls.Load(), texts)
	}
}

func TestFusedSearch(t *testing.T) {
	kb, _ := embedded(t).WithEncoder(&trigramEmbedder{}, nil, knowledge.SemanticOptions{})
	r := kb.Search("my partner wants sex way more often than i do", knowledge.SearchOptions{Limit: 5})
	if !r.Semantic {
		t.Fatal("search with an encoder did not fuse meaning in")
	}
	if r.TopCosine <= 0 || r.TopCosine > 1.0001 {
		t.Errorf("TopCosine %.3f out of (0, 1]", r.TopCosine)
	}
	if len(r.Hits) != 5 {
		t.Fatalf("%d hits, want 5", len(r.Hits))
	}
	for i := 1; i < len(r.Hits); i++ {
		if r.Hits[i].Score > r.Hits[i-1].Score {
			t.Errorf("hits not sorted by fused score at %d", i)
		}
	}
	for _, h := range r.Hits {
		want := knowledge.DefaultSemanticWeight*math.Max(h.Cosine, 0) + (1-knowledge.DefaultSemanticWeight)*h.Lexical
		if math.Abs(h.Score-want) > 1e-9 {
			t.Errorf("%s: score %.4f, want %.4f from cosine %.3f and lexical %.3f", h.Entry.ID, h.Score, want, h.Cosine, h.Lexical)
		}
	}
	if r.Confidence < 0 || r.Confidence > 1 {
		t.Errorf("confidence %.3f out of [0, 1]", r.Confidence)
	}

	t.Run("kind filter", func(t *testing.T) {
		r := kb.Search("does sex therapy mean touching", knowledge.SearchOptions{Kind: knowledge.KindMyth})
		for _, h := range r.Hits {
			if !h.Entry.IsMyth() {
				t.Errorf("%s is not a myth", h.Entry.ID)
			}
		}
	})
}

func TestEncoderConcurrencyIsBounded(t *testing.T) {
	emb := &trigramEmbedder{delay: 2 * time.Millisecond}
	base := embedded(t)
	_, vecs := base.WithEncoder(&trigramEmbedder{}, nil, knowledge.SemanticOptions{})
	kb, _ := base.WithEncoder(emb, vecs, knowledge.SemanticOptions{MaxConcurrent: 2})
	var wg sync.WaitGroup
	for i := 0; i < 24; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			kb.Search("question number "+strings.Repeat("x", i), knowledge.SearchOptions{})
		}(i)
	}
	wg.Wait()
	if p := emb.peak.Load(); p > 2 {
		t.Errorf("%d encoder calls ran at once, want at most 2", p)
	}
	if emb.calls.Load() < 24 {
		t.Errorf("%d encoder calls for 24 new questions", emb.calls.Load())
	}
}

func TestSearchFallsBackToWordsWhenTheEncoderIsBusy(t *testing.T) {
	base := embedded(t)
	_, vecs := base.WithEncoder(&trigramEmbedder{}, nil, knowledge.SemanticOptions{})
	slow := &trigramEmbedder{delay: 300 * time.Millisecond}
	kb, _ := base.WithEncoder(slow, vecs, knowledge.SemanticOptions{MaxConcurrent: 1})
	busy := make(chan struct{})
	go func() {
		defer close(busy)
		kb.Search("something that keeps the only slot busy", knowledge.SearchOptions{})
	}()
	for slow.running.Load() == 0 {
		time.Sleep(time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	r := kb.SearchContext(ctx, "i come too fast in bed", knowledge.SearchOptions{})
	if r.Semantic {
		t.Error("got a fused ranking although the encoder was busy past the deadline")
	}
	if top := r.Top(); top == nil || top.Entry.ID != "premature-ejaculation" {
		t.Errorf("lexical fallback top = %v, want premature-ejaculation", top)
	}
	<-busy
}

// The agreement and sibling features describe the ranking they come with:
// the mean of the top entry's three closest texts is never above its
// closest one, and the related flag and score share follow Hits[0] and
// Hits[1].
func TestFusedFeaturesFollowTheRanking(t *testing.T) {
	b, _ := semanticEmbedded(t)
	siblings := 0
	for _, q := range []string{
		"does penis size matter",
		"is it normal to want sex less than my partner",
		"what happens in a sex therapy session",
		"can you get pregnant on your period",
	} {
		r := b.Search(q, knowledge.SearchOptions{Limit: 5})
		if len(r.Features) != knowledge.NumFeatures || len(r.Hits) < 2 {
			t.Fatalf("%q: %d features, %d hits", q, len(r.Features), len(r.Hits))
		}
		f, top, next := r.Features, r.Hits[0], r.Hits[1]
		if f[10] > top.Cosine+1e-6 {
			t.Errorf("%q: mean of three closest texts %.3f above the closest %.3f", q, f[10], top.Cosine)
		}
		related := slices.Contains(top.Entry.Related, next.Entry.ID) || slices.Contains(next.Entry.Related, top.Entry.ID)
		if related != (f[14] == 1) {
			t.Errorf("%q: related flag %v, want %v (%s, %s)", q, f[14], related, top.Entry.ID, next.Entry.ID)
		}
		want := 0.0
		if related {
			siblings++
			want = next.Score / top.Score
		}
		if math.Abs(f[15]-want) > 1e-9 {
			t.Errorf("%q: runner-up share %.3f, want %.3f", q, f[15], want)
		}
	}
	if siblings == 0 {
		t.Error("no message had a related runner-up, so the sibling features went untested")
	}
}

// People type acronyms in lower case. Every question variant that has a
// word with an inner capital (PEP, HIV, PrEP), asked entirely in lower
// case, must still find its entry first about as often as asked as
// written: the encoder is case-sensitive, and the base's own case is
// restored before a query is embedded.
func TestLowercaseAcronymsFindTheirEntry(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the encoder")
	}
	kb, _ := semanticEmbedded(t)
	var n, asWritten, answered, lower, lowerAnswered int
	for _, e := range kb.Entries() {
		for _, q := range e.Questions {
			if !hasInnerCapital(q) {
				continue
			}
			n++
			if r := kb.Search(q, knowledge.SearchOptions{}); r.Top() != nil && r.Top().Entry.ID == e.ID {
				asWritten++
				if r.Confidence >= 0.25 {
					answered++
				}
			}
			r := kb.Search(strings.ToLower(q), knowledge.SearchOptions{})
			if r.Top() != nil && r.Top().Entry.ID == e.ID {
				lower++
				if r.Confidence >= 0.25 {
					lowerAnswered++
				}
			}
		}
	}
	t.Logf("%d variants with an inner capital: top-1 as written %d (%d above the answer bar), in lower case %d (%d)", n, asWritten, answered, lower, lowerAnswered)
	if n < 20 {
		t.Fatalf("only %d variants with an inner capital; the test needs the embedded base", n)
	}
	// Without the recaser, 2 of 41 fell below the answer bar in lower
	// case ("what is pep" among them); at most one in 40 may.
	if lower < asWritten-n/40 || lowerAnswered < answered-n/40 {
		t.Errorf("in lower case %d of %d found their entry (%d answered), as written %d (%d)", lower, n, lowerAnswered, asWritten, answered)
	}
}

func hasInnerCapital(s string) bool {
	for _, w := range strings.Fields(s) {
		for i, r := range w {
			if i > 0 && unicode.IsUpper(r) {
				return true
			}
		}
	}
	return false
}

// People put the word they ask about in quotes ("what does 'ace' mean?").
// The encoder's pieces for a quoted word are not the word's: before quotes
// were dropped, that question's closest cosine fell from 1.0 to 0.63 and
// it went unanswered while the unquoted one was answered. Quoting a word
// of any variant must leave its meaning, and so its ranking, unchanged.
func TestQuotedWordsFindTheirEntry(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the encoder")
	}
	kb, _ := semanticEmbedded(t)
	for _, q := range []string{"what does 'ace' mean?", "what does \u2018ace\u2019 mean? my kid's bio says \"ace\""} {
		if r := kb.Search(q, knowledge.SearchOptions{}); r.Top() == nil || r.Top().Entry.ID != "asexuality" || r.Confidence < 0.25 {
			t.Errorf("%q: not answered with asexuality (%v)", q, r.Top())
		}
	}
	n := 0
	for _, e := range kb.Entries() {
		for i, q := range e.Questions {
			words := strings.Fields(q)
			if i%8 != 0 || len(words) < 3 {
				continue
			}
			long := 0
			for j, w := range words {
				if len(w) > len(words[long]) {
					long = j
				}
			}
			n++
			want := kb.Search(q, knowledge.SearchOptions{})
			for _, qt := range [][2]string{{"'", "'"}, {`"`, `"`}, {"\u2018", "\u2019"}} {
				ws := slices.Clone(words)
				ws[long] = qt[0] + ws[long] + qt[1]
				got := kb.Search(strings.Join(ws, " "), knowledge.SearchOptions{})
				if math.Abs(got.TopCosine-want.TopCosine) > 1e-6 || got.Top().Entry != want.Top().Entry {
					t.Errorf("%q: cosine %.3f and %s, unquoted %.3f and %s", strings.Join(ws, " "), got.TopCosine, got.Top().Entry.ID, want.TopCosine, want.Top().Entry.ID)
				}
			}
		}
	}
	if n < 400 {
		t.Fatalf("only %d variants; the test needs the embedded base", n)
	}
}

// A sentence of a longer message stands for the whole only with an entry
// the whole message also ranks near the top: a side remark ("asking for
// me and my wife", "idk where to even start", "when is that an ER
// thing") was matched confidently to an entry the message is not about
// and won over the whole (blind files; the four below were answered with
// the wrong entry before).
func TestSideRemarkDoesNotWin(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the encoder")
	}
	kb, _ := semanticEmbedded(t)
	for _, c := range []struct{ q, want string }{
		{"what exactly is priapism? my buddy takes caffeine pills and some gas station 'male enhancement' stuff to stay awake and said he had one that lasted like 3 hrs. when is that an ER thing", "priapism-and-penile-fracture"},
		{"why does libido tank so hard after having a baby? asking for me and my wife, we're both kinda lost tbh", "sex-after-childbirth"},
		{"ovaries removed at 38 and now in instant menopause. hot flushes every night and sex is the last thing on my mind. does this get better, any tips for couples", "sex-after-hysterectomy"},
		{"me and my partner are thinking about opening up. how do ppl usually set rules/agreements? idk where to even start", "opening-a-relationship"},
	} {
		r := kb.Search(c.q, knowledge.SearchOptions{Limit: 5})
		if top := r.Top(); top == nil || top.Entry.ID != c.want {
			got := ""
			if top != nil {
				got = top.Entry.ID
			}
			t.Errorf("%q: top %q, want %q", c.q, got, c.want)
		}
	}
}
