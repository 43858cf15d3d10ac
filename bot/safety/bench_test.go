package safety_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

func BenchmarkClassify(b *testing.B) {
	c := safety.New()
	msgs := mixedMessages()
	i := 0
	for b.Loop() {
		c.Classify(msgs[i%len(msgs)])
		i++
	}
}

// BenchmarkClassifyLong shows the cost grows linearly with the length of
// a message: compare ns/op across the sizes.
func BenchmarkClassifyLong(b *testing.B) {
	c := safety.New()
	unit := strings.Join(mixedMessages(), " ") + " "
	for _, n := range []int{5000, 10000, 20000} {
		text := strings.Repeat(unit, n/len(unit)+1)[:n]
		b.Run(fmt.Sprintf("chars=%d", n), func(b *testing.B) {
			b.SetBytes(int64(n))
			for b.Loop() {
				c.Classify(text)
			}
		})
	}
}

func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		safety.New()
	}
}
