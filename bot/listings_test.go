package bot_test

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/sqlite"
	"github.com/candorbot/candor/referral"
)

func TestParseListingsCSV(t *testing.T) {
	in := "name,url,phone,region,services,telehealth,cost,languages\n" +
		"Lakeview Therapy,https://lakeview.example,,us-il,sex therapy,yes,sliding scale,English;Spanish\n" +
		"Phone Only Clinic,,+1 312 555 0100,US-IL,,no,,\n"
	ls, err := bot.ParseListingsCSV(strings.NewReader(in), "g1")
	if err != nil {
		t.Fatal(err)
	}
	if len(ls) != 2 || ls[0].Region != "US-IL" || !ls[0].Telehealth || ls[1].Phone == "" || ls[0].GuildID != "g1" {
		t.Fatalf("parsed %+v", ls)
	}
	var out bytes.Buffer
	if err := bot.WriteListingsCSV(&out, ls); err != nil {
		t.Fatal(err)
	}
	again, err := bot.ParseListingsCSV(&out, "g1")
	if err != nil || len(again) != 2 || again[0] != ls[0] {
		t.Errorf("round trip: %+v %v", again, err)
	}
}

func TestParseListingsCSVErrorsNameLines(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", "line 1: empty file"},
		{"unknown column", "name,region,colour\n", `line 1: unknown column "colour"`},
		{"missing region column", "name,url\n", `line 1: missing column "region"`},
		{"bad rows", "name,url,region,telehealth\nA,https://a.example,US,maybe\n,https://b.example,US,no\nC,ftp://c,US,no\nD,https://d.example,Illinois,no\n",
			"line 2: telehealth"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ls, err := bot.ParseListingsCSV(strings.NewReader(tt.in), "g")
			if err == nil || ls != nil {
				t.Fatalf("no error, %d listings", len(ls))
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err %q lacks %q", err, tt.want)
			}
		})
	}
	_, err := bot.ParseListingsCSV(strings.NewReader(tests[3].in), "g")
	for _, want := range []string{"line 2:", "line 3: name is empty", "line 4: url", "line 5: region"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("all-errors report lacks %q:\n%v", want, err)
		}
	}
}

func FuzzParseListingsCSV(f *testing.F) {
	f.Add("name,url,region\nA,https://a.example,US\n")
	f.Add("name,region,telehealth\n\"quoted, name\",GB-SCT,yes\n")
	f.Add("\ufeffname,region\n,\n")
	f.Fuzz(func(t *testing.T, in string) {
		ls, err := bot.ParseListingsCSV(strings.NewReader(in), "g")
		if err != nil && ls != nil {
			t.Fatal("listings returned with an error")
		}
		for _, l := range ls {
			if l.Validate() != nil || l.GuildID != "g" {
				t.Fatalf("invalid listing accepted: %+v", l)
			}
		}
	})
}

func TestParseListingsCSVIsBounded(t *testing.T) {
	header := "name,url,phone,region\n"
	tests := []struct {
		name string
		in   func() io.Reader
		want []string
	}{
		{"300,000 rows", func() io.Reader {
			row := "Clinic,https://c.example,,US\n"
			return io.MultiReader(strings.NewReader(header), strings.NewReader(strings.Repeat(row, 300_000)))
		}, []string{fmt.Sprintf("line %d:", bot.MaxGuildListings+2), "at most 200 listings"}},
		{"a 50 MB field", func() io.Reader {
			return io.MultiReader(strings.NewReader(header+"Clinic,https://c.example,,US\n\""),
				bytes.NewReader(bytes.Repeat([]byte("x"), 50<<20)), strings.NewReader("\",,US\n"))
		}, []string{"line 3:", "at most 256 KB"}},
		{"a long name", func() io.Reader {
			return strings.NewReader(header + "Clinic,https://c.example,,US\n" + strings.Repeat("n", 101) + ",,555,US\n")
		}, []string{"line 3: name is 101 characters long; at most 100"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			ls, err := bot.ParseListingsCSV(tc.in(), "g")
			took := time.Since(start)
			if err == nil || ls != nil {
				t.Fatalf("accepted %d listings", len(ls))
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
			t.Logf("refused in %v: %v", took, err)
		})
	}
	t.Run("exactly the bound is accepted", func(t *testing.T) {
		in := header + strings.Repeat("Clinic,https://c.example,,US\n", bot.MaxGuildListings)
		if ls, err := bot.ParseListingsCSV(strings.NewReader(in), "g"); err != nil || len(ls) != bot.MaxGuildListings {
			t.Errorf("%d listings, %v", len(ls), err)
		}
	})
}

func TestListingValidateRejectsInjection(t *testing.T) {
	ok := bot.Listing{Name: "Lakeview Therapy", URL: "https://lakeview.example/find?x=1&y=%20", Phone: "+1 (312) 555-0100", Region: "US-IL"}
	if err := ok.Validate(); err != nil {
		t.Fatalf("a plain listing: %v", err)
	}
	tests := []struct {
		name string
		edit func(*bot.Listing)
		want string
	}{
		{"a url with a closing bracket", func(l *bot.Listing) { l.URL = "https://ok.example/)[Verify your account](https://evil.example" }, "character"},
		{"a url with a space", func(l *bot.Listing) { l.URL = "https://ok.example/ x" }, "character"},
		{"a url with angle brackets", func(l *bot.Listing) { l.URL = "https://ok.example/<x>" }, "character"},
		{"a javascript url", func(l *bot.Listing) { l.URL = "javascript:alert(1)" }, "character"},
		{"a non-http scheme", func(l *bot.Listing) { l.URL = "ftp://files.example/x" }, "not an http(s) address"},
		{"a url with credentials", func(l *bot.Listing) { l.URL = "https://discord.com@evil.example/" }, "not an http(s) address"},
		{"a masked link in the name", func(l *bot.Listing) { l.Name = "[Discord Nitro](https://evil.example)" }, "looks like a link"},
		{"a bare link in services", func(l *bot.Listing) { l.Services = "see https://evil.example" }, "looks like a link"},
		{"an invite in cost", func(l *bot.Listing) { l.Cost = "free at discord.gg/abc" }, "looks like a link"},
		{"a line break in the name", func(l *bot.Listing) { l.Name = "Clinic\n# Heading" }, "line break"},
		{"an overlong services field", func(l *bot.Listing) { l.Services = strings.Repeat("s", 201) }, "services is 201 characters long"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := ok
			tc.edit(&l)
			err := l.Validate()
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Validate(%+v) = %v, want an error with %q", l, err, tc.want)
			}
		})
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain Clinic", "Plain Clinic"},
		{"**Bold** _it_ ~~x~~ `c` ||s||", `\*\*Bold\*\* \_it\_ \~\~x\~\~ \` + "`c\\`" + ` \|\|s\|\|`},
		{"[x](y) <z> # h", `\[x\]\(y\) \<z\> \# h`},
		{`a\b`, `a\\b`},
	}
	for _, tc := range tests {
		if got := bot.EscapeMarkdown(tc.in); got != tc.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestReferralShowsListingsEscapedAndBounded(t *testing.T) {
	st, err := sqlite.Open(filepath.Join(t.TempDir(), "candor.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	ctx := context.Background()
	ls := []bot.Listing{{Name: "**Free** _Nitro_ ||here||", URL: "https://clinic.example/a", Region: "US-IL", Services: "`sex therapy` > couples"}}
	for i := range bot.MaxGuildListings - 1 {
		ls = append(ls, bot.Listing{Name: fmt.Sprintf("Clinic %03d", i), Phone: "555 0100", Region: []string{"US-IL", "US-NY", "GB"}[i%3]})
	}
	if err := st.ReplaceListings(ctx, "g", ls); err != nil {
		t.Fatal(err)
	}
	b := newBot(t, func(c *bot.Config) { c.Store = st })
	rep := b.FindTherapist(ctx, bot.Request{GuildID: "g"}, "Chicago, IL", referral.Filter{})
	if !strings.Contains(rep.Body, `• [\*\*Free\*\* \_Nitro\_ \|\|here\|\|](https://clinic.example/a)`) ||
		!strings.Contains(rep.Body, "\\`sex therapy\\` \\> couples") {
		t.Errorf("listing not escaped in the body:\n%s", rep.Body)
	}
	local := 0
	for _, l := range rep.Links {
		if l.Kind == "local" {
			local++
			if l.Title == "Clinic 001" || l.Title == "Clinic 002" {
				t.Errorf("listing for another region shown: %+v", l)
			}
		}
	}
	if local != bot.MaxLocalListings {
		t.Errorf("%d local listings, want %d", local, bot.MaxLocalListings)
	}
}
