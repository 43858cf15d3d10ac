package discord_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/discord"
	"github.com/candorbot/candor/internal/fakediscord"
)

func TestNewValidates(t *testing.T) {
	b, err := bot.New(bot.Config{KB: embeddedKB(t), Referral: referrals(t)})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		cfg  discord.Config
	}{
		{"no token", discord.Config{Bot: b}},
		{"no bot", discord.Config{Token: "t"}},
		{"shard out of range", discord.Config{Token: "t", Bot: b, ShardID: 2, ShardCount: 2}},
		{"relative API URL", discord.Config{Token: "t", Bot: b, APIURL: "proxy:8080"}},
		{"API URL with another scheme", discord.Config{Token: "t", Bot: b, APIURL: "ftp://proxy"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := discord.New(tc.cfg); err == nil {
				t.Error("New succeeded")
			}
		})
	}
}

func TestSyncAndClearCommands(t *testing.T) {
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
		c.AppID = "" // learnt from /oauth2/applications/@me
		c.GuildID = testGuild
	}})
	ctx := context.Background()
	if err := h.adapter.SyncCommands(ctx); err != nil {
		t.Fatal(err)
	}
	h.request(t, "GET", "/oauth2/applications/@me")
	path := "/applications/" + h.fake.AppID + "/guilds/" + testGuild + "/commands"
	r := h.request(t, "PUT", path)
	var cmds []discordgo.ApplicationCommand
	if err := r.JSON(&cmds); err != nil {
		t.Fatal(err)
	}
	names := map[string]discordgo.ApplicationCommandType{}
	for _, c := range cmds {
		names[c.Name] = c.Type
	}
	for _, want := range []string{"ask", "myth", "topics", "find-therapist", "crisis", "about", "candor-admin"} {
		if names[want] != discordgo.ChatApplicationCommand {
			t.Errorf("slash command %s not registered (got %v)", want, names)
		}
	}
	if names["Check for myths"] != discordgo.MessageApplicationCommand {
		t.Errorf("message command not registered")
	}
	var raw []map[string]any
	if err := r.JSON(&raw); err != nil {
		t.Fatal(err)
	}
	for _, c := range raw {
		if _, ok := c["dm_permission"]; ok {
			t.Errorf("%s sets the deprecated dm_permission", c["name"])
		}
		ctxs, _ := c["contexts"].([]any)
		if len(ctxs) == 0 {
			t.Errorf("%s has no contexts", c["name"])
		}
		if c["name"] != "candor-admin" && len(ctxs) != 2 {
			t.Errorf("%s contexts = %v, want servers and bot DMs", c["name"], ctxs)
		}
		if its, _ := c["integration_types"].([]any); len(its) != 1 || its[0] != float64(0) {
			t.Errorf("%s integration_types = %v, want [0] (installed to servers)", c["name"], c["integration_types"])
		}
	}
	if err := h.adapter.ClearCommands(ctx); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(string(h.request(t, "PUT", path).Body)); got != "[]" {
		t.Errorf("clear sent %s, want []", got)
	}
}

func TestCommandDefinitionsFitDiscord(t *testing.T) {
	b, err := bot.New(bot.Config{KB: embeddedKB(t), Referral: referrals(t)})
	if err != nil {
		t.Fatal(err)
	}
	a, err := discord.New(discord.Config{Token: "t", Bot: b})
	if err != nil {
		t.Fatal(err)
	}
	var check func(path string, opts []*discordgo.ApplicationCommandOption)
	check = func(path string, opts []*discordgo.ApplicationCommandOption) {
		if len(opts) > 25 {
			t.Errorf("%s: %d options", path, len(opts))
		}
		for _, o := range opts {
			if len(o.Name) > 32 || strings.ToLower(o.Name) != o.Name || strings.Contains(o.Name, " ") {
				t.Errorf("%s: bad option name %q", path, o.Name)
			}
			if n := len([]rune(o.Description)); n == 0 || n > 100 {
				t.Errorf("%s %s: description of %d characters", path, o.Name, n)
			}
			if len(o.Choices) > 25 {
				t.Errorf("%s %s: %d choices", path, o.Name, len(o.Choices))
			}
			check(path+" "+o.Name, o.Options)
		}
	}
	for _, d := range a.Registry().Definitions() {
		if d.Type == discordgo.ChatApplicationCommand {
			if n := len([]rune(d.Description)); n == 0 || n > 100 {
				t.Errorf("/%s: description of %d characters", d.Name, n)
			}
		}
		if len(d.Name) > 32 {
			t.Errorf("%s: name too long", d.Name)
		}
		check("/"+d.Name, d.Options)
	}
}

func TestAPIURLKeepsPaths(t *testing.T) {
	for _, tc := range []struct{ base, want string }{
		{"", "/api/v" + discordgo.APIVersion + "/applications/app-1/commands"},
		{"/proxy", "/proxy/api/v" + discordgo.APIVersion + "/applications/app-1/commands"},
		{"/proxy/api/v" + discordgo.APIVersion, "/proxy/api/v" + discordgo.APIVersion + "/applications/app-1/commands"},
		{"/proxy/api", "/proxy/api/v" + discordgo.APIVersion + "/applications/app-1/commands"},
	} {
		t.Run("base "+tc.base, func(t *testing.T) {
			var mu sync.Mutex
			var got []string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				got = append(got, r.URL.Path)
				mu.Unlock()
				io.WriteString(w, "[]")
			}))
			defer srv.Close()
			b, err := bot.New(bot.Config{KB: embeddedKB(t), Referral: referrals(t)})
			if err != nil {
				t.Fatal(err)
			}
			a, err := discord.New(discord.Config{Token: "t", Bot: b, AppID: "app-1", APIURL: srv.URL + tc.base})
			if err != nil {
				t.Fatal(err)
			}
			if err := a.SyncCommands(context.Background()); err != nil {
				t.Fatal(err)
			}
			ic := &discordgo.InteractionCreate{Interaction: &discordgo.Interaction{
				ID: "900", AppID: "app-1", Token: "tok", Type: discordgo.InteractionApplicationCommand,
				Data: discordgo.ApplicationCommandInteractionData{Name: "about"},
				User: &discordgo.User{ID: testUser},
			}}
			a.HandleInteraction(context.Background(), ic)
			callback := strings.Replace(tc.want, "/applications/app-1/commands", "/interactions/900/tok/callback", 1)
			mu.Lock()
			defer mu.Unlock()
			if len(got) != 2 || got[0] != tc.want || got[1] != callback {
				t.Errorf("paths = %v, want [%s %s]", got, tc.want, callback)
			}
		})
	}
}

func TestServerErrorsAreRetried(t *testing.T) {
	t.Run("a 503 on the callback is retried", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		ic := h.slash("about")
		h.fake.Fail(fakediscord.Fault{Method: "POST", PathPrefix: "/interactions/" + ic.ID + "/", Status: 503,
			Body: `{"message":"unavailable","code":0}`, Times: 2})
		h.do(ic)
		h.callback(t, ic)
		n := h.fake.Count(fakediscord.Match("POST", "/interactions/"+ic.ID+"/"))
		if n != 3 {
			t.Errorf("%d callback attempts, want 3", n)
		}
	})
	t.Run("a 500 on the deferred edit is retried", func(t *testing.T) {
		h := newHarness(t, harnessOptions{configure: func(c *discord.Config) { c.DeferAfter = -1 }})
		ic := h.slash("about")
		h.fake.Fail(fakediscord.Fault{Method: "PATCH", PathPrefix: "/webhooks/", Status: 500, Body: `{}`, Times: 1})
		h.do(ic)
		h.request(t, "PATCH", originalPath(ic))
	})
	t.Run("a 429 is waited out, not dropped", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		ic := h.slash("about")
		hdr := http.Header{}
		hdr.Set("Retry-After", "0.1")
		hdr.Set("X-RateLimit-Limit", "5")
		hdr.Set("X-RateLimit-Remaining", "0")
		hdr.Set("X-RateLimit-Reset-After", "0.1")
		hdr.Set("X-RateLimit-Bucket", "interaction")
		h.fake.Fail(fakediscord.Fault{Method: "POST", PathPrefix: "/interactions/" + ic.ID + "/", Status: 429,
			Header: hdr, Body: `{"message":"You are being rate limited.","retry_after":0.1,"global":false}`, Times: 1})
		start := time.Now()
		h.do(ic)
		h.callback(t, ic)
		if d := time.Since(start); d < 90*time.Millisecond {
			t.Errorf("retried after %v, before Retry-After", d)
		}
	})
	t.Run("a 400 is not retried and is logged without secrets", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		ic := h.slash("ask", opt("question", "what is sex therapy zebrafish-secret"))
		h.fake.Fail(fakediscord.Fault{Method: "POST", PathPrefix: "/interactions/", Status: 400,
			Body: `{"message":"Invalid Form Body","code":50035}`, Times: 5})
		h.do(ic)
		if n := h.fake.Count(fakediscord.Match("POST", "/interactions/")); n != 1 {
			t.Errorf("%d attempts, want 1", n)
		}
		logs := h.logs.String()
		if !strings.Contains(logs, "50035") {
			t.Errorf("logs lack the Discord error code:\n%s", logs)
		}
		for _, secret := range []string{"zebrafish", testToken, ic.Token, testUser} {
			if strings.Contains(logs, secret) {
				t.Errorf("logs contain %q:\n%s", secret, logs)
			}
		}
	})
}

func TestLogsNeverHoldTextOrTokens(t *testing.T) {
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) { c.DeferAfter = -1 }})
	secret := "zebrafish-secret"
	ic := h.slash("ask", opt("question", "what is sex therapy "+secret))
	h.do(ic)
	h.request(t, "PATCH", originalPath(ic))
	h.handleMessage(mention(h.fake.BotID, "is sensate focus useful "+secret))
	h.handleMessage(mention(h.fake.BotID, crisisText))
	logs := h.logs.String()
	if logs == "" {
		t.Fatal("nothing logged")
	}
	for _, s := range []string{secret, "killing", testToken, ic.Token, testUser} {
		if strings.Contains(logs, s) {
			t.Errorf("logs contain %q", s)
		}
	}
}

func TestMetricsHandler(t *testing.T) {
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
		c.RateLimit = discord.RateLimit{UserPerMinute: 1, GuildPerMinute: -1}
	}})
	for range 2 {
		h.do(h.slash("about"))
	}
	h.do(h.autocomplete("ask", "question", "sex"))
	rec := httptest.NewRecorder()
	h.adapter.MetricsHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/plain; version=0.0.4") {
		t.Errorf("content type %q", ct)
	}
	body := rec.Body.String()
	for _, want := range []string{
		"# TYPE candor_discord_interactions_total counter",
		`candor_discord_interactions_total{source="command"} 2`,
		`candor_discord_interactions_total{source="autocomplete"} 1`,
		`candor_discord_replies_total{kind="answer"} 1`,
		`candor_discord_replies_total{kind="crisis"} 0`,
		`candor_discord_rate_limited_total{scope="user"} 1`,
		"# TYPE candor_discord_reply_seconds histogram",
		`candor_discord_reply_seconds_bucket{le="+Inf"} 1`,
		"candor_discord_reply_seconds_count 1",
		"candor_discord_gateway_connected 0",
	} {
		if !strings.Contains(body, want+"\n") {
			t.Errorf("metrics lack %q:\n%s", want, body)
		}
	}
}

func TestHealthHandler(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	rec := httptest.NewRecorder()
	h.adapter.HealthHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
	if rec.Code != http.StatusServiceUnavailable {
		t.Errorf("status %d before connecting, want 503", rec.Code)
	}
	var got discord.Health
	if err := json.Unmarshal(rec.Body.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := discord.Health{Status: "unavailable", Gateway: "disconnected", Store: "ok"}
	if got != want {
		t.Errorf("health = %+v, want %+v", got, want)
	}
}
