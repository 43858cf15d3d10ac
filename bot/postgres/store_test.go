package postgres_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/postgres"
)

// Processes starting together migrate one at a time (advisory lock):
// every Open succeeds and each migration is applied once.
func TestConcurrentOpenMigratesOnce(t *testing.T) {
	u := newDatabase(t)
	const n = 6
	stores := make([]*postgres.Store, n)
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = postgres.Open(context.Background(), u)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		t.Cleanup(func() { stores[i].Close() })
	}
	ctx := context.Background()
	v, err := stores[0].SchemaVersion(ctx)
	if err != nil || v != 1 {
		t.Errorf("schema version %d, %v; want 1", v, err)
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var rows int
	if err := conn.QueryRow(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&rows); err != nil || rows != 1 {
		t.Errorf("%d rows in schema_migrations, %v; want 1", rows, err)
	}
	var locks int
	if err := conn.QueryRow(ctx, `SELECT COUNT(*) FROM pg_locks WHERE locktype = 'advisory' AND granted
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`).Scan(&locks); err != nil || locks != 0 {
		t.Errorf("%d advisory locks still held after Open, %v", locks, err)
	}
	// Reopening finds nothing to do.
	again := open(t, u)
	if v2, _ := again.SchemaVersion(ctx); v2 != v {
		t.Errorf("version changed on reopen: %d", v2)
	}
}

// Open fails cleanly, and never shows the password, without a server.
func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	tests := []struct{ name, url string }{
		{"not a URL", "postgres://candor:s3cret-pw@db:%zz/candor"},
		{"a bad setting", "postgres://candor:s3cret-pw@127.0.0.1/candor?sslmode=sometimes"},
		{"nothing listens", "postgres://candor:s3cret-pw@127.0.0.1:1/candor?sslmode=disable&connect_timeout=2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, err := postgres.OpenWith(ctx, tc.url, postgres.Options{ConnectTimeout: 3 * time.Second})
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("the error shows the password: %v", err)
			}
		})
	}
}

// Two processes count into one database: their batches add up.
func TestCountersFromTwoProcessesAddUp(t *testing.T) {
	u := newDatabase(t)
	a, b := open(t, u), open(t, u)
	ctx := context.Background()
	day := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	for _, s := range []*postgres.Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 500 {
				s.CountReply(ctx, day, bot.KindAnswer, "consent")
				s.RecordFeedback(ctx, "consent", true)
				if i%100 == 0 {
					if err := s.Flush(ctx); err != nil {
						t.Error(err)
					}
				}
			}
		}()
	}
	wg.Wait()
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	cs, err := a.Counts(ctx, "")
	if err != nil || len(cs) != 1 || cs[0].N != 1000 {
		t.Errorf("counts %+v %v, want one row of 1000", cs, err)
	}
	if yes, _, err := a.Feedback(ctx, "consent"); err != nil || yes != 1000 {
		t.Errorf("feedback %d %v, want 1000", yes, err)
	}
}

// Counters wait for the batch, then reach the database within seconds
// without anyone asking.
func TestCountersAreBatched(t *testing.T) {
	u := newDatabase(t)
	s := open(t, u)
	ctx := context.Background()
	for range 100 {
		s.CountReply(ctx, time.Now(), bot.KindAnswer, "consent")
	}
	conn, err := pgx.Connect(ctx, u)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	stored := func() int {
		var n int
		if err := conn.QueryRow(ctx, `SELECT COALESCE(SUM(n), 0) FROM reply_counts`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	if n := stored(); n != 0 {
		t.Errorf("%d counts written at once; they should wait for the batch", n)
	}
	deadline := time.Now().Add(5 * time.Second)
	for stored() != 100 {
		if time.Now().After(deadline) {
			t.Fatalf("counters not flushed within 5 s (got %d)", stored())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestCloseFlushesCounters(t *testing.T) {
	u := newDatabase(t)
	s := open(t, u)
	ctx := context.Background()
	for range 7 {
		s.CountReply(ctx, time.Now(), bot.KindAnswer, "consent")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	if err := s.Ping(ctx); err == nil {
		t.Error("ping on a closed store succeeded")
	}
	cs, err := open(t, u).Counts(ctx, "")
	if err != nil || len(cs) != 1 || cs[0].N != 7 {
		t.Errorf("counts after Close: %+v %v, want 7", cs, err)
	}
}

func TestLLMCache(t *testing.T) {
	s := open(t, newDatabase(t))
	ctx := context.Background()
	c := s.LLMCache()
	if _, ok, err := c.GetVector(ctx, "e"); ok || err != nil {
		t.Fatal("hit on empty cache")
	}
	for _, vec := range [][]float32{{1, -2.5, 0, 3.25}, {0.5}} {
		if err := c.PutVector(ctx, "e", vec); err != nil {
			t.Fatal(err)
		}
		got, ok, err := c.GetVector(ctx, "e")
		if !ok || err != nil || len(got) != len(vec) || got[0] != vec[0] {
			t.Errorf("vector %v %v %v, want %v", got, ok, err, vec)
		}
	}
}

// A settings save on one process reaches a watcher on another. Each time
// the watcher starts listening, first and after its connection is cut, it
// says "forget everything" (it may have missed saves), then hears saves.
func TestWatchSettings(t *testing.T) {
	u := newDatabase(t)
	var logs lockedBuffer
	watcher, err := postgres.OpenWith(context.Background(), u, postgres.Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { watcher.Close() })
	saver := open(t, u)
	ctx, cancel := context.WithCancel(context.Background())
	got := make(chan string, 16)
	done := make(chan error, 1)
	go func() {
		done <- watcher.WatchSettings(ctx, func(g string) { got <- g })
	}()
	expect := func(want string) {
		t.Helper()
		select {
		case g := <-got:
			if g != want {
				t.Fatalf("changed(%q), want %q", g, want)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no change heard within 10 s, want %q", want)
		}
	}
	save := func(guild string) {
		t.Helper()
		if err := saver.SaveGuildSettings(context.Background(), bot.GuildSettings{GuildID: guild, Region: "GB"}); err != nil {
			t.Fatal(err)
		}
	}
	expect("") // listening
	save("g1")
	expect("g1")
	save("g2")
	expect("g2")

	t.Run("reconnects after losing its connection", func(t *testing.T) {
		conn, err := pgx.Connect(context.Background(), u)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(context.Background())
		var killed int
		err = conn.QueryRow(context.Background(), `SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity
			WHERE datname = current_database() AND query LIKE 'LISTEN%'`).Scan(&killed)
		if err != nil || killed != 1 {
			t.Fatalf("terminated %d listening backends, %v; want 1", killed, err)
		}
		expect("")
		save("g3")
		expect("g3")
		if !strings.Contains(logs.String(), "settings watch lost its connection") {
			t.Errorf("the lost connection was not logged:\n%s", logs.String())
		}
	})

	cancel()
	select {
	case err := <-done:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("WatchSettings returned %v, want context.Canceled", err)
		}
	case <-time.After(5 * time.Second):
		t.Error("WatchSettings did not return after its context ended")
	}
}

func BenchmarkCountReply(b *testing.B) {
	s := open(b, newDatabase(b))
	ctx := context.Background()
	day := time.Now()
	for b.Loop() {
		s.CountReply(ctx, day, bot.KindAnswer, "consent")
	}
}

func BenchmarkFindListings(b *testing.B) {
	s := open(b, newDatabase(b))
	ctx := context.Background()
	ls := make([]bot.Listing, bot.MaxGuildListings)
	for i := range ls {
		ls[i] = bot.Listing{Name: "Clinic " + string(rune('A'+i%26)), Phone: "555", Region: []string{"US-IL", "US-NY", "GB", "AU-NSW"}[i%4]}
	}
	if err := s.ReplaceListings(ctx, "g", ls); err != nil {
		b.Fatal(err)
	}
	q := bot.ListingQuery{GuildID: "g", Regions: []string{"US", "US-IL"}, Within: "US-IL"}
	for b.Loop() {
		if _, err := s.FindListings(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkGuildSettings(b *testing.B) {
	s := open(b, newDatabase(b))
	ctx := context.Background()
	if err := s.SaveGuildSettings(ctx, bot.GuildSettings{GuildID: "g", Region: "GB", MentionChannels: []string{"1", "2"}}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := s.GuildSettings(ctx, "g"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFlush writes a second's worth of counters for a busy process:
// 50 distinct (kind, entry) counters and 10 entries' votes per flush.
func BenchmarkFlush(b *testing.B) {
	s := open(b, newDatabase(b))
	ctx := context.Background()
	day := time.Now()
	for b.Loop() {
		for i := range 50 {
			s.CountReply(ctx, day, bot.KindAnswer, "entry-"+string(rune('a'+i%26))+string(rune('a'+i/26)))
		}
		for i := range 10 {
			s.RecordFeedback(ctx, "entry-"+string(rune('a'+i)), i%2 == 0)
		}
		if err := s.Flush(ctx); err != nil {
			b.Fatal(err)
		}
	}
}

// Processes flushing batches that touch the same counters at once must not
// deadlock (each would lock the rows in its own map order) nor lose counts.
func TestConcurrentFlushesOfSharedCounters(t *testing.T) {
	u := newDatabase(t)
	stores := []*postgres.Store{open(t, u), open(t, u), open(t, u)}
	ctx := context.Background()
	day := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
	const rounds, keys = 15, 40
	var wg sync.WaitGroup
	for _, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range rounds {
				for k := range keys {
					entry := fmt.Sprint("entry-", k)
					s.CountReply(ctx, day, bot.KindAnswer, entry)
					s.RecordFeedback(ctx, entry, k%2 == 0)
				}
				if err := s.Flush(ctx); err != nil {
					t.Errorf("flush: %v", err)
				}
			}
		}()
	}
	wg.Wait()
	cs, err := stores[0].Counts(ctx, "")
	if err != nil || len(cs) != keys {
		t.Fatalf("%d counters, %v; want %d", len(cs), err, keys)
	}
	for _, c := range cs {
		if c.N != len(stores)*rounds {
			t.Errorf("%s: %d, want %d", c.Entry, c.N, len(stores)*rounds)
		}
	}
}

// lockedBuffer is a bytes.Buffer safe for a logger and a test at once.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
