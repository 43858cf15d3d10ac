package referral

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

// Place levels, from coarse to fine.
const (
	levelCountry     uint8 = 1
	levelSubdivision uint8 = 2
	levelCity        uint8 = 3
)

// place is one gazetteer entry: a country, subdivision or city.
type place struct {
	region Region
	level  uint8
	pop    int // thousands
	name   string
	slug   string // URL slug override for cities
	say    string // text that ParseLocation reads as exactly this place, for notes
}

// trapKind says how much context a name needs before FindLocation takes it as a place.
type trapKind uint8

const (
	trapNone trapKind = iota
	trapName          // a given name: needs a cue or a following region
	trapWord          // an ordinary word: needs a capital and a cue, or a following region
)

// reading is one meaning of a name or code: a region at some level.
type reading struct {
	region Region
	level  uint8
	pop    int
	place  int32 // index into Data.places, or -1 for a postal code
	nested bool  // another reading of the same name lies inside this one ("New York" the state)
}

// entry is what an indexed name or code can mean.
type entry struct {
	readings []reading
	abbr     bool // a short code ("IL", "NSW", "UK"), matched with the stricter rules for codes
	trap     trapKind
}

func (d *Data) addPlace(p place) int32 {
	d.places = append(d.places, p)
	return int32(len(d.places) - 1)
}

// addName indexes name as meaning place p.
func (d *Data) addName(file, name string, p int32, abbr bool) error {
	key, ok := d.fold.key(name)
	if !ok {
		return fmt.Errorf("%s: name %q: punctuation inside a name stops it matching; use spaces or hyphens", file, name)
	}
	e := d.index[key]
	if e == nil {
		e = &entry{}
		d.index[key] = e
	}
	for _, r := range e.readings {
		if r.place == p {
			return nil
		}
	}
	pl := d.places[p]
	e.readings = append(e.readings, reading{region: pl.region, level: pl.level, pop: pl.pop, place: p})
	e.abbr = e.abbr || abbr
	first, _, _ := strings.Cut(key, " ")
	h := firstHash(first)
	if n := uint8(strings.Count(key, " ") + 1); n > d.firstLen[h] {
		d.firstLen[h] = n
	}
	return nil
}

// firstSlots is the size of the first-word filter: large enough that most words that start
// no place name land in an empty slot and cost no map lookup.
const firstSlots = 1 << 15

// firstHash hashes a word into the first-word filter (FNV-1a).
func firstHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h ^= uint32(w[i])
		h *= 16777619
	}
	return h & (firstSlots - 1)
}

// isAbbr reports whether a city alias is written like a code ("LA", "N.Y.C.", "SF").
func isAbbr(alias string) bool {
	letters := 0
	for _, r := range alias {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			letters++
		default:
			return false
		}
	}
	return letters > 0 && letters <= 3
}

// variants returns name and its common spellings with "St"/"Saint", "Ft"/"Fort" and "Mt"/"Mount".
func variants(name string) []string {
	out := []string{name}
	pairs := [][2]string{{"St. ", "Saint "}, {"St ", "Saint "}, {"Ste. ", "Sainte "}, {"Ft. ", "Fort "}, {"Mt. ", "Mount "}}
	for _, p := range pairs {
		if i := strings.Index(name, p[0]); i >= 0 && (i == 0 || name[i-1] == ' ') {
			out = append(out, name[:i]+p[1]+name[i+len(p[0]):])
		}
		if i := strings.Index(name, p[1]); i >= 0 && (i == 0 || name[i-1] == ' ') {
			short := strings.TrimSuffix(strings.TrimSuffix(p[0], " "), ".")
			out = append(out, name[:i]+short+" "+name[i+len(p[1]):])
		}
	}
	return out
}

func (d *Data) buildIndex(countries []*country, subs []*subdivision, cities []*city) error {
	for _, c := range countries {
		p := d.addPlace(place{region: Region{Country: c.code}, level: levelCountry, pop: c.pop, name: c.name})
		if c.noindex {
			continue
		}
		for _, n := range append([]string{c.name}, c.aliases...) {
			if err := d.addName(fileCountries, n, p, false); err != nil {
				return err
			}
		}
		for _, n := range c.abbrs {
			if err := d.addName(fileCountries, n, p, true); err != nil {
				return err
			}
		}
	}
	for _, s := range subs {
		p := d.addPlace(place{region: Region{Country: s.code[:2], Subdivision: s.code}, level: levelSubdivision, pop: s.pop, name: s.name})
		for _, n := range append([]string{s.name}, s.aliases...) {
			if err := d.addName(fileSubdivisions, n, p, false); err != nil {
				return err
			}
		}
		for _, n := range s.abbrs {
			if err := d.addName(fileSubdivisions, n, p, true); err != nil {
				return err
			}
		}
	}
	for _, c := range cities {
		r := Region{Country: c.country, Subdivision: c.subdivision, City: c.name}
		p := d.addPlace(place{region: r, level: levelCity, pop: c.pop, name: c.name, slug: c.slug})
		d.cityPlace[r] = p
		for _, n := range append([]string{c.name}, c.aliases...) {
			abbr := isAbbr(n)
			names := []string{n}
			if !abbr {
				names = variants(n)
			}
			for _, v := range names {
				if err := d.addName(fileCities, v, p, abbr); err != nil {
					return err
				}
			}
		}
	}
	for _, e := range d.index {
		sortReadings(e.readings)
	}
	return nil
}

// contains reports whether reading a is a coarser region that b lies inside.
func contains(a, b reading) bool {
	if a.level >= b.level {
		return false
	}
	if a.level == levelCountry {
		return b.region.Country == a.region.Country
	}
	return b.region.Subdivision == a.region.Subdivision
}

// sameRegion reports whether a and b name the same region at the same level.
func sameRegion(a, b reading) bool {
	return a.level == b.level && a.region == b.region
}

// sortReadings orders the meanings of one name: a reading that contains another reading of the
// same name goes last ("New York" the city before the state), then by population.
func sortReadings(rs []reading) {
	for i := range rs {
		for j := range rs {
			if i != j && contains(rs[i], rs[j]) {
				rs[i].nested = true
			}
		}
	}
	sort.SliceStable(rs, func(i, j int) bool {
		if rs[i].nested != rs[j].nested {
			return !rs[i].nested
		}
		if rs[i].pop != rs[j].pop {
			return rs[i].pop > rs[j].pop
		}
		return rs[i].level > rs[j].level
	})
}

// countryShort is how notes name a country after a city: "London, UK".
func (d *Data) countryShort(code string) string {
	switch code {
	case "GB":
		return "UK"
	case "US":
		return "US"
	}
	if c := d.countries[code]; c != nil {
		return c.name
	}
	return code
}

// subAbbr returns the first abbreviation of a subdivision ("IL", "ON", "NSW"), or "".
func (d *Data) subAbbr(code string) string {
	if s := d.subdivisions[code]; s != nil && len(s.abbrs) > 0 {
		return s.abbrs[0]
	}
	return ""
}

func (d *Data) subName(code string) string {
	if s := d.subdivisions[code]; s != nil {
		return s.name
	}
	return code
}

// namesSubdivisions reports whether people usually name the subdivision after a city in
// country code ("Portland, Oregon") rather than the country ("London, UK").
func namesSubdivisions(code string) bool { return code == "US" || code == "CA" || code == "AU" }

// short returns a reading as notes show it: "Portland, Oregon", "London, UK", "Scotland, UK".
func (d *Data) short(r reading) string {
	reg := r.region
	switch r.level {
	case levelCity:
		if reg.Subdivision != "" && namesSubdivisions(reg.Country) {
			return reg.City + ", " + d.subName(reg.Subdivision)
		}
		return reg.City + ", " + d.countryShort(reg.Country)
	case levelSubdivision:
		return d.subName(reg.Subdivision) + ", " + d.countryShort(reg.Country)
	}
	if c := d.countries[reg.Country]; c != nil {
		return c.name
	}
	return reg.Country
}

// say returns text that ParseLocation reads as exactly r.
func (d *Data) say(r reading) string {
	if r.place >= 0 && d.places[r.place].say != "" {
		return d.places[r.place].say
	}
	return d.short(r)
}

// sayCandidates lists texts that might name p unambiguously, best first.
func (d *Data) sayCandidates(p place) []string {
	reg := p.region
	switch p.level {
	case levelCity:
		var out []string
		if a := d.subAbbr(reg.Subdivision); a != "" && namesSubdivisions(reg.Country) {
			out = append(out, reg.City+", "+a)
		}
		if reg.Subdivision != "" {
			out = append(out, reg.City+", "+d.subName(reg.Subdivision))
		}
		return append(out, reg.City+", "+d.countryShort(reg.Country), reg.City)
	case levelSubdivision:
		s := d.subdivisions[reg.Subdivision]
		out := []string{s.name + ", " + d.countryShort(reg.Country), s.name}
		return append(out, s.aliases...)
	}
	c := d.countries[reg.Country]
	return append([]string{c.name}, c.aliases...)
}

// finishPlaces works out, for every place with an ambiguous name, what to tell people to type
// to get it, by checking candidate phrasings with ParseLocation itself.
func (d *Data) finishPlaces() {
	for i := range d.places {
		p := &d.places[i]
		key, _ := d.fold.key(p.name)
		if e := d.index[key]; e == nil || len(e.readings) < 2 {
			continue
		}
		for _, s := range d.sayCandidates(*p) {
			loc := d.ParseLocation(s)
			if loc.Found && loc.Region == p.region && len(loc.Alternatives) == 0 {
				p.say = s
				break
			}
		}
	}
}
