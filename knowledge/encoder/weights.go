package encoder

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// tensor is one named weight: either float32 values (f) or int8 values with
// a float32 scale per row (q, scale).
type tensor struct {
	rows, cols int
	f          []float32
	q          []int8
	scale      []float32
}

// dense returns the tensor's values as float32, dequantising if needed.
//
//go:norace
func (t *tensor) dense() []float32 {
	if t.f != nil {
		return t.f
	}
	f := make([]float32, len(t.q))
	for r := 0; r < t.rows; r++ {
		s := t.scale[r]
		row := t.q[r*t.cols : (r+1)*t.cols]
		out := f[r*t.cols : (r+1)*t.cols]
		for i, v := range row {
			out[i] = float32(v) * s
		}
	}
	return f
}

// row writes row r of t into dst (len cols) scaled by k.
//
//go:norace
func (t *tensor) row(dst []float32, r int, k float32) {
	if t.f != nil {
		for i, v := range t.f[r*t.cols : (r+1)*t.cols] {
			dst[i] = k * v
		}
		return
	}
	s := t.scale[r]
	for i, v := range t.q[r*t.cols : (r+1)*t.cols] {
		dst[i] = k * (float32(v) * s)
	}
}

const (
	kindF32  = 1
	kindInt8 = 2
)

// reader reads little-endian values from a byte slice and remembers the
// first error.
type reader struct {
	b   []byte
	err error
}

func (r *reader) take(n int) []byte {
	if r.err != nil {
		return nil
	}
	if n < 0 || n > len(r.b) {
		r.err = errors.New("unexpected end of data")
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) u8() int {
	p := r.take(1)
	if p == nil {
		return 0
	}
	return int(p[0])
}

func (r *reader) u16() int {
	p := r.take(2)
	if p == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint16(p))
}

func (r *reader) u32() int {
	p := r.take(4)
	if p == nil {
		return 0
	}
	return int(binary.LittleEndian.Uint32(p))
}

func (r *reader) f64() float64 {
	p := r.take(8)
	if p == nil {
		return 0
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(p))
}

//go:norace
func (r *reader) f32s(n int) []float32 {
	p := r.take(4 * n)
	if p == nil {
		return nil
	}
	v := make([]float32, n)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(p[4*i:]))
	}
	return v
}

// parseWeights reads a weights.bin image (format in doc.go).
func parseWeights(b []byte) (map[string]*tensor, error) {
	r := &reader{b: b}
	if string(r.take(8)) != "CANDUSE1" {
		return nil, errors.New("weights: bad magic")
	}
	n := r.u32()
	if n > 1000 {
		return nil, fmt.Errorf("weights: %d tensors", n)
	}
	ts := make(map[string]*tensor, n)
	for i := 0; i < n && r.err == nil; i++ {
		name := string(r.take(r.u8()))
		kind := r.u8()
		t := &tensor{rows: r.u32(), cols: r.u32()}
		if t.rows <= 0 || t.cols <= 0 || t.rows > 1<<20 || t.cols > 1<<20 {
			return nil, fmt.Errorf("weights: %s: bad shape %dx%d", name, t.rows, t.cols)
		}
		switch kind {
		case kindF32:
			t.f = r.f32s(t.rows * t.cols)
		case kindInt8:
			t.scale = r.f32s(t.rows)
			t.q = int8s(r.take(t.rows * t.cols))
		default:
			return nil, fmt.Errorf("weights: %s: unknown kind %d", name, kind)
		}
		ts[name] = t
	}
	if r.err != nil {
		return nil, fmt.Errorf("weights: %w", r.err)
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("weights: %d trailing bytes", len(r.b))
	}
	return ts, nil
}

//go:norace
func int8s(p []byte) []int8 {
	q := make([]int8, len(p))
	for j, v := range p {
		q[j] = int8(v)
	}
	return q
}

// piece is one vocabulary entry.
type piece struct {
	text  string
	score float64
}

// parseVocab reads a vocab.bin image (format in doc.go).
func parseVocab(b []byte) ([]piece, error) {
	r := &reader{b: b}
	if string(r.take(8)) != "CANDVOC1" {
		return nil, errors.New("vocab: bad magic")
	}
	n := r.u32()
	if n > 1<<20 {
		return nil, fmt.Errorf("vocab: %d pieces", n)
	}
	ps := make([]piece, 0, n)
	for i := 0; i < n && r.err == nil; i++ {
		text := string(r.take(r.u16()))
		ps = append(ps, piece{text: text, score: r.f64()})
	}
	if r.err != nil {
		return nil, fmt.Errorf("vocab: %w", r.err)
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("vocab: %d trailing bytes", len(r.b))
	}
	return ps, nil
}
