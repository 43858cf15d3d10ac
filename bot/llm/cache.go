package llm

import (
	"container/list"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
)

// Cache stores entry embeddings between calls and across restarts. Keys
// are opaque hex strings (sha256 hashes with a short prefix) and vectors
// are embeddings of curated entries, never of a person's message.
// Rephrasings are not Cache business: a model's rewording may restate what
// the person wrote, so it is kept only in the Client's memory (see
// Config.RephraseCacheSize) and never reaches storage. bot/sqlite
// implements Cache; NewMemoryCache is an in-memory one. GetVector reports
// ok=false for a missing key; errors are for storage failures only, and the
// Client treats them as a miss.
type Cache interface {
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
	vectors map[string][]float32
}

var _ Cache = (*MemoryCache)(nil)

// NewMemoryCache returns an empty MemoryCache.
func NewMemoryCache() *MemoryCache {
	return &MemoryCache{vectors: map[string][]float32{}}
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

// textLRU keeps accepted rephrasings in memory only: at most size of them,
// each for at most ttl, the least recently used dropped first. It is safe
// for concurrent use.
type textLRU struct {
	mu    sync.Mutex
	size  int
	ttl   time.Duration
	now   func() time.Time
	order *list.List // of *lruItem, most recently used first
	items map[string]*list.Element
}

type lruItem struct {
	key, value string
	expires    time.Time
}

func newTextLRU(size int, ttl time.Duration, now func() time.Time) *textLRU {
	return &textLRU{size: size, ttl: ttl, now: now, order: list.New(), items: map[string]*list.Element{}}
}

// get returns the live value under key; an expired one is dropped.
func (c *textLRU) get(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	el, ok := c.items[key]
	if !ok {
		return "", false
	}
	it := el.Value.(*lruItem)
	if !c.now().Before(it.expires) {
		c.order.Remove(el)
		delete(c.items, key)
		return "", false
	}
	c.order.MoveToFront(el)
	return it.value, true
}

// put stores value under key for ttl, evicting the least recently used
// value (and any expired ones at the back) beyond size.
func (c *textLRU) put(key, value string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	now := c.now()
	if el, ok := c.items[key]; ok {
		it := el.Value.(*lruItem)
		it.value, it.expires = value, now.Add(c.ttl)
		c.order.MoveToFront(el)
		return
	}
	c.items[key] = c.order.PushFront(&lruItem{key: key, value: value, expires: now.Add(c.ttl)})
	for c.order.Len() > 0 {
		back := c.order.Back()
		it := back.Value.(*lruItem)
		if c.order.Len() <= c.size && now.Before(it.expires) {
			break
		}
		c.order.Remove(back)
		delete(c.items, it.key)
	}
}

// len returns the number of values held, expired ones included.
func (c *textLRU) len() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.order.Len()
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
