package safety_test

import (
	"bytes"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// committedModelSHA256 pins data/model.bin: retraining changes it, and
// this constant with it, in the same commit.
const committedModelSHA256 = "20cdae66b64f68e159e9d303014e10d5b42e6a8c61a1a90d3b2a507fd649a28d"

func TestCommittedModelIsCurrent(t *testing.T) {
	corpus := checkPinned(t, "data/model.bin", committedModelSHA256, "data/corpus")
	m, err := safety.LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Info().Corpus != corpus {
		t.Fatalf("the model was trained on corpus %s but data/corpus is %s: the model is stale, run go run ./tools/trainsafety", m.Info().Corpus, corpus)
	}
	var names []string
	for _, v := range m.Info().Variants {
		names = append(names, v.Name)
		th := v.Thresholds
		if !(th.CrisisLow > 0 && th.CrisisLow <= th.CrisisHigh && th.CrisisHigh <= 0.5 && th.Clinical > 0 && th.Harmful > 0) {
			t.Errorf("variant %s: implausible thresholds %+v", v.Name, th)
		}
	}
	if len(names) != 2 || names[0] != "full" || names[1] != "ngram" {
		t.Errorf("variants %v, want [full ngram]", names)
	}
}

// subset reads the first n messages of each class from one corpus file.
func subset(t *testing.T, path string, n int) []safety.Example {
	t.Helper()
	per := map[string]int{}
	var out []safety.Example
	for _, r := range readRows(t, path) {
		if per[r.Label] < n {
			per[r.Label]++
			out = append(out, safety.Example{Text: r.Text, Label: r.Label})
		}
	}
	if len(per) != len(safety.Classes) {
		t.Fatalf("subset has %d classes, want %d", len(per), len(safety.Classes))
	}
	return out
}

func TestTrainIsDeterministic(t *testing.T) {
	ex := subset(t, "data/corpus/s1.jsonl", 12)
	opt := safety.TrainOptions{Name: "ngram", WordBuckets: 1 << 10, CharBuckets: 1 << 11, Lambda: 1e-4, Iterations: 60}
	var files [2][]byte
	var model *safety.Model
	for i := range files {
		m, err := safety.Train(ex, opt)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if _, err := m.WriteTo(&buf); err != nil {
			t.Fatal(err)
		}
		files[i], model = buf.Bytes(), m
	}
	if !bytes.Equal(files[0], files[1]) {
		t.Fatal("training twice on the same examples gave different weights")
	}
	// And it learned: most training messages get their own class back.
	right := 0
	for _, e := range ex {
		p, ok := model.Predict(e.Text, nil)
		if !ok {
			t.Fatal("no n-gram variant")
		}
		if top, _ := p.Top(false); top == e.Label {
			right++
		}
	}
	if acc := float64(right) / float64(len(ex)); acc < 0.9 {
		t.Errorf("training accuracy %.2f, want >= 0.9", acc)
	}
	// A written and re-read model predicts the same.
	back, err := safety.ReadModel(bytes.NewReader(files[0]))
	if err != nil {
		t.Fatal(err)
	}
	p1, _ := model.Predict(ex[0].Text, nil)
	p2, _ := back.Predict(ex[0].Text, nil)
	if p1.Probs != p2.Probs {
		t.Errorf("re-read model predicts %v, want %v", p2.Probs, p1.Probs)
	}
}

func TestTrainRejects(t *testing.T) {
	opt := safety.TrainOptions{Name: "full", Dense: 4, WordBuckets: 64, Iterations: 1}
	for _, tc := range []struct {
		name string
		ex   []safety.Example
	}{
		{"no examples", nil},
		{"unknown label", []safety.Example{{Text: "hi", Label: "nope", Vec: make([]float32, 4)}}},
		{"wrong vector size", []safety.Example{{Text: "hi", Label: safety.ClassChitchat, Vec: make([]float32, 3)}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := safety.Train(tc.ex, opt); err == nil {
				t.Error("Train accepted it")
			}
		})
	}
}

func TestReadModelRejectsDamage(t *testing.T) {
	b, err := os.ReadFile("data/model.bin")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", append([]byte("NOTMODEL"), b[8:]...)},
		{"truncated header", b[:20]},
		{"truncated weights", b[:len(b)/2]},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := safety.ReadModel(bytes.NewReader(tc.data)); err == nil {
				t.Error("ReadModel accepted it")
			}
		})
	}
}

func FuzzPredict(f *testing.F) {
	for _, m := range []string{"", "\xff", "kms fr", "i am 15", strings.Repeat("ab ", 3000), "<@1> 💀💀"} {
		f.Add(m)
	}
	m, err := safety.LoadModel()
	if err != nil {
		f.Fatal(err)
	}
	vec := make([]float32, m.Info().Variants[0].Dense)
	vec[0] = 1
	f.Fuzz(func(t *testing.T, text string) {
		for _, v := range [][]float32{nil, vec} {
			p, ok := m.Predict(text, v)
			if !ok {
				t.Fatal("no variant")
			}
			var sum float64
			for _, x := range p.Probs {
				if !(x >= 0 && x <= 1) {
					t.Fatalf("probability %v out of range", x)
				}
				sum += x
			}
			if math.Abs(sum-1) > 1e-9 {
				t.Fatalf("probabilities sum to %v", sum)
			}
			if p2, _ := m.Predict(text, v); p2 != p {
				t.Fatal("not deterministic")
			}
		}
	})
}
