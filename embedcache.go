package main

import (
	"crypto/sha256"
	"sync"

	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/knowledge/encoder"
)

// memoEmbedder wraps the sentence encoder with a small cache of the most
// recent texts' vectors, so the safety triage and the knowledge search,
// which both embed the same message, run the encoder once. It keys by a
// sha256 of the text and keeps no text; entries are overwritten in turn.
type memoEmbedder struct {
	enc  knowledge.Embedder
	mu   sync.Mutex
	keys [][32]byte
	vecs [][]float32
	next int
}

var (
	_ knowledge.Embedder = (*memoEmbedder)(nil)
	_ safety.Embedder    = (*memoEmbedder)(nil)
	_ knowledge.Embedder = (*encoder.Model)(nil)
)

// newMemoEmbedder caches up to n vectors of enc.
func newMemoEmbedder(enc knowledge.Embedder, n int) *memoEmbedder {
	return &memoEmbedder{enc: enc, keys: make([][32]byte, n), vecs: make([][]float32, n)}
}

// Embed returns the vector of text, from the cache when it was embedded
// recently. The returned slice is shared: callers must not modify it.
func (m *memoEmbedder) Embed(text string) []float32 {
	k := sha256.Sum256([]byte(text))
	m.mu.Lock()
	for i, key := range m.keys {
		if key == k && m.vecs[i] != nil {
			v := m.vecs[i]
			m.mu.Unlock()
			return v
		}
	}
	m.mu.Unlock()
	v := m.enc.Embed(text)
	m.mu.Lock()
	m.keys[m.next], m.vecs[m.next] = k, v
	m.next = (m.next + 1) % len(m.keys)
	m.mu.Unlock()
	return v
}

// Dim is the encoder's vector length.
func (m *memoEmbedder) Dim() int { return m.enc.Dim() }

// Fingerprint names the encoder, so cached vectors match its model.
func (m *memoEmbedder) Fingerprint() string { return m.enc.Fingerprint() }
