package llm_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/llm"
)

func TestCircuitBreaker(t *testing.T) {
	setup := func(t *testing.T) (*fakeAPI, *fakeClock, *probe, *llm.Client) {
		f := newFakeAPI(t)
		f.setChat(status(500))
		clock := newFakeClock()
		p := &probe{}
		// No rephrasing cache: every call must reach the breaker.
		c := newClient(t, f, p, func(cfg *llm.Config) { cfg.Now = clock.Now; cfg.RephraseCacheSize = -1 })
		for range llm.DefaultBreakerThreshold {
			if _, err := c.Rephrase(context.Background(), stressEntry()); err == nil || errors.Is(err, llm.ErrCircuitOpen) {
				t.Fatalf("Rephrase error = %v, want an endpoint error", err)
			}
		}
		return f, clock, p, c
	}

	t.Run("opens after consecutive failures and closes after the cool-down", func(t *testing.T) {
		f, clock, p, c := setup(t)
		_, err := c.Rephrase(context.Background(), stressEntry())
		if !errors.Is(err, llm.ErrCircuitOpen) {
			t.Fatalf("after %d failures: error = %v, want ErrCircuitOpen", llm.DefaultBreakerThreshold, err)
		}
		if n := len(f.chatRequests()); n != llm.DefaultBreakerThreshold {
			t.Errorf("%d requests, want %d: an open breaker must not call", n, llm.DefaultBreakerThreshold)
		}
		if p.n(llm.MetricBreakerOpen) != 1 {
			t.Errorf("breaker_open = %d, want 1", p.n(llm.MetricBreakerOpen))
		}
		clock.Advance(29 * time.Second)
		if _, err := c.Rephrase(context.Background(), stressEntry()); !errors.Is(err, llm.ErrCircuitOpen) {
			t.Errorf("29s later: error = %v, want ErrCircuitOpen", err)
		}

		f.reply(goodRephrasing)
		clock.Advance(2 * time.Second)
		if _, err := c.Rephrase(context.Background(), stressEntry()); err != nil {
			t.Fatalf("after the cool-down: %v", err)
		}
		if _, err := c.Rephrase(context.Background(), stressEntry()); err != nil {
			t.Fatalf("once closed: %v", err)
		}
		if n := len(f.chatRequests()); n != llm.DefaultBreakerThreshold+2 {
			t.Errorf("%d requests, want %d", n, llm.DefaultBreakerThreshold+2)
		}
	})

	t.Run("a failed probe opens it again", func(t *testing.T) {
		f, clock, _, c := setup(t)
		clock.Advance(31 * time.Second)
		if _, err := c.Rephrase(context.Background(), stressEntry()); err == nil || errors.Is(err, llm.ErrCircuitOpen) {
			t.Fatalf("probe error = %v, want an endpoint error", err)
		}
		if _, err := c.Rephrase(context.Background(), stressEntry()); !errors.Is(err, llm.ErrCircuitOpen) {
			t.Errorf("after a failed probe: error = %v, want ErrCircuitOpen", err)
		}
		if n := len(f.chatRequests()); n != llm.DefaultBreakerThreshold+1 {
			t.Errorf("%d requests, want %d", n, llm.DefaultBreakerThreshold+1)
		}
	})

	t.Run("guard rejections do not count as failures", func(t *testing.T) {
		f := newFakeAPI(t)
		f.reply("Take 50 mg.")
		c := newClient(t, f, nil, nil)
		for range 2 * llm.DefaultBreakerThreshold {
			if _, err := c.Rephrase(context.Background(), stressEntry()); errors.Is(err, llm.ErrCircuitOpen) {
				t.Fatal("breaker opened on guard rejections")
			}
		}
	})
}

func TestBreaker(t *testing.T) {
	clock := newFakeClock()
	b := llm.NewBreaker(2, time.Minute, clock.Now)
	mustAllow := func(want error) {
		t.Helper()
		if err := b.Allow(); !errors.Is(err, want) {
			t.Fatalf("Allow = %v, want %v", err, want)
		}
	}
	mustAllow(nil)
	b.Failure()
	mustAllow(nil)
	b.Success() // a success resets the count
	mustAllow(nil)
	b.Failure()
	mustAllow(nil)
	if !b.Failure() {
		t.Fatal("second consecutive failure did not open the breaker")
	}
	mustAllow(llm.ErrCircuitOpen)
	clock.Advance(time.Minute)
	mustAllow(nil)                // half-open: one probe
	mustAllow(llm.ErrCircuitOpen) // and only one
	b.Release()                   // the probe's caller gave up
	mustAllow(nil)
	b.Success()
	mustAllow(nil)
	mustAllow(nil)
}
