package knowledge_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"math"
	"os"
	"testing"

	"github.com/candorbot/candor/knowledge"
)

var fitOOD = flag.String("fit-ood", "", "refit the confidence weights with out-of-domain questions from this StackFAQ .jsonl file and print them")

// TestFitConfidence refits the logistic weights of the search confidence
// (knowledge/index.go) and prints them; it runs only when asked:
//
//	go test ./knowledge -run TestFitConfidence -v -fit-ood ../../shared/bench/stackfaq/stackfaq.jsonl
//
// (a relative path is read from knowledge/, where go test runs the test).
//
// Positives and negatives come from the embedded entries' own question
// variants, each held out of the index in turn (right when it still finds
// its entry first); every third StackFAQ rephrasing is an out-of-domain
// negative.
func TestFitConfidence(t *testing.T) {
	if *fitOOD == "" {
		t.Skip("pass -fit-ood FILE to refit the confidence weights")
	}
	kb := embedded(t)
	type sample struct {
		x [3]float64
		y float64
	}
	feat := func(r knowledge.Result) [3]float64 {
		if len(r.Hits) == 0 {
			return [3]float64{}
		}
		m := r.Hits[0].Score
		if len(r.Hits) > 1 {
			m -= r.Hits[1].Score
		}
		return [3]float64{r.Hits[0].Score, m, r.Hits[0].Coverage}
	}
	var ss []sample
	heldOut(t, kb, 1, func(e *knowledge.Entry, r knowledge.Result) {
		y := 0.0
		if len(r.Hits) > 0 && r.Hits[0].Entry.ID == e.ID {
			y = 1
		}
		ss = append(ss, sample{feat(r), y})
	})
	in := len(ss)
	f, err := os.Open(*fitOOD)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	k := 0
	for sc.Scan() {
		var d struct{ Rephrasings []string }
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			t.Fatal(err)
		}
		for _, q := range d.Rephrasings {
			if k++; k%3 != 0 {
				continue
			}
			if r := kb.Search(q, knowledge.SearchOptions{}); len(r.Hits) > 0 {
				ss = append(ss, sample{feat(r), 0})
			}
		}
	}
	var w [4]float64 // top, margin, coverage, bias
	for it := 0; it < 20000; it++ {
		var g [4]float64
		for _, s := range ss {
			z := w[3] + w[0]*s.x[0] + w[1]*s.x[1] + w[2]*s.x[2]
			d := 1/(1+math.Exp(-z)) - s.y
			for i := 0; i < 3; i++ {
				g[i] += d * s.x[i]
			}
			g[3] += d
		}
		for i := range w {
			w[i] -= 0.5 * g[i] / float64(len(ss))
		}
	}
	t.Logf("%d in-domain samples, %d out-of-domain", in, len(ss)-in)
	t.Logf("confTop = %.3f, confMargin = %.3f, confCoverage = %.3f, confBias = %.3f", w[0], w[1], w[2], w[3])
}
