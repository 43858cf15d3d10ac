package sqlite

import (
	"context"

	"github.com/candorbot/candor/bot/internal/tally"
)

// Flush writes the counters and feedback held in memory, in one
// transaction. It runs once a second by itself and on Close; readers of
// the counters call it first. On error the batch is kept for the next
// flush and the error returned.
func (s *Store) Flush(ctx context.Context) error { return s.batch.Flush(ctx) }

// write is the tally.WriteFunc of the store: one transaction adding every
// pending count and vote.
func (s *Store) write(ctx context.Context, counts map[tally.Key]int, fb map[string]tally.Votes) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if len(counts) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO reply_counts (day, kind, entry, n) VALUES (?, ?, ?, ?)
			ON CONFLICT (day, kind, entry) DO UPDATE SET n = n + excluded.n`)
		if err != nil {
			return err
		}
		defer st.Close()
		for k, n := range counts {
			if _, err := st.ExecContext(ctx, k.Day, k.Kind, k.Entry, n); err != nil {
				return err
			}
		}
	}
	if len(fb) > 0 {
		st, err := tx.PrepareContext(ctx, `INSERT INTO feedback (entry, helpful, not_helpful) VALUES (?, ?, ?)
			ON CONFLICT (entry) DO UPDATE SET helpful = helpful + excluded.helpful, not_helpful = not_helpful + excluded.not_helpful`)
		if err != nil {
			return err
		}
		defer st.Close()
		for e, v := range fb {
			if _, err := st.ExecContext(ctx, e, v.Helpful, v.NotHelpful); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}
