package discord

import (
	"fmt"
	"net/http"
	"net/url"
	"regexp"
	"strings"
)

// discordHost is the host discordgo's endpoint variables point at.
const discordHost = "discord.com"

// apiVersionSuffix matches a base path that already names the API version.
var apiVersionSuffix = regexp.MustCompile(`/api(/v[0-9]+)?$`)

// rewriteTransport sends requests meant for discord.com to another base
// URL (a Discord HTTP proxy, or a fake in tests), keeping their paths. It
// leaves discordgo's package-level endpoint variables alone.
type rewriteTransport struct {
	base   http.RoundTripper
	target *url.URL
	// strip is the prefix of the original path that the target's own path
	// replaces ("" keeps the whole original path after the target path).
	strip string
}

// newRewriteTransport returns a transport that sends discord.com requests to
// apiURL. apiURL stands in for https://discord.com ("http://proxy:8080");
// when its path ends in /api or /api/vN that part of the original path is
// replaced instead ("http://proxy:8080/api/v10"). It returns an error when
// apiURL is not an absolute http(s) URL.
func newRewriteTransport(apiURL string, base http.RoundTripper) (http.RoundTripper, error) {
	u, err := url.Parse(apiURL)
	if err != nil {
		return nil, fmt.Errorf("api url: %w", err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("api url %q: want an absolute http(s) URL", apiURL)
	}
	if base == nil {
		base = http.DefaultTransport
	}
	t := &rewriteTransport{base: base, target: u}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	if m := apiVersionSuffix.FindString(u.Path); m != "" {
		t.strip = "/api"
		if m != "/api" {
			t.strip = "/api/v" // the version digits follow; see rewritePath
		}
	}
	return t, nil
}

// RoundTrip implements http.RoundTripper.
func (t *rewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	if req.URL.Host != discordHost {
		return t.base.RoundTrip(req)
	}
	// A shallow copy with its own URL: nothing else is changed, so the
	// headers need no deep copy (req.Clone cost an allocation per header).
	r := new(http.Request)
	*r = *req
	u := *req.URL
	u.Scheme = t.target.Scheme
	u.Host = t.target.Host
	u.Path = t.rewritePath(req.URL.Path)
	u.RawPath = ""
	r.URL = &u
	r.Host = t.target.Host
	return t.base.RoundTrip(r)
}

// rewritePath maps an original discord.com path onto the target.
func (t *rewriteTransport) rewritePath(p string) string {
	switch t.strip {
	case "":
	case "/api/v":
		if rest, ok := strings.CutPrefix(p, "/api/v"); ok {
			i := strings.IndexByte(rest, '/')
			if i < 0 {
				i = len(rest)
			}
			p = rest[i:]
		}
	default:
		p = strings.TrimPrefix(p, t.strip)
	}
	return t.target.Path + p
}
