// Package storetest is the contract of bot.Store as a test suite, run
// against every store (bot/sqlite, bot/postgres) so that they behave the
// same: settings round trips, per-guild listing numbers and bounds, the
// region filter and its limit, batched counters and feedback, concurrent
// use, and the privacy rule (no message text, no user ids in any table).
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
)

// Opener returns a new, empty store for one test; it registers the
// store's Close with t.Cleanup.
type Opener func(t *testing.T) bot.Store

// Run runs the contract against the stores open returns, one fresh store
// per subtest. Counter and feedback subtests need the store to implement
// bot.CounterReader and fail when it does not.
func Run(t *testing.T, open Opener) {
	tests := []struct {
		name string
		run  func(t *testing.T, s bot.Store)
	}{
		{"Ping", testPing},
		{"GuildSettings", testGuildSettings},
		{"Listings", testListings},
		{"ListingNumbersArePerGuild", testListingNumbersArePerGuild},
		{"ListingsPerGuildAreBounded", testListingsPerGuildAreBounded},
		{"FindListings", testFindListings},
		{"CountReply", testCountReply},
		{"Feedback", testFeedback},
		{"Concurrency", testConcurrency},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, open(t)) })
	}
}

func counters(t *testing.T, s bot.Store) bot.CounterReader {
	t.Helper()
	c, ok := s.(bot.CounterReader)
	if !ok {
		t.Fatalf("%T does not implement bot.CounterReader", s)
	}
	return c
}

func testPing(t *testing.T, s bot.Store) {
	if err := s.Ping(context.Background()); err != nil {
		t.Error(err)
	}
}

func testGuildSettings(t *testing.T, s bot.Store) {
	ctx := context.Background()
	g, err := s.GuildSettings(ctx, "42")
	if err != nil {
		t.Fatal(err)
	}
	if want := bot.DefaultGuildSettings("42"); !settingsEqual(g, want) {
		t.Errorf("defaults: got %+v, want %+v", g, want)
	}
	tests := []struct {
		name string
		save bot.GuildSettings
		want bot.GuildSettings
	}{
		{"every field", bot.GuildSettings{GuildID: "42", Region: "GB", Visibility: bot.VisibilityPublic, MentionChannels: []string{"1", "2"}, AlertChannel: "9", Rephrase: false},
			bot.GuildSettings{GuildID: "42", Region: "GB", Visibility: bot.VisibilityPublic, MentionChannels: []string{"1", "2"}, AlertChannel: "9", Rephrase: false}},
		{"overwrite, clearing channels", bot.GuildSettings{GuildID: "42", Region: "US-IL", Visibility: bot.VisibilityPrivate, Rephrase: true},
			bot.GuildSettings{GuildID: "42", Region: "US-IL", Visibility: bot.VisibilityPrivate, Rephrase: true}},
		{"empty visibility is private", bot.GuildSettings{GuildID: "43", MentionChannels: []string{"7"}},
			bot.GuildSettings{GuildID: "43", Visibility: bot.VisibilityPrivate, MentionChannels: []string{"7"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := s.SaveGuildSettings(ctx, tc.save); err != nil {
				t.Fatal(err)
			}
			got, err := s.GuildSettings(ctx, tc.save.GuildID)
			if err != nil {
				t.Fatal(err)
			}
			if !settingsEqual(got, tc.want) {
				t.Errorf("got %+v, want %+v", got, tc.want)
			}
		})
	}
	if err := s.SaveGuildSettings(ctx, bot.GuildSettings{Region: "GB"}); err == nil {
		t.Error("settings without a guild id were saved")
	}
	if g, _ := s.GuildSettings(ctx, "44"); !settingsEqual(g, bot.DefaultGuildSettings("44")) {
		t.Errorf("another guild's settings leak: %+v", g)
	}
}

// settingsEqual compares settings, treating nil and empty channel lists
// alike.
func settingsEqual(a, b bot.GuildSettings) bool {
	return a.GuildID == b.GuildID && a.Region == b.Region && a.Visibility == b.Visibility &&
		slices.Equal(a.MentionChannels, b.MentionChannels) && a.AlertChannel == b.AlertChannel && a.Rephrase == b.Rephrase
}

func testListings(t *testing.T, s bot.Store) {
	ctx := context.Background()
	want := bot.Listing{GuildID: "1", Name: "Clinic", URL: "https://example.org", Phone: "555 0100", Region: "US-IL",
		Services: "couples", Telehealth: true, Cost: "sliding scale", Languages: "en, es"}
	id, err := s.AddListing(ctx, want)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddListing(ctx, bot.Listing{GuildID: "1", Name: "", Region: "US"}); err == nil {
		t.Error("invalid listing stored")
	}
	ls, err := s.Listings(ctx, "1")
	want.ID = id
	if err != nil || len(ls) != 1 || ls[0] != want {
		t.Fatalf("listings %+v, %v; want [%+v]", ls, err, want)
	}
	// All or nothing: one bad listing keeps the old list.
	err = s.ReplaceListings(ctx, "1", []bot.Listing{{Name: "A", Phone: "555", Region: "US"}, {Name: "B", Region: "nowhere"}})
	if err == nil {
		t.Fatal("replace with a bad listing succeeded")
	}
	if ls, _ := s.Listings(ctx, "1"); len(ls) != 1 || ls[0].Name != "Clinic" {
		t.Errorf("list changed after a failed replace: %+v", ls)
	}
	if err := s.ReplaceListings(ctx, "1", []bot.Listing{{Name: "B", Phone: "555", Region: "US"}, {GuildID: "other", Name: "A", Phone: "555", Region: "GB"}}); err != nil {
		t.Fatal(err)
	}
	ls, _ = s.Listings(ctx, "1")
	if got := listingNames(ls); got != "A#2 B#1" {
		t.Errorf("after replace: %s, want A#2 B#1 (by name, numbered in file order, all in the guild replaced)", got)
	}
	if ls, _ := s.Listings(ctx, "other"); len(ls) != 0 {
		t.Errorf("replace stored a listing in another guild: %+v", ls)
	}
	if ok, err := s.RemoveListing(ctx, "2", 1); ok || err != nil {
		t.Errorf("removed another guild's listing: %v %v", ok, err)
	}
	if ok, err := s.RemoveListing(ctx, "1", 1); !ok || err != nil {
		t.Errorf("remove: %v %v", ok, err)
	}
	if ok, err := s.RemoveListing(ctx, "1", 1); ok || err != nil {
		t.Errorf("remove twice: %v %v", ok, err)
	}
	if err := s.ReplaceListings(ctx, "1", nil); err != nil {
		t.Fatal(err)
	}
	if ls, _ := s.Listings(ctx, "1"); len(ls) != 0 {
		t.Errorf("replace with nothing left %+v", ls)
	}
}

func listingNames(ls []bot.Listing) string {
	var out []string
	for _, l := range ls {
		out = append(out, fmt.Sprintf("%s#%d", l.Name, l.ID))
	}
	return strings.Join(out, " ")
}

func testListingNumbersArePerGuild(t *testing.T, s bot.Store) {
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
	if got := listingNames(ls); got != "Second#2 Third#3" {
		t.Errorf("listings %s, want Second#2 Third#3", got)
	}
}

func testListingsPerGuildAreBounded(t *testing.T, s bot.Store) {
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
	if ls, _ := s.Listings(ctx, "g"); len(ls) != bot.MaxGuildListings {
		t.Fatalf("%d listings stored, want %d", len(ls), bot.MaxGuildListings)
	}
	if _, err := s.AddListing(ctx, bot.Listing{GuildID: "g", Name: "One more", Phone: "555", Region: "US"}); !errors.Is(err, bot.ErrTooManyListings) {
		t.Errorf("add beyond the bound: %v, want ErrTooManyListings", err)
	}
	if _, err := s.AddListing(ctx, bot.Listing{GuildID: "h", Name: "Elsewhere", Phone: "555", Region: "US"}); err != nil {
		t.Errorf("the bound is per guild, yet another guild could not add: %v", err)
	}
	// Concurrent adds to a guild one short of the bound: exactly one wins,
	// and it takes the next number.
	if ok, _ := s.RemoveListing(ctx, "g", 1); !ok {
		t.Fatal("remove #1 failed")
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var won []int64
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n, err := s.AddListing(ctx, bot.Listing{GuildID: "g", Name: fmt.Sprint("Racer ", i), Phone: "555", Region: "US"})
			if err != nil && !errors.Is(err, bot.ErrTooManyListings) {
				t.Errorf("concurrent add: %v", err)
			}
			if err == nil {
				mu.Lock()
				won = append(won, n)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	ls, _ := s.Listings(ctx, "g")
	if len(won) != 1 || len(ls) != bot.MaxGuildListings || won[0] != bot.MaxGuildListings+1 {
		t.Errorf("concurrent adds won %v, %d listings; want one win numbered %d and %d listings",
			won, len(ls), bot.MaxGuildListings+1, bot.MaxGuildListings)
	}
}

func testFindListings(t *testing.T, s bot.Store) {
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
	if err := s.ReplaceListings(ctx, "h", []bot.Listing{{Name: "Theirs", Phone: "555", Region: "US"}}); err != nil {
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
		{"inside only", bot.ListingQuery{GuildID: "g", Within: "CA"}, "CA-ON"},
		{"another guild sees only its own", bot.ListingQuery{GuildID: "h", Regions: []string{"US"}, Within: "US"}, "US"},
		{"an unknown guild sees nothing", bot.ListingQuery{GuildID: "x", Regions: []string{"US"}, Within: "US"}, ""},
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
	t.Run("most specific first, then by name", func(t *testing.T) {
		got, err := s.FindListings(ctx, bot.ListingQuery{GuildID: "g", Regions: []string{"US"}, Within: "US", Limit: 50})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 34 {
			t.Fatalf("%d listings, want 34", len(got))
		}
		if got[0].Name != "Chicago 00" || got[1].Name != "Chicago 01" || got[len(got)-1].Region != "US" {
			t.Errorf("order: first %s, %s; last %s", got[0].Name, got[1].Name, got[len(got)-1].Region)
		}
	})
	if got, _ := s.FindListings(ctx, bot.ListingQuery{GuildID: "g", Regions: []string{"US-IL"}}); len(got) != bot.MaxLocalListings {
		t.Errorf("default limit: %d listings, want %d", len(got), bot.MaxLocalListings)
	}
}

func testCountReply(t *testing.T, s bot.Store) {
	c := counters(t, s)
	ctx := context.Background()
	// 23:00 UTC on the 25th is the 26th east of UTC: days are UTC days.
	day := time.Date(2026, 11, 25, 23, 0, 0, 0, time.UTC)
	east := day.In(time.FixedZone("UTC+3", 3*3600))
	var wg sync.WaitGroup
	for range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := s.CountReply(ctx, east, bot.KindAnswer, "consent"); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	for _, r := range []struct {
		day   time.Time
		kind  bot.Kind
		entry string
	}{{day, bot.KindCrisis, ""}, {day.AddDate(0, 0, -2), bot.KindMyth, "myths-size"}, {day.AddDate(0, 0, -2), bot.KindMyth, "myths-size"}} {
		if err := s.CountReply(ctx, r.day, r.kind, r.entry); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	// A second batch adds to what is stored.
	if err := s.CountReply(ctx, day, bot.KindAnswer, "consent"); err != nil {
		t.Fatal(err)
	}
	all, err := c.Counts(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	want := []bot.ReplyCount{
		{Day: "2026-11-25", Kind: string(bot.KindAnswer), Entry: "consent", N: 21},
		{Day: "2026-11-25", Kind: string(bot.KindCrisis), N: 1},
		{Day: "2026-11-23", Kind: string(bot.KindMyth), Entry: "myths-size", N: 2},
	}
	if !slices.Equal(all, want) {
		t.Errorf("counts\n got %+v\nwant %+v", all, want)
	}
	since, err := c.Counts(ctx, "2026-11-24")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(since, want[:2]) {
		t.Errorf("counts since 2026-11-24\n got %+v\nwant %+v", since, want[:2])
	}
}

func testFeedback(t *testing.T, s bot.Store) {
	c := counters(t, s)
	ctx := context.Background()
	for _, h := range []bool{true, true, false} {
		if err := s.RecordFeedback(ctx, "consent", h); err != nil {
			t.Fatal(err)
		}
	}
	if err := c.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	if err := s.RecordFeedback(ctx, "consent", false); err != nil {
		t.Fatal(err)
	}
	yes, no, err := c.Feedback(ctx, "consent")
	if err != nil || yes != 2 || no != 2 {
		t.Errorf("feedback %d/%d %v, want 2/2", yes, no, err)
	}
	if yes, no, err := c.Feedback(ctx, "other"); err != nil || yes+no != 0 {
		t.Errorf("unknown entry: %d/%d %v", yes, no, err)
	}
}

// testConcurrency mixes every method from many goroutines; the race
// detector and the final counts check the store's own locking.
func testConcurrency(t *testing.T, s bot.Store) {
	c := counters(t, s)
	ctx := context.Background()
	day := time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)
	const workers, rounds = 8, 25
	var wg sync.WaitGroup
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			guild := fmt.Sprint("g", w%2)
			for i := range rounds {
				if err := s.CountReply(ctx, day, bot.KindAnswer, "consent"); err != nil {
					t.Error(err)
				}
				if err := s.RecordFeedback(ctx, "consent", i%2 == 0); err != nil {
					t.Error(err)
				}
				if i%5 == 0 {
					if err := c.Flush(ctx); err != nil {
						t.Error(err)
					}
				}
				if err := s.SaveGuildSettings(ctx, bot.GuildSettings{GuildID: guild, Region: "GB", Visibility: bot.VisibilityPublic}); err != nil {
					t.Error(err)
				}
				if g, err := s.GuildSettings(ctx, guild); err != nil || g.Region != "GB" {
					t.Errorf("settings %+v %v", g, err)
				}
				if _, err := s.AddListing(ctx, bot.Listing{GuildID: guild, Name: fmt.Sprint("W", w, " ", i), Phone: "555", Region: "US"}); err != nil {
					t.Error(err)
				}
				if _, err := s.FindListings(ctx, bot.ListingQuery{GuildID: guild, Regions: []string{"US"}}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	wg.Wait()
	cs, err := c.Counts(ctx, "")
	if err != nil || len(cs) != 1 || cs[0].N != workers*rounds {
		t.Errorf("counts %+v %v, want one row of %d", cs, err, workers*rounds)
	}
	yes, no, err := c.Feedback(ctx, "consent")
	if err != nil || yes+no != workers*rounds {
		t.Errorf("feedback %d+%d %v, want %d votes", yes, no, err, workers*rounds)
	}
	for _, g := range []string{"g0", "g1"} {
		ls, err := s.Listings(ctx, g)
		if err != nil || len(ls) != workers/2*rounds {
			t.Fatalf("guild %s: %d listings %v, want %d", g, len(ls), err, workers/2*rounds)
		}
		seen := map[int64]bool{}
		for _, l := range ls {
			if seen[l.ID] || l.ID < 1 || l.ID > workers/2*rounds {
				t.Errorf("guild %s: number %d repeated or out of 1..%d", g, l.ID, workers/2*rounds)
			}
			seen[l.ID] = true
		}
	}
}
