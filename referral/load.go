package referral

import (
	"bufio"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
)

// dataFiles holds the embedded data. go:embed needs a package-level variable; it is never written.
//
//go:embed data/*.tsv data/*.json
var dataFiles embed.FS

// File names inside the data directory.
const (
	fileCountries    = "countries.tsv"
	fileSubdivisions = "subdivisions.tsv"
	fileCities       = "cities.tsv"
	filePostal       = "postal.tsv"
	fileTraps        = "traps.tsv"
	fileDirectories  = "directories.json"
	fileCrisis       = "crisis.json"
)

func embeddedData() (fs.FS, error) { return fs.Sub(dataFiles, "data") }

// Load parses the embedded data files and builds the indexes that location parsing and link
// building use. Errors name the file, the line where there is one, and the problem.
func Load() (*Data, error) {
	fsys, err := embeddedData()
	if err != nil {
		return nil, fmt.Errorf("load referral data: %w", err)
	}
	return LoadFS(fsys)
}

// LoadFS is Load for data files read from fsys instead of the embedded copy, for tests and
// tools that check edited data. fsys holds the files of the data directory at its root.
func LoadFS(fsys fs.FS) (*Data, error) {
	d, err := load(fsys)
	if err != nil {
		return nil, fmt.Errorf("load referral data: %w", err)
	}
	return d, nil
}

// Data is the parsed gazetteer, postal tables, directories and crisis lines. It is immutable
// after Load and safe for concurrent use.
type Data struct {
	fold *folder

	countries    map[string]*country
	subdivisions map[string]*subdivision
	places       []place
	cityPlace    map[Region]int32 // city regions to their place
	index        map[string]*entry
	firstLen     [firstSlots]uint8 // by hash of a first word: the longest name starting with such a word, in words

	zip3    [1000]string // region code by ZIP3; "" means unassigned
	caFirst map[string]string
	gbArea  map[string]string
	au      []numRange

	directories []directory
	checklists  map[string][]string

	services []Service

	crisis      map[string]*countryCrisis
	intl        Link
	intlSummary string

	locales map[string]string // canonical Discord locale to country code, or "-" for none

	verified string

	scratch sync.Pool // *scratch buffers for location parsing
}

type country struct {
	code, name string
	pop        int
	aliases    []string
	abbrs      []string
	noindex    bool
}

type subdivision struct {
	code, name string
	pop        int
	abbrs      []string
	aliases    []string
	slug       string
}

type city struct {
	country, subdivision, name string
	pop                        int
	aliases                    []string
	slug                       string
}

type numRange struct {
	lo, hi int
	code   string
}

var (
	reCountry     = regexp.MustCompile(`^[A-Z]{2}$`)
	reSubdivision = regexp.MustCompile(`^[A-Z]{2}-[A-Z0-9]{1,3}$`)
)

func load(fsys fs.FS) (*Data, error) {
	d := &Data{
		fold:         newFolder(),
		countries:    map[string]*country{},
		subdivisions: map[string]*subdivision{},
		cityPlace:    map[Region]int32{},
		index:        map[string]*entry{},
		caFirst:      map[string]string{},
		gbArea:       map[string]string{},
	}
	countries, err := readCountries(fsys)
	if err != nil {
		return nil, err
	}
	for _, c := range countries {
		d.countries[c.code] = c
	}
	subs, err := readSubdivisions(fsys)
	if err != nil {
		return nil, err
	}
	for _, s := range subs {
		if d.countries[s.code[:2]] == nil {
			return nil, fmt.Errorf("%s: subdivision %s: unknown country %s", fileSubdivisions, s.code, s.code[:2])
		}
		d.subdivisions[s.code] = s
	}
	cities, err := d.readCities(fsys)
	if err != nil {
		return nil, err
	}
	if err := d.buildIndex(countries, subs, cities); err != nil {
		return nil, err
	}
	if err := d.readTraps(fsys); err != nil {
		return nil, err
	}
	if err := d.readPostal(fsys); err != nil {
		return nil, err
	}
	if err := d.readDirectories(fsys); err != nil {
		return nil, err
	}
	if err := d.readCrisis(fsys); err != nil {
		return nil, err
	}
	if err := d.readServices(fsys); err != nil {
		return nil, err
	}
	if err := d.readLocales(fsys); err != nil {
		return nil, err
	}
	d.finishPlaces()
	return d, nil
}

// readTSV calls fn for each data row of a tab-separated file, skipping blank lines and lines
// starting with '#'. Every row must have exactly cols columns.
func readTSV(fsys fs.FS, name string, cols int, fn func(line int, f []string) error) error {
	file, err := fsys.Open(name)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		f := strings.Split(text, "\t")
		if len(f) != cols {
			return fmt.Errorf("%s line %d: %d columns, want %d", name, line, len(f), cols)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := fn(line, f); err != nil {
			return fmt.Errorf("%s line %d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func list(s string) []string {
	if s == "" {
		return nil
	}
	parts := strings.Split(s, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func population(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("population %q is not a whole number", s)
	}
	return n, nil
}

func readCountries(fsys fs.FS) ([]*country, error) {
	var out []*country
	seen := map[string]bool{}
	err := readTSV(fsys, fileCountries, 6, func(_ int, f []string) error {
		if !reCountry.MatchString(f[0]) {
			return fmt.Errorf("code %q is not an ISO 3166-1 alpha-2 code", f[0])
		}
		if seen[f[0]] {
			return fmt.Errorf("duplicate code %s", f[0])
		}
		seen[f[0]] = true
		if f[1] == "" {
			return fmt.Errorf("country %s has no name", f[0])
		}
		pop, err := population(f[2])
		if err != nil {
			return err
		}
		if f[5] != "" && f[5] != "noindex" {
			return fmt.Errorf("unknown flag %q", f[5])
		}
		out = append(out, &country{code: f[0], name: f[1], pop: pop, aliases: list(f[3]), abbrs: list(f[4]), noindex: f[5] == "noindex"})
		return nil
	})
	return out, err
}

func readSubdivisions(fsys fs.FS) ([]*subdivision, error) {
	var out []*subdivision
	seen := map[string]bool{}
	err := readTSV(fsys, fileSubdivisions, 6, func(_ int, f []string) error {
		if !reSubdivision.MatchString(f[0]) {
			return fmt.Errorf("code %q is not an ISO 3166-2 code", f[0])
		}
		if seen[f[0]] {
			return fmt.Errorf("duplicate code %s", f[0])
		}
		seen[f[0]] = true
		if f[1] == "" {
			return fmt.Errorf("subdivision %s has no name", f[0])
		}
		pop, err := population(f[2])
		if err != nil {
			return err
		}
		out = append(out, &subdivision{code: f[0], name: f[1], pop: pop, abbrs: list(f[3]), aliases: list(f[4]), slug: f[5]})
		return nil
	})
	return out, err
}

func (d *Data) readCities(fsys fs.FS) ([]*city, error) {
	var out []*city
	seen := map[string]bool{}
	err := readTSV(fsys, fileCities, 6, func(_ int, f []string) error {
		if d.countries[f[0]] == nil {
			return fmt.Errorf("unknown country %q", f[0])
		}
		sub := f[1]
		if sub == "-" {
			sub = ""
		} else if s := d.subdivisions[sub]; s == nil || sub[:2] != f[0] {
			return fmt.Errorf("unknown subdivision %q for country %s", f[1], f[0])
		}
		if f[2] == "" {
			return errors.New("city has no name")
		}
		k := f[0] + "/" + sub + "/" + f[2]
		if seen[k] {
			return fmt.Errorf("duplicate city %s", k)
		}
		seen[k] = true
		pop, err := population(f[3])
		if err != nil {
			return err
		}
		out = append(out, &city{country: f[0], subdivision: sub, name: f[2], pop: pop, aliases: list(f[4]), slug: f[5]})
		return nil
	})
	return out, err
}

func (d *Data) validCode(code string) bool {
	if code == "*" {
		return true
	}
	if strings.Contains(code, "-") {
		return d.subdivisions[code] != nil
	}
	return d.countries[code] != nil
}

func (d *Data) readPostal(fsys fs.FS) error {
	return readTSV(fsys, filePostal, 3, func(_ int, f []string) error {
		if !d.validCode(f[2]) || f[2] == "*" {
			return fmt.Errorf("unknown region %q", f[2])
		}
		switch f[0] {
		case "zip3":
			lo, hi, err := parseRange(f[1], 3)
			if err != nil {
				return err
			}
			for n := lo; n <= hi; n++ {
				if d.zip3[n] != "" {
					return fmt.Errorf("ZIP3 %03d listed twice", n)
				}
				d.zip3[n] = f[2]
			}
		case "ca":
			if n := len(f[1]); n != 1 && n != 3 {
				return fmt.Errorf("Canadian prefix %q must be 1 or 3 characters", f[1])
			}
			d.caFirst[strings.ToLower(f[1])] = f[2]
		case "gb":
			if n := len(f[1]); n < 1 || n > 2 {
				return fmt.Errorf("UK postcode area %q must be 1 or 2 letters", f[1])
			}
			d.gbArea[strings.ToLower(f[1])] = f[2]
		case "au":
			lo, hi, err := parseRange(f[1], 4)
			if err != nil {
				return err
			}
			d.au = append(d.au, numRange{lo: lo, hi: hi, code: f[2]})
		default:
			return fmt.Errorf("unknown scheme %q", f[0])
		}
		return nil
	})
}

func parseRange(s string, digits int) (lo, hi int, err error) {
	a, b, ok := strings.Cut(s, "-")
	if !ok || len(a) != digits || len(b) != digits {
		return 0, 0, fmt.Errorf("range %q is not lo-hi with %d digits each", s, digits)
	}
	lo, err1 := strconv.Atoi(a)
	hi, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || lo > hi {
		return 0, 0, fmt.Errorf("range %q is not lo-hi", s)
	}
	return lo, hi, nil
}

func (d *Data) readTraps(fsys fs.FS) error {
	return readTSV(fsys, fileTraps, 2, func(_ int, f []string) error {
		var k trapKind
		switch f[1] {
		case "word":
			k = trapWord
		case "name":
			k = trapName
		default:
			return fmt.Errorf("kind %q is not word or name", f[1])
		}
		key, ok := d.fold.key(f[0])
		if !ok {
			return fmt.Errorf("phrase %q has punctuation", f[0])
		}
		e := d.index[key]
		if e == nil {
			return fmt.Errorf("phrase %q is not a place name or code in the gazetteer", f[0])
		}
		if k > e.trap {
			e.trap = k
		}
		return nil
	})
}

// date checks a verified date.
func date(s string) error {
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return fmt.Errorf("verified date %q is not YYYY-MM-DD", s)
	}
	return nil
}

func httpsURL(s string) error {
	if !strings.HasPrefix(s, "https://") || strings.ContainsAny(s, " \t\n") {
		return fmt.Errorf("URL %q is not an https URL", s)
	}
	return nil
}

func readJSON(fsys fs.FS, name string, v any) error {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return err
	}
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func (d *Data) noteVerified(s string) {
	if s > d.verified {
		d.verified = s
	}
}
