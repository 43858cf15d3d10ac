package encoder

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math"
)

//go:embed data/weights.bin
var weightsBin []byte

//go:embed data/vocab.bin
var vocabBin []byte

const (
	dim       = 512 // embedding width
	maxTokens = 128 // tokens the model reads; the rest are dropped
	embWidth  = 256 // token embedding width
	ffWidth   = 1536
	heads     = 4
	lnEps     = 1e-6
)

// Model is a loaded Universal Sentence Encoder Lite. Safe for concurrent use.
type Model struct {
	tok         *tokenizer
	emb         *tensor     // [8002, 256], int8 per row
	timing      [][]float32 // [maxTokens][256] sinusoidal signal per position
	res         linear      // layer 0 residual projection 256 -> 512
	layers      [2]layer
	pool        linear // 512 -> 512, tanh
	fingerprint string
}

// linear is y = W x + b with W stored [out, in].
type linear struct {
	in, out int
	w       []float32
	b       []float32
}

type layer struct {
	width, headDim   int
	lnScale, lnBias  []float32
	qkv, out         linear
	ffScale, ffBias  []float32
	ff1, ff2         linear
	attentionScaling float32
}

// Load parses the embedded int8 weights and vocabulary (call once).
// It returns an error only if the embedded data is damaged.
func Load() (*Model, error) {
	return load(weightsBin, vocabBin)
}

func load(weights, vocab []byte) (*Model, error) {
	ts, err := parseWeights(weights)
	if err != nil {
		return nil, fmt.Errorf("load encoder: %w", err)
	}
	pieces, err := parseVocab(vocab)
	if err != nil {
		return nil, fmt.Errorf("load encoder: %w", err)
	}
	g := getter{ts: ts}
	m := &Model{
		tok:  newTokenizer(pieces),
		emb:  g.tensor("emb", 0, embWidth),
		res:  g.linear("l0.res", embWidth, dim),
		pool: g.linear("pool", dim, dim),
	}
	inv := g.vector("timing", embWidth/2)
	for i, width := range []int{embWidth, dim} {
		p := fmt.Sprintf("l%d.", i)
		m.layers[i] = layer{
			width:            width,
			headDim:          width / heads,
			lnScale:          g.vector(p+"ln.scale", width),
			lnBias:           g.vector(p+"ln.bias", width),
			qkv:              g.linear(p+"qkv", width, 3*width),
			out:              g.linear(p+"out", width, dim),
			ffScale:          g.vector(p+"ffln.scale", dim),
			ffBias:           g.vector(p+"ffln.bias", dim),
			ff1:              g.linear(p+"ff1", dim, ffWidth),
			ff2:              g.linear(p+"ff2", ffWidth, dim),
			attentionScaling: float32(1 / math.Sqrt(float64(width/heads))),
		}
	}
	if g.err != nil {
		return nil, fmt.Errorf("load encoder: %w", g.err)
	}
	if m.emb.rows < len(pieces) {
		return nil, fmt.Errorf("load encoder: %d embeddings for %d pieces", m.emb.rows, len(pieces))
	}
	// The reference computes the signal in float32: sin/cos of
	// position * inverse timescale, sines first.
	m.timing = make([][]float32, maxTokens)
	for pos := range m.timing {
		row := make([]float32, embWidth)
		for k, f := range inv {
			a := float64(float32(pos) * f)
			row[k] = float32(math.Sin(a))
			row[k+len(inv)] = float32(math.Cos(a))
		}
		m.timing[pos] = row
	}
	h := sha256.New()
	h.Write(weights)
	h.Write(vocab)
	m.fingerprint = hex.EncodeToString(h.Sum(nil))
	return m, nil
}

// getter looks tensors up by name and checks their shapes, keeping the
// first error.
type getter struct {
	ts  map[string]*tensor
	err error
}

func (g *getter) tensor(name string, rows, cols int) *tensor {
	t, ok := g.ts[name]
	switch {
	case g.err != nil:
		return nil
	case !ok:
		g.err = fmt.Errorf("missing tensor %s", name)
		return nil
	case (rows != 0 && t.rows != rows) || t.cols != cols:
		g.err = fmt.Errorf("tensor %s is %dx%d, want %dx%d", name, t.rows, t.cols, rows, cols)
		return nil
	}
	return t
}

func (g *getter) vector(name string, n int) []float32 {
	t := g.tensor(name, 1, n)
	if t == nil {
		return nil
	}
	return t.dense()
}

func (g *getter) linear(prefix string, in, out int) linear {
	w := g.tensor(prefix+".w", out, in)
	b := g.vector(prefix+".b", out)
	if w == nil {
		return linear{}
	}
	return linear{in: in, out: out, w: w.dense(), b: b}
}

// Dim is 512.
func (m *Model) Dim() int { return dim }

// Fingerprint is the sha256 (hex) of the embedded weight + vocab files; the
// lead uses it to key vector caches.
func (m *Model) Fingerprint() string { return m.fingerprint }

// Embed returns the 512-dim L2-normalised embedding of text (never nil;
// empty text gives a valid vector). Truncates to 128 tokens.
//
// Empty text (no tokens) gives the vector the reference model gives a
// token-less row of a batch: the normalised tanh of the output bias.
func (m *Model) Embed(text string) []float32 {
	ids := m.tok.encode(text)
	if len(ids) > maxTokens {
		ids = ids[:maxTokens]
	}
	return m.forward(ids)
}
