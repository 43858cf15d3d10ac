package discord_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot/discord"
	"github.com/candorbot/candor/internal/fakediscord"
)

// running starts the adapter's Run against the fake and waits until it has
// connected and registered its commands. It returns a stop function that
// cancels Run and waits for it.
func (h *harness) running(tb testing.TB) (stop func() error) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- h.adapter.Run(ctx) }()
	wctx, wcancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer wcancel()
	err := h.fake.Wait(wctx, func(s *fakediscord.Server) bool {
		return s.Ready() && s.Count(fakediscord.Match("PUT", "/applications/")) > 0
	})
	if err != nil {
		cancel()
		tb.Fatalf("adapter did not connect and register: %v\n%s", err, h.describe())
	}
	stopped := false
	stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(30 * time.Second):
			tb.Fatal("Run did not return after cancel")
			return nil
		}
	}
	tb.Cleanup(func() { stop() })
	return stop
}

// dispatch sends an interaction as a gateway INTERACTION_CREATE.
func (h *harness) dispatch(tb testing.TB, ic *discordgo.InteractionCreate) {
	tb.Helper()
	raw := interactionJSON(tb, ic)
	if err := h.fake.Dispatch("INTERACTION_CREATE", raw); err != nil {
		tb.Fatal(err)
	}
}

// interactionJSON encodes an interaction as Discord sends it (discordgo's
// Interaction has no MarshalJSON that keeps the data).
func interactionJSON(tb testing.TB, ic *discordgo.InteractionCreate) json.RawMessage {
	tb.Helper()
	i := ic.Interaction
	m := map[string]any{
		"id": i.ID, "application_id": i.AppID, "type": i.Type, "guild_id": i.GuildID,
		"channel_id": i.ChannelID, "token": i.Token, "version": 1,
		"member": map[string]any{"user": map[string]any{"id": i.Member.User.ID, "username": "someone"},
			"permissions": "0"},
		"data": i.Data,
	}
	if i.Message != nil {
		m["message"] = i.Message
	}
	return mustJSON(tb, m)
}

func TestGatewayIntegration(t *testing.T) {
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
		c.AppID = "" // from READY
		c.GuildID = testGuild
	}})
	rec := httptest.NewRecorder()
	h.adapter.HealthHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("healthz before Run: %d, want 503", rec.Code)
	}
	stop := h.running(t)

	t.Run("identifies with unprivileged intents", func(t *testing.T) {
		ids := h.fake.Identifies()
		if len(ids) != 1 {
			t.Fatalf("%d IDENTIFYs", len(ids))
		}
		var id struct {
			Token   string `json:"token"`
			Intents int    `json:"intents"`
		}
		if err := json.Unmarshal(ids[0], &id); err != nil {
			t.Fatal(err)
		}
		want := int(discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages)
		if id.Intents != want {
			t.Errorf("intents = %d, want %d", id.Intents, want)
		}
		if id.Intents&int(discordgo.IntentsGuilds) != 0 {
			t.Error("asks for the GUILDS intent, which Candor does not need")
		}
		if id.Intents&int(discordgo.IntentsMessageContent) != 0 {
			t.Error("asks for the privileged message-content intent")
		}
		if id.Token != "Bot "+testToken {
			t.Error("identify token is not the bot token")
		}
	})

	t.Run("registers commands to the guild with the application id from READY", func(t *testing.T) {
		cmds := h.fake.Commands("/applications/" + h.fake.AppID + "/guilds/" + testGuild + "/commands")
		if len(cmds) != len(h.adapter.Registry().Definitions()) {
			t.Errorf("%d commands registered", len(cmds))
		}
	})

	t.Run("healthz is ok once connected", func(t *testing.T) {
		rec := httptest.NewRecorder()
		h.adapter.HealthHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		if rec.Code != http.StatusOK {
			t.Errorf("healthz: %d %s", rec.Code, rec.Body)
		}
	})

	t.Run("/ask is answered privately", func(t *testing.T) {
		ic := h.slash("ask", opt("question", "what is sex therapy"))
		h.dispatch(t, ic)
		r := h.callback(t, ic)
		if r.Type != 4 || r.Data.Flags != 64 || len(r.Data.Embeds) != 1 {
			t.Errorf("callback type %d flags %d embeds %d", r.Type, r.Data.Flags, len(r.Data.Embeds))
		}
		if got := h.request(t, "POST", "/interactions/"+ic.ID+"/"+ic.Token+"/callback").Header.Get("Authorization"); got != "Bot "+testToken {
			t.Errorf("authorization header %q", got)
		}
	})

	t.Run("autocomplete", func(t *testing.T) {
		ic := h.autocomplete("ask", "question", "therap")
		h.dispatch(t, ic)
		if r := h.callback(t, ic); r.Type != 8 || len(r.Data.Choices) == 0 {
			t.Errorf("autocomplete: type %d, %d choices", r.Type, len(r.Data.Choices))
		}
	})

	t.Run("a button press", func(t *testing.T) {
		ic := h.button("topic:"+topicEntry, nil)
		h.dispatch(t, ic)
		if r := h.callback(t, ic); r.Type != 4 || len(r.Data.Embeds) == 0 {
			t.Errorf("button: type %d", r.Type)
		}
	})

	t.Run("the context-menu command", func(t *testing.T) {
		ic := h.messageCommand("Check for myths", &discordgo.Message{ID: "500000000000000009", ChannelID: testChannel,
			Content: "sex therapy means the therapist watches you have sex"})
		h.dispatch(t, ic)
		if r := h.callback(t, ic); r.Data.Flags != 64 || len(r.Data.Embeds) == 0 {
			t.Errorf("myth check: flags %d", r.Data.Flags)
		}
	})

	t.Run("a mention", func(t *testing.T) {
		mc := mention(h.fake.BotID, "what is sensate focus?")
		if err := h.fake.Dispatch("MESSAGE_CREATE", mc.Message); err != nil {
			t.Fatal(err)
		}
		m := h.message(t, "POST", "/channels/"+testChannel+"/messages")
		if m.MessageReference == nil || m.MessageReference.MessageID != mc.ID {
			t.Errorf("reply reference = %+v", m.MessageReference)
		}
	})

	t.Run("a 429 is retried after Retry-After", func(t *testing.T) {
		ic := h.slash("about")
		hdr := http.Header{}
		hdr.Set("Retry-After", "0.1")
		hdr.Set("X-RateLimit-Limit", "1")
		hdr.Set("X-RateLimit-Remaining", "0")
		hdr.Set("X-RateLimit-Reset-After", "0.1")
		hdr.Set("X-RateLimit-Scope", "user")
		h.fake.Fail(fakediscord.Fault{Method: "POST", PathPrefix: "/interactions/" + ic.ID + "/", Status: 429, Header: hdr,
			Body: `{"message":"You are being rate limited.","retry_after":0.1,"global":false}`, Times: 1})
		h.dispatch(t, ic)
		h.callback(t, ic)
		statuses := []int{}
		for _, r := range h.fake.Requests() {
			if strings.HasPrefix(r.Path, "/interactions/"+ic.ID+"/") {
				statuses = append(statuses, r.Status)
			}
		}
		if len(statuses) != 2 || statuses[0] != 429 || statuses[1] != 204 {
			t.Errorf("callback statuses = %v, want [429 204]", statuses)
		}
	})

	t.Run("a dropped gateway connection resumes", func(t *testing.T) {
		h.fake.Drop()
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if err := h.fake.Wait(ctx, func(s *fakediscord.Server) bool { return len(s.Resumes()) == 1 && s.Ready() }); err != nil {
			t.Fatalf("no RESUME after the drop: %v", err)
		}
		var res struct {
			SessionID string `json:"session_id"`
			Seq       int64  `json:"seq"`
		}
		if err := json.Unmarshal(h.fake.Resumes()[0], &res); err != nil {
			t.Fatal(err)
		}
		if res.SessionID == "" || res.Seq == 0 {
			t.Errorf("resume = %+v, want the session and last sequence", res)
		}
		if n := len(h.fake.Identifies()); n != 1 {
			t.Errorf("%d IDENTIFYs, want the session resumed, not re-identified", n)
		}
		ic := h.slash("about")
		h.dispatch(t, ic)
		h.callback(t, ic)
	})

	t.Run("Run returns after cancel and closes the session", func(t *testing.T) {
		if err := stop(); err != nil {
			t.Fatalf("Run: %v", err)
		}
		if h.adapter.Connected() {
			t.Error("still connected")
		}
	})
}

func TestShardIdentify(t *testing.T) {
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
		c.ShardID, c.ShardCount = 1, 2
		// Shard 1 alone would leave registration to shard 0's process;
		// the harness waits for it.
		c.SyncCommands = discord.SyncAlways
	}})
	h.running(t)
	var id struct {
		Shard []int `json:"shard"`
	}
	if err := json.Unmarshal(h.fake.Identifies()[0], &id); err != nil {
		t.Fatal(err)
	}
	if len(id.Shard) != 2 || id.Shard[0] != 1 || id.Shard[1] != 2 {
		t.Errorf("shard = %v, want [1 2]", id.Shard)
	}
}

func TestGracefulShutdownFinishesInFlightReplies(t *testing.T) {
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
		c.DeferAfter = -1
		// Retries outlast the second the session takes to close, so the
		// test fails unless Run waits for the reply.
		c.RetryBackoff = 700 * time.Millisecond
	}})
	stop := h.running(t)
	// Slow the reply's delivery so it is still in flight when Run's
	// context is cancelled.
	h.fake.Fail(fakediscord.Fault{Method: "PATCH", PathPrefix: "/webhooks/", Status: 503, Body: `{}`, Times: 2})
	ic := h.slash("about")
	h.dispatch(t, ic)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := h.fake.WaitRequest(ctx, fakediscord.Match("POST", "/interactions/"+ic.ID+"/")); err != nil {
		t.Fatal(err)
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	if h.fake.Count(func(r fakeRequest) bool { return r.Method == "PATCH" && r.Status == 200 }) != 1 {
		t.Errorf("the in-flight reply was not delivered before Run returned:\n%s", h.describe())
	}
}
