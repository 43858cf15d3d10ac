package referral

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// KindService marks a link to a sexual-health service finder.
const KindService = "service"

// fileServices lists finders for sexual-health services.
const fileServices = "services.json"

// Service is a finder for sexual-health services (STI and HIV testing,
// contraception) in a country or subdivision: what someone needs who asks
// "where can I get tested", where a therapist directory would be the wrong
// answer.
type Service struct {
	ID          string   `json:"id"`
	Name        string   `json:"name"`
	URL         string   `json:"url"`
	Coverage    []string `json:"coverage"`
	Offers      []string `json:"offers"`
	Description string   `json:"description"`
	Cost        string   `json:"cost,omitempty"` // only what the source says
	Source      string   `json:"source"`
	Verified    string   `json:"verified"`
	Unconfirmed bool     `json:"unconfirmed,omitempty"`
	Note        string   `json:"note,omitempty"`
}

// serviceOffers are the values "offers" may hold.
var serviceOffers = map[string]bool{
	"sti-testing": true, "hiv-testing": true, "contraception": true, "emergency-contraception": true,
	"pregnancy-testing": true, "prep": true, "pep": true,
}

type servicesFile struct {
	About    string    `json:"about"`
	Services []Service `json:"services"`
}

func (d *Data) readServices(fsys fs.FS) error {
	var f servicesFile
	if err := readJSON(fsys, fileServices, &f); err != nil {
		return err
	}
	seen := map[string]bool{}
	for i := range f.Services {
		s := &f.Services[i]
		if err := d.checkService(s); err != nil {
			return fmt.Errorf("%s: %s: %w", fileServices, s.ID, err)
		}
		if seen[s.ID] {
			return fmt.Errorf("%s: %s listed twice", fileServices, s.ID)
		}
		// Not noteVerified: DataVerified dates the directories and
		// crisis lines.
		seen[s.ID] = true
	}
	d.services = f.Services
	return nil
}

func (d *Data) checkService(s *Service) error {
	if err := d.checkListing(s.ID, s.Name, s.Description, s.URL, s.Source, s.Verified, s.Coverage); err != nil {
		return err
	}
	if len(s.Offers) == 0 {
		return errors.New("no offers")
	}
	for _, c := range s.Coverage {
		if c == "*" {
			return errors.New(`coverage "*": a finder serves a country or a subdivision`)
		}
	}
	for _, o := range s.Offers {
		if !serviceOffers[o] {
			return fmt.Errorf("unknown offer %q", o)
		}
	}
	return nil
}

// Services returns the sexual-health service finders for r: those covering
// r's subdivision, then those covering its whole country, then, when r
// names only a country, those covering a part of it (the finder's name
// says which part). Each group keeps file order. It returns none for a
// region without finders (or the unknown region): the caller then gives
// general advice.
func (d *Data) Services(r Region) []Link {
	var groups [3][]Link
	for _, s := range d.services {
		g := len(groups)
		for _, c := range s.Coverage {
			g = min(g, serviceRank(r, c))
		}
		if g == len(groups) {
			continue
		}
		desc := s.Description
		if s.Cost != "" {
			desc += " " + s.Cost
		}
		groups[g] = append(groups[g], Link{Title: s.Name, URL: s.URL, Description: desc, Kind: KindService})
	}
	return append(append(groups[0], groups[1]...), groups[2]...)
}

// serviceRank places a finder covering code for region r: 0 when code is
// r's subdivision, 1 when it is r's country, 2 when r names only a country
// and code is a part of it, 3 (not shown) otherwise.
func serviceRank(r Region, code string) int {
	sub := strings.Contains(code, "-")
	switch {
	case r.Within(code) && sub:
		return 0
	case r.Within(code):
		return 1
	case sub && r.Subdivision == "" && r.Country != "" && strings.HasPrefix(code, r.Country+"-"):
		return 2
	}
	return 3
}
