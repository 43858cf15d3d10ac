package llm_test

import (
	"context"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/candorbot/candor/bot/llm"
)

// recordingCache is a Cache that keeps every key and value it is given.
type recordingCache struct {
	*llm.MemoryCache
	mu   sync.Mutex
	puts []string
}

func (c *recordingCache) Put(ctx context.Context, key, value string) error {
	c.mu.Lock()
	c.puts = append(c.puts, key, value)
	c.mu.Unlock()
	return c.MemoryCache.Put(ctx, key, value)
}

func TestRephraseCache(t *testing.T) {
	f := newFakeAPI(t)
	f.reply(goodRephrasing)
	p := &probe{}
	cache := &recordingCache{MemoryCache: llm.NewMemoryCache()}
	c := newClient(t, f, p, func(cfg *llm.Config) { cfg.Cache = cache })
	ctx := context.Background()

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
	if len(cache.puts) != 2 {
		t.Fatalf("cache puts = %q, want one key and value", cache.puts)
	}
	key, value := cache.puts[0], cache.puts[1]
	if strings.Contains(strings.ToLower(key), "stress") || len(key) > 100 {
		t.Errorf("cache key %q is not an opaque hash", key)
	}
	if value != first {
		t.Errorf("cached value %q, want the model output", value)
	}

	t.Run("an edited entry misses the cache", func(t *testing.T) {
		edited := stressEntry()
		edited.Body += " Sleep and exercise can help too."
		if _, err := c.Rephrase(ctx, edited); err != nil {
			t.Fatal(err)
		}
		if n := len(f.chatRequests()); n != 2 {
			t.Errorf("%d chat requests, want 2", n)
		}
	})
	t.Run("another model misses the cache", func(t *testing.T) {
		other := newClient(t, f, nil, func(cfg *llm.Config) { cfg.Cache = cache; cfg.Model = "other" })
		if _, err := other.Rephrase(ctx, stressEntry()); err != nil {
			t.Fatal(err)
		}
		if n := len(f.chatRequests()); n != 3 {
			t.Errorf("%d chat requests, want 3", n)
		}
	})
}

func TestMemoryCache(t *testing.T) {
	ctx := context.Background()
	c := llm.NewMemoryCache()
	if _, ok, err := c.Get(ctx, "k"); ok || err != nil {
		t.Errorf("Get on empty cache = %v, %v", ok, err)
	}
	if err := c.Put(ctx, "k", "v"); err != nil {
		t.Fatal(err)
	}
	if v, ok, err := c.Get(ctx, "k"); v != "v" || !ok || err != nil {
		t.Errorf("Get = %q, %v, %v", v, ok, err)
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
