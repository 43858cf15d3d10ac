package bot_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot"
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
