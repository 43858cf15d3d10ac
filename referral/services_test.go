package referral_test

import (
	"strings"
	"testing"

	"github.com/candorbot/candor/referral"
)

func TestServices(t *testing.T) {
	d, err := referral.Load()
	if err != nil {
		t.Fatal(err)
	}
	urls := func(r referral.Region) string {
		var out []string
		for _, l := range d.Services(r) {
			if l.Kind != referral.KindService {
				t.Errorf("%s: kind %q", l.URL, l.Kind)
			}
			out = append(out, l.URL)
		}
		return strings.Join(out, " ")
	}
	if got := urls(referral.Region{Country: "GB", Subdivision: "GB-ENG"}); !strings.Contains(got, "nhs.uk") {
		t.Errorf("England: %s", got)
	}
	// The UK as a whole gets England's finder (its name says England);
	// Scotland does not.
	if got := urls(referral.Region{Country: "GB"}); !strings.Contains(got, "nhs.uk") {
		t.Errorf("United Kingdom: %s", got)
	}
	if got := urls(referral.Region{Country: "GB", Subdivision: "GB-SCT"}); got != "" {
		t.Errorf("Scotland got England's finder: %s", got)
	}
	if got := urls(referral.Region{}); got != "" {
		t.Errorf("unknown region: %s", got)
	}
	if got := urls(referral.Region{Country: "US", Subdivision: "US-TX"}); !strings.Contains(got, "gettested.cdc.gov") {
		t.Errorf("Texas: %s", got)
	}
}

func TestServicesFileChecks(t *testing.T) {
	good := `{"id":"x","name":"X","url":"https://x.example/","coverage":["US"],"offers":["sti-testing"],"description":"d","source":"https://x.example/about","verified":"2026-12-02"}`
	for name, svc := range map[string]string{
		"http url":      strings.Replace(good, `"url":"https://`, `"url":"http://`, 1),
		"no source":     strings.Replace(good, `"source":"https://x.example/about",`, ``, 1),
		"bad coverage":  strings.Replace(good, `["US"]`, `["XX"]`, 1),
		"everywhere":    strings.Replace(good, `["US"]`, `["*"]`, 1),
		"unknown offer": strings.Replace(good, `["sti-testing"]`, `["massage"]`, 1),
		"bad date":      strings.Replace(good, `2026-12-02`, `2026-13-02`, 1),
		"no offers":     strings.Replace(good, `["sti-testing"]`, `[]`, 1),
		"twice":         good + "," + good,
	} {
		t.Run(name, func(t *testing.T) {
			fsys := dataFS(t, "services.json", func(string) string { return `{"services":[` + svc + `]}` })
			if _, err := referral.LoadFS(fsys); err == nil || !strings.Contains(err.Error(), "services.json") {
				t.Errorf("err = %v, want one naming %s", err, "services.json")
			}
		})
	}
	fsys := dataFS(t, "services.json", func(string) string { return `{"services":[` + good + `]}` })
	if _, err := referral.LoadFS(fsys); err != nil {
		t.Errorf("a good file: %v", err)
	}
}
