package encoder_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/candorbot/candor/knowledge/encoder"
)

var fp32Dir = flag.String("fp32-data", "", "directory with an unquantised conversion (go run ./tools/useconvert --fp32 --out DIR) to compare as well")

type golden struct {
	Text string    `json:"text"`
	IDs  []int     `json:"ids"`
	Vec  []float32 `json:"vec"`
}

func readGolden(tb testing.TB) []golden {
	tb.Helper()
	f, err := os.Open(filepath.Join("testdata", "golden.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var gs []golden
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var g golden
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			tb.Fatal(err)
		}
		gs = append(gs, g)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return gs
}

func cosine(a, b []float32) float64 {
	var ab, aa, bb float64
	for i := range a {
		ab += float64(a[i]) * float64(b[i])
		aa += float64(a[i]) * float64(a[i])
		bb += float64(b[i]) * float64(b[i])
	}
	return ab / math.Sqrt(aa*bb)
}

func loadModel(tb testing.TB) *encoder.Model {
	tb.Helper()
	m, err := encoder.Load()
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// TestGoldenTokens checks the tokenizer against the reference token ids of
// every golden sentence.
func TestGoldenTokens(t *testing.T) {
	m := loadModel(t)
	gs := readGolden(t)
	if len(gs) < 60 {
		t.Fatalf("only %d golden sentences", len(gs))
	}
	for _, g := range gs {
		got := m.Tokenize(g.Text)
		if len(got) == 0 && len(g.IDs) == 0 {
			continue
		}
		if !slices.Equal(got, g.IDs) {
			t.Errorf("Tokenize(%q)\n got %v\nwant %v", g.Text, got, g.IDs)
		}
	}
}

// TestGoldenVectors checks the int8 model's embeddings against the fp32
// reference: cosine >= 0.995 for every sentence.
func TestGoldenVectors(t *testing.T) {
	checkVectors(t, loadModel(t), 0.995)
}

// TestGoldenVectorsFP32 checks an unquantised conversion, when given, against
// the reference; it should agree to float32 rounding.
func TestGoldenVectorsFP32(t *testing.T) {
	if *fp32Dir == "" {
		t.Skip("no -fp32-data directory")
	}
	w, err := os.ReadFile(filepath.Join(*fp32Dir, "weights.bin"))
	if err != nil {
		t.Fatal(err)
	}
	v, err := os.ReadFile(filepath.Join(*fp32Dir, "vocab.bin"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := encoder.LoadData(w, v)
	if err != nil {
		t.Fatal(err)
	}
	checkVectors(t, m, 0.99999)
}

func checkVectors(t *testing.T, m *encoder.Model, min float64) {
	t.Helper()
	gs := readGolden(t)
	worst, sum := 2.0, 0.0
	worstText := ""
	for _, g := range gs {
		got := m.Embed(g.Text)
		if len(got) != m.Dim() || len(g.Vec) != m.Dim() {
			t.Fatalf("Embed(%q): %d dims, golden %d, want %d", g.Text, len(got), len(g.Vec), m.Dim())
		}
		c := cosine(got, g.Vec)
		sum += c
		if c < worst {
			worst, worstText = c, g.Text
		}
		if c < min {
			t.Errorf("Embed(%q): cosine to reference %.6f < %.3f", g.Text, c, min)
		}
	}
	t.Logf("%d sentences: min cosine %.6f (%q), mean %.6f", len(gs), worst, worstText, sum/float64(len(gs)))
}
