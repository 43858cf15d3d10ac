package discord_test

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/discord"
	"github.com/candorbot/candor/internal/fakediscord"
)

// flakyStore wraps a store: its settings reads can be slowed down (without
// honouring the context, like a stuck disk) or made to fail, and are
// counted.
type flakyStore struct {
	bot.Store
	delay atomic.Int64 // nanoseconds
	fail  atomic.Bool
	reads atomic.Int64
}

func (s *flakyStore) GuildSettings(ctx context.Context, guildID string) (bot.GuildSettings, error) {
	s.reads.Add(1)
	time.Sleep(time.Duration(s.delay.Load()))
	if s.fail.Load() {
		return bot.DefaultGuildSettings(guildID), errors.New("database is locked")
	}
	return s.Store.GuildSettings(ctx, guildID)
}

// withFlakyStore wraps the harness's store.
func withFlakyStore(fs **flakyStore, more ...func(*discord.Config)) func(*discord.Config) {
	return func(c *discord.Config) {
		*fs = &flakyStore{Store: c.Store}
		c.Store = *fs
		for _, f := range more {
			f(c)
		}
	}
}

// snowflake returns a Discord id created at t.
func snowflake(t time.Time, seq int64) string {
	return strconv.FormatInt((t.UnixMilli()-1420070400000)<<22|seq, 10)
}

func TestSlowStoreDoesNotDelayTheAck(t *testing.T) {
	var fs *flakyStore
	h := newHarness(t, harnessOptions{configure: withFlakyStore(&fs)})
	fs.delay.Store(int64(4 * time.Second))
	for _, name := range []string{"crisis", "about"} {
		t.Run("/"+name, func(t *testing.T) {
			ic := h.slash(name)
			start := time.Now()
			go h.do(ic)
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			if _, err := h.fake.WaitRequest(ctx, fakediscord.Match("POST", "/interactions/"+ic.ID+"/")); err != nil {
				t.Fatal(err)
			}
			took := time.Since(start)
			t.Logf("/%s acknowledged after %v with 4 s settings reads", name, took.Round(time.Millisecond))
			if took > 2500*time.Millisecond {
				t.Errorf("/%s acknowledged after %v; Discord gives 3 s", name, took)
			}
		})
	}
}

func TestSettingsFailClosed(t *testing.T) {
	const alert = "310000000000000009"
	t.Run("never known: mentions get no channel reply, a crisis still gets a DM", func(t *testing.T) {
		var fs *flakyStore
		h := newHarness(t, harnessOptions{configure: withFlakyStore(&fs)})
		fs.fail.Store(true)
		h.handleMessage(mention(h.fake.BotID, "what is sex therapy?"))
		h.handleMessage(mention(h.fake.BotID, crisisText))
		if n := h.channelMessages(testChannel); n != 0 {
			t.Errorf("%d replies in a channel that may be closed to mentions:\n%s", n, h.describe())
		}
		if n := h.channelMessages("dm-" + testUser); n != 1 {
			t.Errorf("%d crisis DMs, want 1:\n%s", n, h.describe())
		}
	})
	t.Run("never known: slash replies are private and not reworded", func(t *testing.T) {
		var fs *flakyStore
		h := newHarness(t, harnessOptions{rephraser: reworder{}, configure: withFlakyStore(&fs)})
		h.setSettings(t, func(s *bot.GuildSettings) { s.Visibility = bot.VisibilityPublic })
		fs.fail.Store(true)
		ic := h.slash("ask", opt("question", "what is sex therapy"))
		h.do(ic)
		m := h.callback(t, ic).Data
		if !m.ephemeral() {
			t.Error("reply is public although the settings are unknown")
		}
		if text := m.embedText(); len(text) == 0 || strings.Contains(text, "REWORDED") {
			t.Errorf("reply reworded or empty with unknown settings: %q", text)
		}
	})
	t.Run("last known good settings outlive a failing store", func(t *testing.T) {
		var fs *flakyStore
		h := newHarness(t, harnessOptions{configure: withFlakyStore(&fs, func(c *discord.Config) {
			c.SettingsTTL = time.Millisecond
		})})
		h.setSettings(t, func(s *bot.GuildSettings) {
			s.MentionChannels = []string{"300000000000000099"}
			s.AlertChannel = alert
		})
		h.handleMessage(mention(h.fake.BotID, "what is sex therapy?")) // loads the settings
		fs.fail.Store(true)
		time.Sleep(5 * time.Millisecond) // past the TTL
		h.handleMessage(mention(h.fake.BotID, "what is sex therapy?"))
		if n := h.channelMessages(testChannel); n != 0 {
			t.Errorf("%d replies outside the mention channels once the store failed", n)
		}
		ic := h.slash("ask", opt("question", crisisText))
		h.do(ic)
		if n := h.channelMessages(alert); n != 1 {
			t.Errorf("%d alert notices with a failing store, want 1 (as configured):\n%s", n, h.describe())
		}
	})
	t.Run("an admin's change applies at once", func(t *testing.T) {
		h := newHarness(t, harnessOptions{configure: func(c *discord.Config) { c.SettingsTTL = time.Hour }})
		h.handleMessage(mention(h.fake.BotID, "what is sex therapy?"))
		if n := h.channelMessages(testChannel); n != 1 {
			t.Fatalf("%d replies, want 1", n)
		}
		ic := asAdmin(h.slash("candor-admin", group("mention-channels", sub("add", opt("channel", "300000000000000099")))))
		h.do(ic)
		h.callback(t, ic)
		h.handleMessage(mention(h.fake.BotID, "what is sex therapy?"))
		if n := h.channelMessages(testChannel); n != 1 {
			t.Errorf("%d replies: the cached settings hid the admin's change", n)
		}
	})
}

func TestRateLimitsComeBeforeTheStore(t *testing.T) {
	var fs *flakyStore
	h := newHarness(t, harnessOptions{configure: withFlakyStore(&fs, func(c *discord.Config) {
		c.RateLimit = discord.RateLimit{UserPerMinute: 1, GuildPerMinute: -1}
		c.SettingsTTL = time.Nanosecond // every allowed request would read
	})})
	for range 4 {
		h.do(h.slash("about"))
	}
	for range 4 {
		h.handleMessage(mention(h.fake.BotID, "what is sex therapy?"))
	}
	if n := fs.reads.Load(); n != 1 {
		t.Errorf("%d settings reads for 1 allowed and 7 rate-limited requests, want 1", n)
	}
}

// slowReworder takes a while, as a distant LLM would.
type slowReworder struct{ d time.Duration }

func (s slowReworder) Rephrase(ctx context.Context, in bot.RephraseInput) (string, error) {
	select {
	case <-time.After(s.d):
	case <-ctx.Done():
		return "", ctx.Err()
	}
	return "REWORDED: " + in.Body, nil
}

func TestDeferCountsFromTheInteractionsCreation(t *testing.T) {
	h := newHarness(t, harnessOptions{rephraser: slowReworder{time.Second}, configure: func(c *discord.Config) {
		c.DeferAfter = 1500 * time.Millisecond
	}})
	ic := h.slash("ask", opt("question", "what is sex therapy"))
	// The interaction was created 1.2 s ago and waited in a queue: 0.3 s
	// are left before it must be acknowledged, less than the answer takes.
	ic.ID = snowflake(time.Now().Add(-1200*time.Millisecond), 1)
	start := time.Now()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); h.do(ic) }()
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	r, err := h.fake.WaitRequest(ctx, fakediscord.Match("POST", "/interactions/"+ic.ID+"/"))
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	var resp wireResponse
	if err := r.JSON(&resp); err != nil {
		t.Fatal(err)
	}
	if resp.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
		t.Errorf("first callback type %d after %v, want a deferral (5) within the 0.3 s left", resp.Type, took)
	}
	// Counted from arrival, the deferral would come 1.5 s after it; counted
	// from creation it comes 0.3 s after. The bound between the two leaves
	// room for a loaded machine.
	if took > 1200*time.Millisecond {
		t.Errorf("acknowledged %v after arrival, %v after creation", took, took+1200*time.Millisecond)
	}
	wg.Wait()
	h.request(t, "PATCH", originalPath(ic))
}

func TestSlowStoreDoesNotDelayTheAdminAck(t *testing.T) {
	var fs *flakyStore
	h := newHarness(t, harnessOptions{configure: withFlakyStore(&fs, func(c *discord.Config) {
		c.DeferAfter = 1500 * time.Millisecond
	})})
	fs.delay.Store(int64(3 * time.Second))
	ic := asAdmin(h.slash("candor-admin", sub("visibility", opt("mode", "public"))))
	start := time.Now()
	go h.do(ic)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	r, err := h.fake.WaitRequest(ctx, fakediscord.Match("POST", "/interactions/"+ic.ID+"/"))
	if err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 2500*time.Millisecond {
		t.Errorf("admin command acknowledged after %v", took)
	}
	var resp wireResponse
	if err := r.JSON(&resp); err != nil || resp.Type != 5 || !resp.Data.ephemeral() {
		t.Errorf("ack = %+v, %v; want a private deferral", resp, err)
	}
	edit := h.message(t, "PATCH", originalPath(ic))
	if !strings.Contains(edit.Content, "public") {
		t.Errorf("edited reply %q", edit.Content)
	}
}

// watchingStore is a store shared with other processes: it hands the
// adapter's settings callback to the test, which plays the other process.
type watchingStore struct {
	bot.Store
	started chan func(guildID string)
}

func (s *watchingStore) WatchSettings(ctx context.Context, changed func(guildID string)) error {
	s.started <- changed
	<-ctx.Done()
	return ctx.Err()
}

func TestSettingsSavedElsewhereApplyAtOnce(t *testing.T) {
	var ws *watchingStore
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
		ws = &watchingStore{Store: c.Store, started: make(chan func(string), 1)}
		c.Store = ws
		c.SettingsTTL = time.Hour
	}})
	stop := h.running(t)
	defer stop()
	var changed func(string)
	select {
	case changed = <-ws.started:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not watch the store's settings")
	}
	replies := func() int {
		before := h.channelMessages(testChannel)
		h.handleMessage(mention(h.fake.BotID, "what is sex therapy?"))
		return h.channelMessages(testChannel) - before
	}
	// eventually reports whether a mention gets want replies within 5 s.
	eventually := func(want int) bool {
		for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
			if replies() == want {
				return true
			}
		}
		return false
	}
	if n := replies(); n != 1 {
		t.Fatalf("%d replies to a mention, want 1", n)
	}
	// Another process limits mentions to another channel.
	h.setSettings(t, func(s *bot.GuildSettings) { s.MentionChannels = []string{"300000000000000099"} })
	if n := replies(); n != 1 {
		t.Fatalf("%d replies: without a notice the cached settings should still apply (TTL 1 h), so this test shows nothing", n)
	}
	changed(testGuild)
	if !eventually(0) {
		t.Error("the notice of a save by another process did not refresh the cached settings")
	}
	// Back to every channel, announced as "anything may have changed"
	// (the watch reconnected and may have missed saves).
	h.setSettings(t, func(s *bot.GuildSettings) { s.MentionChannels = nil })
	changed("")
	if !eventually(1) {
		t.Error("after a forget-everything notice the cached settings were not re-read")
	}
}
