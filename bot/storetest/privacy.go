package storetest

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

// TextDumper returns every value of every text column of every table in
// s's database (a test helper of each store, not part of the store).
type TextDumper func(t *testing.T, s bot.Store) []string

// The private parts of what people write in the privacy test, and the
// user id they write from: none may reach any table.
var (
	privateMessages = []string{
		"can't be intimate with my husband since he cheated, is that normal?",
		"my girlfriend Priya wants sex more than I do and I feel broken",
		"is it true that porn ruined my boyfriend Tomasz forever",
		"I want to end my life after what happened with Jordan",
	}
	privateWords = []string{"husband", "cheated", "priya", "broken", "tomasz", "boyfriend", "jordan", "end my life", "intimate"}
	privateUser  = "735918264051"
)

// Privacy answers messages through a bot.Bot on a store from open, votes,
// saves settings and a listing, flushes the counters, and
// then scans every text column of every table (through dump) for the
// messages' words and the user id. It fails too when the scan finds none
// of the values it saved, so an empty dump cannot pass.
func Privacy(t *testing.T, open Opener, dump TextDumper) {
	ctx := context.Background()
	s := open(t)
	kb, err := knowledge.LoadEmbedded()
	if err != nil {
		t.Fatal(err)
	}
	ref, err := referral.Load()
	if err != nil {
		t.Fatal(err)
	}
	b, err := bot.New(bot.Config{KB: kb, Referral: ref, DefaultRegion: "US", Store: s, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[bot.Kind]bool{}
	for _, m := range privateMessages {
		rep := b.Handle(ctx, bot.Request{Text: m, GuildID: "g1", UserID: privateUser, ChannelID: "c1", Channel: bot.ChannelGuild})
		kinds[rep.Kind] = true
		if rep.Entry != "" {
			if err := b.Feedback(ctx, rep.Entry, true); err != nil {
				t.Fatal(err)
			}
		}
	}
	b.Close()
	if len(kinds) < 2 {
		t.Fatalf("replies of kinds %v only: the messages should reach several kinds for this test to mean much", kinds)
	}
	if err := s.SaveGuildSettings(ctx, bot.GuildSettings{GuildID: "g1", Region: "GB", Visibility: bot.VisibilityPublic,
		MentionChannels: []string{"c1"}, AlertChannel: "c9", Rephrase: true}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddListing(ctx, bot.Listing{GuildID: "g1", Name: "Marker Clinic", Phone: "555 0100", Region: "GB"}); err != nil {
		t.Fatal(err)
	}
	if err := counters(t, s).Flush(ctx); err != nil {
		t.Fatal(err)
	}
	values := dump(t, s)
	all := strings.ToLower(strings.Join(values, "\n"))
	for _, saved := range []string{"marker clinic", "c9", "g1"} {
		if !strings.Contains(all, saved) {
			t.Fatalf("the dump misses %q, which was saved: it does not scan every table (%d values)", saved, len(values))
		}
	}
	if cs, err := counters(t, s).Counts(ctx, ""); err != nil || len(cs) == 0 {
		t.Fatalf("no replies were counted (%v), so this test shows nothing", err)
	}
	for _, w := range append(privateWords, privateUser) {
		if strings.Contains(all, w) {
			for _, v := range values {
				if strings.Contains(strings.ToLower(v), w) {
					t.Errorf("a table holds %q: %q", w, v)
				}
			}
		}
	}
}
