// Package vecblob is the byte layout both stores use for cached embedding
// vectors: little-endian float32s, four bytes each, nothing else.
package vecblob

import (
	"encoding/binary"
	"fmt"
	"math"
)

// Encode returns v as a blob.
func Encode(v []float32) []byte {
	blob := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(blob[i*4:], math.Float32bits(x))
	}
	return blob
}

// Decode reads a blob written by Encode. A length that is not a multiple
// of four is an error (a corrupt row), never a panic.
func Decode(blob []byte) ([]float32, error) {
	if len(blob)%4 != 0 {
		return nil, fmt.Errorf("corrupt blob of %d bytes", len(blob))
	}
	v := make([]float32, len(blob)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(blob[i*4:]))
	}
	return v, nil
}
