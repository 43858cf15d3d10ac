package referral

import "strings"

// Location is the result of reading a location from text.
type Location struct {
	Region       Region   `json:"region"`
	Matched      string   `json:"matched,omitempty"`      // the text span that was recognised
	Note         string   `json:"note,omitempty"`         // e.g. `I read "London" as London, UK; for London, Ontario say "London, ON".`
	Alternatives []Region `json:"alternatives,omitempty"` // other readings when ambiguous, most likely first
	Found        bool     `json:"found"`
}

// maxAlternatives caps Location.Alternatives.
const maxAlternatives = 3

type mode uint8

const (
	modeParse mode = iota // the text is only a location
	modeFind              // the text is a whole message
)

// ParseLocation reads text that is only a location: "Chicago", "Chicago, IL", "chicago illinois",
// "60614", "M5V 2T6", "SW1A 1AA", "NSW 2000", "Scotland", "Deutschland". Case, punctuation,
// accents and extra words do not matter. Ambiguous names resolve to the most likely reading,
// with a Note and Alternatives. Text it cannot read gives Found=false.
func (d *Data) ParseLocation(text string) Location { return d.locate(text, modeParse) }

// FindLocation finds a location inside a whole message, such as "can you help me find a sex
// therapist near Austin, Texas?", or returns Found=false. It ignores ordinary words that are
// also place names or codes unless the message supports reading them as places: "Reading" needs
// a capital and a cue like "in" or "near" (or a following "UK"); given names such as "Austin"
// need a cue or a following state; codes that are words ("IN", "OR", "ME", "OK", "HI") need to
// follow a city, in capitals or after a comma ("Portland, OR"). Bare ZIP codes need a cue
// ("near 60614"), and four-digit Australian postcodes need an Australian state or "Australia".
func (d *Data) FindLocation(text string) Location { return d.locate(text, modeFind) }

// cand is a span of tokens that names a place or is a postal code.
type cand struct {
	start, end int
	entry      *entry
	postal     postalKind
	preading   [1]reading
	accepted   bool
}

func (c *cand) readings() []reading {
	if c.entry != nil {
		return c.entry.readings
	}
	return c.preading[:]
}

// finest returns the finest level among the candidate's readings.
func (c *cand) finest() uint8 {
	var l uint8
	for _, r := range c.readings() {
		if r.level > l {
			l = r.level
		}
	}
	return l
}

// isContainer reports whether the candidate can say where a preceding place is.
func (c *cand) isContainer() bool {
	if c.postal != postalNone {
		return true
	}
	for _, r := range c.readings() {
		if r.level < levelCity {
			return true
		}
	}
	return false
}

// scratch holds the per-call buffers, reused through Data.scratch to keep parsing
// allocation-light.
type scratch struct {
	t     tokenized
	cands []cand
}

func (d *Data) locate(text string, m mode) Location {
	s, _ := d.scratch.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	defer d.scratch.Put(s)
	t := &s.t
	d.fold.tokenize(text, t)
	s.cands = d.candidates(t, s.cands[:0])
	if len(s.cands) == 0 {
		return Location{}
	}
	d.accept(t, s.cands, m)
	return d.choose(t, s.cands, m)
}

// candidates finds every indexed name and postal code, longest name first, left to right.
func (d *Data) candidates(t *tokenized, out []cand) []cand {
	n := len(t.toks)
	for i := 0; i < n; {
		if hasDigit(t.word(i)) {
			if kind, r, used := d.postalAt(t, i); used > 0 {
				c := cand{start: i, end: i + used, postal: kind}
				c.preading[0] = r
				out = append(out, c)
				i += used
				continue
			}
			i++
			continue
		}
		maxL := int(d.firstLen[firstHash(t.word(i))])
		if maxL > n-i {
			maxL = n - i
		}
		found := false
		for l := maxL; l >= 1; l-- {
			if !joined(t, i, i+l) {
				continue
			}
			if e := d.index[t.span(i, i+l)]; e != nil {
				out = append(out, cand{start: i, end: i + l, entry: e})
				i += l
				found = true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// joined reports whether tokens [i, j) are separated only by spaces or joining punctuation.
func joined(t *tokenized, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if t.toks[k].sep != sepSpace {
			return false
		}
	}
	return true
}

// cue describes the words just before a candidate.
type cue struct {
	any    bool // a location preposition: in, near, around, from, to, at...
	person bool // strong enough to read a given name as a place: in, near, around, outside
	strong bool // "live in", "based in", "near", "around", "from", "moved to"
	postal bool // "zip", "postcode", or any location preposition
	rank   int  // for choosing between several places: 3 present (in, near), 2 (to, at), 1 none, 0 "from"
}

var (
	residence = map[string]bool{"live": true, "living": true, "lives": true, "lived": true, "based": true, "located": true, "stay": true, "staying": true, "reside": true, "residing": true, "settled": true, "work": true, "working": true}
	moving    = map[string]bool{"moved": true, "move": true, "moving": true, "relocated": true, "relocating": true}
	postalCue = map[string]bool{"zip": true, "zipcode": true, "postcode": true, "postal": true, "code": true}
)

// cueBefore reads the words before token i, skipping an article ("in the US").
func cueBefore(t *tokenized, i int) cue {
	c := cue{rank: 1}
	if i == 0 || t.toks[i].sep != sepSpace {
		return c
	}
	j := i - 1
	w := t.word(j)
	if w == "the" && j > 0 && t.toks[j].sep == sepSpace {
		j--
		w = t.word(j)
	}
	prev := ""
	if j > 0 && t.toks[j].sep == sepSpace {
		prev = t.word(j - 1)
	}
	switch w {
	case "in", "within", "county", "co":
		c = cue{any: true, person: true, strong: residence[prev], postal: true, rank: 3}
	case "near", "around", "nearby", "outside":
		c = cue{any: true, person: true, strong: true, postal: true, rank: 3}
	case "to":
		c = cue{any: true, postal: true, rank: 2}
		if prev == "close" || prev == "next" {
			c.person, c.strong, c.rank = true, true, 3
		}
		if moving[prev] {
			c.strong = true
		}
	case "at":
		c = cue{any: true, postal: true, rank: 2}
	case "from":
		c = cue{any: true, strong: true, postal: true, rank: 0}
	default:
		c.postal = postalCue[w] || (w == "is" || w == "of") && postalCue[prev]
	}
	return c
}

// adjacent reports whether candidate b directly follows a, with only spaces or a comma between.
func adjacent(t *tokenized, a, b *cand) bool {
	return b.start == a.end && t.toks[b.start].sep <= sepComma
}

// endOfClause reports whether token i ends the text or a clause.
func endOfClause(t *tokenized, i int) bool {
	return i+1 >= len(t.toks) || t.toks[i+1].sep != sepSpace
}

// codeAfterPlaceOK reports whether a short code c, directly after a place, reads as that place's
// state or country: "Chicago, IL", "Portland ME", "Portland, or." but not "Portland, or maybe".
func codeAfterPlaceOK(t *tokenized, c *cand, m mode) bool {
	if c.entry.trap != trapWord || m == modeParse {
		return true
	}
	first := t.toks[c.start]
	if first.upper && t.caseReliable() {
		return true
	}
	return first.sep == sepComma && endOfClause(t, c.end-1)
}

// containerAfter reports whether the candidate after cs[i] would say where cs[i] is.
func containerAfter(t *tokenized, cs []cand, i int, m mode) bool {
	if i+1 >= len(cs) || !adjacent(t, &cs[i], &cs[i+1]) {
		return false
	}
	n := &cs[i+1]
	if !n.isContainer() {
		return false
	}
	if n.entry != nil && n.entry.abbr {
		return codeAfterPlaceOK(t, n, m)
	}
	if n.entry != nil && n.entry.trap == trapWord && m == modeFind {
		return t.toks[n.start].title && t.caseReliable()
	}
	return true
}

// accept decides which candidates are places (see FindLocation for the rules).
func (d *Data) accept(t *tokenized, cs []cand, m mode) {
	whole := func(c *cand) bool { return c.start == 0 && c.end == len(t.toks) }
	for i := range cs {
		c := &cs[i]
		if c.postal != postalNone {
			continue
		}
		afterPlace := i > 0 && cs[i-1].accepted && cs[i-1].postal == postalNone && adjacent(t, &cs[i-1], c)
		first := t.toks[c.start]
		cu := cueBefore(t, c.start)
		after := containerAfter(t, cs, i, m)
		reliable := t.caseReliable()
		switch {
		case c.entry.abbr:
			switch {
			case afterPlace:
				c.accepted = codeAfterPlaceOK(t, c, m)
			case m == modeParse:
				c.accepted = c.entry.trap != trapWord || first.upper || whole(c)
			case c.entry.trap == trapWord:
				c.accepted = first.upper && reliable && (cu.any || after)
			default:
				c.accepted = (first.upper && reliable) || cu.any || after || whole(c)
			}
		case m == modeParse:
			c.accepted = true
		case c.entry.trap == trapWord:
			c.accepted = after || (reliable && first.title && cu.any) || (!reliable && cu.strong)
		case c.entry.trap == trapName:
			c.accepted = after || cu.person
		default:
			c.accepted = true
		}
	}
	// Postal codes: full Canadian and UK codes are distinctive; a bare ZIP needs a cue, a place
	// beside it, or a short message.
	for i := range cs {
		c := &cs[i]
		switch c.postal {
		case postalNone:
		case postalZIP:
			c.accepted = m == modeParse || len(t.toks) <= 3 || cueBefore(t, c.start).postal ||
				(i > 0 && cs[i-1].accepted && adjacent(t, &cs[i-1], c)) ||
				(i+1 < len(cs) && cs[i+1].accepted && adjacent(t, c, &cs[i+1]))
		default:
			c.accepted = true
		}
	}
}

// choose groups the accepted candidates into runs that describe one place ("Toronto, ON,
// Canada"), resolves each group, and returns the best.
func (d *Data) choose(t *tokenized, cs []cand, m mode) Location {
	var (
		best      Location
		bestScore = -1 << 30
		g         []*cand
	)
	flush := func() {
		if len(g) == 0 {
			return
		}
		loc, score, ok := d.resolve(t, g)
		if ok && score > bestScore {
			best, bestScore = loc, score
		}
		g = g[:0]
	}
	var buf [8]*cand
	g = buf[:0]
	for i := range cs {
		c := &cs[i]
		if !c.accepted {
			continue
		}
		if len(g) > 0 {
			last := g[len(g)-1]
			onlyPostal := true
			for _, e := range g {
				onlyPostal = onlyPostal && e.postal != postalNone
			}
			if !adjacent(t, last, c) || !(c.isContainer() || onlyPostal) || len(g) == len(buf) {
				flush()
			}
		}
		g = append(g, c)
	}
	flush()
	return best
}

// resolve picks the reading of a group that the most elements agree with. It returns the
// location, a score for choosing between groups, and false if the group says nothing.
func (d *Data) resolve(t *tokenized, g []*cand) (Location, int, bool) {
	// Drop postal codes that need a hint the group does not give.
	var keep [8]*cand
	elems := keep[:0]
	for _, e := range g {
		switch e.postal {
		case postalAU4:
			if !groupHas(g, e, func(r reading) bool { return r.region.Country == "AU" }) {
				continue
			}
		case postalZIP:
			if len(g) > 1 && !groupHas(g, e, func(r reading) bool { return r.region.Country == "US" }) {
				continue
			}
		}
		elems = append(elems, e)
	}
	if len(elems) == 0 {
		return Location{}, 0, false
	}

	type choice struct {
		elem, read int
		score      int
	}
	best := choice{elem: -1}
	better := func(c choice, r reading) bool {
		if best.elem < 0 || c.score != best.score {
			return best.elem < 0 || c.score > best.score
		}
		if c.elem == best.elem {
			return c.read < best.read // the order of a name's readings: nested-first, then population
		}
		if br := elems[best.elem].readings()[best.read]; r.level != br.level {
			return r.level > br.level // a city in a group beats the state it names
		}
		return c.elem < best.elem
	}
	for ei, e := range elems {
		for ri, r := range e.readings() {
			c := choice{elem: ei, read: ri, score: d.agreement(elems, ei, r)}
			if better(c, r) {
				best = c
			}
		}
	}
	head := elems[best.elem]
	r := head.readings()[best.read]
	loc := Location{Region: r.region, Found: true}
	loc.Matched = t.original(elems[0].start, elems[len(elems)-1].end)

	// Other readings of the same words that fit the group as well.
	var alts []reading
	for ri, o := range head.readings() {
		if ri == best.read || contains(o, r) || contains(r, o) || sameRegion(o, r) {
			continue
		}
		if d.agreement(elems, best.elem, o) == best.score && len(alts) < maxAlternatives {
			alts = append(alts, o)
		}
	}
	if len(alts) > 0 {
		loc.Alternatives = make([]Region, len(alts))
		var b strings.Builder
		b.WriteString(`I read "` + t.original(head.start, head.end) + `" as ` + d.short(r))
		for k, a := range alts {
			loc.Alternatives[k] = a.region
			if k < 2 {
				label := d.short(a)
				if a.level == levelCountry {
					label = "the country " + label
				}
				b.WriteString(`; for ` + label + ` say "` + d.say(a) + `"`)
			}
		}
		b.WriteString(".")
		loc.Note = b.String()
	} else {
		// A finer place we could not put inside the chosen region ("Paris, Texas").
		for _, e := range elems {
			if e == head || e.finest() <= r.level {
				continue
			}
			inside := false
			for _, o := range e.readings() {
				inside = inside || contains(r, o)
			}
			if !inside {
				loc.Note = `I couldn't find "` + t.original(e.start, e.end) + `" in ` + d.short(r) + `, so I used ` + d.short(r) + `.`
				break
			}
		}
	}
	score := int(r.level)*2 + best.score + cueBefore(t, elems[0].start).rank
	return loc, score, true
}

// groupHas reports whether an element of g other than skip has a reading matching fn.
func groupHas(g []*cand, skip *cand, fn func(reading) bool) bool {
	for _, e := range g {
		if e == skip {
			continue
		}
		for _, r := range e.readings() {
			if fn(r) {
				return true
			}
		}
	}
	return false
}

// agreement scores reading r of element ei against the other elements: +1 for each that
// contains it or names the same region, -1 for each coarser element that contradicts it.
// Finer elements do not count: "Paris, Texas" falls back to Texas rather than to Paris.
func (d *Data) agreement(elems []*cand, ei int, r reading) int {
	s := 0
	for ej, e := range elems {
		if ej == ei || !coarserReading(e, r) {
			continue
		}
		ok := false
		for _, o := range e.readings() {
			if o.level <= r.level && (contains(o, r) || sameRegion(o, r)) {
				ok = true
				break
			}
		}
		if ok {
			s++
		} else {
			s--
		}
	}
	return s
}

// coarserReading reports whether e has any reading at r's level or coarser.
func coarserReading(e *cand, r reading) bool {
	for _, o := range e.readings() {
		if o.level <= r.level {
			return true
		}
	}
	return false
}
