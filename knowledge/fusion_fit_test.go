package knowledge_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/knowledge/encoder"
)

var (
	fitFused = flag.Bool("fit-fused", false, "refit the fused confidence weights and print them with a sweep of the semantic weight")
	fitQuick = flag.Bool("fit-quick", false, "with -fit-fused, sweep only words alone and the default semantic weight")
	fitCases = flag.String("fit-cases", "", "comma-separated eval .jsonl files of labelled real messages to fit on as well (answer/myth: positive when the right entry ranks first; none: negative)")
	fitOODQ  = flag.String("fit-ood-fused", "", "also use every third rephrasing of this StackFAQ .jsonl file as out-of-domain negatives")
	fitDump  = flag.String("fit-dump", "", "with -fit-fused, also write every sample (features, label, group) to this .jsonl file")
	fitOut   = flag.Float64("fit-entry-out", 0, "with -fit-fused, also hold each entry out of the base in turn and use its question variants as in-domain negatives (a question the base has no entry for), weighted to this share of all negatives (0 = off)")
)

var (
	encOnce sync.Once
	encM    *encoder.Model
	encErr  error
)

func realEncoder(tb testing.TB) *encoder.Model {
	tb.Helper()
	encOnce.Do(func() { encM, encErr = encoder.Load() })
	if encErr != nil {
		tb.Fatalf("load encoder: %v", encErr)
	}
	return encM
}

// lookupEmbedder answers from precomputed vectors when it can, so that a
// held-out variant's own vector is reused rather than recomputed.
type lookupEmbedder struct {
	m    *encoder.Model
	vecs *knowledge.Vectors
}

func (l lookupEmbedder) Embed(s string) []float32 {
	if v, ok := l.vecs.Lookup(s); ok {
		return v
	}
	return l.m.Embed(s)
}
func (l lookupEmbedder) Dim() int            { return l.m.Dim() }
func (l lookupEmbedder) Fingerprint() string { return l.m.Fingerprint() }

// semanticEmbedded is the embedded base with the built-in encoder, as the
// bot runs it, and the vectors of every text.
func semanticEmbedded(tb testing.TB) (*knowledge.Base, *knowledge.Vectors) {
	tb.Helper()
	m := realEncoder(tb)
	pre, err := knowledge.EmbeddedVectors()
	if err != nil {
		tb.Fatal(err)
	}
	return embedded(tb).WithEncoder(m, pre, knowledge.SemanticOptions{})
}

// heldOutFused runs every stride-th question variant against the base
// without that variant, for each semantic weight given, and calls f with
// the results (one per weight, in order).
func heldOutFused(tb testing.TB, stride int, weights []float64, f func(e *knowledge.Entry, q string, rs []knowledge.Result)) {
	tb.Helper()
	kb := embedded(tb)
	_, vecs := semanticEmbedded(tb)
	emb := lookupEmbedder{realEncoder(tb), vecs}
	withoutEachVariant(tb, kb, stride, func(e *knowledge.Entry, q string, lex *knowledge.Base) {
		var rs []knowledge.Result
		for _, w := range weights {
			if w == 0 {
				rs = append(rs, lex.Search(q, knowledge.SearchOptions{}))
				continue
			}
			b, _ := lex.WithEncoder(emb, vecs, knowledge.SemanticOptions{Weight: w})
			rs = append(rs, b.Search(q, knowledge.SearchOptions{}))
		}
		f(e, q, rs)
	})
}

func feats(r knowledge.Result) [knowledge.NumFeatures]float64 {
	var f [knowledge.NumFeatures]float64
	copy(f[:], r.Features)
	return f
}

// TestFitFusedConfidence refits the fused confidence (knowledge/semantic.go)
// and prints the weights, with leave-one-variant-out top-1 for a sweep of
// the semantic weight (0 = words alone). It runs only when asked:
//
//	go test ./knowledge -run TestFitFusedConfidence -v -fit-fused
func TestFitFusedConfidence(t *testing.T) {
	if !*fitFused {
		t.Skip("pass -fit-fused to refit the fused confidence")
	}
	weights := []float64{0, 0.4, 0.5, 0.6, 0.7, 1}
	if *fitQuick {
		weights = []float64{0, knowledge.DefaultSemanticWeight}
	}
	right := make([]int, len(weights))
	total := 0
	type sample struct {
		x [knowledge.NumFeatures]float64
		y float64
	}
	var ss []sample
	di := -1
	for i, w := range weights {
		if w == knowledge.DefaultSemanticWeight {
			di = i
		}
	}
	heldOutFused(t, 1, weights, func(e *knowledge.Entry, q string, rs []knowledge.Result) {
		total++
		for i, r := range rs {
			if len(r.Hits) > 0 && r.Hits[0].Entry.ID == e.ID {
				right[i]++
			}
		}
		r := rs[di]
		y := 0.0
		if len(r.Hits) > 0 && r.Hits[0].Entry.ID == e.ID {
			y = 1
		}
		ss = append(ss, sample{feats(r), y})
	})
	for i, w := range weights {
		t.Logf("semantic weight %.1f: leave-one-variant-out top-1 %.3f (%d/%d)", w, float64(right[i])/float64(total), right[i], total)
	}
	kb, _ := semanticEmbedded(t)
	negs := readLines(t, "testdata/negatives.txt")
	if *fitOODQ != "" {
		f, err := os.Open(*fitOODQ)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<22)
		k := 0
		for sc.Scan() {
			var d struct{ Rephrasings []string }
			if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
				t.Fatal(err)
			}
			for _, q := range d.Rephrasings {
				if k++; k%3 == 0 {
					negs = append(negs, q)
				}
			}
		}
		f.Close()
	}
	for _, name := range strings.Split(*fitCases, ",") {
		if name == "" {
			continue
		}
		for _, l := range readLines(t, name) {
			var c struct {
				Text  string          `json:"text"`
				Want  string          `json:"want"`
				Entry json.RawMessage `json:"entry"`
			}
			if err := json.Unmarshal([]byte(l), &c); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var ids []string
			var one string
			if json.Unmarshal(c.Entry, &one) == nil {
				ids = []string{one}
			} else {
				json.Unmarshal(c.Entry, &ids)
			}
			switch c.Want {
			case "answer", "myth":
				r := kb.Search(c.Text, knowledge.SearchOptions{})
				y := 0.0
				for _, id := range ids {
					if len(r.Hits) > 0 && r.Hits[0].Entry.ID == id {
						y = 1
					}
				}
				ss = append(ss, sample{feats(r), y})
			case "none":
				negs = append(negs, c.Text)
			}
		}
	}
	in := len(ss)
	for _, q := range negs {
		r := kb.Search(q, knowledge.SearchOptions{})
		ss = append(ss, sample{feats(r), 0})
	}
	real := len(ss)
	if *fitOut > 0 {
		withoutEachEntry(t, func(e *knowledge.Entry, q string, r knowledge.Result) {
			ss = append(ss, sample{feats(r), 0})
		})
	}
	if *fitDump != "" {
		f, err := os.Create(*fitDump)
		if err != nil {
			t.Fatal(err)
		}
		w := bufio.NewWriter(f)
		for k, s := range ss {
			g := "variant"
			if k >= real {
				g = "entry-out"
			} else if k >= in {
				g = "negative"
			}
			b, _ := json.Marshal(map[string]any{"x": s.x, "y": s.y, "group": g})
			w.Write(append(b, '\n'))
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	// Negatives are fewer than positives; weigh them up to balance the
	// two kinds of mistake: all negatives together weigh as much as the
	// positives, the held-out entries' variants their -fit-entry-out share.
	negW := float64(in) / float64(max(real-in, 1))
	outW := 0.0
	if n := len(ss) - real; n > 0 {
		negW = float64(in) * (1 - *fitOut) / float64(max(real-in, 1))
		outW = float64(in) * *fitOut / float64(n)
	}
	const nf = knowledge.NumFeatures
	var w [nf + 1]float64
	for it := 0; it < 30000; it++ {
		var g [nf + 1]float64
		var tw float64
		for k, s := range ss {
			sw := 1.0
			if k >= real {
				sw = outW
			} else if k >= in {
				sw = negW
			}
			z := w[nf]
			for i := 0; i < nf; i++ {
				z += w[i] * s.x[i]
			}
			d := (1/(1+math.Exp(-z)) - s.y) * sw
			for i := 0; i < nf; i++ {
				g[i] += d * s.x[i]
			}
			g[nf] += d
			tw += sw
		}
		for i := range w {
			w[i] -= 2 * g[i] / tw
		}
	}
	t.Logf("%d held-out variants, %d negatives (weighted %.2f), %d variants of held-out entries (weighted %.2f)", in, real-in, negW, len(ss)-real, outW)
	var ws []string
	for i := 0; i < nf; i++ {
		ws = append(ws, fmt.Sprintf("%.3f", w[i]))
	}
	t.Logf("var fusedW = [NumFeatures]float64{%s}", strings.Join(ws, ", "))
	t.Logf("const fusedBias = %.3f", w[nf])
	p := func(s sample) float64 {
		z := w[nf]
		for i := 0; i < nf; i++ {
			z += w[i] * s.x[i]
		}
		return 1 / (1 + math.Exp(-z))
	}
	for _, th := range []float64{0.2, 0.25, 0.3, 0.35, 0.4, 0.5} {
		var ans, ansWrong, posRight, negAns, outAns int
		for k, s := range ss {
			a := p(s) >= th
			if k >= real {
				if a {
					outAns++
				}
				continue
			}
			if k < in {
				if s.y == 1 {
					posRight++
					if a {
						ans++
					}
				} else if a {
					ansWrong++
				}
			} else if a {
				negAns++
			}
		}
		t.Logf("threshold %.2f: right answered %.3f, wrong answered %d of %d held-out, negatives answered %.3f, held-out entries' variants answered %.3f",
			th, float64(ans)/float64(posRight), ansWrong, in, float64(negAns)/float64(real-in), float64(outAns)/float64(max(len(ss)-real, 1)))
	}
	var cos []float64
	for _, q := range negs {
		cos = append(cos, kb.Search(q, knowledge.SearchOptions{}).TopCosine)
	}
	sort.Float64s(cos)
	t.Log(fmt.Sprintf("negatives' top cosine: p10 %.3f, median %.3f, p90 %.3f", cos[len(cos)/10], cos[len(cos)/2], cos[len(cos)*9/10]))
}

// TestFusedConfidenceCalibration checks the fused confidence as shipped:
// on every tenth question variant held out of the base, a confidence of
// 0.8 or more is right at least 80% of the time, and of the negatives
// (off-topic and unanswered messages) at most 10% reach the answer bar
// that bot uses (0.3).
func TestFusedConfidenceCalibration(t *testing.T) {
	if testing.Short() {
		t.Skip("rebuilds the index once per sampled variant")
	}
	var hi, hiRight, n, right int
	heldOutFused(t, 10, []float64{knowledge.DefaultSemanticWeight}, func(e *knowledge.Entry, q string, rs []knowledge.Result) {
		r := rs[0]
		ok := len(r.Hits) > 0 && r.Hits[0].Entry.ID == e.ID
		n++
		if ok {
			right++
		}
		if r.Confidence >= 0.8 {
			hi++
			if ok {
				hiRight++
			}
		}
	})
	t.Logf("held-out variants: top-1 %d/%d; confidence >= 0.8 right %d/%d", right, n, hiRight, hi)
	if hi == 0 || float64(hiRight)/float64(hi) < 0.8 {
		t.Errorf("confidence >= 0.8 is right only %d of %d times", hiRight, hi)
	}
	kb, _ := semanticEmbedded(t)
	negs := readLines(t, "testdata/negatives.txt")
	answered := 0
	for _, q := range negs {
		if kb.Search(q, knowledge.SearchOptions{}).Confidence >= 0.3 {
			answered++
		}
	}
	t.Logf("negatives reaching the answer bar: %d/%d", answered, len(negs))
	if float64(answered) > 0.1*float64(len(negs)) {
		t.Errorf("%d of %d negatives reach the answer bar", answered, len(negs))
	}
}

// withoutEachEntry holds each entry out of the embedded base in turn and
// calls f with the fused result of each of its question variants against
// the rest: questions in the domain that the base has no entry for, the
// case where a guess is a false answer.
func withoutEachEntry(tb testing.TB, f func(e *knowledge.Entry, q string, r knowledge.Result)) {
	tb.Helper()
	kb := embedded(tb)
	_, vecs := semanticEmbedded(tb)
	emb := lookupEmbedder{realEncoder(tb), vecs}
	all := kb.Entries()
	for i, e := range all {
		es := append(append([]*knowledge.Entry(nil), all[:i]...), all[i+1:]...)
		lex, err := knowledge.NewBase(es, kb.Lexicon())
		if err != nil {
			tb.Fatal(err)
		}
		b, _ := lex.WithEncoder(emb, vecs, knowledge.SemanticOptions{})
		for _, q := range e.Questions {
			f(e, q, b.Search(q, knowledge.SearchOptions{}))
		}
	}
}
