package referral

import (
	"fmt"
	"io/fs"
	"strings"
)

const fileLocales = "locales.tsv"

// readLocales reads the Discord locale table: locale, then a country code or "-".
func (d *Data) readLocales(fsys fs.FS) error {
	d.locales = map[string]string{}
	return readTSV(fsys, fileLocales, 2, func(_ int, f []string) error {
		loc, code := canonicalLocale(f[0]), f[1]
		switch {
		case loc == "":
			return fmt.Errorf("locale %q is not a language tag", f[0])
		case d.locales[loc] != "":
			return fmt.Errorf("locale %s listed twice", loc)
		case code != "-" && d.countries[code] == nil:
			return fmt.Errorf("locale %s: unknown country %q", loc, code)
		}
		d.locales[loc] = code
		return nil
	})
}

// RegionForLocale returns the default country for crisis lines implied by a Discord locale
// ("pt-BR", "de", "es-419"), from the embedded locale table, and whether there is one. Case and
// an underscore separator are tolerated ("PT_br"). A locale the table does not list falls back
// to its region subtag when that is a known country ("fr-CA" gives Canada). A locale that names
// no single country ("es-419", a bare unlisted language, the empty string) returns the unknown
// region and false: callers then show the international directory.
func (d *Data) RegionForLocale(locale string) (Region, bool) {
	loc := canonicalLocale(locale)
	if loc == "" {
		return Region{}, false
	}
	if code, ok := d.locales[loc]; ok {
		if code == "-" {
			return Region{}, false
		}
		return Region{Country: code}, true
	}
	if _, sub, ok := strings.Cut(loc, "-"); ok && len(sub) == 2 && d.countries[sub] != nil {
		return Region{Country: sub}, true
	}
	return Region{}, false
}

// canonicalLocale spells a language tag as Discord does: a lower-case language, then an
// upper-case region subtag ("en-US") or a numeric one ("es-419"). It returns "" for text that
// is not a language tag of that shape.
func canonicalLocale(s string) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
	lang, sub, hasSub := strings.Cut(s, "-")
	if len(lang) < 2 || len(lang) > 3 || !isLetters(lang) {
		return ""
	}
	lang = strings.ToLower(lang)
	if !hasSub {
		return lang
	}
	switch {
	case len(sub) == 2 && isLetters(sub):
		return lang + "-" + strings.ToUpper(sub)
	case len(sub) == 3 && isDigits(sub):
		return lang + "-" + sub
	}
	return ""
}

func isLetters(s string) bool {
	for _, r := range s {
		if (r < 'a' || r > 'z') && (r < 'A' || r > 'Z') {
			return false
		}
	}
	return s != ""
}

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}
