package safety

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
)

// SecondOpinionBelow is the model's crisis probability below which a
// crisis reading asks for a second opinion (Bank.Margin and the n-gram
// variant) before it sends a message to crisis help in place of an
// answer. At or above it the reading stands on its own.
const SecondOpinionBelow = 0.95

// secondOpinionNgram is the n-gram variant's crisis probability below
// which that variant is read as not seeing a crisis.
const secondOpinionNgram = 0.5

// RuleSecondOpinion names the decision that turned a crisis reading into
// the support tier (an answer with crisis lines beside it): the message's
// nearest training example is benign and the n-gram variant does not see
// a crisis. It ends in "/support" like every support-tier rule.
const RuleSecondOpinion = "model/second-opinion/support"

// bankMagic opens a neighbour-bank file.
const bankMagic = "CSB2"

// Bank holds the sentence vectors of the training corpus's crisis,
// clinical-advice, harmful and benign messages, quantised to int8 with one
// scale per row, for a nearest-neighbour reading that the linear model
// cannot give: a long, personal message about a relationship, a body or a
// schedule ("wife had our baby 4 months ago and she's not interested at
// all") can sit on the crisis side of the model's hyperplane while its
// nearest training examples are all benign. Safe for concurrent use once
// read.
type Bank struct {
	dim     int
	corpus  string
	pending string
	encoder string
	// rows and scales by BankKind
	rows   [numBankKinds][]int8
	scales [numBankKinds][]float32
}

//go:embed data/bank.bin
var bankBin []byte

// LoadBank reads the bank committed with the package (data/bank.bin,
// built by `go run ./tools/trainsafety -bank`).
func LoadBank() (*Bank, error) { return ReadBank(bytes.NewReader(bankBin)) }

// Corpus is the sha256 of the training corpus the bank was built from.
func (b *Bank) Corpus() string { return b.corpus }

// Pending is the sha256 of the labelled lines waiting for a retrain
// (data/pending/*.jsonl) that the bank holds beside the corpus: the linear
// model has not learnt them, but a nearest-neighbour reading can use them
// at once.
func (b *Bank) Pending() string { return b.pending }

// Encoder is the fingerprint of the sentence encoder that made its vectors.
func (b *Bank) Encoder() string { return b.encoder }

// Len returns the number of vectors of a kind.
func (b *Bank) Len(kind BankKind) int {
	if b == nil || kind >= numBankKinds {
		return 0
	}
	return len(b.scales[kind])
}

// BankKind is what a bank row's message is.
type BankKind byte

// The kinds of bank rows.
const (
	// BankBenign: in scope, figurative or chit-chat.
	BankBenign BankKind = iota
	// BankCrisis: any crisis class.
	BankCrisis
	// BankClinical: a request for clinical advice.
	BankClinical
	// BankHarmful: a harmful request.
	BankHarmful
	numBankKinds
)

// BankKindOf is the kind of bank row a corpus label makes; false for a
// label the bank does not hold.
func BankKindOf(label string) (BankKind, bool) {
	switch {
	case isCrisisClass(label):
		return BankCrisis, true
	case label == ClassClinical:
		return BankClinical, true
	case label == ClassHarmful:
		return BankHarmful, true
	case label == ClassBenignScope || label == ClassFigurative || label == ClassChitchat:
		return BankBenign, true
	}
	return 0, false
}

// BankRow is one vector of a bank being built.
type BankRow struct {
	Vec  []float32
	Kind BankKind
}

// WriteBank writes rows as a bank for the corpus and pending-lines hashes
// and the encoder fingerprint given.
func WriteBank(w io.Writer, corpus, pending, encoder string, dim int, rows []BankRow) error {
	if len(corpus) != 64 || len(pending) != 64 || len(encoder) != 64 {
		return errors.New("write bank: corpus, pending and encoder must be sha256 hex strings")
	}
	var hdr bytes.Buffer
	hdr.WriteString(bankMagic)
	binary.Write(&hdr, binary.LittleEndian, uint32(dim))
	binary.Write(&hdr, binary.LittleEndian, uint32(len(rows)))
	hdr.WriteString(corpus)
	hdr.WriteString(pending)
	hdr.WriteString(encoder)
	if _, err := w.Write(hdr.Bytes()); err != nil {
		return err
	}
	buf := make([]byte, 1+4+dim)
	for _, r := range rows {
		if len(r.Vec) != dim {
			return fmt.Errorf("write bank: vector of %d, want %d", len(r.Vec), dim)
		}
		var mx float32
		for _, x := range r.Vec {
			if a := float32(math.Abs(float64(x))); a > mx {
				mx = a
			}
		}
		scale := mx / 127
		if r.Kind >= numBankKinds {
			return fmt.Errorf("write bank: unknown row kind %d", r.Kind)
		}
		buf[0] = byte(r.Kind)
		binary.LittleEndian.PutUint32(buf[1:5], math.Float32bits(scale))
		for i, x := range r.Vec {
			q := 0.0
			if scale > 0 {
				q = math.Round(float64(x / scale))
			}
			buf[5+i] = byte(int8(q))
		}
		if _, err := w.Write(buf); err != nil {
			return err
		}
	}
	return nil
}

// ReadBank reads a bank written by WriteBank.
func ReadBank(r io.Reader) (*Bank, error) {
	var magic [4]byte
	if _, err := io.ReadFull(r, magic[:]); err != nil || string(magic[:]) != bankMagic {
		return nil, errors.New("read bank: not a neighbour bank")
	}
	var dim, n uint32
	if err := binary.Read(r, binary.LittleEndian, &dim); err != nil {
		return nil, fmt.Errorf("read bank: %w", err)
	}
	if err := binary.Read(r, binary.LittleEndian, &n); err != nil {
		return nil, fmt.Errorf("read bank: %w", err)
	}
	if dim == 0 || dim > 4096 || n > 1<<20 {
		return nil, fmt.Errorf("read bank: implausible size %d x %d", n, dim)
	}
	var ids [192]byte
	if _, err := io.ReadFull(r, ids[:]); err != nil {
		return nil, fmt.Errorf("read bank: %w", err)
	}
	b := &Bank{dim: int(dim), corpus: string(ids[:64]), pending: string(ids[64:128]), encoder: string(ids[128:])}
	buf := make([]byte, 1+4+int(dim))
	for i := 0; i < int(n); i++ {
		if _, err := io.ReadFull(r, buf); err != nil {
			return nil, fmt.Errorf("read bank: row %d: %w", i, err)
		}
		kind := BankKind(buf[0])
		if kind >= numBankKinds {
			return nil, fmt.Errorf("read bank: row %d has unknown kind %d", i, buf[0])
		}
		b.scales[kind] = append(b.scales[kind], math.Float32frombits(binary.LittleEndian.Uint32(buf[1:5])))
		for _, x := range buf[5:] {
			b.rows[kind] = append(b.rows[kind], int8(x))
		}
	}
	for kind := range numBankKinds {
		if len(b.scales[kind]) == 0 {
			return nil, errors.New("read bank: it needs crisis, benign, clinical and harmful rows")
		}
	}
	return b, nil
}

// Margin returns the cosine of vec's nearest crisis example minus that of
// its nearest benign one: below zero, the message is closer to something
// benign the corpus holds than to any crisis in it. vec must be a unit
// vector of the bank's dimension; otherwise Margin returns 0 and false.
func (b *Bank) Margin(vec []float32) (float64, bool) { return b.MarginOf(BankCrisis, vec) }

// MarginOf is the cosine of vec's nearest example of kind minus that of
// its nearest benign one (0 and false for a vector of another dimension
// or the benign kind itself).
func (b *Bank) MarginOf(kind BankKind, vec []float32) (float64, bool) {
	if b == nil || len(vec) != b.dim || kind == BankBenign || kind >= numBankKinds {
		return 0, false
	}
	return float64(b.nearest(kind, vec) - b.nearest(BankBenign, vec)), true
}

// nearest returns the highest cosine between vec and the rows of kind.
func (b *Bank) nearest(kind BankKind, vec []float32) float32 {
	rows, scales := b.rows[kind], b.scales[kind]
	best := float32(-2)
	d := len(vec)
	for i, s := range scales {
		if c := dotInt8(vec, rows[i*d:(i+1)*d]) * s; c > best {
			best = c
		}
	}
	return best
}

// dotInt8 is the dot product of a float vector and an int8 row.
//
//go:norace
func dotInt8(a []float32, b []int8) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * float32(b[i])
		s1 += a[i+1] * float32(b[i+1])
		s2 += a[i+2] * float32(b[i+2])
		s3 += a[i+3] * float32(b[i+3])
	}
	for ; i < len(a); i++ {
		s0 += a[i] * float32(b[i])
	}
	return s0 + s1 + s2 + s3
}
