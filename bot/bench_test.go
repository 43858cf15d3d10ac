package bot_test

import (
	"context"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/sqlite"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

var benchMessages = []string{
	"what is sex therapy?",
	"my partner wants sex way more than me, is that normal",
	"why cant i get hard when im with my gf",
	"sex therapists have sex with their clients right?",
	"how many mg of viagra should i take",
	"I want to kill myself",
	"find me a sex therapist in Chicago",
	"what's the weather in Paris",
	"hi",
	"this performance anxiety is killing me",
}

// BenchmarkHandle measures the whole core over a mix of messages and
// reports the 50th and 99th percentile latency of one Handle call.
func BenchmarkHandle(b *testing.B) {
	bt := newBot(b, nil)
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		start := time.Now()
		bt.Handle(ctx, bot.Request{Text: benchMessages[i%len(benchMessages)]})
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}

func BenchmarkHandleLongMessage(b *testing.B) {
	bt := newBot(b, nil)
	text := ""
	for len(text) < 20000 {
		text += "my partner and I have been talking about our sex life and I am not sure what is normal. "
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		bt.Handle(context.Background(), bot.Request{Text: text})
	}
}

// BenchmarkStartup measures everything a process does before it can answer:
// load, parse and index the knowledge base, load the referral data, compile
// the safety rules.
func BenchmarkStartup(b *testing.B) {
	for i := 0; i < b.N; i++ {
		kb, err := knowledge.LoadEmbedded()
		if err != nil {
			b.Fatal(err)
		}
		ref, err := referral.Load()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := bot.New(bot.Config{KB: kb, Referral: ref}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkReferralWithListings is a /find-therapist reply for a server
// holding the most listings it may keep (the store filters and limits).
func BenchmarkReferralWithListings(b *testing.B) {
	st, err := sqlite.Open(filepath.Join(b.TempDir(), "candor.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	ls := make([]bot.Listing, bot.MaxGuildListings)
	for i := range ls {
		ls[i] = bot.Listing{Name: fmt.Sprintf("Clinic %03d", i), URL: "https://clinic.example/" + fmt.Sprint(i),
			Region: []string{"US-IL", "US-NY", "GB", "AU-NSW"}[i%4], Services: strings.Repeat("s", 200)}
	}
	ctx := context.Background()
	if err := st.ReplaceListings(ctx, "g", ls); err != nil {
		b.Fatal(err)
	}
	bt := newBot(b, func(c *bot.Config) { c.Store = st })
	b.ReportAllocs()
	for b.Loop() {
		rep := bt.FindTherapist(ctx, bot.Request{GuildID: "g"}, "Chicago, IL", referral.Filter{})
		if len(rep.Links) == 0 {
			b.Fatal("no links")
		}
	}
}
