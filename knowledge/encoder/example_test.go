package encoder_test

import (
	"fmt"

	"github.com/candorbot/candor/knowledge/encoder"
)

// Load the model once, embed texts, and compare them by dot product (the
// vectors are unit length, so the dot product is the cosine).
func Example() {
	m, err := encoder.Load()
	if err != nil {
		fmt.Println("load:", err)
		return
	}
	dot := func(a, b []float32) float32 {
		var s float32
		for i := range a {
			s += a[i] * b[i]
		}
		return s
	}
	q := m.Embed("what happens in a sex therapy session?")
	near := m.Embed("what goes on in a sex therapist's office")
	far := m.Embed("can you help me with my calculus homework")
	fmt.Println(len(q), m.Dim())
	fmt.Println(dot(q, near) > dot(q, far))
	// Output:
	// 512 512
	// true
}
