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
func (s *Store) CountReply(ctx context.Context, day time.Time, kind bot.Kind, entry string) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO reply_counts (day, kind, entry, n) VALUES (?, ?, ?, 1)
		ON CONFLICT (day, kind, entry) DO UPDATE SET n = n + 1`,
		day.UTC().Format("2006-01-02"), string(kind), entry)
	if err != nil {
		return fmt.Errorf("count reply: %w", err)
	}
	return nil
}

// Count is one row of the reply counters.
type Count struct {
	Day   string `json:"day"`
	Kind  string `json:"kind"`
	Entry string `json:"entry,omitempty"`
	N     int    `json:"n"`
}

// Counts returns the reply counters from the given day (YYYY-MM-DD, empty
// for all), newest first.
func (s *Store) Counts(ctx context.Context, since string) ([]Count, error) {
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

// RecordFeedback adds a helpful or not-helpful vote for entry.
func (s *Store) RecordFeedback(ctx context.Context, entry string, helpful bool) error {
	h, nh := 0, 0
	if helpful {
		h = 1
	} else {
		nh = 1
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO feedback (entry, helpful, not_helpful) VALUES (?, ?, ?)
		ON CONFLICT (entry) DO UPDATE SET helpful = helpful + excluded.helpful, not_helpful = not_helpful + excluded.not_helpful`,
		entry, h, nh)
	if err != nil {
		return fmt.Errorf("record feedback: %w", err)
	}
	return nil
}

// Feedback returns the helpful and not-helpful counts of entry.
func (s *Store) Feedback(ctx context.Context, entry string) (helpful, notHelpful int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT helpful, not_helpful FROM feedback WHERE entry = ?`, entry).Scan(&helpful, &notHelpful)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, 0, nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("feedback: %w", err)
	}
	return helpful, notHelpful, nil
}
