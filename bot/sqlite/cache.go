package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/candorbot/candor/bot/internal/vecblob"
)

// LLMCache stores embeddings of curated entries by hashed key. It
// satisfies the Cache interface of bot/llm. It holds no rephrasings: a
// model's rewording may restate what a person wrote, so bot/llm keeps those
// in memory only.
type LLMCache struct{ s *Store }

// LLMCache returns the LLM cache backed by this store.
func (s *Store) LLMCache() *LLMCache { return &LLMCache{s: s} }

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
	v, err := vecblob.Decode(blob)
	if err != nil {
		return nil, false, fmt.Errorf("cache get vector: %w", err)
	}
	return v, true, nil
}

// PutVector stores an embedding under key.
func (c *LLMCache) PutVector(ctx context.Context, key string, v []float32) error {
	blob := vecblob.Encode(v)
	_, err := c.s.db.ExecContext(ctx, `INSERT INTO llm_vectors (key, vec, created) VALUES (?, ?, ?)
		ON CONFLICT (key) DO UPDATE SET vec = excluded.vec, created = excluded.created`,
		key, blob, c.s.now().UTC().Format(time.RFC3339))
	if err != nil {
		return fmt.Errorf("cache put vector: %w", err)
	}
	return nil
}
