package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Cache stores rephrasings and embedding vectors between calls and across
// restarts. Keys are opaque hex strings (sha256 hashes with a short prefix);
// no key or vector holds a person's words, and the only text values are
// model outputs that passed Guard. bot/sqlite implements it; NewMemoryCache
// is an in-memory one. Get and GetVector report ok=false for a missing key;
// errors are for storage failures only, and the Client treats them as a
// miss.
type Cache interface {
	// Get returns the text stored under key.
	Get(ctx context.Context, key string) (value string, ok bool, err error)
	// Put stores value under key, replacing any previous value.
	Put(ctx context.Context, key, value string) error
	// GetVector returns the vector stored under key.
	GetVector(ctx context.Context, key string) (v []float32, ok bool, err error)
	// PutVector stores v under key, replacing any previous vector.
	PutVector(ctx context.Context, key string, v []float32) error
}

// MemoryCache is a Cache held in memory, for tests and for running without
// storage. It is safe for concurrent use; the zero value is not usable, use
// NewMemoryCache.
type MemoryCache struct {
	mu      sync.Mutex
	text    map[string]string
	vectors map[string][]float32
}

var _ Cache = (*MemoryCache)(nil)

// NewMemoryCache returns an empty MemoryCache.
func NewMemoryCache() *MemoryCache {
	return &MemoryCache{text: map[string]string{}, vectors: map[string][]float32{}}
}

// Get returns the text stored under key. It never returns an error.
func (m *MemoryCache) Get(_ context.Context, key string) (string, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.text[key]
	return v, ok, nil
}

// Put stores value under key. It never returns an error.
func (m *MemoryCache) Put(_ context.Context, key, value string) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.text[key] = value
	return nil
}

// GetVector returns a copy of the vector stored under key. It never
// returns an error.
func (m *MemoryCache) GetVector(_ context.Context, key string) ([]float32, bool, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.vectors[key]
	return slices.Clone(v), ok, nil
}

// PutVector stores a copy of v under key. It never returns an error.
func (m *MemoryCache) PutVector(_ context.Context, key string, v []float32) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.vectors[key] = slices.Clone(v)
	return nil
}

// hashKey joins parts unambiguously and returns prefix + hex sha256.
func hashKey(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + hex.EncodeToString(h.Sum(nil))
}

// normalizeQuestion folds case, drops punctuation and collapses spaces, so
// "Is it normal??" and "is it  normal" share a cache entry.
func normalizeQuestion(q string) string {
	fields := strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
	return strings.Join(fields, " ")
}
