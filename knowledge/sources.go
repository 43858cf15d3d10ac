package knowledge

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// MirrorDomains are document-sharing and copy sites: a file there is an
// upload of someone else's paper or page, not the publisher's version, so
// an entry must cite the original (the publisher, PMC, a DOI or the body's
// own site) instead. A source on one of these domains, or any subdomain of
// one, is a lint error.
var MirrorDomains = []string{
	"academia.edu",
	"coursehero.com",
	"docplayer.net",
	"docslib.org",
	"dokumen.pub",
	"dokumen.tips",
	"documents.pub",
	"fdocuments.net",
	"idoc.pub",
	"issuu.com",
	"pdfcoffee.com",
	"pdfslide.net",
	"researchgate.net",
	"scribd.com",
	"slideserve.com",
	"slideshare.net",
	"studocu.com",
	"studylib.net",
	"vdocuments.mx",
	"vdocuments.net",
	"yumpu.com",
}

// trackingParams are query parameters that only track who clicked a link:
// exact names, and prefixes ending in "_" or "*".
var trackingParams = []string{
	"utm_*", "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "twclid",
	"cicada_*", "crsi", "ref_*", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "igshid",
	"si", "ref", "referrer", "footprints",
	"cmpid", "cmp", "s_cid", "icid", "ito", "sc_cid",
	"oly_enc_id", "oly_anon_id", "vero_id", "wickedid", "__s", "_ga", "_gl",
}

// SourceProblem is one thing wrong with a source URL, and how bad it is.
type SourceProblem struct {
	Severity Severity
	Msg      string
}

// CheckSourceURL reports what is wrong with a source URL: an unparsable
// URL, a document-sharing mirror (MirrorDomains) and tracking parameters
// (utm_*, fbclid, gclid, mc_cid, footprints, ref and the like) are errors;
// a URL that is not https is a warning. It returns nil for a good URL.
func CheckSourceURL(raw string) []SourceProblem {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return []SourceProblem{{SevError, fmt.Sprintf("source url %q is not a valid absolute URL", raw)}}
	}
	var out []SourceProblem
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	if d := mirrorOf(host); d != "" {
		site := d
		if host != d {
			site = fmt.Sprintf("%s (%s)", host, d)
		}
		out = append(out, SourceProblem{SevError, fmt.Sprintf("source %s is on %s, a document-sharing or mirror site: cite the publisher's page, PMC, a DOI or the body's own site", raw, site)})
	}
	if bad := trackingIn(u.Query()); len(bad) > 0 {
		out = append(out, SourceProblem{SevError, fmt.Sprintf("source %s has tracking parameters (%s): remove them", raw, strings.Join(bad, ", "))})
	}
	if u.Scheme != "https" {
		out = append(out, SourceProblem{SevWarning, fmt.Sprintf("source %s is not https: use the https address if the site has one", raw)})
	}
	return out
}

// mirrorOf returns the mirror domain host belongs to, or "". A host
// matches a domain, its subdomains, and the domain's name under any other
// top-level domain (except for generic names such as "academia").
func mirrorOf(host string) string {
	labels := strings.Split(host, ".")
	for _, d := range MirrorDomains {
		if host == d || strings.HasSuffix(host, "."+d) {
			return d
		}
		name, _, _ := strings.Cut(d, ".")
		if name == "academia" || name == "documents" || name == "idoc" {
			continue
		}
		// The name must be the label just before the top-level domain, or
		// before "co"/"com" and a country code ("scribd.co.uk").
		n := len(labels)
		if n >= 2 && labels[n-2] == name {
			return d
		}
		if n >= 3 && labels[n-3] == name && len(labels[n-1]) == 2 && (labels[n-2] == "co" || labels[n-2] == "com") {
			return d
		}
	}
	return ""
}

// trackingIn lists the tracking parameters among q's keys, sorted.
func trackingIn(q url.Values) []string {
	var bad []string
	for k := range q {
		lk := strings.ToLower(k)
		for _, p := range trackingParams {
			if pre, ok := strings.CutSuffix(p, "*"); ok && strings.HasPrefix(lk, pre) || lk == p {
				bad = append(bad, k)
				break
			}
		}
	}
	sort.Strings(bad)
	return bad
}
