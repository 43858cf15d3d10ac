package referral

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
)

// Link is something to show a person.
type Link struct {
	Title       string `json:"title"`
	URL         string `json:"url"`
	Description string `json:"description,omitempty"`
	Kind        string `json:"kind,omitempty"` // "directory", "crisis", "emergency", "local"
}

// Link kinds.
const (
	KindDirectory = "directory"
	KindCrisis    = "crisis"
	KindEmergency = "emergency"
	KindLocal     = "local"
)

// Filter narrows and orders directory links.
type Filter struct {
	Focus   string // what the person is looking for, in their words: "sex therapy", "couples", "lgbtq"
	Online  bool   // prefers telehealth
	LowCost bool   // needs lower-cost options
}

// focus is what a Filter's Focus asks for.
type focus struct {
	lgbtq bool
	sex   bool
}

func (f Filter) focus() focus {
	s := strings.ToLower(f.Focus)
	var fo focus
	for _, w := range []string{"lgbt", "queer", "trans", "gay", "lesbian", "bisexual", "nonbinary", "non-binary", "enby", "rainbow", "2slgbt"} {
		if strings.Contains(s, w) {
			fo.lgbtq = true
		}
	}
	fo.sex = s == "" || strings.Contains(s, "sex") || strings.Contains(s, "intima")
	return fo
}

// directory is one entry of directories.json.
type directory struct {
	ID          string            `json:"id"`
	Name        string            `json:"name"`
	URL         string            `json:"url"`
	Templates   map[string]string `json:"templates"`
	Params      map[string]string `json:"params"`
	Coverage    []string          `json:"coverage"`
	Filters     []string          `json:"filters"`
	Description string            `json:"description"`
	Search      string            `json:"search"`
	Show        string            `json:"show"`
	LowCost     bool              `json:"low_cost"`
	Rank        int               `json:"rank"`
	Source      string            `json:"source"`
	Verified    string            `json:"verified"`
}

type directoriesFile struct {
	About       string              `json:"about"`
	Directories []directory         `json:"directories"`
	Checklists  map[string][]string `json:"checklists"`
}

var (
	templateDepths = []string{"city", "subdivision", "country"}
	placeholders   = []string{"{country}", "{subdivision}", "{subdivision_code}", "{city}"}
	knownFilters   = map[string]bool{"location": true, "sex-therapy": true, "telehealth": true, "sliding-scale": true, "lgbtq": true}
)

func (d *Data) readDirectories(fsys fs.FS) error {
	var f directoriesFile
	if err := readJSON(fsys, fileDirectories, &f); err != nil {
		return err
	}
	seen := map[string]bool{}
	for i := range f.Directories {
		dir := &f.Directories[i]
		if err := d.checkDirectory(dir); err != nil {
			return fmt.Errorf("%s: directory %q: %w", fileDirectories, dir.ID, err)
		}
		if seen[dir.ID] {
			return fmt.Errorf("%s: duplicate directory id %q", fileDirectories, dir.ID)
		}
		seen[dir.ID] = true
		d.noteVerified(dir.Verified)
	}
	for k, items := range f.Checklists {
		if k != "all" && k != "*" && d.countries[k] == nil {
			return fmt.Errorf("%s: checklist for unknown country %q", fileDirectories, k)
		}
		if len(items) == 0 {
			return fmt.Errorf("%s: checklist %q is empty", fileDirectories, k)
		}
	}
	if len(f.Checklists["*"]) == 0 || len(f.Checklists["all"]) == 0 {
		return fmt.Errorf(`%s: checklists "*" and "all" are required`, fileDirectories)
	}
	d.directories = f.Directories
	d.checklists = f.Checklists
	return nil
}

// checkListing checks what directories and service finders share: an id,
// a name, a description, https url and source, a verified date and
// coverage codes the gazetteer knows.
func (d *Data) checkListing(id, name, description, url, source, verified string, coverage []string) error {
	switch {
	case id == "":
		return errors.New("no id")
	case name == "":
		return errors.New("no name")
	case description == "":
		return errors.New("no description")
	case source == "":
		return errors.New("no source")
	case len(coverage) == 0:
		return errors.New("no coverage")
	}
	if err := httpsURL(url); err != nil {
		return err
	}
	if err := httpsURL(source); err != nil {
		return fmt.Errorf("source: %w", err)
	}
	if err := date(verified); err != nil {
		return err
	}
	for _, c := range coverage {
		if !d.validCode(c) {
			return fmt.Errorf("unknown coverage code %q", c)
		}
	}
	return nil
}

func (d *Data) checkDirectory(dir *directory) error {
	if err := d.checkListing(dir.ID, dir.Name, dir.Description, dir.URL, dir.Source, dir.Verified, dir.Coverage); err != nil {
		return err
	}
	for _, f := range dir.Filters {
		if !knownFilters[f] {
			return fmt.Errorf("unknown filter %q", f)
		}
	}
	switch dir.Show {
	case "always", "lgbtq", "fallback":
	default:
		return fmt.Errorf("show %q is not always, lgbtq or fallback", dir.Show)
	}
	for depth, tmpl := range dir.Templates {
		if !inList(templateDepths, depth) {
			return fmt.Errorf("unknown template depth %q", depth)
		}
		if err := httpsURL(tmpl); err != nil {
			return fmt.Errorf("template %s: %w", depth, err)
		}
		rest := tmpl
		for _, p := range placeholders {
			rest = strings.ReplaceAll(rest, p, "")
		}
		if strings.ContainsAny(rest, "{}") {
			return fmt.Errorf("template %s has an unknown placeholder: %s", depth, tmpl)
		}
	}
	for k, v := range dir.Params {
		if !knownFilters[k] || v == "" || strings.ContainsAny(v, "?& ") {
			return fmt.Errorf("param %q=%q: want a known filter and one key=value", k, v)
		}
	}
	if dir.Search != "" && !strings.Contains(dir.Search, "{place}") {
		return fmt.Errorf("search %q has no {place}", dir.Search)
	}
	return nil
}

// inList reports whether s is in list.
func inList(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func (dir *directory) covers(r Region) bool {
	for _, c := range dir.Coverage {
		if r.Within(c) {
			return true
		}
	}
	return false
}

func (dir *directory) has(filter string) bool { return inList(dir.Filters, filter) }

// international reports whether the directory only covers "*".
func (dir *directory) international() bool {
	return len(dir.Coverage) == 1 && dir.Coverage[0] == "*"
}

// Directories returns the directory links for r, most relevant first: national and regional
// directories whose coverage includes r, deep-linked to r's city, subdivision or country where
// the directory's URL pattern allows, with a sex-therapy (or LGBTQ+) filter where it has one.
// Directories that only take a search get a description saying what to type. LGBTQ+-specific
// directories appear when f.Focus mentions LGBTQ+ people; lower-cost ones move up with
// f.LowCost. When nothing local matches (or r is unknown) the international ones are returned.
func (d *Data) Directories(r Region, f Filter) []Link {
	fo := f.focus()
	type scored struct {
		link  Link
		score int
		order int
	}
	var out, fallback []scored
	local := false
	for i := range d.directories {
		dir := &d.directories[i]
		if !dir.covers(r) || dir.Show == "lgbtq" && !fo.lgbtq {
			continue
		}
		score := dir.Rank
		if f.LowCost && dir.LowCost {
			score += 40
		}
		if f.LowCost && dir.has("sliding-scale") {
			score += 5
		}
		if f.Online && dir.has("telehealth") {
			score += 5
		}
		s := scored{link: d.directoryLink(dir, r, f, fo), score: score, order: i}
		if dir.Show == "fallback" {
			fallback = append(fallback, s)
			continue
		}
		if !dir.international() {
			local = true
		}
		out = append(out, s)
	}
	if !local {
		out = append(out, fallback...)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].order < out[j].order
	})
	links := make([]Link, len(out))
	for i, s := range out {
		links[i] = s.link
	}
	return links
}

// directoryLink builds the link for one directory and region.
func (d *Data) directoryLink(dir *directory, r Region, f Filter, fo focus) Link {
	u := d.deepURL(dir, r)
	switch {
	case fo.lgbtq && dir.Params["lgbtq"] != "":
		u = withQuery(u, dir.Params["lgbtq"])
	case fo.sex && dir.Params["sex-therapy"] != "":
		u = withQuery(u, dir.Params["sex-therapy"])
	}
	desc := dir.Description
	if p := d.placeLabel(r); dir.Search != "" && p != "" {
		desc += " " + strings.ReplaceAll(dir.Search, "{place}", p) + "."
	}
	if f.Online && dir.has("telehealth") {
		desc += " Use its online or telehealth option."
	}
	if f.LowCost && dir.has("sliding-scale") && !dir.LowCost {
		desc += " Use its fee or sliding-scale filter."
	}
	return Link{Title: dir.Name, URL: u, Description: desc, Kind: KindDirectory}
}

// deepURL fills the deepest template whose placeholders r provides, or returns the plain URL.
func (d *Data) deepURL(dir *directory, r Region) string {
	if r.Country == "" {
		return dir.URL
	}
	vals := map[string]string{"{country}": strings.ToLower(r.Country)}
	if r.Subdivision != "" {
		_, code, _ := strings.Cut(r.Subdivision, "-")
		vals["{subdivision_code}"] = strings.ToLower(code)
		if s := d.subdivisions[r.Subdivision]; s != nil {
			vals["{subdivision}"] = s.slug
			if s.slug == "" {
				vals["{subdivision}"] = d.fold.slug(s.name)
			}
		}
	}
	if r.City != "" && r.Subdivision != "" {
		vals["{city}"] = d.citySlug(r)
	}
	for _, depth := range templateDepths {
		tmpl := dir.Templates[depth]
		if tmpl == "" {
			continue
		}
		ok := true
		for _, p := range placeholders {
			if strings.Contains(tmpl, p) && vals[p] == "" {
				ok = false
			}
		}
		if !ok {
			continue
		}
		for _, p := range placeholders {
			tmpl = strings.ReplaceAll(tmpl, p, vals[p])
		}
		return tmpl
	}
	return dir.URL
}

func (d *Data) citySlug(r Region) string {
	if p, ok := d.cityPlace[r]; ok && d.places[p].slug != "" {
		return d.places[p].slug
	}
	return d.fold.slug(r.City)
}

func withQuery(u, q string) string {
	if strings.Contains(u, "?") {
		return u + "&" + q
	}
	return u + "?" + q
}

// placeLabel is what to type into a directory's own search: "Chicago, IL", "Manchester",
// "Ontario", "United Kingdom".
func (d *Data) placeLabel(r Region) string {
	switch {
	case r.City != "":
		if a := d.subAbbr(r.Subdivision); a != "" && namesSubdivisions(r.Country) {
			return r.City + ", " + a
		}
		return r.City
	case r.Subdivision != "":
		return d.subName(r.Subdivision)
	case r.Country != "":
		if c := d.countries[r.Country]; c != nil {
			return c.name
		}
	}
	return ""
}
