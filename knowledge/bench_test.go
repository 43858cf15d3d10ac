package knowledge_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/knowledge"
)

// BenchmarkLoadEmbedded measures start-up: reading, parsing and indexing
// the embedded knowledge base.
func BenchmarkLoadEmbedded(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := knowledge.LoadEmbedded(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSearchEmbedded(b *testing.B) {
	kb := embedded(b)
	qs := []string{"what is sex therapy", "my partner wants sex way more than me", "erectle dysfuntion causes", "what's the weather in paris"}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		kb.Search(qs[i%len(qs)], knowledge.SearchOptions{})
	}
}

// synthetic builds n entries from a vocabulary of made-up words with a
// Zipf-like spread, so index size and posting lengths grow as real ones do.
func synthetic(n int) []*knowledge.Entry {
	r := rand.New(rand.NewSource(1))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%dx%c", i, 'a'+rune(i%26))
	}
	zipf := rand.NewZipf(r, 1.2, 1, uint64(len(vocab)-1))
	sentence := func(k int) string {
		ws := make([]string, k)
		for i := range ws {
			ws[i] = vocab[zipf.Uint64()]
		}
		return strings.Join(ws, " ")
	}
	es := make([]*knowledge.Entry, n)
	for i := range es {
		qs := make([]string, 6)
		for j := range qs {
			qs[j] = sentence(7)
		}
		es[i] = &knowledge.Entry{
			ID: fmt.Sprintf("e%d", i), Kind: knowledge.KindTopic, Title: sentence(4), Questions: qs,
			Body: sentence(180), Sources: []knowledge.Source{{Title: "x", URL: "https://example.org"}},
			Reviewed: time.Now(),
		}
	}
	return es
}

// BenchmarkSearchSynthetic shows how search cost grows with the size of
// the knowledge base.
func BenchmarkSearchSynthetic(b *testing.B) {
	for _, n := range []int{100, 1000, 10000} {
		es := synthetic(n)
		kb, err := knowledge.NewBase(es, nil)
		if err != nil {
			b.Fatal(err)
		}
		qs := []string{es[0].Questions[0], es[n/2].Title, es[n-1].Questions[3] + " zzunknown"}
		b.Run(fmt.Sprintf("entries=%d", n), func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				kb.Search(qs[i%len(qs)], knowledge.SearchOptions{})
			}
		})
	}
}

func BenchmarkNormalize(b *testing.B) {
	s := "<@123456789012345678> Hey!! I can't get HARD when I'm with my bf... is that ED?? 😕 https://example.org"
	for i := 0; i < b.N; i++ {
		knowledge.Normalize(s)
	}
}
