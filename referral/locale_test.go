package referral_test

import (
	"strings"
	"testing"

	"github.com/candorbot/candor/referral"
)

func TestRegionForLocale(t *testing.T) {
	d := data(t)
	tests := []struct {
		locale string
		want   string // country, or "" for none
	}{
		// Every locale Discord documents.
		{"en-US", "US"}, {"en-GB", "GB"}, {"pt-BR", "BR"}, {"es-ES", "ES"}, {"es-419", ""},
		{"de", "DE"}, {"fr", "FR"}, {"ru", "RU"}, {"pl", "PL"}, {"tr", "TR"}, {"it", "IT"},
		{"nl", "NL"}, {"sv-SE", "SE"}, {"ja", "JP"}, {"ko", "KR"}, {"id", "ID"}, {"hi", "IN"},
		{"da", "DK"}, {"no", "NO"}, {"fi", "FI"}, {"uk", "UA"}, {"cs", "CZ"}, {"ro", "RO"},
		{"el", "GR"}, {"hu", "HU"}, {"bg", "BG"}, {"vi", "VN"}, {"th", "TH"}, {"zh-CN", "CN"},
		{"zh-TW", "TW"}, {"hr", "HR"}, {"lt", "LT"},
		// Spelling variants.
		{"EN-us", "US"}, {"pt_BR", "BR"}, {" de ", "DE"}, {"ES-419", ""},
		// Not in the table: the region subtag decides, else nothing.
		{"fr-CA", "CA"}, {"en-AU", "AU"}, {"pt-PT", "PT"}, {"es-MX", "MX"},
		{"en", ""}, {"es", ""}, {"xx-ZZ", ""}, {"en-XX", ""},
		// Not language tags at all.
		{"", ""}, {"english", ""}, {"e-US", ""}, {"en-USA", ""}, {"en-US-x", ""}, {"12-US", ""},
	}
	for _, tt := range tests {
		t.Run(tt.locale, func(t *testing.T) {
			got, ok := d.RegionForLocale(tt.locale)
			if got.Country != tt.want || ok != (tt.want != "") || got.Subdivision != "" || got.City != "" {
				t.Errorf("RegionForLocale(%q) = %#v, %v; want country %q", tt.locale, got, ok, tt.want)
			}
		})
	}
}

// TestRegionForLocaleCrisis checks the use the mapping exists for: a locale gives the crisis
// lines of its country where there are some, and the international directory where there
// are none (es-419, or a country without an entry).
func TestRegionForLocaleCrisis(t *testing.T) {
	d := data(t)
	for locale, wantEmergency := range map[string]string{"en-US": "911", "fr": "112", "de": "112 or 110", "ko": "112",
		"es-ES": "112", "ja": "119 or 110", "hi": "112", "ru": "112", "sv-SE": "112", "id": "112", "da": "112",
		"no": "113 or 112", "fi": "112", "uk": "112 or 103", "cs": "112", "es-419": "", "th": ""} {
		r, _ := d.RegionForLocale(locale)
		c := d.Crisis(r)
		if c.Emergency != wantEmergency {
			t.Errorf("Crisis(RegionForLocale(%q)).Emergency = %q, want %q", locale, c.Emergency, wantEmergency)
		}
		if c.International.URL != "https://findahelpline.com" {
			t.Errorf("%s: no international fallback", locale)
		}
		if wantEmergency == "" && !strings.Contains(c.Summary, "findahelpline.com") {
			t.Errorf("%s: summary %q does not point to findahelpline.com", locale, c.Summary)
		}
	}
}

func TestLocalesData(t *testing.T) {
	replace := func(old, new string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, old) {
				t.Fatalf("test edit: %q not found", old)
			}
			return strings.Replace(s, old, new, 1)
		}
	}
	tests := []struct {
		edit func(string) string
		want []string
	}{
		{replace("pt-BR\tBR", "pt-BR\tXX"), []string{"locales.tsv", "unknown country"}},
		{replace("pt-BR\tBR", "pt-BR\tBR\npt-br\tBR"), []string{"locales.tsv", "twice"}},
		{replace("pt-BR\tBR", "portuguese\tBR"), []string{"locales.tsv", "not a language tag"}},
		{replace("pt-BR\tBR", "pt-BR"), []string{"locales.tsv", "columns"}},
	}
	for _, tt := range tests {
		_, err := referral.LoadFS(dataFS(t, "locales.tsv", tt.edit))
		if err == nil {
			t.Errorf("LoadFS with a broken locales.tsv: no error")
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("error %q does not mention %q", err, w)
			}
		}
	}
}
