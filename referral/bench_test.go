package referral_test

import (
	"testing"

	"github.com/candorbot/candor/referral"
)

// benchLocations is a mix of location-only inputs.
var benchLocations = []string{
	"Chicago", "Chicago, IL", "chicago illinois", "60614", "Toronto ON", "M5V 2T6", "London",
	"Manchester UK", "Scotland", "NSW", "Melbourne", "2000 Australia", "SW1A 1AA", "Dublin, Ireland",
	"Austin, Texas", "Portland", "Deutschland", "España", "asdfghjkl", "St. Louis, MO",
}

// benchMessages is a mix of whole messages, with and without places in them.
var benchMessages = []string{
	"can you help me find a sex therapist near Austin, Texas?",
	"I live in London, is there a sex therapist near me",
	"I feel so down and I don't know who to talk to about this",
	"sex therapist in Portland Maine",
	"ok thanks",
	"I can't get hard and it's been months, my partner thinks it's her fault but it isn't",
	"Hi! I'm in Sydney, any therapists who do telehealth and a sliding scale?",
	"therapist near 60614 please",
	"Reading about sex therapy made me curious whether it could help us, we've been together 10 years",
	"I'm from Texas but live in Chicago now, and I'm looking for someone LGBTQ+ affirming",
}

func BenchmarkParseLocation(b *testing.B) {
	d := data(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d.ParseLocation(benchLocations[i%len(benchLocations)])
	}
}

func BenchmarkFindLocation(b *testing.B) {
	d := data(b)
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d.FindLocation(benchMessages[i%len(benchMessages)])
	}
}

// BenchmarkFindLocationLong is a worst case: a message of the largest size parsed.
func BenchmarkFindLocationLong(b *testing.B) {
	d := data(b)
	msg := ""
	for len(msg) < 4096 {
		msg += benchMessages[len(msg)%len(benchMessages)] + " "
	}
	b.ReportAllocs()
	for b.Loop() {
		d.FindLocation(msg)
	}
}

func BenchmarkReferral(b *testing.B) {
	d := data(b)
	regions := []referral.Region{
		d.ParseLocation("Chicago, IL").Region,
		d.ParseLocation("Manchester, UK").Region,
		d.ParseLocation("Sydney").Region,
		d.ParseLocation("Toronto").Region,
		{},
	}
	filters := []referral.Filter{{}, {Focus: "lgbtq", Online: true}, {LowCost: true}}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		d.Referral(regions[i%len(regions)], filters[i%len(filters)])
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := referral.Load(); err != nil {
			b.Fatal(err)
		}
	}
}
