package safety_test

import (
	"math"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// unitVector is a fixed stand-in for an encoder vector: the benchmark
// measures triage beyond the encoder call, which the search shares.
func unitVector(n int) []float32 {
	v := make([]float32, n)
	var s float64
	for i := range v {
		v[i] = float32(math.Sin(float64(i) + 1))
		s += float64(v[i]) * float64(v[i])
	}
	for i := range v {
		v[i] /= float32(math.Sqrt(s))
	}
	return v
}

// BenchmarkClassifyWithModel is triage with the learned model, rules
// first, for the full variant (vector given) and the n-gram one.
func BenchmarkClassifyWithModel(b *testing.B) {
	m, err := safety.LoadModel()
	if err != nil {
		b.Fatal(err)
	}
	c := safety.New().WithModel(m)
	msgs := mixedMessages()
	vec := unitVector(m.Info().Variants[0].Dense)
	b.Run("full", func(b *testing.B) {
		i := 0
		for b.Loop() {
			c.ClassifyVec(msgs[i%len(msgs)], vec)
			i++
		}
	})
	b.Run("ngram", func(b *testing.B) {
		i := 0
		for b.Loop() {
			c.ClassifyVec(msgs[i%len(msgs)], nil)
			i++
		}
	})
	long := strings.Repeat(strings.Join(msgs, " ")+" ", 20)[:5000]
	b.Run("full/5000-chars", func(b *testing.B) {
		for b.Loop() {
			c.ClassifyVec(long, vec)
		}
	})
}

func BenchmarkLoadModel(b *testing.B) {
	for b.Loop() {
		if _, err := safety.LoadModel(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkBankMargin is the second opinion's nearest-neighbour reading:
// one vector against every crisis and benign vector of the corpus. It runs
// only for a crisis reading short of SecondOpinionBelow; compare it with
// BenchmarkClassifyWithModel/full.
func BenchmarkBankMargin(b *testing.B) {
	bank, err := safety.LoadBank()
	if err != nil {
		b.Fatal(err)
	}
	vec := unitVector(512)
	for b.Loop() {
		if _, ok := bank.Margin(vec); !ok {
			b.Fatal("no margin")
		}
	}
}
