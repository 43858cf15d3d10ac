// Package tally batches reply counters and feedback votes in memory and
// hands them to a store's write function once a second, so that a reply
// costs no database write. bot/sqlite and bot/postgres share it.
package tally

import (
	"context"
	"fmt"
	"sync"
	"time"
)

// Interval is how often a Batcher writes what it holds.
const Interval = time.Second

// Key names one reply counter: a UTC day (YYYY-MM-DD), a reply kind and a
// knowledge-base entry id (or "").
type Key struct{ Day, Kind, Entry string }

// Votes are one entry's pending feedback.
type Votes struct{ Helpful, NotHelpful int }

// WriteFunc writes one batch, all of it or none of it (one transaction).
// Counts add to the stored counters; they never replace them.
type WriteFunc func(ctx context.Context, counts map[Key]int, feedback map[string]Votes) error

// Batcher holds counter increments and votes until the next flush. It is
// safe for concurrent use. At most one interval of counts is lost if the
// process is killed without Close.
type Batcher struct {
	write   WriteFunc
	onError func(error)

	mu       sync.Mutex
	counts   map[Key]int
	feedback map[string]Votes

	flushMu   sync.Mutex
	stop      chan struct{}
	stopped   chan struct{}
	closeOnce sync.Once
}

// New returns a Batcher that calls write every interval (Interval when 0)
// until Close. onError, when not nil, hears about failed background flushes.
func New(write WriteFunc, interval time.Duration, onError func(error)) *Batcher {
	if interval <= 0 {
		interval = Interval
	}
	b := &Batcher{write: write, onError: onError, stop: make(chan struct{}), stopped: make(chan struct{})}
	go b.loop(interval)
	return b
}

// AddCount adds one to the counter of replies of kind about entry on day
// (taken in UTC).
func (b *Batcher) AddCount(day time.Time, kind, entry string) {
	k := Key{day.UTC().Format(time.DateOnly), kind, entry}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.counts == nil {
		b.counts = map[Key]int{}
	}
	b.counts[k]++
}

// AddVote adds a helpful or not-helpful vote for entry.
func (b *Batcher) AddVote(entry string, helpful bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.feedback == nil {
		b.feedback = map[string]Votes{}
	}
	v := b.feedback[entry]
	if helpful {
		v.Helpful++
	} else {
		v.NotHelpful++
	}
	b.feedback[entry] = v
}

// take empties the batch and returns what it held.
func (b *Batcher) take() (map[Key]int, map[string]Votes) {
	b.mu.Lock()
	defer b.mu.Unlock()
	c, f := b.counts, b.feedback
	b.counts, b.feedback = nil, nil
	return c, f
}

// putBack returns a batch that could not be written, to be tried again.
func (b *Batcher) putBack(c map[Key]int, f map[string]Votes) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for k, n := range c {
		if b.counts == nil {
			b.counts = map[Key]int{}
		}
		b.counts[k] += n
	}
	for e, v := range f {
		if b.feedback == nil {
			b.feedback = map[string]Votes{}
		}
		w := b.feedback[e]
		w.Helpful += v.Helpful
		w.NotHelpful += v.NotHelpful
		b.feedback[e] = w
	}
}

// Flush writes what the batch holds now. On error the batch is kept for
// the next flush and the error, wrapped with "flush counters", returned.
func (b *Batcher) Flush(ctx context.Context) error {
	b.flushMu.Lock()
	defer b.flushMu.Unlock()
	counts, fb := b.take()
	if len(counts) == 0 && len(fb) == 0 {
		return nil
	}
	if err := b.write(ctx, counts, fb); err != nil {
		b.putBack(counts, fb)
		return fmt.Errorf("flush counters: %w", err)
	}
	return nil
}

// Close stops the background flushes and writes what is left, within ctx.
// Calling it again only flushes.
func (b *Batcher) Close(ctx context.Context) error {
	b.closeOnce.Do(func() {
		close(b.stop)
		<-b.stopped
	})
	return b.Flush(ctx)
}

func (b *Batcher) loop(interval time.Duration) {
	defer close(b.stopped)
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			if err := b.Flush(ctx); err != nil && b.onError != nil {
				b.onError(err)
			}
			cancel()
		case <-b.stop:
			return
		}
	}
}
