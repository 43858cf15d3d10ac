package knowledge_test

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/candorbot/candor/knowledge"
)

// lintNow is the date the lint tests run at.
var lintNow = time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC)

// plainBody is a body of about 90 words at a low reading grade.
const plainBody = `Many people feel this way at some point. It is common and you are not alone.
Talk with your partner when you both feel calm. Say what you like and what you do not like.
Go slow. Be kind to yourself. If it keeps worrying you, a doctor or a sex therapist can help.
They hear about this a lot, and they will not judge you. You can also read the entry on talking
about sex, or use /find-therapist to look for someone near you. Small steps are fine. There is
no rush at all.`

// entryOpts describes a test entry; zero values give a clean entry.
type entryOpts struct {
	id        string
	questions []string
	urls      []string
	reviewed  string
	body      string
}

// entryFile writes an entry file from opts.
func entryFile(o entryOpts) *fstest.MapFile {
	if o.reviewed == "" {
		o.reviewed = "2026-11-01"
	}
	if o.body == "" {
		o.body = plainBody
	}
	if o.urls == nil {
		o.urls = []string{"https://www.nhs.uk/" + o.id + "/"}
	}
	var b strings.Builder
	fmt.Fprintf(&b, "---\nid: %s\nkind: topic\ntitle: %s\nquestions:\n", o.id, strings.ReplaceAll(o.id, "-", " "))
	for _, q := range o.questions {
		fmt.Fprintf(&b, "  - %s\n", q)
	}
	fmt.Fprintf(&b, "tags: [test]\nsources:\n")
	for i, u := range o.urls {
		fmt.Fprintf(&b, "  - title: \"Source %d\"\n    url: \"%s\"\n", i+1, u)
	}
	fmt.Fprintf(&b, "reviewed: %s\n---\n\n%s\n", o.reviewed, o.body)
	return &fstest.MapFile{Data: []byte(b.String())}
}

// variants makes n distinct question variants about word.
func variants(word string, n int) []string {
	forms := []string{"what is %s", "tell me about %s", "%s explained", "is %s normal",
		"help with %s", "i worry about %s", "%s basics", "how does %s work", "%s questions", "info on %s"}
	var out []string
	for i := range n {
		out = append(out, fmt.Sprintf(forms[i], word))
	}
	return out
}

// lintKB lints a knowledge base of a clean "other" entry plus the entry
// under test, and returns the findings on the entry under test.
func lintKB(t *testing.T, o entryOpts) []knowledge.Finding {
	t.Helper()
	fsys := fstest.MapFS{
		"aardvark-other.md": entryFile(entryOpts{id: "aardvark-other", questions: variants("aardvarks", 8)}),
		o.id + ".md":        entryFile(o),
	}
	var out []knowledge.Finding
	for _, f := range knowledge.Lint(fsys, lintNow) {
		if f.File == o.id+".md" {
			out = append(out, f)
		}
	}
	return out
}

func TestLintChecks(t *testing.T) {
	hardBody := strings.Repeat("Psychotherapeutic interventions addressing interpersonal communication difficulties demonstrate considerable effectiveness. ", 9)
	// Grade 8.3: 25-word sentences of mostly short words.
	midBody := strings.Repeat("When you and your partner want different things in bed, it helps to talk about it at a calm time and to listen with care. ", 4)
	tests := []struct {
		name string
		opts entryOpts
		sev  knowledge.Severity // "" means: no finding containing want
		want string
	}{
		{"clean entry", entryOpts{}, "", ""},
		{"plain body passes readability", entryOpts{}, "", "reads at grade"},
		{"grade above 10 is an error", entryOpts{body: hardBody}, knowledge.SevError, "reads at grade"},
		{"grade between 8 and 10 warns", entryOpts{body: midBody}, knowledge.SevWarning, "reads at grade"},
		{"docslib mirror", entryOpts{urls: []string{"https://docslib.org/doc/123/some-paper"}}, knowledge.SevError, "on docslib.org, a document-sharing"},
		{"scribd subdomain", entryOpts{urls: []string{"https://ja.scribd.com/document/1/x"}}, knowledge.SevError, "on ja.scribd.com (scribd.com)"},
		{"researchgate", entryOpts{urls: []string{"https://www.researchgate.net/publication/1_X"}}, knowledge.SevError, "on researchgate.net"},
		{"academia.edu", entryOpts{urls: []string{"https://www.academia.edu/123/X"}}, knowledge.SevError, "on academia.edu"},
		{"a name that only contains a mirror's is fine", entryOpts{urls: []string{"https://notscribd.com.example.org/x"}}, "", "document-sharing"},
		{"utm parameters", entryOpts{urls: []string{"https://www.nhs.uk/x/?utm_source=a&utm_medium=b"}}, knowledge.SevError, "tracking parameters (utm_medium, utm_source)"},
		{"footprints", entryOpts{urls: []string{"https://www.mayoclinic.org/x?footprints=mine"}}, knowledge.SevError, "tracking parameters (footprints)"},
		{"fbclid gclid", entryOpts{urls: []string{"https://example.org/x?fbclid=1&gclid=2"}}, knowledge.SevError, "tracking parameters (fbclid, gclid)"},
		{"mailchimp", entryOpts{urls: []string{"https://example.org/x?mc_cid=1&mc_eid=2"}}, knowledge.SevError, "tracking parameters (mc_cid, mc_eid)"},
		{"ref", entryOpts{urls: []string{"https://example.org/x?ref=home"}}, knowledge.SevError, "tracking parameters (ref)"},
		{"a needed query is fine", entryOpts{urls: []string{"https://example.org/search?q=consent&page=2"}}, "", "tracking"},
		{"http warns", entryOpts{urls: []string{"http://www.nhs.uk/x"}}, knowledge.SevWarning, "is not https"},
		{"https does not warn", entryOpts{}, "", "is not https"},
		{"seven variants", entryOpts{questions: variants("ferrets", 7)[:7]}, knowledge.SevError, "7 question variants; write at least 8"},
		{"eight variants", entryOpts{questions: variants("ferrets", 8)}, "", "question variants; write at least"},
		{"variant in another entry", entryOpts{questions: append(variants("ferrets", 8), "what is aardvarks")}, knowledge.SevError, `"what is aardvarks" is also in aardvark-other`},
		{"reviewed in the future", entryOpts{reviewed: "2026-12-20"}, knowledge.SevError, "reviewed date 2026-12-20 is in the future"},
		{"reviewed today", entryOpts{reviewed: "2026-12-01"}, "", "reviewed"},
		{"reviewed over a year ago", entryOpts{reviewed: "2025-11-01"}, knowledge.SevWarning, "reviewed 2025-11-01, over a year ago"},
		{"reviewed eleven months ago", entryOpts{reviewed: "2026-01-05"}, "", "over a year ago"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := tt.opts
			o.id = "ferret-entry"
			if o.questions == nil {
				o.questions = variants("ferrets", 8)
			}
			findings := lintKB(t, o)
			var match []knowledge.Finding
			for _, f := range findings {
				if tt.want != "" && strings.Contains(f.Msg, tt.want) {
					match = append(match, f)
				}
			}
			switch {
			case tt.sev == "" && tt.want == "":
				if len(findings) > 0 {
					t.Errorf("clean entry has findings: %v", findings)
				}
			case tt.sev == "":
				if len(match) > 0 {
					t.Errorf("unexpected finding: %v", match)
				}
			case len(match) != 1:
				t.Errorf("got %d findings with %q, want 1; all: %v", len(match), tt.want, findings)
			case match[0].Severity != tt.sev:
				t.Errorf("severity %s, want %s: %v", match[0].Severity, tt.sev, match[0])
			}
		})
	}
}

func TestCheckSourceURL(t *testing.T) {
	tests := []struct {
		url  string
		want []knowledge.Severity
	}{
		{"https://www.ncbi.nlm.nih.gov/pmc/articles/PMC123/", nil},
		{"https://doi.org/10.1080/14681994.2014.892920", nil},
		{"http://dx.doi.org/10.1080/14681994.2014.892920", []knowledge.Severity{knowledge.SevWarning}},
		{"https://www.slideshare.net/x/y", []knowledge.Severity{knowledge.SevError}},
		{"https://pdfcoffee.com/x.pdf", []knowledge.Severity{knowledge.SevError}},
		{"https://dokumen.pub/x.html", []knowledge.Severity{knowledge.SevError}},
		{"https://www.coursehero.com/file/1/", []knowledge.Severity{knowledge.SevError}},
		{"https://issuu.com/x/docs/y", []knowledge.Severity{knowledge.SevError}},
		{"https://studylib.net/doc/1/x", []knowledge.Severity{knowledge.SevError}},
		{"https://deploy.studylib.es/doc/6810831/x", []knowledge.Severity{knowledge.SevError}},
		{"https://docplayer.es/1-x.html", []knowledge.Severity{knowledge.SevError}},
		{"https://fr.scribd.com/document/1/x", []knowledge.Severity{knowledge.SevError}},
		{"https://studylib.example.org/x", nil},
		{"https://www.academia.org/x", nil},
		{"https://aafp.org/pubs/afp/issues/2016/1115/p820.html?cicada_org_mdm=direct&cicada_org_src=x&crsi=undefined", []knowledge.Severity{knowledge.SevError}},
		{"https://www.issm.info/x/?ref_condition=male-sexual-health", []knowledge.Severity{knowledge.SevError}},
		{"https://www.instagram.com/p/x/?igshid=abc", []knowledge.Severity{knowledge.SevError}},
		{"http://www.scribd.com/doc/1?utm_source=x", []knowledge.Severity{knowledge.SevError, knowledge.SevError, knowledge.SevWarning}},
		{"not a url", []knowledge.Severity{knowledge.SevError}},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			var got []knowledge.Severity
			for _, p := range knowledge.CheckSourceURL(tt.url) {
				got = append(got, p.Severity)
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.want) {
				t.Errorf("CheckSourceURL(%q) severities = %v, want %v (%v)", tt.url, got, tt.want, knowledge.CheckSourceURL(tt.url))
			}
		})
	}
}
