package tally_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/internal/tally"
)

// sink is a WriteFunc that adds batches up, or fails while fail is set.
type sink struct {
	mu       sync.Mutex
	fail     bool
	writes   int
	counts   map[tally.Key]int
	feedback map[string]tally.Votes
}

func (s *sink) write(_ context.Context, c map[tally.Key]int, f map[string]tally.Votes) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.fail {
		return errors.New("disk full")
	}
	s.writes++
	for k, n := range c {
		s.counts[k] += n
	}
	for e, v := range f {
		w := s.feedback[e]
		w.Helpful += v.Helpful
		w.NotHelpful += v.NotHelpful
		s.feedback[e] = w
	}
	return nil
}

func newSink() *sink {
	return &sink{counts: map[tally.Key]int{}, feedback: map[string]tally.Votes{}}
}

func TestFailedFlushKeepsTheBatch(t *testing.T) {
	s := newSink()
	b := tally.New(s.write, time.Hour, nil)
	ctx := context.Background()
	day := time.Date(2026, 12, 1, 23, 30, 0, 0, time.FixedZone("UTC-2", -2*3600)) // 2 December in UTC
	b.AddCount(day, "answer", "consent")
	b.AddVote("consent", true)
	s.fail = true
	if err := b.Flush(ctx); err == nil {
		t.Fatal("flush succeeded while the write failed")
	}
	b.AddCount(day, "answer", "consent")
	b.AddVote("consent", false)
	s.fail = false
	if err := b.Close(ctx); err != nil {
		t.Fatal(err)
	}
	k := tally.Key{Day: "2026-12-02", Kind: "answer", Entry: "consent"}
	if s.counts[k] != 2 || len(s.counts) != 1 {
		t.Errorf("counts %v, want %v: 2", s.counts, k)
	}
	if v := s.feedback["consent"]; v != (tally.Votes{Helpful: 1, NotHelpful: 1}) {
		t.Errorf("votes %+v, want 1/1", v)
	}
	if err := b.Flush(ctx); err != nil || s.writes != 1 {
		t.Errorf("an empty flush wrote (%d writes, %v)", s.writes, err)
	}
}

func TestBackgroundFlushAndErrors(t *testing.T) {
	s := newSink()
	errs := make(chan error, 10)
	b := tally.New(s.write, 10*time.Millisecond, func(err error) { errs <- err })
	defer b.Close(context.Background())
	s.mu.Lock()
	s.fail = true
	s.mu.Unlock()
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 250 {
				b.AddCount(time.Now(), "answer", "")
			}
		}()
	}
	wg.Wait()
	select {
	case err := <-errs:
		if err == nil {
			t.Error("nil error reported")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a failed background flush was not reported")
	}
	s.mu.Lock()
	s.fail = false
	s.mu.Unlock()
	deadline := time.Now().Add(5 * time.Second)
	for {
		s.mu.Lock()
		n := 0
		for _, c := range s.counts {
			n += c
		}
		s.mu.Unlock()
		if n == 1000 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d counts written in the background, want 1000", n)
		}
		time.Sleep(10 * time.Millisecond)
	}
}
