package discord_test

import (
	"context"
	"testing"
	"time"

	"github.com/candorbot/candor/internal/fakediscord"
)

// BenchmarkGatewayInteractions measures interactions answered per second
// end to end: INTERACTION_CREATE dispatched by the fake gateway, handled by
// the adapter (core included), callback received by the fake REST API.
// Discord itself accepts about 50 requests a second per bot.
func BenchmarkGatewayInteractions(b *testing.B) {
	h := newHarness(b, harnessOptions{})
	h.running(b)
	ics := make([]string, b.N)
	questions := []string{"what is sex therapy", "is sensate focus useful", "how do I talk to my partner about sex", "what is consent"}
	b.ResetTimer()
	start := time.Now()
	for i := range b.N {
		ic := h.slash("ask", opt("question", questions[i%len(questions)]))
		ics[i] = ic.ID
		h.dispatch(b, ic)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	err := h.fake.Wait(ctx, func(s *fakediscord.Server) bool {
		return s.Count(func(r fakeRequest) bool { return r.Method == "POST" && r.Status == 204 }) >= b.N
	})
	if err != nil {
		b.Fatal(err)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "interactions/s")
}

// BenchmarkHandleInteraction measures the adapter's handling of /ask
// through REST to the fake, in parallel, without the gateway.
func BenchmarkHandleInteraction(b *testing.B) {
	h := newHarness(b, harnessOptions{})
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			h.do(h.slash("ask", opt("question", "what is sex therapy")))
		}
	})
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "interactions/s")
}

// BenchmarkAutocomplete measures autocomplete round trips.
func BenchmarkAutocomplete(b *testing.B) {
	h := newHarness(b, harnessOptions{})
	b.ResetTimer()
	for range b.N {
		h.do(h.autocomplete("ask", "question", "sex th"))
	}
}
