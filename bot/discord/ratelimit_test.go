package discord_test

import (
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/discord"
)

// clock is a settable clock for Config.Now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

func TestRateLimit(t *testing.T) {
	t.Run("per person", func(t *testing.T) {
		clk := &clock{t: time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)}
		h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
			c.RateLimit = discord.RateLimit{UserPerMinute: 2, GuildPerMinute: -1}
			c.Now = clk.Now
		}})
		ask := func() wireMessage {
			ic := h.slash("ask", opt("question", "what is sex therapy"))
			h.do(ic)
			return h.callback(t, ic).Data
		}
		for i := range 2 {
			if m := ask(); len(m.Embeds) == 0 {
				t.Fatalf("request %d refused: %q", i+1, m.Content)
			}
		}
		m := ask()
		if !m.ephemeral() || !strings.Contains(m.Content, "wait a minute") || !strings.Contains(m.Content, "/crisis") {
			t.Errorf("third request: %+v, want a polite ephemeral refusal pointing to /crisis", m)
		}
		if !strings.Contains(m.Content, "988") || !strings.Contains(m.Content, "911") {
			t.Errorf("rate-limit notice lacks the crisis numbers: %q", m.Content)
		}
		t.Run("crisis is never limited", func(t *testing.T) {
			ic := h.slash("crisis")
			h.do(ic)
			if m := h.callback(t, ic).Data; !strings.Contains(m.embedText()+m.Content, "988") {
				t.Errorf("/crisis while limited: %+v", m)
			}
		})
		t.Run("autocomplete is not limited", func(t *testing.T) {
			ic := h.autocomplete("ask", "question", "sex")
			h.do(ic)
			if r := h.callback(t, ic); r.Type != 8 {
				t.Errorf("autocomplete answered with type %d", r.Type)
			}
		})
		t.Run("another person is not affected", func(t *testing.T) {
			ic := h.slash("ask", opt("question", "what is sex therapy"))
			ic.Member.User.ID = "400000000000000099"
			h.do(ic)
			if m := h.callback(t, ic).Data; len(m.Embeds) == 0 {
				t.Errorf("refused: %q", m.Content)
			}
		})
		clk.Add(31 * time.Second)
		if m := ask(); len(m.Embeds) == 0 {
			t.Errorf("after half a minute, one token should be back: %q", m.Content)
		}
	})

	t.Run("per server", func(t *testing.T) {
		clk := &clock{t: time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)}
		h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
			c.RateLimit = discord.RateLimit{UserPerMinute: -1, GuildPerMinute: 3}
			c.Now = clk.Now
		}})
		var last wireMessage
		for i := range 4 {
			ic := h.slash("about")
			ic.Member.User.ID = "41000000000000000" + string(rune('0'+i))
			h.do(ic)
			last = h.callback(t, ic).Data
		}
		if !last.ephemeral() || !strings.Contains(last.Content, "This server") {
			t.Errorf("fourth request in the server: %+v", last)
		}
	})
}
