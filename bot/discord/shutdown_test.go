package discord_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/discord"
	"github.com/candorbot/candor/internal/fakediscord"
)

// runAsync starts Run and returns its cancel and its result channel, once
// the adapter is connected and has registered its commands.
func (h *harness) runAsync(t *testing.T) (context.CancelFunc, <-chan error) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	finished := make(chan struct{})
	go func() { done <- h.adapter.Run(ctx); close(finished) }()
	wctx, wcancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer wcancel()
	err := h.fake.Wait(wctx, func(s *fakediscord.Server) bool {
		return s.Ready() && s.Count(fakediscord.Match("PUT", "/applications/")) > 0
	})
	if err != nil {
		cancel()
		t.Fatalf("adapter did not connect: %v", err)
	}
	t.Cleanup(func() {
		cancel()
		select {
		case <-finished:
		case <-time.After(30 * time.Second):
			t.Error("Run did not return after cancel")
		}
	})
	return cancel, done
}

func TestShutdownClosesTheGatewayFirst(t *testing.T) {
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
		c.DeferAfter = -1
		c.RetryBackoff = 700 * time.Millisecond // keeps the reply in flight ~2 s
	}})
	cancel, done := h.runAsync(t)
	h.fake.Fail(fakediscord.Fault{Method: "PATCH", PathPrefix: "/webhooks/", Status: 503, Body: `{}`, Times: 2})
	ic := h.slash("about")
	h.dispatch(t, ic)
	ctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	if _, err := h.fake.WaitRequest(ctx, fakediscord.Match("POST", "/interactions/"+ic.ID+"/")); err != nil {
		t.Fatal(err)
	}
	cancel()
	if err := h.fake.Wait(ctx, func(s *fakediscord.Server) bool { return !s.Ready() }); err != nil {
		t.Fatal("the gateway was not closed")
	}
	if n := h.fake.Count(func(r fakeRequest) bool { return r.Method == "PATCH" && r.Status == 200 }); n != 0 {
		t.Error("the gateway was closed only after the replies in flight finished; it must close first")
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if n := h.fake.Count(func(r fakeRequest) bool { return r.Method == "PATCH" && r.Status == 200 }); n != 1 {
		t.Errorf("the reply in flight was not delivered during the drain:\n%s", h.describe())
	}
}

func TestShutdownDrainIsBounded(t *testing.T) {
	if discord.DefaultShutdownGrace >= 10*time.Second-time.Second {
		t.Errorf("default drain %v plus the gateway's 1 s close does not fit Docker's 10 s stop grace", discord.DefaultShutdownGrace)
	}
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
		c.DeferAfter = -1
		c.ShutdownTimeout = 500 * time.Millisecond
	}})
	cancel, done := h.runAsync(t)
	ic := h.slash("about")
	h.dispatch(t, ic)
	ctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	if _, err := h.fake.WaitRequest(ctx, fakediscord.Match("POST", "/interactions/"+ic.ID+"/")); err != nil {
		t.Fatal(err)
	}
	h.fake.SetLatency(4 * time.Second) // the edit hangs past the grace
	start := time.Now()
	cancel()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return")
	}
	// 1 s to close the gateway (discordgo waits for Discord) + 0.5 s grace.
	if took := time.Since(start); took > 3*time.Second {
		t.Errorf("Run took %v to stop with a 0.5 s grace", took)
	}
	h.fake.SetLatency(0)
}

func TestLateInteractionsAreAnswered(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	ctx := context.Background()
	t.Run("a question gets a short restarting notice with crisis lines", func(t *testing.T) {
		ic := h.slash("ask", opt("question", "what is sex therapy"))
		h.adapter.HandleLateInteraction(ctx, ic)
		m := h.callback(t, ic).Data
		if !m.ephemeral() || !strings.Contains(m.Content, "restarting") || len(m.Embeds) != 0 {
			t.Errorf("late /ask got %+v", m)
		}
		if !strings.Contains(m.Content, "988") {
			t.Errorf("late notice lacks the crisis line: %q", m.Content)
		}
	})
	t.Run("a button gets the notice too", func(t *testing.T) {
		ic := h.button("topic:"+topicEntry, nil)
		h.adapter.HandleLateInteraction(ctx, ic)
		if m := h.callback(t, ic).Data; !strings.Contains(m.Content, "restarting") {
			t.Errorf("late button got %+v", m)
		}
	})
	t.Run("/crisis still gets the crisis lines", func(t *testing.T) {
		ic := h.slash("crisis")
		h.adapter.HandleLateInteraction(ctx, ic)
		m := h.callback(t, ic).Data
		if !m.ephemeral() || len(m.Embeds) == 0 || strings.Contains(m.Content, "restarting") {
			t.Errorf("late /crisis got %+v", m)
		}
	})
	t.Run("a crisis mention gets crisis lines by DM", func(t *testing.T) {
		h.adapter.HandleLateMessage(ctx, mention(h.fake.BotID, crisisText))
		if n := h.channelMessages("dm-" + testUser); n != 1 {
			t.Errorf("%d crisis DMs, want 1", n)
		}
	})
}

func TestFatalCloseCodesStopRun(t *testing.T) {
	for _, tc := range []struct {
		code int
		says string
	}{
		{4004, "DISCORD_TOKEN"},
		{4010, "DISCORD_SHARD_ID"},
		{4011, "DISCORD_SHARD_COUNT"},
		{4012, "upgrade"},
		{4013, "upgrade"},
		{4014, "privileged"},
	} {
		t.Run(fmt.Sprint("code ", tc.code), func(t *testing.T) {
			h := newHarness(t, harnessOptions{})
			_, done := h.runAsync(t)
			h.fake.RefuseIdentify(tc.code)
			if err := h.fake.CloseGateway(tc.code, "fatal"); err != nil {
				t.Fatal(err)
			}
			var err error
			select {
			case err = <-done:
			case <-time.After(10 * time.Second):
				t.Fatalf("Run still retrying 10 s after close code %d", tc.code)
			}
			var fe *discord.FatalCloseError
			if !errors.As(err, &fe) || fe.Code != tc.code {
				t.Fatalf("Run returned %v, want a FatalCloseError %d", err, tc.code)
			}
			if !strings.Contains(err.Error(), tc.says) {
				t.Errorf("message %q does not say what to do (%q)", err, tc.says)
			}
			if n := len(h.fake.Resumes()) + len(h.fake.Identifies()); n != 1 {
				t.Errorf("%d connection attempts after a fatal close, want none after the first", n-1)
			}
		})
	}
	t.Run("a bad token at start", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		h.fake.RefuseIdentify(4004)
		err := h.adapter.Run(context.Background())
		var fe *discord.FatalCloseError
		if !errors.As(err, &fe) || fe.Code != 4004 {
			t.Fatalf("Run returned %v, want a FatalCloseError 4004", err)
		}
	})
	t.Run("other close codes reconnect", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		_, done := h.runAsync(t)
		if err := h.fake.CloseGateway(4000, "unknown error"); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
		defer cancel()
		if err := h.fake.Wait(ctx, func(s *fakediscord.Server) bool { return len(s.Resumes()) == 1 && s.Ready() }); err != nil {
			t.Fatalf("no RESUME after close code 4000: %v", err)
		}
		select {
		case err := <-done:
			t.Fatalf("Run returned %v after a recoverable close", err)
		default:
		}
	})
}
