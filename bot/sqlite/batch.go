package sqlite

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// flushInterval is how often counters kept in memory are written.
const flushInterval = time.Second

// counterKey is one reply counter.
type counterKey struct{ day, kind, entry string }

// votes is one entry's pending feedback.
type votes struct{ helpful, notHelpful int }

// batch holds counter increments and feedback votes in memory until the
// next flush, which writes them all in one transaction. Replies then cost
// no write each; at most one second of counts is lost if the process is
// killed without Close.
type batch struct {
	mu       sync.Mutex
	counts   map[counterKey]int
	feedback map[string]votes
}

func (b *batch) addCount(k counterKey) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.counts == nil {
		b.counts = map[counterKey]int{}
	}
	b.counts[k]++
}

func (b *batch) addVote(entry string, helpful bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.feedback == nil {
		b.feedback = map[string]votes{}
	}
	v := b.feedback[entry]
	if helpful {
		v.helpful++
	} else {
		v.notHelpful++
	}
	b.feedback[entry] = v
}

// take empties the batch and returns what it held.
func (b *batch) take() (map[counterKey]int, map[string]votes) {
	b.mu.Lock()
	defer b.mu.Unlock()
	c, f := b.counts, b.feedback
	b.counts, b.feedback = nil, nil
	return c, f
}

// putBack returns a batch that could not be written, to be tried again.
func (b *batch) putBack(c map[counterKey]int, f map[string]votes) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for k, n := range c {
		if b.counts == nil {
			b.counts = map[counterKey]int{}
		}
		b.counts[k] += n
	}
	for e, v := range f {
		if b.feedback == nil {
			b.feedback = map[string]votes{}
		}
		w := b.feedback[e]
		w.helpful += v.helpful
		w.notHelpful += v.notHelpful
		b.feedback[e] = w
	}
}

// Flush writes the counters and feedback held in memory, in one
// transaction. It runs once a second by itself and on Close; readers of
// the counters call it first. On error the batch is kept for the next
// flush and the error returned.
func (s *Store) Flush(ctx context.Context) error {
	s.flushMu.Lock()
	defer s.flushMu.Unlock()
	counts, fb := s.batch.take()
	if len(counts) == 0 && len(fb) == 0 {
		return nil
	}
	if err := s.write(ctx, counts, fb); err != nil {
		s.batch.putBack(counts, fb)
		return fmt.Errorf("flush counters: %w", err)
	}
	return nil
}

func (s *Store) write(ctx context.Context, counts map[counterKey]int, fb map[string]votes) error {
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
			if _, err := st.ExecContext(ctx, k.day, k.kind, k.entry, n); err != nil {
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
			if _, err := st.ExecContext(ctx, e, v.helpful, v.notHelpful); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// flushLoop flushes once a second until stop is closed.
func (s *Store) flushLoop(stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	t := time.NewTicker(flushInterval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			if err := s.Flush(ctx); err != nil && s.onFlushError != nil {
				s.onFlushError(err)
			}
			cancel()
		case <-stop:
			return
		}
	}
}
