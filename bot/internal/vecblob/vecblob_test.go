package vecblob_test

import (
	"math"
	"slices"
	"testing"

	"github.com/candorbot/candor/bot/internal/vecblob"
)

func TestRoundTrip(t *testing.T) {
	v := []float32{0, 1, -2.5, float32(math.Inf(1)), 1e-30}
	got, err := vecblob.Decode(vecblob.Encode(v))
	if err != nil || !slices.Equal(got, v) {
		t.Fatalf("%v, %v", got, err)
	}
	if _, err := vecblob.Decode([]byte{1, 2, 3}); err == nil {
		t.Error("a 3-byte blob was accepted")
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte{0, 0, 128, 63})
	f.Add([]byte{1, 2, 3})
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := vecblob.Decode(b)
		if err != nil {
			return
		}
		if out := vecblob.Encode(v); string(out) != string(b) {
			t.Fatalf("round trip changed %x to %x", b, out)
		}
	})
}
