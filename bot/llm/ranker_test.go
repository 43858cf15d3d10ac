package llm_test

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/llm"
)

var rankDocs = []llm.Doc{
	{ID: "condoms", Text: "Condoms: how condoms prevent pregnancy and infections"},
	{ID: "erections", Text: "Erection problems: stress, tiredness and worry can cause erection problems"},
	{ID: "desire", Text: "Low desire: stress and tiredness can lower desire"},
	{ID: "vaginismus", Text: "Vaginismus: pain with penetration and pelvic floor muscles"},
}

func TestRanker(t *testing.T) {
	ctx := context.Background()

	t.Run("ranks by cosine similarity", func(t *testing.T) {
		f := newFakeAPI(t)
		r, err := llm.NewRanker(ctx, newClient(t, f, nil, nil), rankDocs)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.Rank(ctx, "can stress cause erection problems?")
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"erections", "desire", "condoms", "vaginismus"}
		if !slices.Equal(got, want) {
			t.Errorf("Rank = %q, want %q", got, want)
		}
	})

	t.Run("entry embeddings are computed once and cached", func(t *testing.T) {
		f := newFakeAPI(t)
		cache := llm.NewMemoryCache()
		c := newClient(t, f, nil, func(cfg *llm.Config) { cfg.Cache = cache })
		if _, err := llm.NewRanker(ctx, c, rankDocs); err != nil {
			t.Fatal(err)
		}
		reqs := f.embedRequests()
		if len(reqs) != 1 || len(reqs[0]) != len(rankDocs) {
			t.Fatalf("embedding requests %q, want one with all %d entries", reqs, len(rankDocs))
		}
		// A restart with the same cache embeds nothing but the query.
		r, err := llm.NewRanker(ctx, newClient(t, f, nil, func(cfg *llm.Config) { cfg.Cache = cache }), rankDocs)
		if err != nil {
			t.Fatal(err)
		}
		if n := len(f.embedRequests()); n != 1 {
			t.Errorf("%d embedding requests after the second NewRanker, want 1", n)
		}
		if got, err := r.Rank(ctx, "condoms"); err != nil || got[0] != "condoms" {
			t.Errorf("Rank = %v, %v", got, err)
		}
		reqs = f.embedRequests()
		if len(reqs) != 2 || len(reqs[1]) != 1 {
			t.Errorf("embedding requests %q, want the query alone last", reqs)
		}
		// An edited entry is embedded afresh; the others come from the cache.
		edited := append([]llm.Doc(nil), rankDocs...)
		edited[2].Text += " and libido"
		if _, err := llm.NewRanker(ctx, c, edited); err != nil {
			t.Fatal(err)
		}
		reqs = f.embedRequests()
		if len(reqs) != 3 || len(reqs[2]) != 1 || reqs[2][0] != edited[2].Text {
			t.Errorf("embedding requests %q, want only the edited entry last", reqs)
		}
	})

	t.Run("returns at most the top 20", func(t *testing.T) {
		f := newFakeAPI(t)
		var docs []llm.Doc
		for i := range 30 {
			docs = append(docs, llm.Doc{ID: fmt.Sprintf("e%02d", i), Text: strings.Repeat("stress ", i+1) + fmt.Sprintf("word%c", 'a'+i%26)})
		}
		r, err := llm.NewRanker(ctx, newClient(t, f, nil, nil), docs)
		if err != nil {
			t.Fatal(err)
		}
		got, err := r.Rank(ctx, "stress")
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != llm.RankLimit || got[0] != "e29" {
			t.Errorf("Rank = %v, want %d ids led by e29", got, llm.RankLimit)
		}
	})

	t.Run("fails over to lexical ranking when the endpoint fails", func(t *testing.T) {
		f := newFakeAPI(t)
		p := &probe{}
		r, err := llm.NewRanker(ctx, newClient(t, f, p, nil), rankDocs)
		if err != nil {
			t.Fatal(err)
		}
		f.setEmbed(status(500))
		got, err := r.Rank(ctx, "my private question about erections")
		if err == nil || got != nil || !strings.HasPrefix(err.Error(), "rank: ") {
			t.Fatalf("Rank = %v, %v; want a rank: error", got, err)
		}
		if p.n(llm.MetricEmbedError) != 1 {
			t.Errorf("embed_error = %d, want 1", p.n(llm.MetricEmbedError))
		}
		if strings.Contains(p.logged(), "private question") {
			t.Errorf("the query reached the log:\n%s", p.logged())
		}
	})

	t.Run("a hanging endpoint is cut off at the timeout", func(t *testing.T) {
		f := newFakeAPI(t)
		const timeout = 200 * time.Millisecond
		r, err := llm.NewRanker(ctx, newClient(t, f, nil, func(cfg *llm.Config) { cfg.Timeout = timeout }), rankDocs)
		if err != nil {
			t.Fatal(err)
		}
		f.setEmbed(hang)
		start := time.Now()
		if _, err := r.Rank(ctx, "stress"); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Rank error = %v, want context.DeadlineExceeded", err)
		}
		if d := time.Since(start); d > timeout+300*time.Millisecond {
			t.Errorf("Rank returned after %v", d)
		}
	})

	t.Run("the breaker opens for embeddings alone", func(t *testing.T) {
		f := newFakeAPI(t)
		f.reply(goodRephrasing)
		c := newClient(t, f, nil, nil)
		r, err := llm.NewRanker(ctx, c, rankDocs)
		if err != nil {
			t.Fatal(err)
		}
		f.setEmbed(status(503))
		for range llm.DefaultBreakerThreshold {
			_, _ = r.Rank(ctx, "stress")
		}
		if _, err := r.Rank(ctx, "stress"); !errors.Is(err, llm.ErrCircuitOpen) {
			t.Errorf("Rank error = %v, want ErrCircuitOpen", err)
		}
		if _, err := c.Rephrase(ctx, stressEntry()); err != nil {
			t.Errorf("Rephrase with the embed breaker open: %v", err)
		}
	})

	t.Run("NewRanker fails when the endpoint does", func(t *testing.T) {
		f := newFakeAPI(t)
		f.setEmbed(status(404))
		if _, err := llm.NewRanker(ctx, newClient(t, f, nil, nil), rankDocs); err == nil || !strings.HasPrefix(err.Error(), "new ranker: ") {
			t.Errorf("NewRanker error = %v", err)
		}
	})

	t.Run("NewRanker rejects a wrong number of vectors", func(t *testing.T) {
		f := newFakeAPI(t)
		f.setEmbed(func(w http.ResponseWriter, _ *http.Request) {
			writeJSON(w, 200, map[string]any{"data": []any{map[string]any{"index": 0, "embedding": []float32{1, 0}}}})
		})
		if _, err := llm.NewRanker(ctx, newClient(t, f, nil, nil), rankDocs); !errors.Is(err, llm.ErrBadResponse) {
			t.Errorf("NewRanker error = %v, want ErrBadResponse", err)
		}
	})

	t.Run("NewRanker needs an embedding model and entries", func(t *testing.T) {
		f := newFakeAPI(t)
		noEmbed := newClient(t, f, nil, func(cfg *llm.Config) { cfg.EmbedModel = "" })
		if _, err := llm.NewRanker(ctx, noEmbed, rankDocs); !errors.Is(err, llm.ErrDisabled) {
			t.Errorf("without EmbedModel: error = %v, want ErrDisabled", err)
		}
		c := newClient(t, f, nil, nil)
		if _, err := llm.NewRanker(ctx, c, nil); err == nil {
			t.Error("no entries: no error")
		}
		dup := []llm.Doc{{ID: "a", Text: "x"}, {ID: "a", Text: "y"}}
		if _, err := llm.NewRanker(ctx, c, dup); err == nil {
			t.Error("duplicate ids: no error")
		}
		if len(f.embedRequests()) != 0 {
			t.Error("an embedding request was made")
		}
	})
}

func BenchmarkRank(b *testing.B) {
	f := newFakeAPI(b)
	var docs []llm.Doc
	for i := range 200 {
		docs = append(docs, llm.Doc{ID: fmt.Sprintf("e%03d", i), Text: fmt.Sprintf("entry %d about stress desire and condoms %d", i, i*7)})
	}
	r, err := llm.NewRanker(context.Background(), newClient(b, f, nil, nil), docs)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := r.Rank(context.Background(), "stress and desire"); err != nil {
			b.Fatal(err)
		}
	}
}
