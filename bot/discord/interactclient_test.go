package discord_test

import (
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/discord"
	"github.com/candorbot/candor/internal/fakediscord"
)

// TestDeferredRepliesAreNotSerialised sends 40 deferred replies at once to
// a fake Discord 50 ms away. Through discordgo every edit of an original
// response shared one rate-limit bucket whose lock was held for the round
// trip: the 40 edits took 40 x 50 ms, about 2.1 s in all.
func TestDeferredRepliesAreNotSerialised(t *testing.T) {
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) { c.DeferAfter = -1 }})
	h.fake.SetLatency(50 * time.Millisecond)
	const n = 40
	var wg sync.WaitGroup
	start := time.Now()
	for range n {
		ic := h.slash("about")
		wg.Add(1)
		go func() { defer wg.Done(); h.do(ic) }()
	}
	wg.Wait()
	took := time.Since(start)
	edits := h.fake.Count(func(r fakeRequest) bool { return r.Method == "PATCH" && r.Status == 200 })
	if edits != n {
		t.Fatalf("%d edits delivered, want %d:\n%s", edits, n, h.describe())
	}
	t.Logf("%d deferred replies (callback + edit each) at 50 ms per request: %v", n, took.Round(time.Millisecond))
	// Two round trips of 50 ms each when nothing is serialised; the bound
	// leaves room for a loaded machine and is still below a serialised
	// 40 x 50 ms = 2 s.
	if took > 1500*time.Millisecond {
		t.Errorf("%d deferred replies took %v; they are being serialised", n, took)
	}
}

// TestInteractionsLeaveNoMemoryBehind answers 5,000 interactions, each with
// its own token, and checks that the heap does not grow with them.
// discordgo kept a rate-limit bucket per interaction token forever (its
// issue #1333), about 0.8 KB each: 4 MB for 5,000.
func TestInteractionsLeaveNoMemoryBehind(t *testing.T) {
	if testing.Short() {
		t.Skip("5,000 interactions")
	}
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
		c.DeferAfter = -1
		c.Logger = slog.New(slog.NewTextHandler(io.Discard, nil)) // the test's log buffer would grow
	}})
	// Discord's interaction tokens are long (about 200 characters).
	pad := strings.Repeat("x", 180)
	run := func(n int) {
		for i := range n {
			ic := h.slash("about")
			ic.Token += pad
			h.do(ic)
			if i%250 == 249 {
				h.fake.Reset() // the fake's own record is not the adapter's memory
			}
		}
		h.fake.Reset()
	}
	heap := func() uint64 {
		var m runtime.MemStats
		for range 3 {
			debug.FreeOSMemory() // a GC that also runs pending finalizers' frees
			time.Sleep(10 * time.Millisecond)
		}
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	run(1000) // warm up pools, caches and connections
	before := heap()
	for k := range 5 {
		run(1000)
		t.Logf("after %d: %.2f MB", (k+1)*1000, float64(heap())/(1<<20))
	}
	after := heap()
	runtime.KeepAlive(h) // else the adapter, and what it leaks, is collected before the measure
	growth := int64(after) - int64(before)
	t.Logf("heap after warm-up %.2f MB, after 5,000 more interactions %.2f MB (growth %+.1f KB, %.3f KB per interaction)",
		float64(before)/(1<<20), float64(after)/(1<<20), float64(growth)/1024, float64(growth)/1024/5000)
	if growth > 256<<10 {
		t.Errorf("heap grew by %d KB over 5,000 interactions", growth/1024)
	}
}

func TestInteractionClientHonoursRetryAfter(t *testing.T) {
	for _, tc := range []struct {
		name string
		hdr  http.Header
		body string
	}{
		{"Retry-After header", http.Header{"Retry-After": {"0.2"}}, `{"message":"You are being rate limited.","global":false}`},
		{"retry_after in the body", nil, `{"message":"You are being rate limited.","retry_after":0.2,"global":false}`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, harnessOptions{configure: func(c *discord.Config) { c.DeferAfter = -1 }})
			ic := h.slash("about")
			h.fake.Fail(fakediscord.Fault{Method: "PATCH", PathPrefix: "/webhooks/", Status: 429,
				Header: tc.hdr, Body: tc.body, Times: 1})
			start := time.Now()
			h.do(ic)
			h.request(t, "PATCH", originalPath(ic))
			if d := time.Since(start); d < 190*time.Millisecond {
				t.Errorf("edit retried after %v, before the 200 ms Discord asked for", d)
			}
			if n := h.fake.Count(fakediscord.Match("PATCH", "/webhooks/")); n != 2 {
				t.Errorf("%d edit attempts, want 2", n)
			}
		})
	}
	t.Run("a retried callback already acknowledged counts as done", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		ic := h.slash("about")
		h.fake.Fail(fakediscord.Fault{Method: "POST", PathPrefix: "/interactions/", Status: 502, Body: `{}`, Times: 1})
		h.fake.Fail(fakediscord.Fault{Method: "POST", PathPrefix: "/interactions/", Status: 400,
			Body: `{"message":"Interaction has already been acknowledged.","code":40060}`, Times: 1})
		h.do(ic)
		if n := h.fake.Count(fakediscord.Match("POST", "/interactions/")); n != 2 {
			t.Errorf("%d callback attempts, want 2", n)
		}
		if got := h.logs.String(); strings.Contains(got, "deliver reply") {
			t.Errorf("an acknowledged reply was logged as failed:\n%s", got)
		}
	})
}
