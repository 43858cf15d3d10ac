package sqlite_test

import (
	"context"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/sqlite"
)

// total sums the counters another process would see in the file.
func total(t *testing.T, path string) int {
	t.Helper()
	other, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	cs, err := other.Counts(context.Background(), "")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cs {
		n += c.N
	}
	return n
}

func TestCountersAreBatched(t *testing.T) {
	s, path := open(t)
	ctx := context.Background()
	day := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	for i := range 1000 {
		kind := bot.KindAnswer
		if i%10 == 0 {
			kind = bot.KindMyth
		}
		if err := s.CountReply(ctx, day, kind, "consent"); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.RecordFeedback(ctx, "consent", true); err != nil {
		t.Fatal(err)
	}
	if n := total(t, path); n != 0 {
		t.Errorf("%d counts written at once; they should wait for the batch", n)
	}
	deadline := time.Now().Add(5 * time.Second)
	for total(t, path) != 1000 {
		if time.Now().After(deadline) {
			t.Fatalf("counters not flushed within 5 s (got %d)", total(t, path))
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Run("the store's own readers see pending counts at once", func(t *testing.T) {
		s.CountReply(ctx, day, bot.KindAnswer, "consent")
		s.RecordFeedback(ctx, "consent", false)
		cs, err := s.Counts(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, c := range cs {
			n += c.N
		}
		if n != 1001 {
			t.Errorf("Counts = %d, want 1001", n)
		}
		if y, no, err := s.Feedback(ctx, "consent"); err != nil || y != 1 || no != 1 {
			t.Errorf("Feedback = %d/%d, %v; want 1/1", y, no, err)
		}
	})
}

func TestCloseFlushesCounters(t *testing.T) {
	s, path := open(t)
	ctx := context.Background()
	for range 7 {
		s.CountReply(ctx, time.Now(), bot.KindAnswer, "consent")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if n := total(t, path); n != 7 {
		t.Errorf("%d counts after Close, want 7", n)
	}
}
