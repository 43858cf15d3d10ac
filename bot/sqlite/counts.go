package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/candorbot/candor/bot"
)

// CountReply adds one to the counter of replies of kind about entry on day.
// The increment is kept in memory and written with the others within a
// second (see Flush); it never fails.
func (s *Store) CountReply(_ context.Context, day time.Time, kind bot.Kind, entry string) error {
	s.batch.AddCount(day, string(kind), entry)
	return nil
}

// Count is one row of the reply counters.
type Count = bot.ReplyCount

// Counts returns the reply counters from the given day (YYYY-MM-DD, empty
// for all), newest first.
func (s *Store) Counts(ctx context.Context, since string) ([]Count, error) {
	if err := s.Flush(ctx); err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT day, kind, entry, n FROM reply_counts WHERE day >= ? ORDER BY day DESC, n DESC, kind, entry`, since)
	if err != nil {
		return nil, fmt.Errorf("counts: %w", err)
	}
	defer rows.Close()
	var out []Count
	for rows.Next() {
		var c Count
		if err := rows.Scan(&c.Day, &c.Kind, &c.Entry, &c.N); err != nil {
			return nil, fmt.Errorf("counts: %w", err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// RecordFeedback adds a helpful or not-helpful vote for entry. Like
// CountReply, it is written within a second (see Flush); it never fails.
func (s *Store) RecordFeedback(_ context.Context, entry string, helpful bool) error {
	s.batch.AddVote(entry, helpful)
	return nil
}

// Feedback returns the helpful and not-helpful counts of entry.
func (s *Store) Feedback(ctx context.Context, entry string) (helpful, notHelpful int, err error) {
	if err := s.Flush(ctx); err != nil {
		return 0, 0, fmt.Errorf("feedback: %w", err)
	}
	err = s.db.QueryRowContext(ctx, `SELECT helpful, not_helpful FROM feedback WHERE entry = ?`, entry).Scan(&helpful, &notHelpful)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("feedback: %w", err)
	}
	return helpful, notHelpful, nil
}
