package sqlite_test

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/sqlite"
)

func open(t *testing.T) (*sqlite.Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "candor.db")
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

func TestMigrationsAreVersionedAndIdempotent(t *testing.T) {
	s, path := open(t)
	ctx := context.Background()
	v, err := s.SchemaVersion(ctx)
	if err != nil || v != 4 {
		t.Fatalf("schema version %d, %v; want 4", v, err)
	}
	s.Close()
	s2, err := sqlite.Open(path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s2.Close()
	if v2, _ := s2.SchemaVersion(ctx); v2 != v {
		t.Errorf("version changed on reopen: %d", v2)
	}
}

func TestOpenErrors(t *testing.T) {
	for _, p := range []string{"", "bad?name.db", filepath.Join(t.TempDir(), "missing-dir", "x.db")} {
		if s, err := sqlite.Open(p); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", p)
		}
	}
}

func TestCountReply(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	day := time.Date(2026, 11, 25, 23, 0, 0, 0, time.UTC)
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.CountReply(ctx, day, bot.KindAnswer, "consent"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if err := s.CountReply(ctx, day, bot.KindCrisis, ""); err != nil {
		t.Fatal(err)
	}
	counts, err := s.Counts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(counts) != 2 || counts[0].N != 20 || counts[0].Entry != "consent" || counts[0].Day != "2026-11-25" {
		t.Errorf("counts = %+v", counts)
	}
}

func TestFeedback(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	for _, h := range []bool{true, true, false} {
		if err := s.RecordFeedback(ctx, "consent", h); err != nil {
			t.Fatal(err)
		}
	}
	yes, no, err := s.Feedback(ctx, "consent")
	if err != nil || yes != 2 || no != 1 {
		t.Errorf("feedback %d/%d %v", yes, no, err)
	}
	if yes, no, err := s.Feedback(ctx, "other"); err != nil || yes+no != 0 {
		t.Errorf("unknown entry: %d/%d %v", yes, no, err)
	}
}

func TestGuildSettings(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	g, err := s.GuildSettings(ctx, "42")
	if err != nil || g.Visibility != bot.VisibilityPrivate || g.AlertChannel != "" {
		t.Fatalf("defaults: %+v %v", g, err)
	}
	want := bot.GuildSettings{GuildID: "42", Region: "GB", Visibility: bot.VisibilityPublic, MentionChannels: []string{"1", "2"}, AlertChannel: "9", Rephrase: false}
	if err := s.SaveGuildSettings(ctx, want); err != nil {
		t.Fatal(err)
	}
	got, err := s.GuildSettings(ctx, "42")
	if err != nil || got.Region != "GB" || got.Visibility != bot.VisibilityPublic || strings.Join(got.MentionChannels, ",") != "1,2" || got.AlertChannel != "9" || got.Rephrase {
		t.Errorf("got %+v %v", got, err)
	}
}

func TestListings(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	id, err := s.AddListing(ctx, bot.Listing{GuildID: "1", Name: "Clinic", URL: "https://example.org", Region: "US-IL", Telehealth: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddListing(ctx, bot.Listing{GuildID: "1", Name: "", Region: "US"}); err == nil {
		t.Error("invalid listing stored")
	}
	ls, err := s.Listings(ctx, "1")
	if err != nil || len(ls) != 1 || !ls[0].Telehealth || ls[0].ID != id {
		t.Fatalf("listings %+v %v", ls, err)
	}
	// All or nothing: one bad listing keeps the old list.
	err = s.ReplaceListings(ctx, "1", []bot.Listing{{Name: "A", Phone: "555", Region: "US"}, {Name: "B", Region: "nowhere"}})
	if err == nil {
		t.Fatal("replace with a bad listing succeeded")
	}
	if ls, _ := s.Listings(ctx, "1"); len(ls) != 1 || ls[0].Name != "Clinic" {
		t.Errorf("list changed after a failed replace: %+v", ls)
	}
	if err := s.ReplaceListings(ctx, "1", []bot.Listing{{Name: "A", Phone: "555", Region: "US"}}); err != nil {
		t.Fatal(err)
	}
	if ls, _ := s.Listings(ctx, "1"); len(ls) != 1 || ls[0].Name != "A" {
		t.Errorf("after replace: %+v", ls)
	}
	ls, _ = s.Listings(ctx, "1")
	if ok, err := s.RemoveListing(ctx, "2", ls[0].ID); ok || err != nil {
		t.Error("removed another guild's listing")
	}
	if ok, err := s.RemoveListing(ctx, "1", ls[0].ID); !ok || err != nil {
		t.Errorf("remove: %v %v", ok, err)
	}
}

func TestLLMCache(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	c := s.LLMCache()
	if _, ok, err := c.GetVector(ctx, "e"); ok || err != nil {
		t.Fatal("hit on empty cache")
	}
	vec := []float32{1, -2.5, 0, 3.25}
	if err := c.PutVector(ctx, "e", vec); err != nil {
		t.Fatal(err)
	}
	got, ok, err := c.GetVector(ctx, "e")
	if !ok || err != nil || len(got) != 4 || got[1] != -2.5 || got[3] != 3.25 {
		t.Errorf("vector %v %v %v", got, ok, err)
	}
}

func TestPing(t *testing.T) {
	s, _ := open(t)
	if err := s.Ping(context.Background()); err != nil {
		t.Error(err)
	}
	s.Close()
	if err := s.Ping(context.Background()); err == nil {
		t.Error("ping on a closed store succeeded")
	}
}

func BenchmarkCountReply(b *testing.B) {
	s, err := sqlite.Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	day := time.Now()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.CountReply(ctx, day, bot.KindAnswer, "consent")
	}
}

// An older database kept LLM rephrasings, which can restate what a person
// wrote; opening it with this version must leave no trace of them in the
// file.
func TestOpenErasesStoredRephrasings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	const secret = "You mentioned that your husband cheated on you."
	for _, stmt := range []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`,
		`CREATE TABLE llm_cache (key TEXT NOT NULL PRIMARY KEY, value TEXT NOT NULL, created TEXT NOT NULL) WITHOUT ROWID`,
		`CREATE TABLE llm_vectors (key TEXT NOT NULL PRIMARY KEY, vec BLOB NOT NULL, created TEXT NOT NULL) WITHOUT ROWID`,
		`INSERT INTO schema_migrations VALUES (1, '0001_init.sql', '2026-01-01T00:00:00Z'), (2, '0002_llm_cache.sql', '2026-01-01T00:00:00Z')`,
		`INSERT INTO llm_cache VALUES ('rephrase:abc', '` + secret + `', '2026-01-01T00:00:00Z')`,
	} {
		if _, err := old.Exec(stmt); err != nil {
			t.Fatalf("%s: %v", stmt, err)
		}
	}
	// The 0001 tables, so that migration counts as applied.
	body, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(string(body)); err != nil {
		t.Fatal(err)
	}
	old.Close()
	if b, _ := os.ReadFile(path); !bytes.Contains(b, []byte("husband")) {
		t.Fatal("the old database does not hold the rephrasing, so this test shows nothing")
	}

	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if v, _ := s.SchemaVersion(context.Background()); v < 3 {
		t.Errorf("schema version %d, want 3 or more", v)
	}
	s.Close()
	for _, p := range []string{path, path + "-wal"} {
		if b, _ := os.ReadFile(p); bytes.Contains(b, []byte("husband")) {
			t.Errorf("%s still holds a stored rephrasing", filepath.Base(p))
		}
	}
}

func TestListingNumbersArePerGuild(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	add := func(guild, name string) int64 {
		t.Helper()
		n, err := s.AddListing(ctx, bot.Listing{GuildID: guild, Name: name, Phone: "555 0100", Region: "US"})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	for i := range 5 {
		add("other", fmt.Sprint("Other ", i))
	}
	if n := add("mine", "First"); n != 1 {
		t.Errorf("first listing of a guild is #%d, want #1: numbers must not count other servers' listings", n)
	}
	if n := add("mine", "Second"); n != 2 {
		t.Errorf("second listing is #%d, want #2", n)
	}
	if ok, err := s.RemoveListing(ctx, "mine", 1); !ok || err != nil {
		t.Fatalf("remove #1: %v %v", ok, err)
	}
	if n := add("mine", "Third"); n != 3 {
		t.Errorf("after removing #1, the next is #%d, want #3 (numbers are not reused while higher ones exist)", n)
	}
	if ok, _ := s.RemoveListing(ctx, "other", 3); !ok {
		t.Error("could not remove another guild's own #3")
	}
	ls, _ := s.Listings(ctx, "mine")
	if len(ls) != 2 || ls[0].Name != "Second" || ls[0].ID != 2 || ls[1].ID != 3 {
		t.Errorf("listings %+v", ls)
	}
}

func TestListingsPerGuildAreBounded(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	many := make([]bot.Listing, bot.MaxGuildListings+1)
	for i := range many {
		many[i] = bot.Listing{Name: fmt.Sprint("Clinic ", i), Phone: "555 0100", Region: "US"}
	}
	if err := s.ReplaceListings(ctx, "g", many); !errors.Is(err, bot.ErrTooManyListings) {
		t.Fatalf("replace with %d listings: %v, want ErrTooManyListings", len(many), err)
	}
	if err := s.ReplaceListings(ctx, "g", many[:bot.MaxGuildListings]); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddListing(ctx, bot.Listing{GuildID: "g", Name: "One more", Phone: "555", Region: "US"}); !errors.Is(err, bot.ErrTooManyListings) {
		t.Errorf("add beyond the bound: %v, want ErrTooManyListings", err)
	}
	// Concurrent adds to a guild one short of the bound: exactly one wins.
	s.RemoveListing(ctx, "g", 1)
	var wg sync.WaitGroup
	var mu sync.Mutex
	won := 0
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := s.AddListing(ctx, bot.Listing{GuildID: "g", Name: fmt.Sprint("Racer ", i), Phone: "555", Region: "US"}); err == nil {
				mu.Lock()
				won++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if ls, _ := s.Listings(ctx, "g"); won != 1 || len(ls) != bot.MaxGuildListings {
		t.Errorf("%d concurrent adds won, %d listings; want 1 and %d", won, len(ls), bot.MaxGuildListings)
	}
}

func TestFindListings(t *testing.T) {
	s, _ := open(t)
	ctx := context.Background()
	var ls []bot.Listing
	for _, r := range []string{"US", "US-IL", "US-IL", "US-NY", "GB", "UK", "GB-SCT", "CA-ON"} {
		ls = append(ls, bot.Listing{Name: "Clinic " + r, Phone: "555", Region: r})
	}
	for i := range 30 {
		ls = append(ls, bot.Listing{Name: fmt.Sprintf("Chicago %02d", i), Phone: "555", Region: "US-IL"})
	}
	if err := s.ReplaceListings(ctx, "g", ls); err != nil {
		t.Fatal(err)
	}
	regions := func(ls []bot.Listing) string {
		var out []string
		for _, l := range ls {
			out = append(out, l.Region)
		}
		return strings.Join(out, ",")
	}
	tests := []struct {
		name string
		q    bot.ListingQuery
		want string
	}{
		{"a state: its own and its country's", bot.ListingQuery{GuildID: "g", Regions: []string{"US", "US-NY"}, Within: "US-NY"}, "US-NY,US"},
		{"a country: its own and those inside it", bot.ListingQuery{GuildID: "g", Regions: []string{"GB", "UK"}, Within: "GB"}, "GB-SCT,GB,UK"},
		{"another guild sees nothing", bot.ListingQuery{GuildID: "h", Regions: []string{"US"}, Within: "US"}, ""},
		{"the limit applies in the store", bot.ListingQuery{GuildID: "g", Regions: []string{"US", "US-IL"}, Within: "US-IL", Limit: 4}, "US-IL,US-IL,US-IL,US-IL"},
		{"no region, no listings", bot.ListingQuery{GuildID: "g"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := s.FindListings(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if regions(got) != tc.want {
				t.Errorf("regions %q, want %q", regions(got), tc.want)
			}
		})
	}
	if got, _ := s.FindListings(ctx, bot.ListingQuery{GuildID: "g", Regions: []string{"US-IL"}}); len(got) != bot.MaxLocalListings {
		t.Errorf("default limit: %d listings, want %d", len(got), bot.MaxLocalListings)
	}
}

func BenchmarkFindListings(b *testing.B) {
	s, err := sqlite.Open(filepath.Join(b.TempDir(), "b.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	ls := make([]bot.Listing, bot.MaxGuildListings)
	for i := range ls {
		ls[i] = bot.Listing{Name: fmt.Sprint("Clinic ", i), Phone: "555", Region: []string{"US-IL", "US-NY", "GB", "AU-NSW"}[i%4]}
	}
	if err := s.ReplaceListings(ctx, "g", ls); err != nil {
		b.Fatal(err)
	}
	q := bot.ListingQuery{GuildID: "g", Regions: []string{"US", "US-IL"}, Within: "US-IL"}
	b.ResetTimer()
	for b.Loop() {
		if _, err := s.FindListings(ctx, q); err != nil {
			b.Fatal(err)
		}
	}
}

// Listings stored before per-guild numbers get them, in the order added.
func TestMigrationNumbersExistingListings(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	body, err := os.ReadFile("migrations/0001_init.sql")
	if err != nil {
		t.Fatal(err)
	}
	for _, stmt := range []string{
		`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied TEXT NOT NULL)`,
		`INSERT INTO schema_migrations VALUES (1, 'a', ''), (2, 'b', ''), (3, 'c', '')`,
		string(body),
		`INSERT INTO listings (guild_id, name, phone, region) VALUES ('a', 'A1', '555', 'US'), ('b', 'B1', '555', 'US'),
			('a', 'A2', '555', 'US'), ('b', 'B2', '555', 'US'), ('a', 'A3', '555', 'US')`,
	} {
		if _, err := old.Exec(stmt); err != nil {
			t.Fatal(err)
		}
	}
	old.Close()
	s, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for guild, want := range map[string]string{"a": "A1#1 A2#2 A3#3", "b": "B1#1 B2#2"} {
		ls, err := s.Listings(context.Background(), guild)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, l := range ls {
			got = append(got, fmt.Sprintf("%s#%d", l.Name, l.ID))
		}
		if strings.Join(got, " ") != want {
			t.Errorf("guild %s: %q, want %q", guild, strings.Join(got, " "), want)
		}
	}
}

func TestOpenWith(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.db")
	if _, err := sqlite.OpenWith(missing, sqlite.Options{MustExist: true}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("MustExist on a missing file: %v, want ErrNotExist", err)
	}
	if _, err := os.Stat(missing); !os.IsNotExist(err) {
		t.Error("MustExist created the file")
	}
	s, path := open(t)
	if err := s.CheckWritable(context.Background()); err != nil {
		t.Errorf("CheckWritable on a fresh database: %v", err)
	}
	// Another connection holds the write lock: CheckWritable gives up
	// after the busy timeout.
	other, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO feedback (entry) VALUES ('x')`); err != nil {
		t.Fatal(err)
	}
	quick, err := sqlite.OpenWith(path, sqlite.Options{BusyTimeout: 100 * time.Millisecond, MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer quick.Close()
	start := time.Now()
	if err := quick.CheckWritable(context.Background()); err == nil {
		t.Error("CheckWritable succeeded while another connection held the write lock")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("CheckWritable waited %v with a 100ms busy timeout", d)
	}
}
