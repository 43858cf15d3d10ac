package referral_test

import (
	"testing"

	"github.com/candorbot/candor/referral"
)

func TestFindLocation(t *testing.T) {
	d := data(t)
	tests := []locationCase{
		// Places inside messages.
		{in: "can you help me find a sex therapist near Austin, Texas?", want: region("US", "US-TX", "Austin")},
		{in: "I live in London, is there a sex therapist near me", want: region("GB", "GB-ENG", "London"), alts: []string{"CA-ON"}, note: `"London, ON"`},
		{in: "sex therapist in Portland Maine", want: region("US", "US-ME", "Portland")},
		{in: "any sex therapists in Portland, OR?", want: region("US", "US-OR", "Portland")},
		{in: "I'm in Chicago and struggling with ED", want: region("US", "US-IL", "Chicago")},
		{in: "Hi! I'm in Sydney, any therapists?", want: region("AU", "AU-NSW", "Sydney")},
		{in: "looking for a couples counsellor in Manchester UK", want: region("GB", "GB-ENG", "Manchester")},
		{in: "I live in Scotland", want: region("GB", "GB-SCT", "")},
		{in: "therapist near 60614 please", want: region("US", "US-IL", "")},
		{in: "my zip is 94110", want: region("US", "US-CA", "")},
		{in: "can you recommend someone in M5V 2T6", want: region("CA", "CA-ON", "")},
		{in: "I'm in Perth WA", want: region("AU", "AU-WA", "Perth")},
		{in: "im in toronto lol", want: region("CA", "CA-ON", "Toronto")},
		{in: "I'm in the US", want: region("US", "", "")},
		{in: "we're in the U.K.", want: region("GB", "", "")},
		{in: "based in NSW", want: region("AU", "AU-NSW", "")},
		{in: "I'm in Reading", want: region("GB", "GB-ENG", "Reading")},
		{in: "i live in reading", want: region("GB", "GB-ENG", "Reading")},
		{in: "I work in Reading, UK", want: region("GB", "GB-ENG", "Reading")},
		{in: "I live in Mobile, Alabama", want: region("US", "US-AL", "Mobile")},
		{in: "anyone in Co. Cork?", want: region("IE", "IE-M", "Cork")},
		{in: "I'm from Turkey", want: region("TR", "", "")},
		{in: "I live in Georgia", want: region("US", "US-GA", ""), alts: []string{"GE"}, note: "Republic of Georgia"},
		{in: "Dallas TX", want: region("US", "US-TX", "Dallas")},
		{in: "therapist in Indianapolis, IN", want: region("US", "US-IN", "Indianapolis")},
		{in: "I'm in Portland, ME.", want: region("US", "US-ME", "Portland")},
		{in: "I LIVE IN CHICAGO", want: region("US", "US-IL", "Chicago")},
		{in: "OK so I live in Chicago", want: region("US", "US-IL", "Chicago")},
		{in: "I'm from Texas but live in Chicago now", want: region("US", "US-IL", "Chicago")},
		{in: "I moved from Chicago to Denver", want: region("US", "US-CO", "Denver")},
		{in: "Auckland", want: region("NZ", "NZ-AUK", "Auckland")},
		{in: "UK", want: region("GB", "", "")},
		{in: "we have been together 2000 days, I'm in NSW 2000", want: region("AU", "AU-NSW", "")},

		// Ordinary words and codes that are not places here.
		{in: "I feel so down"},
		{in: "can I"},
		{in: "me"},
		{in: "in bed"},
		{in: "ok"},
		{in: "ok thanks"},
		{in: "OK thanks"},
		{in: "I can't get hard"},
		{in: "Reading about sex therapy helped"},
		{in: "I've been reading about it"},
		{in: "Mobile app suggestions?"},
		{in: "my mobile died"},
		{in: "HI there"},
		{in: "hi"},
		{in: "help us"},
		{in: "tell me more"},
		{in: "is it normal or not"},
		{in: "Georgia and I broke up"},
		{in: "my boyfriend Austin said it's fine"},
		{in: "Jordan won't talk to me"},
		{in: "turkey for dinner"},
		{in: "we had a bath together"},
		{in: "I'm OK, just curious"},
		{in: "me and my partner"},
		{in: "we have been together 2000 days"},
		{in: "I earn 50000 a year"},
		{in: "I'm 25 and in a relationship"},
		{in: "in the mood but can't"},
		{in: "how do I bring it up with my partner, or should I wait"},
		{in: "la la land"},
		{in: "Orange is the new black"},
		{in: "that was the high point of my week"},
		{in: "I'm in love"},
		{in: "OH no"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			checkLocation(t, "FindLocation", d.FindLocation(tt.in), tt)
		})
	}
}

// TestFindLocationConcurrent reads locations from many goroutines at once (run with -race).
func TestFindLocationConcurrent(t *testing.T) {
	d := data(t)
	inputs := []string{"sex therapist in Portland Maine", "Chicago, IL", "M5V 2T6", "I feel so down", "London"}
	want := make([]string, len(inputs))
	for i, in := range inputs {
		want[i] = d.FindLocation(in).Region.Code()
	}
	done := make(chan bool)
	for g := 0; g < 8; g++ {
		go func() {
			defer func() { done <- true }()
			for n := 0; n < 200; n++ {
				i := n % len(inputs)
				if got := d.FindLocation(inputs[i]).Region.Code(); got != want[i] {
					t.Errorf("FindLocation(%q) = %q under concurrency, want %q", inputs[i], got, want[i])
					return
				}
				_ = d.Referral(d.ParseLocation(inputs[i]).Region, referral.Filter{})
			}
		}()
	}
	for g := 0; g < 8; g++ {
		<-done
	}
}
