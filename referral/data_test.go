package referral_test

import (
	"bufio"
	"encoding/json"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/candorbot/candor/referral"
)

// rows reads a data file's rows as the package does: tab-separated, '#' comments.
func rows(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("data/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out [][]string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); line != "" && !strings.HasPrefix(line, "#") {
			out = append(out, strings.Split(line, "\t"))
		}
	}
	return out
}

var reDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func TestDirectoryData(t *testing.T) {
	b, err := os.ReadFile("data/directories.json")
	if err != nil {
		t.Fatal(err)
	}
	var f struct {
		Directories []struct {
			ID, Name, URL, Source, Verified, Description string
		} `json:"directories"`
	}
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	if len(f.Directories) < 10 {
		t.Errorf("%d directories, want at least 10", len(f.Directories))
	}
	for _, dir := range f.Directories {
		if !strings.HasPrefix(dir.URL, "https://") || !strings.HasPrefix(dir.Source, "https://") || !reDate.MatchString(dir.Verified) || dir.Description == "" {
			t.Errorf("directory %q: want https url and source, a verified date and a description: %+v", dir.ID, dir)
		}
	}
	for _, id := range []string{"aasect", "psychology-today-us", "cosrt", "pink-therapy", "sas", "open-path", "inclusive-therapists", "was", "opq"} {
		if !strings.Contains(string(b), `"id": "`+id+`"`) {
			t.Errorf("directory %q is missing", id)
		}
	}
}

var reSegment = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// sampleRegions returns every subdivision and city in the gazetteer, and every country with a
// crisis entry.
func sampleRegions(t *testing.T) []referral.Region {
	var out []referral.Region
	for _, c := range []string{"US", "CA", "GB", "IE", "AU", "NZ", "DE", "JP"} {
		out = append(out, region(c, "", ""))
	}
	for _, r := range rows(t, "subdivisions.tsv") {
		out = append(out, region(r[0][:2], r[0], ""))
	}
	for _, r := range rows(t, "cities.tsv") {
		sub := r[1]
		if sub == "-" {
			sub = ""
		}
		out = append(out, region(r[0], sub, r[2]))
	}
	return out
}

func TestDirectoryURLsRender(t *testing.T) {
	d := data(t)
	filters := []referral.Filter{{}, {Focus: "lgbtq"}, {Focus: "couples", Online: true, LowCost: true}}
	for _, r := range sampleRegions(t) {
		for _, f := range filters {
			for _, l := range d.Directories(r, f) {
				u, err := url.Parse(l.URL)
				if err != nil || u.Scheme != "https" || u.Host == "" || strings.ContainsAny(l.URL, "{} ") {
					t.Errorf("%v: bad URL %q (%v)", r, l.URL, err)
					continue
				}
				for _, seg := range strings.Split(strings.Trim(u.Path, "/"), "/") {
					if seg != "" && !reSegment.MatchString(seg) {
						t.Errorf("%v: URL %q has path segment %q that is not lower-case and hyphenated", r, l.URL, seg)
					}
				}
				if strings.Contains(l.Description, "{place}") {
					t.Errorf("%v: description %q has an unfilled placeholder", r, l.Description)
				}
			}
		}
	}
}

// crisisFile is crisis.json as written, read without the loader so that the tests see
// duplicates and fields the loader would reject or merge.
type crisisFile struct {
	Countries []struct {
		Country, Emergency, Summary, Source, Verified string
		Lines                                         []referral.Line
	} `json:"countries"`
}

func readCrisisFile(t *testing.T) crisisFile {
	t.Helper()
	b, err := os.ReadFile("data/crisis.json")
	if err != nil {
		t.Fatal(err)
	}
	var f crisisFile
	if err := json.Unmarshal(b, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

// rePhone is a plausible dialled number: digits with single spaces or hyphens between groups,
// an optional leading +, 3 to 15 digits in all ("988", "116 123", "1-800-422-4453").
var rePhone = regexp.MustCompile(`^\+?[0-9]+([ -][0-9]+)*$`)

// reTextTo is a text instruction or a short code: "Text START to 88788", "988", "0477 13 11 14".
var reTextTo = regexp.MustCompile(`^(Text [A-Z]+ to [0-9][0-9 -]*[0-9]|Text [0-9][0-9 -]*[0-9]|[0-9][0-9 -]*[0-9])$`)

func TestCrisisData(t *testing.T) {
	d := data(t)
	f := readCrisisFile(t)
	if len(f.Countries) < 30 {
		t.Errorf("%d countries, want at least 30 (issue 14)", len(f.Countries))
	}
	newest := ""
	seen := map[string]bool{}
	for _, c := range f.Countries {
		if seen[c.Country] {
			t.Errorf("%s listed twice", c.Country)
		}
		seen[c.Country] = true
		first := strings.Fields(c.Emergency + " x")[0]
		if c.Emergency == "" || !rePhone.MatchString(first) || !strings.Contains(c.Summary, first) {
			t.Errorf("%s: emergency %q, summary %q: want a number the summary gives", c.Country, c.Emergency, c.Summary)
		}
		if !strings.HasPrefix(c.Source, "https://") || !reDate.MatchString(c.Verified) {
			t.Errorf("%s: want an https source and a verified date for the emergency number", c.Country)
		}
		if c.Verified > newest {
			newest = c.Verified
		}
		for _, l := range c.Lines {
			if !strings.HasPrefix(l.URL, "https://") || !strings.HasPrefix(l.Source, "https://") || !reDate.MatchString(l.Verified) {
				t.Errorf("%s %q: want https url and source and a verified date: %+v", c.Country, l.Name, l)
			}
			if l.Phone == "" && l.Text == "" && l.Chat == "" {
				t.Errorf("%s %q: no way to reach it", c.Country, l.Name)
			}
			if digits := len(strings.Map(keepDigits, l.Phone)); l.Phone != "" && (!rePhone.MatchString(l.Phone) || digits < 3 || digits > 15) {
				t.Errorf("%s %q: phone %q is not a plausible number", c.Country, l.Name, l.Phone)
			}
			if l.Text != "" && !reTextTo.MatchString(l.Text) {
				t.Errorf("%s %q: text %q is neither a number nor \"Text WORD to NUMBER\"", c.Country, l.Name, l.Text)
			}
			if h := strings.ToLower(l.Hours); strings.Contains(h, "24/7") && h != "24/7" {
				t.Errorf("%s %q: hours %q: write 24/7 alone or describe the hours", c.Country, l.Name, l.Hours)
			}
			if l.Verified > newest {
				newest = l.Verified
			}
		}
	}
	// The original six keep their depth: a crisis line and, except Canada (whose
	// sexual-assault support is provincial), a sexual-violence line.
	for _, c := range []string{"US", "CA", "GB", "IE", "AU", "NZ"} {
		cr := d.Crisis(region(c, "", ""))
		cats := map[string]bool{}
		for _, l := range cr.Lines {
			cats[l.Category] = true
		}
		if len(cr.Lines) < 3 {
			t.Errorf("%s: %d lines, want at least 3", c, len(cr.Lines))
		}
		for _, want := range []string{referral.CategorySuicideCrisis, referral.CategorySexualViolence} {
			if !cats[want] && !(c == "CA" && want == referral.CategorySexualViolence) {
				t.Errorf("%s has no %s line", c, want)
			}
		}
	}
	if got := d.DataVerified(); got != newest || got != "2026-12-01" {
		t.Errorf("DataVerified() = %q, want the newest date in crisis.json %q (2026-12-01)", got, newest)
	}
}

func keepDigits(r rune) rune {
	if r >= '0' && r <= '9' {
		return r
	}
	return -1
}

// issueCountries are the 24 countries issue 14 names as where Discord is used most.
var issueCountries = []string{"US", "BR", "GB", "DE", "FR", "RU", "PL", "TR", "CA", "AU", "IN", "ES",
	"MX", "ID", "PH", "IT", "NL", "SE", "JP", "KR", "AR", "IE", "NZ", "ZA"}

// TestCrisisIssueCountries checks that every country the issue names has an entry with at
// least one line, not only an emergency number.
func TestCrisisIssueCountries(t *testing.T) {
	f := readCrisisFile(t)
	lines := map[string]int{}
	for _, c := range f.Countries {
		lines[c.Country] = len(c.Lines)
	}
	for _, c := range issueCountries {
		n, ok := lines[c]
		switch {
		case !ok:
			t.Errorf("no crisis data for %s", c)
		case n == 0:
			t.Errorf("%s lists only its emergency number, want at least one line", c)
		}
	}
}

// localeCountriesWithoutLines are the countries locales.tsv maps a Discord locale to that
// have no entry in crisis.json yet: a person with one of these locales gets findahelpline.com.
// A country leaves this list when its entry is added; the test fails if one is added without
// leaving it, so the list cannot go stale.
var localeCountriesWithoutLines = map[string]bool{
	"RO": true, "GR": true, "HU": true, "BG": true, "VN": true, "TH": true, "CN": true, "TW": true,
	"HR": true, "LT": true,
}

func TestCrisisLocaleCountries(t *testing.T) {
	f := readCrisisFile(t)
	have := map[string]bool{}
	for _, c := range f.Countries {
		have[c.Country] = true
	}
	for _, r := range rows(t, "locales.tsv") {
		locale, country := r[0], r[1]
		switch {
		case country == "-":
		case have[country] && localeCountriesWithoutLines[country]:
			t.Errorf("%s (locale %s) now has crisis data: take it off localeCountriesWithoutLines", country, locale)
		case !have[country] && !localeCountriesWithoutLines[country]:
			t.Errorf("locale %s maps to %s, which has no crisis data", locale, country)
		}
	}
}

func TestGazetteerCoverage(t *testing.T) {
	counts := map[string]int{}
	for _, r := range rows(t, "cities.tsv") {
		counts[r[0]]++
	}
	for c, min := range map[string]int{"US": 300, "CA": 60, "GB": 60, "IE": 15, "AU": 40, "NZ": 20} {
		if counts[c] < min {
			t.Errorf("%d cities in %s, want at least %d", counts[c], c, min)
		}
	}
	if n := len(rows(t, "countries.tsv")); n != 249 {
		t.Errorf("%d countries, want all 249 ISO 3166-1 codes", n)
	}
	subs := map[string]int{}
	for _, r := range rows(t, "subdivisions.tsv") {
		subs[r[0][:2]]++
	}
	for c, want := range map[string]int{"US": 56, "CA": 13, "AU": 8, "NZ": 17, "GB": 4, "IE": 4} {
		if subs[c] != want {
			t.Errorf("%d subdivisions of %s, want %d", subs[c], c, want)
		}
	}
}

func TestStateCapitals(t *testing.T) {
	d := data(t)
	capitals := map[string]string{
		"AL": "Montgomery", "AK": "Juneau", "AZ": "Phoenix", "AR": "Little Rock", "CA": "Sacramento",
		"CO": "Denver", "CT": "Hartford", "DE": "Dover", "FL": "Tallahassee", "GA": "Atlanta",
		"HI": "Honolulu", "ID": "Boise", "IL": "Springfield", "IN": "Indianapolis", "IA": "Des Moines",
		"KS": "Topeka", "KY": "Frankfort", "LA": "Baton Rouge", "ME": "Augusta", "MD": "Annapolis",
		"MA": "Boston", "MI": "Lansing", "MN": "Saint Paul", "MS": "Jackson", "MO": "Jefferson City",
		"MT": "Helena", "NE": "Lincoln", "NV": "Carson City", "NH": "Concord", "NJ": "Trenton",
		"NM": "Santa Fe", "NY": "Albany", "NC": "Raleigh", "ND": "Bismarck", "OH": "Columbus",
		"OK": "Oklahoma City", "OR": "Salem", "PA": "Harrisburg", "RI": "Providence", "SC": "Columbia",
		"SD": "Pierre", "TN": "Nashville", "TX": "Austin", "UT": "Salt Lake City", "VT": "Montpelier",
		"VA": "Richmond", "WA": "Olympia", "WV": "Charleston", "WI": "Madison", "WY": "Cheyenne",
	}
	for st, city := range capitals {
		got := d.ParseLocation(city + ", " + st).Region
		if got != region("US", "US-"+st, city) {
			t.Errorf("ParseLocation(%q) = %#v", city+", "+st, got)
		}
	}
}

// TestZIP3 checks that every assigned ZIP3 prefix maps to a US region.
func TestZIP3(t *testing.T) {
	d := data(t)
	found := 0
	for n := 0; n < 1000; n++ {
		zip := strings.Repeat("0", 3-len(itoa(n))) + itoa(n) + "01"
		loc := d.ParseLocation(zip)
		if !loc.Found {
			continue
		}
		found++
		if loc.Region.Country != "US" {
			t.Errorf("ZIP %s = %v, want a US region", zip, loc.Region)
		}
	}
	if found < 900 {
		t.Errorf("%d ZIP3 prefixes map to a region, want at least 900", found)
	}
	for zip, want := range map[string]string{"00501": "US-NY", "02108": "US-MA", "20001": "US-DC", "33101": "US-FL", "73301": "US-TX", "73102": "US-OK", "88510": "US-TX", "96910": "US-GU", "99501": "US-AK", "09001": "US"} {
		if got := d.ParseLocation(zip).Region.Code(); got != want {
			t.Errorf("ZIP %s = %q, want %q", zip, got, want)
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// dataFS returns the real data files in a MapFS, with edit applied to one of them.
func dataFS(t *testing.T, name string, edit func(string) string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	entries, err := os.ReadDir("data")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile("data/" + e.Name())
		if err != nil {
			t.Fatal(err)
		}
		fsys[e.Name()] = &fstest.MapFile{Data: b}
	}
	if name != "" {
		fsys[name] = &fstest.MapFile{Data: []byte(edit(string(fsys[name].Data)))}
	}
	return fsys
}

func TestLoadFS(t *testing.T) {
	if _, err := referral.LoadFS(dataFS(t, "", nil)); err != nil {
		t.Fatalf("LoadFS(real data) = %v", err)
	}
	replace := func(old, new string) func(string) string {
		return func(s string) string {
			if !strings.Contains(s, old) {
				t.Fatalf("test edit: %q not found", old)
			}
			return strings.Replace(s, old, new, 1)
		}
	}
	tests := []struct {
		file string
		edit func(string) string
		want []string // substrings of the error
	}{
		{"countries.tsv", replace("AD\tAndorra", "Ad\tAndorra"), []string{"countries.tsv", "line", "ISO 3166-1"}},
		{"countries.tsv", replace("AD\tAndorra\t80", "AD\tAndorra\tmany"), []string{"countries.tsv", "population"}},
		{"subdivisions.tsv", replace("US-AL\tAlabama", "XX-AL\tAlabama"), []string{"subdivisions.tsv", "unknown country XX"}},
		{"cities.tsv", replace("US\tUS-IL\tChicago", "US\tUS-XX\tChicago"), []string{"cities.tsv", "line", "unknown subdivision"}},
		{"cities.tsv", replace("US\tUS-IL\tChicago\t2746", "US\tUS-IL\tChicago\t2746\textra"), []string{"cities.tsv", "columns"}},
		{"traps.tsv", replace("reading\tword", "readingg\tword"), []string{"traps.tsv", "not a place name"}},
		{"postal.tsv", replace("zip3\t600-629\tUS-IL", "zip3\t600-629\tUS-ZZ"), []string{"postal.tsv", "unknown region"}},
		{"postal.tsv", replace("zip3\t600-629\tUS-IL", "zip3\t600-629\tUS-IL\nzip3\t606-606\tUS-IL"), []string{"postal.tsv", "twice"}},
		{"directories.json", replace(`"url": "https://www.aasect.org/"`, `"url": "http://www.aasect.org/"`), []string{"directories.json", "aasect", "https"}},
		{"directories.json", replace(`"verified": "2026-11-25"`, `"verified": "25/11/2026"`), []string{"directories.json", "verified date"}},
		{"directories.json", replace(`{subdivision_code}/{city}`, `{state}/{city}`), []string{"directories.json", "placeholder"}},
		{"crisis.json", replace(`"source": "https://rainn.org/get-help/national-sexual-assault-hotline",`, ``), []string{"crisis.json", "RAINN", "source"}},
		{"crisis.json", replace(`"category": "suicide-crisis"`, `"category": "sadness"`), []string{"crisis.json", "category"}},
		{"crisis.json", replace(`"emergency": "911"`, `"emergency": "912"`), []string{"crisis.json", "emergency number"}},
		{"crisis.json", replace(`"country": "US"`, `"country": "US", "surprise": 1`), []string{"crisis.json", "unknown field"}},
	}
	for _, tt := range tests {
		_, err := referral.LoadFS(dataFS(t, tt.file, tt.edit))
		if err == nil {
			t.Errorf("LoadFS with a broken %s: no error", tt.file)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("LoadFS with a broken %s: error %q does not mention %q", tt.file, err, w)
			}
		}
	}
	fsys := dataFS(t, "", nil)
	delete(fsys, "crisis.json")
	if _, err := referral.LoadFS(fsys); err == nil || !strings.Contains(err.Error(), "crisis.json") {
		t.Errorf("LoadFS without crisis.json: error %v, want one naming the file", err)
	}
}
