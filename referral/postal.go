package referral

import "strconv"

// postalKind names the postal-code scheme a candidate was read as.
type postalKind uint8

const (
	postalNone  postalKind = iota
	postalZIP              // US ZIP code, optionally ZIP+4
	postalCA               // Canadian postal code
	postalCAFSA            // first half of a Canadian postal code, on its own
	postalGB               // full UK postcode
	postalGBOut            // outward half of a UK postcode, on its own
	postalAU4              // four digits: an Australian postcode only with an Australian hint
)

// regionReading turns a region code from the postal tables into a reading.
func (d *Data) regionReading(code string) reading {
	if len(code) == 2 {
		return reading{region: Region{Country: code}, level: levelCountry, place: -1}
	}
	return reading{region: Region{Country: code[:2], Subdivision: code}, level: levelSubdivision, place: -1}
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' }

// postalAt reads a postal code starting at token i. It returns the scheme, the reading, and
// the number of tokens used (0 if there is no postal code there).
func (d *Data) postalAt(t *tokenized, i int) (postalKind, reading, int) {
	w := t.word(i)
	next := ""
	if i+1 < len(t.toks) && t.toks[i+1].sep == sepSpace {
		next = t.word(i + 1)
	}
	// US ZIP and ZIP+4.
	if len(w) == 5 && t.toks[i].digits {
		n, _ := strconv.Atoi(w[:3])
		code := d.zip3[n]
		if code == "" {
			return postalNone, reading{}, 0
		}
		used := 1
		if len(next) == 4 && t.toks[i+1].digits {
			used = 2
		}
		return postalZIP, d.regionReading(code), used
	}
	// Australian postcodes, kept only when an Australian hint is beside them.
	if len(w) == 4 && t.toks[i].digits {
		n, _ := strconv.Atoi(w)
		for _, r := range d.au {
			if r.lo <= n && n <= r.hi {
				return postalAU4, d.regionReading(r.code), 1
			}
		}
		return postalNone, reading{}, 0
	}
	// Canadian: A1A 1A1 or A1A1A1.
	if len(w) == 6 && isCAFSA(w[:3]) && isCALDU(w[3:]) {
		if code := d.caRegion(w[:3]); code != "" {
			return postalCA, d.regionReading(code), 1
		}
	}
	if len(w) == 3 && isCAFSA(w) {
		if len(next) == 3 && isCALDU(next) {
			if code := d.caRegion(w); code != "" {
				return postalCA, d.regionReading(code), 2
			}
		}
		if len(t.toks) == 1 {
			if code := d.caRegion(w); code != "" {
				return postalCAFSA, d.regionReading(code), 1
			}
		}
	}
	// UK: outward code (A9, A99, A9A, AA9, AA99, AA9A) then inward code (9AA), with or without a space.
	if area, ok := gbOutward(w); ok {
		if next != "" && gbInward(next) {
			if code := d.gbArea[area]; code != "" {
				return postalGB, d.regionReading(code), 2
			}
		}
		if len(t.toks) == 1 {
			if code := d.gbArea[area]; code != "" {
				return postalGBOut, d.regionReading(code), 1
			}
		}
	}
	if n := len(w); n >= 5 && n <= 7 && gbInward(w[n-3:]) {
		if area, ok := gbOutward(w[:n-3]); ok {
			if code := d.gbArea[area]; code != "" {
				return postalGB, d.regionReading(code), 1
			}
		}
	}
	return postalNone, reading{}, 0
}

// caRegion maps the first three characters of a Canadian postal code to a province.
func (d *Data) caRegion(fsa string) string {
	if code := d.caFirst[fsa]; code != "" {
		return code
	}
	return d.caFirst[fsa[:1]]
}

func isCAFSA(s string) bool { return isLetter(s[0]) && isDigit(s[1]) && isLetter(s[2]) }
func isCALDU(s string) bool { return isDigit(s[0]) && isLetter(s[1]) && isDigit(s[2]) }

// gbOutward reports whether s is a UK outward code and returns its area letters.
func gbOutward(s string) (string, bool) {
	n := len(s)
	if n < 2 || n > 4 || !isLetter(s[0]) {
		return "", false
	}
	a := 1
	if isLetter(s[1]) {
		a = 2
	}
	if a >= n || !isDigit(s[a]) {
		return "", false
	}
	for i := a + 1; i < n; i++ {
		if !isDigit(s[i]) && !isLetter(s[i]) {
			return "", false
		}
	}
	if n-a > 2 {
		return "", false
	}
	return s[:a], true
}

// gbInward reports whether s is a UK inward code: a digit and two letters.
func gbInward(s string) bool {
	return len(s) == 3 && isDigit(s[0]) && isLetter(s[1]) && isLetter(s[2])
}
