package safety

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
)

// The classes of the learned model, as the corpus labels them.
const (
	ClassSuicide        = "crisis-suicide"
	ClassSelfHarm       = "crisis-selfharm"
	ClassSexualViolence = "crisis-sexual-violence"
	ClassMinor          = "crisis-minor"
	ClassAbuseHome      = "crisis-abuse-home"
	ClassClinical       = "clinical-advice"
	ClassHarmful        = "harmful-request"
	ClassBenignScope    = "benign-scope"
	ClassFigurative     = "benign-figurative"
	ClassChitchat       = "offtopic-chitchat"
)

// numClasses is the number of classes of the learned model.
const numClasses = 10

// Classes lists every class of the learned model in a fixed order.
var Classes = [numClasses]string{
	ClassSuicide, ClassSelfHarm, ClassSexualViolence, ClassMinor, ClassAbuseHome,
	ClassClinical, ClassHarmful, ClassBenignScope, ClassFigurative, ClassChitchat,
}

// isCrisisClass reports whether class is one of the crisis classes.
func isCrisisClass(class string) bool {
	switch class {
	case ClassSuicide, ClassSelfHarm, ClassSexualViolence, ClassMinor, ClassAbuseHome:
		return true
	}
	return false
}

// Embedder turns a text into an L2-normalised sentence vector. The
// built-in encoder (knowledge/encoder) implements it; it must be safe for
// concurrent use.
type Embedder interface {
	// Embed returns the unit-length embedding of text.
	Embed(text string) []float32
}

// Thresholds are the decision points of one model variant, chosen on the
// validation split by tools/trainsafety.
type Thresholds struct {
	// CrisisHigh: a total crisis probability at or above it routes the
	// message to crisis help.
	CrisisHigh float64 `json:"crisis_high"`
	// CrisisSure: at or above it (at least CrisisHigh) the crisis is clear
	// whatever else the message asks; below it, a crisis reading of a
	// message the knowledge base answers well gets the answer with crisis
	// lines instead (the bot decides that: see Verdict.Sure).
	CrisisSure float64 `json:"crisis_sure"`
	// CrisisLow: a total crisis probability at or above it (and below
	// CrisisHigh) adds crisis lines to a normal answer.
	CrisisLow float64 `json:"crisis_low"`
	// Clinical: a clinical-advice probability at or above it refuses.
	Clinical float64 `json:"clinical"`
	// Harmful: a harmful-request probability at or above it declines.
	Harmful float64 `json:"harmful"`
}

// VariantInfo describes one trained variant of the model.
type VariantInfo struct {
	// Name is "full" (encoder vector and n-grams) or "ngram" (n-grams only).
	Name string `json:"name"`
	// Dense is the length of the encoder vector it reads (0: none).
	Dense int `json:"dense"`
	// Lambda is the L2 penalty it was trained with.
	Lambda float64 `json:"lambda"`
	// Temperature divides the logits (calibration on validation).
	Temperature float64 `json:"temperature"`
	// Thresholds are its decision points.
	Thresholds Thresholds `json:"thresholds"`
}

// ModelInfo is the header of a model file.
type ModelInfo struct {
	// Version is the file format version.
	Version int `json:"version"`
	// Classes are the class names in the order of the weight rows.
	Classes []string `json:"classes"`
	// WordBuckets and CharBuckets are the sizes of the hashed n-gram blocks.
	WordBuckets int `json:"word_buckets"`
	CharBuckets int `json:"char_buckets"`
	// Corpus is the sha256 of the training corpus (see CorpusHash).
	Corpus string `json:"corpus"`
	// Encoder is the fingerprint of the sentence encoder the full variant
	// was trained with.
	Encoder string `json:"encoder,omitempty"`
	// Variants are the trained variants.
	Variants []VariantInfo `json:"variants"`
}

// variant is one trained weight set.
type variant struct {
	info VariantInfo
	dim  int       // Dense + WordBuckets + CharBuckets
	w    []float32 // len(classes) rows of dim
	b    []float32
}

// Model is the learned safety classifier: multinomial logistic regression
// over a sentence vector and hashed word and character n-grams. It is
// read-only once loaded and safe for concurrent use.
type Model struct {
	info     ModelInfo
	variants []*variant
	// bank, when set, gives a crisis reading below SecondOpinionBelow its
	// second opinion (see Bank).
	bank *Bank
}

const modelMagic = "CANDORSM"

//go:embed data/model.bin
var embeddedModel []byte

// LoadModel returns the model committed in bot/safety/data/model.bin, with
// the neighbour bank of the same corpus (data/bank.bin) attached. It
// returns an error if either file is malformed or the bank was built from
// another corpus or encoder than the model.
func LoadModel() (*Model, error) {
	m, err := ReadModel(bytes.NewReader(embeddedModel))
	if err != nil {
		return nil, err
	}
	b, err := LoadBank()
	if err != nil {
		return nil, err
	}
	return m.WithBank(b)
}

// WithBank returns a copy of m that asks b for a second opinion on crisis
// readings short of SecondOpinionBelow. The bank must come from the
// model's corpus and encoder.
func (m *Model) WithBank(b *Bank) (*Model, error) {
	if b.Corpus() != m.info.Corpus || b.Encoder() != m.info.Encoder {
		return nil, fmt.Errorf("neighbour bank (corpus %.12s, encoder %.12s) does not match the model (corpus %.12s, encoder %.12s): run go run ./tools/trainsafety -bank",
			b.Corpus(), b.Encoder(), m.info.Corpus, m.info.Encoder)
	}
	cp := *m
	cp.bank = b
	return &cp, nil
}

// Info returns the model's header: classes, corpus hash, variants.
func (m *Model) Info() ModelInfo { return m.info }

// ReadModel parses a model file. It returns an error when the file is
// truncated, has the wrong magic or version, or its sizes disagree.
func ReadModel(r io.Reader) (*Model, error) {
	var magic [8]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil || string(magic[:]) != modelMagic {
		return nil, errors.New("read safety model: not a model file")
	}
	var n uint32
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil || n > 1<<20 {
		return nil, errors.New("read safety model: bad header length")
	}
	hdr := make([]byte, n)
	if _, err := io.ReadFull(r, hdr); err != nil {
		return nil, fmt.Errorf("read safety model: %w", err)
	}
	m := &Model{}
	if err := json.Unmarshal(hdr, &m.info); err != nil {
		return nil, fmt.Errorf("read safety model header: %w", err)
	}
	if m.info.Version != 1 || len(m.info.Classes) != len(Classes) {
		return nil, fmt.Errorf("read safety model: version %d with %d classes not supported", m.info.Version, len(m.info.Classes))
	}
	for i, c := range m.info.Classes {
		if c != Classes[i] {
			return nil, fmt.Errorf("read safety model: class %d is %q, want %q", i, c, Classes[i])
		}
	}
	k := len(Classes)
	for _, vi := range m.info.Variants {
		v := &variant{info: vi, dim: vi.Dense + m.info.WordBuckets + m.info.CharBuckets}
		v.w = make([]float32, k*v.dim)
		v.b = make([]float32, k)
		if err := binary.Read(r, binary.LittleEndian, v.w); err != nil {
			return nil, fmt.Errorf("read safety model weights: %w", err)
		}
		if err := binary.Read(r, binary.LittleEndian, v.b); err != nil {
			return nil, fmt.Errorf("read safety model biases: %w", err)
		}
		m.variants = append(m.variants, v)
	}
	if len(m.variants) == 0 {
		return nil, errors.New("read safety model: no variants")
	}
	return m, nil
}

// WriteTo writes the model in the format ReadModel reads.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	hdr, err := json.Marshal(m.info)
	if err != nil {
		return 0, err
	}
	var buf bytes.Buffer
	buf.WriteString(modelMagic)
	binary.Write(&buf, binary.LittleEndian, uint32(len(hdr)))
	buf.Write(hdr)
	for _, v := range m.variants {
		binary.Write(&buf, binary.LittleEndian, v.w)
		binary.Write(&buf, binary.LittleEndian, v.b)
	}
	return buf.WriteTo(w)
}

// Prediction is the model's reading of one message.
type Prediction struct {
	// Variant is the variant that predicted: "full" or "ngram".
	Variant string
	// Probs holds one calibrated probability per class, in Classes order.
	Probs [numClasses]float64
	// Thresholds are that variant's decision points.
	Thresholds Thresholds
}

// Crisis returns the total probability of the crisis classes.
func (p Prediction) Crisis() float64 {
	var s float64
	for i, c := range Classes {
		if isCrisisClass(c) {
			s += p.Probs[i]
		}
	}
	return s
}

// Top returns the most probable class and its probability; with crisis
// set, only among the crisis classes.
func (p Prediction) Top(crisis bool) (string, float64) {
	best, bp := "", -1.0
	for i, c := range Classes {
		if crisis && !isCrisisClass(c) {
			continue
		}
		if p.Probs[i] > bp {
			best, bp = c, p.Probs[i]
		}
	}
	return best, bp
}

// Prob returns the probability of class (0 for an unknown class).
func (p Prediction) Prob(class string) float64 {
	for i, c := range Classes {
		if c == class {
			return p.Probs[i]
		}
	}
	return 0
}

// pick returns the variant for a vector of length dense: the full one when
// a vector of its size is given, else the n-gram one.
func (m *Model) pick(dense int) *variant {
	var fallback *variant
	for _, v := range m.variants {
		if v.info.Dense > 0 && v.info.Dense == dense {
			return v
		}
		if v.info.Dense == 0 {
			fallback = v
		}
	}
	return fallback
}

// Predict classifies text; vec is its sentence vector, or nil when no
// encoder is configured (the n-gram variant then decides). It returns
// false when the model has no variant for that case.
func (m *Model) Predict(text string, vec []float32) (Prediction, bool) {
	v := m.pick(len(vec))
	if v == nil {
		return Prediction{}, false
	}
	if v.info.Dense == 0 {
		vec = nil
	}
	sp := ngramFeatures(text, m.info.WordBuckets, m.info.CharBuckets, v.info.Dense)
	var logits [numClasses]float64
	v.logits(vec, sp, logits[:])
	p := Prediction{Variant: v.info.Name, Thresholds: v.info.Thresholds}
	softmax(logits[:], v.info.Temperature, p.Probs[:])
	return p, true
}

// logits fills out with W·x + b for the dense vector vec and sparse sp.
func (v *variant) logits(vec []float32, sp sparse, out []float64) {
	for k := range out {
		row := v.w[k*v.dim : (k+1)*v.dim]
		s := float64(v.b[k])
		var d float32
		for j, x := range vec {
			d += row[j] * x
		}
		s += float64(d)
		for j, i := range sp.idx {
			s += float64(row[i] * sp.val[j])
		}
		out[k] = s
	}
}

// softmax writes the probabilities of logits divided by temperature t.
func softmax(logits []float64, t float64, out []float64) {
	if t <= 0 {
		t = 1
	}
	mx := math.Inf(-1)
	for _, z := range logits {
		mx = math.Max(mx, z/t)
	}
	var sum float64
	for i, z := range logits {
		out[i] = math.Exp(z/t - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
}
