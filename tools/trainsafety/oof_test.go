package main

import (
	"path/filepath"
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// smallRows is a few messages of every class from one writer's file.
func smallRows(t *testing.T, per int) []row {
	t.Helper()
	all, err := readCorpus(filepath.Join("..", "..", "bot", "safety", "data", "corpus"))
	if err != nil {
		t.Fatal(err)
	}
	n := map[string]int{}
	var out []row
	for _, r := range all {
		if r.file == "s1.jsonl" && n[r.Label] < per {
			n[r.Label]++
			out = append(out, r)
		}
	}
	if len(n) != len(safety.Classes) {
		t.Fatalf("s1.jsonl has %d of the %d classes", len(n), len(safety.Classes))
	}
	return out
}

func TestOutOfFoldPredictsFromModelsThatDidNotSeeTheRow(t *testing.T) {
	rows := smallRows(t, 6)
	opt := safety.TrainOptions{Name: "ngram", WordBuckets: 1 << 9, CharBuckets: 1 << 10, Lambda: 1e-4, Iterations: 40}
	got, err := outOfFold(opt, 1, rows)
	if err != nil {
		t.Fatal(err)
	}
	again, err := outOfFold(opt, 1, rows)
	if err != nil {
		t.Fatal(err)
	}
	for i := range got {
		if got[i].Probs != again[i].Probs {
			t.Fatalf("row %d: two runs gave %v and %v", i, got[i].Probs, again[i].Probs)
		}
	}
	// Fold 0 by hand: a model trained on every other fold predicts fold
	// 0's rows exactly as outOfFold reported them.
	var in, held []int
	for i, r := range rows {
		if foldOf(r.Text) == 0 {
			held = append(held, i)
		} else {
			in = append(in, i)
		}
	}
	if len(held) == 0 || len(in) == 0 {
		t.Fatalf("fold 0 has %d of %d rows", len(held), len(rows))
	}
	var train []row
	for _, i := range in {
		train = append(train, rows[i])
	}
	m, err := safety.Train(examples(train, false), opt)
	if err != nil {
		t.Fatal(err)
	}
	m.Calibrate(1, safety.Thresholds{})
	for _, i := range held {
		p, _ := m.Predict(rows[i].Text, nil)
		if p.Probs != got[i].Probs {
			t.Errorf("row %d (fold 0): outOfFold %v, model without fold 0 %v", i, got[i].Probs, p.Probs)
		}
	}
	// And a row's own fold never trains the model that scores it: the
	// model trained on everything scores training rows more confidently.
	full, err := safety.Train(examples(rows, false), opt)
	if err != nil {
		t.Fatal(err)
	}
	full.Calibrate(1, safety.Thresholds{})
	var oof, seen float64
	for i, r := range rows {
		p, _ := full.Predict(r.Text, nil)
		seen += p.Prob(r.Label)
		oof += got[i].Prob(r.Label)
	}
	if oof >= seen {
		t.Errorf("mean own-class probability out of fold %.3f, seen in training %.3f: want lower out of fold", oof/float64(len(rows)), seen/float64(len(rows)))
	}
}

func TestBudgetAndThreshold(t *testing.T) {
	neg := make([]float64, 1000)
	for i := range neg {
		neg[i] = float64(i) / 1000 // 0.000 .. 0.999
	}
	// 1% of 1000 is 10 messages: the threshold sits just above the 11th
	// highest score, so the 10 highest (0.990 .. 0.999) reach it.
	if got := budget(neg, 0.01); got != 0.990 {
		t.Errorf("budget = %v, want 0.99", got)
	}
	pos := []float64{0.9, 0.8, 0.7, 0.6, 0.3}
	if got := threshold(pos, 0.8); got != 0.5 {
		t.Errorf("threshold keeping 80%% = %v, want 0.5 (capped)", got)
	}
	if got := threshold(pos, 1); got != 0.3 {
		t.Errorf("threshold keeping all = %v, want 0.3", got)
	}
}
