package llm_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/llm"
)

func TestRephraseCache(t *testing.T) {
	ctx := context.Background()
	t.Run("a repeated question is answered from memory", func(t *testing.T) {
		f := newFakeAPI(t)
		f.reply(goodRephrasing)
		p := &probe{}
		c := newClient(t, f, p, nil)
		first, err := c.Rephrase(ctx, stressEntry())
		if err != nil {
			t.Fatal(err)
		}
		again := stressEntry()
		again.Question = "  is STRESS linked to erection   problems "
		second, err := c.Rephrase(ctx, again)
		if err != nil {
			t.Fatal(err)
		}
		if second != first {
			t.Errorf("cached rephrasing %q, want %q", second, first)
		}
		if n := len(f.chatRequests()); n != 1 {
			t.Errorf("%d chat requests, want 1: the second call must come from the cache", n)
		}
		if p.n(llm.MetricCacheHit) != 1 {
			t.Errorf("cache_hit = %d, want 1", p.n(llm.MetricCacheHit))
		}
		edited := stressEntry()
		edited.Body += " Sleep and exercise can help too."
		if _, err := c.Rephrase(ctx, edited); err != nil {
			t.Fatal(err)
		}
		if n := len(f.chatRequests()); n != 2 {
			t.Errorf("%d chat requests after editing the entry, want 2", n)
		}
	})
	t.Run("entries expire after the TTL", func(t *testing.T) {
		f := newFakeAPI(t)
		f.reply(goodRephrasing)
		clock := newFakeClock()
		c := newClient(t, f, nil, func(cfg *llm.Config) { cfg.Now = clock.Now; cfg.RephraseCacheTTL = time.Minute })
		for _, step := range []time.Duration{0, 59 * time.Second, 2 * time.Second} {
			clock.Advance(step)
			if _, err := c.Rephrase(ctx, stressEntry()); err != nil {
				t.Fatal(err)
			}
		}
		if n := len(f.chatRequests()); n != 2 {
			t.Errorf("%d chat requests, want 2: a hit within the minute, a miss after it", n)
		}
	})
	t.Run("the cache holds at most its size", func(t *testing.T) {
		f := newFakeAPI(t)
		f.reply(goodRephrasing)
		c := newClient(t, f, nil, func(cfg *llm.Config) { cfg.RephraseCacheSize = 2 })
		ask := func(q string) {
			t.Helper()
			in := stressEntry()
			in.Question = q
			if _, err := c.Rephrase(ctx, in); err != nil {
				t.Fatal(err)
			}
		}
		ask("a stress")
		ask("b stress")
		ask("a stress") // hit; a is now the most recent
		ask("c stress") // evicts b
		ask("a stress") // hit
		ask("b stress") // miss
		if n := len(f.chatRequests()); n != 4 {
			t.Errorf("%d chat requests, want 4 (a, b, c, b again)", n)
		}
	})
	t.Run("a negative size keeps nothing", func(t *testing.T) {
		f := newFakeAPI(t)
		f.reply(goodRephrasing)
		c := newClient(t, f, nil, func(cfg *llm.Config) { cfg.RephraseCacheSize = -1 })
		for range 2 {
			if _, err := c.Rephrase(ctx, stressEntry()); err != nil {
				t.Fatal(err)
			}
		}
		if n := len(f.chatRequests()); n != 2 {
			t.Errorf("%d chat requests, want 2", n)
		}
	})
	t.Run("another model misses the cache", func(t *testing.T) {
		f := newFakeAPI(t)
		f.reply(goodRephrasing)
		c := newClient(t, f, nil, nil)
		other := newClient(t, f, nil, func(cfg *llm.Config) { cfg.Model = "other" })
		for _, cl := range []*llm.Client{c, other} {
			if _, err := cl.Rephrase(ctx, stressEntry()); err != nil {
				t.Fatal(err)
			}
		}
		if n := len(f.chatRequests()); n != 2 {
			t.Errorf("%d chat requests, want 2", n)
		}
	})
}

func TestMemoryCache(t *testing.T) {
	ctx := context.Background()
	c := llm.NewMemoryCache()
	if _, ok, err := c.GetVector(ctx, "k"); ok || err != nil {
		t.Errorf("GetVector on empty cache = %v, %v", ok, err)
	}
	vec := []float32{1, 2, 3}
	if err := c.PutVector(ctx, "k", vec); err != nil {
		t.Fatal(err)
	}
	vec[0] = 9 // the cache keeps its own copy
	got, ok, err := c.GetVector(ctx, "k")
	if !ok || err != nil || !slices.Equal(got, []float32{1, 2, 3}) {
		t.Errorf("GetVector = %v, %v, %v", got, ok, err)
	}
	got[1] = 9
	if again, _, _ := c.GetVector(ctx, "k"); again[1] != 2 {
		t.Error("GetVector returned the cache's own slice")
	}
}
