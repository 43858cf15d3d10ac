package knowledge

import (
	"bufio"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
)

// Vectors holds sentence embeddings of texts, keyed by a hash of the text,
// all made by one model (named by its fingerprint). A knowledge base's
// vectors are computed once, committed or cached on disk, and looked up at
// start-up instead of running the encoder on every question variant.
// Vectors is not safe for concurrent writes; lookups are safe once filled.
type Vectors struct {
	model string
	dim   int
	idx   map[TextKey]int
	vecs  [][]float32
}

// TextKey identifies a text in a Vectors set: the first 16 bytes of the
// SHA-256 of the text as embedded.
type TextKey [16]byte

// KeyOf returns the key of a text.
func KeyOf(text string) TextKey {
	s := sha256.Sum256([]byte(text))
	var k TextKey
	copy(k[:], s[:16])
	return k
}

// NewVectors returns an empty set for a model's vectors of dim dimensions.
func NewVectors(model string, dim int) *Vectors {
	return &Vectors{model: model, dim: dim, idx: map[TextKey]int{}}
}

// Model returns the fingerprint of the model the vectors were made with.
func (v *Vectors) Model() string { return v.model }

// Dim returns the vectors' dimension.
func (v *Vectors) Dim() int { return v.dim }

// Len returns how many texts have a vector.
func (v *Vectors) Len() int { return len(v.vecs) }

// Add stores the vector of a text, replacing any earlier one. It panics
// when the vector's dimension is not the set's, a programming error.
func (v *Vectors) Add(text string, vec []float32) {
	if len(vec) != v.dim {
		panic(fmt.Sprintf("knowledge: vector of %d dimensions in a set of %d", len(vec), v.dim))
	}
	k := KeyOf(text)
	if i, ok := v.idx[k]; ok {
		v.vecs[i] = vec
		return
	}
	v.idx[k] = len(v.vecs)
	v.vecs = append(v.vecs, vec)
}

// Lookup returns the vector of a text, if the set has one.
func (v *Vectors) Lookup(text string) ([]float32, bool) {
	if v == nil {
		return nil, false
	}
	i, ok := v.idx[KeyOf(text)]
	if !ok {
		return nil, false
	}
	return v.vecs[i], true
}

// vectorsMagic starts a vectors file; the 1 is the format version.
const vectorsMagic = "CANDORVEC1\n"

// WriteTo writes the set in Candor's vectors format: the magic line, the
// model fingerprint (uint16 length, bytes), the dimension and count
// (uint32 each, little-endian), then per text, in key order: its 16-byte
// key, a float32 scale and dim int8 components (value = int8 × scale).
// Eight bits per component keep cosine similarities within about 1e-3 of
// the float32 ones.
func (v *Vectors) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	cw := &countWriter{w: bw}
	keys := make([]TextKey, 0, len(v.idx))
	for k := range v.idx {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return string(keys[i][:]) < string(keys[j][:]) })
	cw.Write([]byte(vectorsMagic))
	binary.Write(cw, binary.LittleEndian, uint16(len(v.model)))
	cw.Write([]byte(v.model))
	binary.Write(cw, binary.LittleEndian, uint32(v.dim))
	binary.Write(cw, binary.LittleEndian, uint32(len(keys)))
	q := make([]byte, v.dim)
	for _, k := range keys {
		vec := v.vecs[v.idx[k]]
		var m float32
		for _, x := range vec {
			m = max(m, float32(math.Abs(float64(x))))
		}
		scale := m / 127
		for i, x := range vec {
			if scale > 0 {
				q[i] = byte(int8(math.Round(float64(x / scale))))
			} else {
				q[i] = 0
			}
		}
		cw.Write(k[:])
		binary.Write(cw, binary.LittleEndian, math.Float32bits(scale))
		cw.Write(q)
	}
	if cw.err != nil {
		return cw.n, fmt.Errorf("write vectors: %w", cw.err)
	}
	if err := bw.Flush(); err != nil {
		return cw.n, fmt.Errorf("write vectors: %w", err)
	}
	return cw.n, nil
}

// ReadVectors reads a set written by WriteTo. It returns an error for
// another format, a truncated file or an absurd size.
func ReadVectors(r io.Reader) (*Vectors, error) {
	br := bufio.NewReader(r)
	magic := make([]byte, len(vectorsMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != vectorsMagic {
		return nil, errors.New("read vectors: not a Candor vectors file")
	}
	var n16 uint16
	if err := binary.Read(br, binary.LittleEndian, &n16); err != nil {
		return nil, fmt.Errorf("read vectors: %w", err)
	}
	model := make([]byte, n16)
	if _, err := io.ReadFull(br, model); err != nil {
		return nil, fmt.Errorf("read vectors: %w", err)
	}
	var dim, count uint32
	if err := binary.Read(br, binary.LittleEndian, &dim); err != nil {
		return nil, fmt.Errorf("read vectors: %w", err)
	}
	if err := binary.Read(br, binary.LittleEndian, &count); err != nil {
		return nil, fmt.Errorf("read vectors: %w", err)
	}
	if dim == 0 || dim > 8192 || count > 10_000_000 {
		return nil, fmt.Errorf("read vectors: implausible size (%d vectors of %d dimensions)", count, dim)
	}
	v := NewVectors(string(model), int(dim))
	rec := make([]byte, 16+4+int(dim))
	for i := uint32(0); i < count; i++ {
		if _, err := io.ReadFull(br, rec); err != nil {
			return nil, fmt.Errorf("read vectors: record %d: %w", i, err)
		}
		var k TextKey
		copy(k[:], rec[:16])
		scale := math.Float32frombits(binary.LittleEndian.Uint32(rec[16:20]))
		vec := make([]float32, dim)
		for j := range vec {
			vec[j] = float32(int8(rec[20+j])) * scale
		}
		normalize(vec)
		v.idx[k] = len(v.vecs)
		v.vecs = append(v.vecs, vec)
	}
	return v, nil
}

// normalize scales vec to unit length in place (a zero vector stays zero).
func normalize(vec []float32) {
	var s float64
	for _, x := range vec {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range vec {
		vec[i] *= inv
	}
}

type countWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (c *countWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += int64(n)
	c.err = err
	return n, err
}
