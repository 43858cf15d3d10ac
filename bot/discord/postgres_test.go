package discord_test

import (
	"context"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/discord"
	"github.com/candorbot/candor/bot/postgres"
	"github.com/candorbot/candor/bot/postgres/pgtest"
)

// Two Candor processes share one PostgreSQL database, each with its own
// connection to Discord: an admin's change made through one is honoured
// by the other at once, not after its 1-hour settings TTL.
func TestSettingsChangedThroughOneProcessApplyOnAnother(t *testing.T) {
	dbURL := pgtest.NewDatabase(t)
	open := func() *postgres.Store {
		s, err := postgres.Open(context.Background(), dbURL)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	hour := func(c *discord.Config) { c.SettingsTTL = time.Hour }
	first := newHarness(t, harnessOptions{store: open(), configure: hour})
	second := newHarness(t, harnessOptions{store: open(), configure: hour})
	stop := second.running(t)
	defer stop()

	replies := func() int {
		before := second.channelMessages(testChannel)
		second.handleMessage(mention(second.fake.BotID, "what is sex therapy?"))
		return second.channelMessages(testChannel) - before
	}
	if n := replies(); n != 1 {
		t.Fatalf("%d replies to a mention on the second process, want 1", n)
	}
	ic := asAdmin(first.slash("candor-admin", group("mention-channels", sub("add", opt("channel", "300000000000000099")))))
	first.do(ic)
	first.callback(t, ic)
	if s, err := second.store.GuildSettings(context.Background(), testGuild); err != nil || len(s.MentionChannels) != 1 {
		t.Fatalf("the admin's change is not in the shared database: %+v %v", s, err)
	}
	start := time.Now()
	for replies() != 0 {
		if time.Since(start) > 5*time.Second {
			t.Fatal("the second process still answers mentions everywhere 5 s after the first saved the change")
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Logf("the change applied on the second process after %v", time.Since(start).Round(time.Millisecond))
}
