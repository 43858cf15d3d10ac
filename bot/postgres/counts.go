package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/internal/tally"
)

// CountReply adds one to the counter of replies of kind about entry on day.
// The increment is kept in memory and written with the others within a
// second (see Flush); it never fails.
func (s *Store) CountReply(_ context.Context, day time.Time, kind bot.Kind, entry string) error {
	s.batch.AddCount(day, string(kind), entry)
	return nil
}

// RecordFeedback adds a helpful or not-helpful vote for entry. Like
// CountReply, it is written within a second (see Flush); it never fails.
func (s *Store) RecordFeedback(_ context.Context, entry string, helpful bool) error {
	s.batch.AddVote(entry, helpful)
	return nil
}

// Flush writes the counters and feedback held in memory, in one
// transaction. It runs once a second by itself and on Close; readers of
// the counters call it first. On error the batch is kept for the next
// flush and the error returned.
func (s *Store) Flush(ctx context.Context) error { return s.batch.Flush(ctx) }

// write is the tally.WriteFunc of the store: one transaction, sent as one
// batch of upserts (one round trip), adding every pending count and vote.
// Several processes may add to the same rows at once: each upsert adds to
// the stored value, so no count is lost, and rows are written in one
// fixed order (sorted keys, counters before feedback), so two processes'
// flushes wait for each other instead of deadlocking.
func (s *Store) write(ctx context.Context, counts map[tally.Key]int, fb map[string]tally.Votes) error {
	b := &pgx.Batch{}
	keys := slices.SortedFunc(maps.Keys(counts), func(a, b tally.Key) int {
		return cmp.Or(strings.Compare(a.Day, b.Day), strings.Compare(a.Kind, b.Kind), strings.Compare(a.Entry, b.Entry))
	})
	for _, k := range keys {
		b.Queue(`INSERT INTO reply_counts (day, kind, entry, n) VALUES ($1::date, $2, $3, $4)
			ON CONFLICT (day, kind, entry) DO UPDATE SET n = reply_counts.n + excluded.n`, k.Day, k.Kind, k.Entry, counts[k])
	}
	for _, e := range slices.Sorted(maps.Keys(fb)) {
		v := fb[e]
		b.Queue(`INSERT INTO feedback (entry, helpful, not_helpful) VALUES ($1, $2, $3)
			ON CONFLICT (entry) DO UPDATE SET helpful = feedback.helpful + excluded.helpful,
				not_helpful = feedback.not_helpful + excluded.not_helpful`, e, v.Helpful, v.NotHelpful)
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		return tx.SendBatch(ctx, b).Close()
	})
}

// Count is one row of the reply counters.
type Count = bot.ReplyCount

// Counts returns the reply counters from the given day (YYYY-MM-DD, empty
// for all), newest first.
func (s *Store) Counts(ctx context.Context, since string) ([]Count, error) {
	if err := s.Flush(ctx); err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	// NULL, not '', for "all": SQL does not promise to skip the cast of
	// the other side of an OR.
	var from *string
	if since != "" {
		from = &since
	}
	rows, err := s.pool.Query(ctx, `SELECT to_char(day, 'YYYY-MM-DD'), kind, entry, n FROM reply_counts
		WHERE $1::date IS NULL OR day >= $1::date ORDER BY day DESC, n DESC, kind, entry`, from)
	if err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	out, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Count, error) {
		var c Count
		var n int64
		err := r.Scan(&c.Day, &c.Kind, &c.Entry, &n)
		c.N = int(n)
		return c, err
	})
	if err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	return out, nil
}

// Feedback returns the helpful and not-helpful counts of entry.
func (s *Store) Feedback(ctx context.Context, entry string) (helpful, notHelpful int, err error) {
	if err := s.Flush(ctx); err != nil {
		return 0, 0, fmt.Errorf("feedback: %w", err)
	}
	var h, n int64
	err = s.pool.QueryRow(ctx, `SELECT helpful, not_helpful FROM feedback WHERE entry = $1`, entry).Scan(&h, &n)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("feedback: %w", err)
	}
	return int(h), int(n), nil
}
