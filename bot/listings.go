package bot

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// ListingColumns are the CSV columns of a listings file, in order.
var ListingColumns = []string{"name", "url", "phone", "region", "services", "telehealth", "cost", "languages"}

// The bounds on a server's listings: a referral reply shows at most
// MaxLocalListings of them, a server keeps at most MaxGuildListings, and a
// listings file may be at most MaxListingsFileBytes long.
const (
	MaxGuildListings     = 200
	MaxLocalListings     = 10
	MaxListingsFileBytes = 256 << 10
)

// listingFieldMax is the longest each listing field may be, in characters.
var listingFieldMax = []struct {
	name string
	max  int
	get  func(Listing) string
}{
	{"name", 100, func(l Listing) string { return l.Name }},
	{"url", 300, func(l Listing) string { return l.URL }},
	{"phone", 40, func(l Listing) string { return l.Phone }},
	{"region", 10, func(l Listing) string { return l.Region }},
	{"services", 200, func(l Listing) string { return l.Services }},
	{"cost", 100, func(l Listing) string { return l.Cost }},
	{"languages", 100, func(l Listing) string { return l.Languages }},
}

var regionCodeRe = regexp.MustCompile(`^[A-Z]{2}(-[A-Z0-9]{1,3})?$`)

// Validate reports what is wrong with a listing, or nil: an empty name, no
// url and no phone, a field over its length limit or with a line break or
// control character, text that looks like a link outside the url field, a
// url that is not a plain http(s) address (no spaces, brackets, angle
// brackets, quotes or backslashes, which could break out of a Markdown
// link), or a region that is not an ISO code.
func (l Listing) Validate() error {
	if strings.TrimSpace(l.Name) == "" {
		return errors.New("name is empty")
	}
	if l.URL == "" && l.Phone == "" {
		return errors.New("give a url or a phone number")
	}
	for _, f := range listingFieldMax {
		v := f.get(l)
		if n := utf8.RuneCountInString(v); n > f.max {
			return fmt.Errorf("%s is %d characters long; at most %d", f.name, n, f.max)
		}
		if !utf8.ValidString(v) || strings.ContainsFunc(v, unicode.IsControl) {
			return fmt.Errorf("%s has a line break or control character", f.name)
		}
		if f.name != "url" && looksLikeLink(v) {
			return fmt.Errorf("%s looks like a link; put the address in the url column", f.name)
		}
	}
	if l.URL != "" {
		if err := checkListingURL(l.URL); err != nil {
			return err
		}
	}
	if !regionCodeRe.MatchString(l.Region) {
		return fmt.Errorf("region %q is not an ISO code such as US, US-IL, GB-SCT or AU-NSW", l.Region)
	}
	return nil
}

// checkListingURL accepts only a plain http(s) address with a host.
func checkListingURL(raw string) error {
	if i := strings.IndexFunc(raw, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("()[]<>\"'`{}|^", r)
	}); i >= 0 {
		return fmt.Errorf("url has a character a link may not hold (%q); percent-encode it", raw[i:i+1])
	}
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.User != nil {
		return fmt.Errorf("url %q is not an http(s) address", raw)
	}
	return nil
}

// looksLikeLink reports whether s holds a URL or a Markdown or Discord
// link, which only the url field may.
func looksLikeLink(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "://") || strings.Contains(l, "www.") || strings.Contains(l, "](") ||
		strings.Contains(l, "discord.gg/") || strings.Contains(l, "<http")
}

// EscapeMarkdown escapes the characters Discord's Markdown gives a meaning
// to (emphasis, code, spoilers, quotes, headings, masked links, mentions)
// inside a line, so text
// from a server's own listings shows as written and cannot plant a link or
// formatting in a reply.
func EscapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

var markdownEscaper = func() *strings.Replacer {
	var pairs []string
	for _, r := range "\\*_~`|>#[]()<@" {
		pairs = append(pairs, string(r), "\\"+string(r))
	}
	return strings.NewReplacer(pairs...)
}()

// ErrListingsTooLarge is returned (wrapped, with a line number) by
// ParseListingsCSV for a file over MaxListingsFileBytes or with more than
// MaxGuildListings rows.
var ErrListingsTooLarge = errors.New("listings file too large")

// ParseListingsCSV reads a listings file: a header row naming the columns
// (any order; name and region required, see ListingColumns), then one
// listing a row. It checks every row and returns all problems with their
// line numbers, or the listings: all or nothing. It stops early, with an
// error wrapping ErrListingsTooLarge, on a file over MaxListingsFileBytes
// or with more than MaxGuildListings listings.
func ParseListingsCSV(r io.Reader, guildID string) ([]Listing, error) {
	lr := &limitedReader{r: r, left: MaxListingsFileBytes}
	cr := csv.NewReader(lr)
	cr.ReuseRecord = true
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, errors.New("line 1: empty file: want a header row: " + strings.Join(ListingColumns, ","))
	}
	if err != nil {
		return nil, fmt.Errorf("line 1: %w", err)
	}
	header = slices.Clone(header)
	col := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
		known := false
		for _, c := range ListingColumns {
			if h == c {
				known = true
			}
		}
		if !known {
			return nil, fmt.Errorf("line 1: unknown column %q (known: %s)", h, strings.Join(ListingColumns, ", "))
		}
		if _, dup := col[h]; dup {
			return nil, fmt.Errorf("line 1: column %q appears twice", h)
		}
		col[h] = i
	}
	for _, need := range []string{"name", "region"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("line 1: missing column %q", need)
		}
	}
	var out []Listing
	var errs []error
	rows, lastLine := 0, 1
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if errors.Is(err, errTooLong) {
			line := lastLine + 1
			if pe := (*csv.ParseError)(nil); errors.As(err, &pe) && pe.StartLine > 0 {
				line = pe.StartLine
			}
			return nil, fmt.Errorf("line %d: %w: a listings file may be at most %d KB; nothing was read past this line",
				line, ErrListingsTooLarge, MaxListingsFileBytes>>10)
		}
		if err != nil {
			// A csv.ParseError names its own line.
			errs = append(errs, err)
			if len(errs) > 20 {
				break
			}
			continue
		}
		line, _ := cr.FieldPos(0)
		lastLine = line
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if rows++; rows > MaxGuildListings {
			return nil, fmt.Errorf("line %d: %w: a server may keep at most %d listings", line, ErrListingsTooLarge, MaxGuildListings)
		}
		l := Listing{
			GuildID: guildID, Name: get("name"), URL: get("url"), Phone: get("phone"),
			Region: strings.ToUpper(get("region")), Services: get("services"), Cost: get("cost"), Languages: get("languages"),
		}
		if t := get("telehealth"); t != "" {
			v, perr := parseBool(t)
			if perr != nil {
				errs = append(errs, fmt.Errorf("line %d: telehealth %q: want yes or no", line, t))
				continue
			}
			l.Telehealth = v
		}
		if err := l.Validate(); err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", line, err))
			continue
		}
		out = append(out, l)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return out, nil
}

// errTooLong is limitedReader's error past its limit.
var errTooLong = errors.New("over the size limit")

// limitedReader reads from r until left bytes are used, then fails with
// errTooLong (io.LimitReader would end quietly, hiding the cut).
type limitedReader struct {
	r    io.Reader
	left int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// One more byte tells a file of exactly the limit from a longer one.
		var one [1]byte
		n, err := l.r.Read(one[:])
		if n > 0 {
			return 0, errTooLong
		}
		return 0, err
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

func parseBool(s string) (bool, error) {
	switch strings.ToLower(s) {
	case "yes", "y", "true", "1":
		return true, nil
	case "no", "n", "false", "0":
		return false, nil
	}
	return strconv.ParseBool(s)
}

// WriteListingsCSV writes listings in the format ParseListingsCSV reads.
func WriteListingsCSV(w io.Writer, ls []Listing) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ListingColumns); err != nil {
		return fmt.Errorf("write listings: %w", err)
	}
	for _, l := range ls {
		tele := "no"
		if l.Telehealth {
			tele = "yes"
		}
		if err := cw.Write([]string{l.Name, l.URL, l.Phone, l.Region, l.Services, tele, l.Cost, l.Languages}); err != nil {
			return fmt.Errorf("write listings: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write listings: %w", err)
	}
	return nil
}
