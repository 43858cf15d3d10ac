package eval_test

import (
	"context"
	"encoding/json"
	"hash/fnv"
	"math"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/eval"
	"github.com/candorbot/candor/bot/llm"
	"github.com/candorbot/candor/knowledge"
)

// fakeEmbeddings serves /embeddings on 127.0.0.1 with a deterministic
// embedder: hashed character trigrams and words, 256 dimensions. It is not
// a language model; it stands in for one so the fusion path can be
// measured without network or model weights.
func fakeEmbeddings(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/embeddings") {
			http.NotFound(w, r)
			return
		}
		var req struct {
			Input any    `json:"input"`
			Model string `json:"model"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		var inputs []string
		switch v := req.Input.(type) {
		case string:
			inputs = []string{v}
		case []any:
			for _, x := range v {
				s, _ := x.(string)
				inputs = append(inputs, s)
			}
		}
		type item struct {
			Object    string    `json:"object"`
			Index     int       `json:"index"`
			Embedding []float32 `json:"embedding"`
		}
		resp := struct {
			Object string `json:"object"`
			Data   []item `json:"data"`
			Model  string `json:"model"`
		}{Object: "list", Model: req.Model}
		for i, s := range inputs {
			resp.Data = append(resp.Data, item{Object: "embedding", Index: i, Embedding: hashEmbed(s)})
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(resp)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func hashEmbed(s string) []float32 {
	v := make([]float32, 1024)
	add := func(f string, wt float32) {
		h := fnv.New32a()
		h.Write([]byte(f))
		v[h.Sum32()%1024] += wt
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,!?;:'\"()")
		add("w:"+w, 1)
		p := "^" + w + "$"
		for i := 0; i+3 <= len(p); i++ {
			add(p[i:i+3], 0.3)
		}
	}
	var n float64
	for _, x := range v {
		n += float64(x * x)
	}
	if n > 0 {
		for i := range v {
			v[i] /= float32(math.Sqrt(n))
		}
	}
	return v
}

// TestSemanticFusionOnDev measures whether fusing an embedding ranking
// with the lexical one helps on the dev cases, with the fake embedder. It
// asserts only that fusion keeps the safety bars and does not break the
// answers; the figures are logged for the report.
func TestSemanticFusionOnDev(t *testing.T) {
	srv := fakeEmbeddings(t)
	kb, err := knowledge.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	client, err := llm.New(llm.Config{BaseURL: srv.URL + "/v1", EmbedModel: "fake-embed", Timeout: 5 * time.Second, Cache: llm.NewMemoryCache()})
	if err != nil {
		t.Fatal(err)
	}
	var docs []llm.Doc
	for _, e := range kb.Entries() {
		docs = append(docs, llm.Doc{ID: e.ID, Text: e.Title + "\n" + strings.Join(e.Questions, "\n") + "\n" + e.Body})
	}
	ranker, err := llm.NewRanker(context.Background(), client, docs)
	if err != nil {
		t.Fatal(err)
	}
	cases := readDev(t)
	measure := func(r ...bot.Ranker) eval.Summary {
		return eval.Summarize(eval.Run(context.Background(), newBot(t, r...), cases, nil))
	}
	lex := measure()
	fused := measure(ranker)
	t.Logf("dev, lexical only: top-1 %.3f, top-3 %.3f, passed %d/%d, p50 %dµs", lex.Top1, lex.Top3, lex.Pass, lex.Cases, lex.P50US)
	t.Logf("dev, fused with fake embeddings (RRF): top-1 %.3f, passed %d/%d, p50 %dµs", fused.Top1, fused.Pass, fused.Cases, fused.P50US)
	if fused.OverRefusal != 0 {
		t.Errorf("fusion changed triage: over-refusal %.3f", fused.OverRefusal)
	}
	if fused.Top1 < lex.Top1-0.1 {
		t.Errorf("fusion lost more than 10 points of top-1: %.3f vs %.3f", fused.Top1, lex.Top1)
	}
}
