package safety_test

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge/encoder"
)

// committedBankSHA256 pins data/bank.bin: rebuilding it (go run
// ./tools/trainsafety -bank) changes it, and this constant with it.
const committedBankSHA256 = "377bfb343db4ac996548e08de43c4e76f1a60d0e046731990835cb80d739467f"

// checkPinned reports a committed data file whose sha256 is not the pin,
// and returns the hash of the corpus in corpusDir.
func checkPinned(t *testing.T, path, pin, corpusDir string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:]); got != pin {
		t.Errorf("%s has sha256 %s, the test pins %s: update the pin if you rebuilt it on purpose", path, got, pin)
	}
	corpus, err := safety.CorpusHash(os.DirFS(corpusDir))
	if err != nil {
		t.Fatal(err)
	}
	return corpus
}

func TestCommittedBankIsCurrent(t *testing.T) {
	corpus := checkPinned(t, "data/bank.bin", committedBankSHA256, "data/corpus")
	bank, err := safety.LoadBank()
	if err != nil {
		t.Fatal(err)
	}
	if bank.Corpus() != corpus {
		t.Fatalf("the bank was built from corpus %s but data/corpus is %s: run go run ./tools/trainsafety -bank", bank.Corpus(), corpus)
	}
	pending, err := safety.CorpusHash(os.DirFS("data/pending"))
	if err != nil {
		t.Fatal(err)
	}
	if bank.Pending() != pending {
		t.Fatalf("the bank was built from pending lines %s but data/pending is %s: run go run ./tools/trainsafety -bank", bank.Pending(), pending)
	}
	enc, err := encoder.Load()
	if err != nil {
		t.Fatal(err)
	}
	if bank.Encoder() != enc.Fingerprint() {
		t.Fatalf("the bank was built with encoder %s, the encoder is %s", bank.Encoder(), enc.Fingerprint())
	}
	// every message of the corpus and the pending lines that BankKindOf
	// keeps is in it, once
	want := map[safety.BankKind]int{}
	for _, f := range bankFiles(t) {
		for _, r := range readRows(t, f) {
			if kind, ok := safety.BankKindOf(r.Label); ok {
				want[kind]++
			}
		}
	}
	for _, kind := range bankKinds {
		if want[kind] == 0 {
			t.Fatalf("BankKindOf sorted the corpus into %v", want)
		}
		if bank.Len(kind) != want[kind] {
			t.Errorf("bank holds %d vectors of kind %d, the corpus %d", bank.Len(kind), kind, want[kind])
		}
	}
}

// TestBankFindsTheCorpusItself embeds a sample of corpus messages anew:
// each is its own nearest neighbour (cosine near 1 after int8
// quantisation), so a crisis message has a margin of at least zero and a
// benign one at most zero. This ties the bank's rows to the corpus text
// and to the encoder as it runs now.
func TestBankFindsTheCorpusItself(t *testing.T) {
	bank, err := safety.LoadBank()
	if err != nil {
		t.Fatal(err)
	}
	enc, err := encoder.Load()
	if err != nil {
		t.Fatal(err)
	}
	checked := map[string]int{}
	for _, f := range bankFiles(t) {
		for i, r := range readRows(t, f) {
			kind, ok := safety.BankKindOf(r.Label)
			// chit-chat is left out: much of it is shared word for word
			// with other labels ("lol")
			if i%97 != 0 || !ok || r.Label == safety.ClassChitchat {
				continue
			}
			vec := enc.Embed(r.Text)
			// A duplicate text under another label would make a margin
			// zero; quantisation keeps the cosines within 0.01.
			for _, other := range bankKinds[1:] {
				m, ok := bank.MarginOf(other, vec)
				if !ok {
					t.Fatal("MarginOf refused an encoder vector")
				}
				if kind == other && m < -0.01 || kind == safety.BankBenign && m > 0.01 {
					t.Errorf("%s %q: margin %.3f against kind %d", r.Label, r.Text, m, other)
				}
			}
			checked[r.Label]++
		}
	}
	if checked[safety.ClassBenignScope] < 20 || len(checked) < 5 {
		t.Errorf("too few messages checked: %v", checked)
	}
}

func TestBankRoundTrip(t *testing.T) {
	unit := func(v ...float32) []float32 {
		var s float64
		for _, x := range v {
			s += float64(x * x)
		}
		for i := range v {
			v[i] /= float32(math.Sqrt(s))
		}
		return v
	}
	rows := []safety.BankRow{
		{Vec: unit(1, 0, 0, 0), Kind: safety.BankCrisis},
		{Vec: unit(0, 1, 0, 0)},
		{Vec: unit(0, 0.6, 0.8, 0)},
		{Vec: unit(0, 0, 0, 1), Kind: safety.BankClinical},
		{Vec: unit(0, 0, 0.6, -0.8), Kind: safety.BankHarmful},
	}
	var buf bytes.Buffer
	hash := strings.Repeat("a", 64)
	if err := safety.WriteBank(&buf, hash, strings.Repeat("c", 64), strings.Repeat("b", 64), 4, rows); err != nil {
		t.Fatal(err)
	}
	b, err := safety.ReadBank(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if c, n, k, h := b.Len(safety.BankCrisis), b.Len(safety.BankBenign), b.Len(safety.BankClinical), b.Len(safety.BankHarmful); c != 1 || n != 2 || k != 1 || h != 1 || b.Corpus() != hash || b.Pending() != strings.Repeat("c", 64) {
		t.Fatalf("read back %d crisis, %d benign, %d clinical, %d harmful, corpus %q", c, n, k, h, b.Corpus())
	}
	// nearest harmful (0,0,0.6,-0.8): -0.28; nearest benign (0,0.6,0.8,0): 0.48
	if got, ok := b.MarginOf(safety.BankHarmful, unit(0, 0, 0.6, 0.8)); !ok || math.Abs(got+0.76) > 0.01 {
		t.Errorf("MarginOf(BankHarmful) = %.4f, %v; want -0.76", got, ok)
	}
	if _, ok := b.MarginOf(safety.BankBenign, unit(1, 0, 0, 0)); ok {
		t.Error("MarginOf gave a margin of the benign kind against itself")
	}
	// nearest clinical (0,0,0,1): 0.8; nearest benign (0,0.6,0.8,0): 0.48
	if got, ok := b.MarginOf(safety.BankClinical, unit(0, 0, 0.6, 0.8)); !ok || math.Abs(got-0.32) > 0.01 {
		t.Errorf("MarginOf(BankClinical) = %.4f, %v; want 0.32", got, ok)
	}
	if err := safety.WriteBank(&bytes.Buffer{}, hash, hash, hash, 4, []safety.BankRow{{Vec: unit(1, 0, 0, 0), Kind: 7}}); err == nil {
		t.Error("WriteBank accepted an unknown row kind")
	}
	for _, tc := range []struct {
		vec  []float32
		want float64
	}{
		{unit(1, 0, 0, 0), 1},           // a crisis example itself
		{unit(0, 0, 1, 0), -0.8},        // nearest is the third row
		{unit(1, 1, 0, 0), 0},           // halfway
		{unit(0.9, 0.1, 0, 0), 0.88386}, // 0.9939 - 0.1104
	} {
		got, ok := b.Margin(tc.vec)
		if !ok || math.Abs(got-tc.want) > 0.01 {
			t.Errorf("Margin(%v) = %.4f, %v; want %.4f", tc.vec, got, ok, tc.want)
		}
	}
	if _, ok := b.Margin([]float32{1, 0}); ok {
		t.Error("Margin accepted a vector of the wrong dimension")
	}
	var nilBank *safety.Bank
	if _, ok := nilBank.Margin(unit(1, 0, 0, 0)); ok {
		t.Error("a nil bank gave a margin")
	}
	for _, bad := range [][]byte{nil, []byte("CSB1"), append([]byte("XXXX"), buf.Bytes()[4:]...), buf.Bytes()[:buf.Len()-3]} {
		if _, err := safety.ReadBank(bytes.NewReader(bad)); err == nil {
			t.Errorf("ReadBank accepted %d malformed bytes", len(bad))
		}
	}
	if err := safety.WriteBank(&buf, "short", hash, hash, 4, rows); err == nil {
		t.Error("WriteBank accepted a corpus hash that is not sha256 hex")
	}
}

// TestModelRefusesAStaleBank: a bank from another corpus is an error at
// load, never a silent second opinion from the wrong examples.
func TestModelRefusesAStaleBank(t *testing.T) {
	m, err := safety.LoadModel()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	row := safety.BankRow{Vec: make([]float32, 512)}
	row.Vec[0] = 1
	if err := safety.WriteBank(&buf, strings.Repeat("0", 64), strings.Repeat("0", 64), m.Info().Encoder, 512, []safety.BankRow{row, {Vec: row.Vec, Kind: safety.BankCrisis}, {Vec: row.Vec, Kind: safety.BankClinical}, {Vec: row.Vec, Kind: safety.BankHarmful}}); err != nil {
		t.Fatal(err)
	}
	stale, err := safety.ReadBank(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := m.WithBank(stale); err == nil || !strings.Contains(err.Error(), "trainsafety -bank") {
		t.Errorf("WithBank(stale) = %v, want an error naming the rebuild command", err)
	}
}

// bankKinds are the kinds of bank rows, benign first.
var bankKinds = []safety.BankKind{safety.BankBenign, safety.BankCrisis, safety.BankClinical, safety.BankHarmful}

// bankFiles are the files the neighbour bank is built from: the corpus,
// then the lines waiting for a retrain.
func bankFiles(t *testing.T) []string {
	t.Helper()
	return append(jsonlFiles(t, "data/corpus"), jsonlFiles(t, "data/pending")...)
}

func jsonlFiles(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ".jsonl") {
			out = append(out, dir+"/"+e.Name())
		}
	}
	return out
}

type corpusRow struct {
	Text  string `json:"text"`
	Label string `json:"label"`
}

func readRows(t *testing.T, path string) []corpusRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusRow
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var r corpusRow
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, r)
	}
	return out
}

// FuzzReadBank: ReadBank never panics on arbitrary bytes; a bank it
// accepts has rows of every kind and answers Margin without panicking.
func FuzzReadBank(f *testing.F) {
	var buf bytes.Buffer
	hash := strings.Repeat("a", 64)
	rows := []safety.BankRow{{Vec: []float32{1, 0}, Kind: safety.BankCrisis}, {Vec: []float32{0, 1}}, {Vec: []float32{0.6, 0.8}, Kind: safety.BankClinical}, {Vec: []float32{-0.6, 0.8}, Kind: safety.BankHarmful}}
	if err := safety.WriteBank(&buf, hash, hash, hash, 2, rows); err != nil {
		f.Fatal(err)
	}
	f.Add(buf.Bytes())
	f.Add([]byte("CSB1"))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := safety.ReadBank(bytes.NewReader(data))
		if err != nil {
			return
		}
		for _, kind := range bankKinds {
			if b.Len(kind) == 0 {
				t.Fatalf("accepted a bank with no rows of kind %d", kind)
			}
		}
		b.Margin([]float32{0.6, 0.8})
		b.MarginOf(safety.BankClinical, []float32{1})
		b.MarginOf(safety.BankHarmful, []float32{0.6, 0.8})
	})
}
