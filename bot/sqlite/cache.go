package sqlite

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"time"
)

// LLMCache stores LLM rephrasings and embeddings by hashed key. It
// satisfies the Cache interface of bot/llm.
type LLMCache struct{ s *Store }

// LLMCache returns the LLM cache backed by this store.
func (s *Store) LLMCache() *LLMCache { return &LLMCache{s: s} }

// Get returns the cached value for key.
func (c *LLMCache) Get(ctx context.Context, key string) (string, bool, error) {
	var v string
	err := c.s.db.QueryRowContext(ctx, `SELECT value FROM llm_cache WHERE key = ?`, key).Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("cache get: %w", err)
	}
	return v, true, nil
}

// Put stores value under key.
func (c *LLMCache) Put(ctx context.Context, key, value string) error {
	_, err := c.s.db.ExecContext(ctx, `INSERT INTO llm_cache (key, value, created) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET value = excluded.value, created = excluded.created`,
		key, value, c.s.now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("cache put: %w", err)
	}
	return nil
}

// GetVector returns the cached embedding for key.
func (c *LLMCache) GetVector(ctx context.Context, key string) ([]float32, bool, error) {
	var blob []byte
	err := c.s.db.QueryRowContext(ctx, `SELECT vec FROM llm_vectors WHERE key = ?`, key).Scan(&blob)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("cache get vector: %w", err)
	}
	if len(blob)%4 != 0 {
		return nil, false, fmt.Errorf("cache get vector: corrupt blob of %d bytes", len(blob))
	}
	v := make([]float32, len(blob)/4)
	for i := range v {
		v[i] = math.Float32frombits(binary.LittleEndian.Uint32(blob[i*4:]))
	}
	return v, true, nil
}

// PutVector stores an embedding under key.
func (c *LLMCache) PutVector(ctx context.Context, key string, v []float32) error {
	blob := make([]byte, 4*len(v))
	for i, x := range v {
		binary.LittleEndian.PutUint32(blob[i*4:], math.Float32bits(x))
	}
	_, err := c.s.db.ExecContext(ctx, `INSERT INTO llm_vectors (key, vec, created) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET vec = excluded.vec, created = excluded.created`,
		key, blob, c.s.now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("cache put vector: %w", err)
	}
	return nil
}
