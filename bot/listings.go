package bot

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"strconv"
	"strings"
)

// ListingColumns are the CSV columns of a listings file, in order.
var ListingColumns = []string{"name", "url", "phone", "region", "services", "telehealth", "cost", "languages"}

var regionCodeRe = regexp.MustCompile(`^[A-Z]{2}(-[A-Z0-9]{1,3})?$`)

// Validate reports what is wrong with a listing, or nil.
func (l Listing) Validate() error {
	if strings.TrimSpace(l.Name) == "" {
		return errors.New("name is empty")
	}
	if l.URL == "" && l.Phone == "" {
		return errors.New("give a url or a phone number")
	}
	if l.URL != "" {
		u, err := url.Parse(l.URL)
		if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" {
			return fmt.Errorf("url %q is not an http(s) address", l.URL)
		}
	}
	if !regionCodeRe.MatchString(l.Region) {
		return fmt.Errorf("region %q is not an ISO code such as US, US-IL, GB-SCT or AU-NSW", l.Region)
	}
	return nil
}

// ParseListingsCSV reads a listings file: a header row naming the columns
// (any order; name and region required, see ListingColumns), then one
// listing a row. It checks every row and returns all problems with their
// line numbers, or the listings: all or nothing.
func ParseListingsCSV(r io.Reader, guildID string) ([]Listing, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.TrimLeadingSpace = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, errors.New("line 1: empty file: want a header row: " + strings.Join(ListingColumns, ","))
	}
	if err != nil {
		return nil, fmt.Errorf("line 1: %w", err)
	}
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
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
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
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return strings.TrimSpace(rec[i])
			}
			return ""
		}
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
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
