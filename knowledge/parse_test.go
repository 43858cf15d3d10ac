package knowledge_test

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/candorbot/candor/knowledge"
)

const goodEntry = `---
id: sample-entry
kind: topic
title: A sample
questions:
  - what is a sample
  - sample please
tags: [test]
related: []
sources:
  - title: "Example"
    url: https://example.org/page
reviewed: 2026-11-25
---

The answer body.
`

func TestParseEntry(t *testing.T) {
	e, err := knowledge.ParseEntry("sample-entry.md", []byte(goodEntry))
	if err != nil {
		t.Fatal(err)
	}
	if e.ID != "sample-entry" || e.Kind != knowledge.KindTopic || e.Title != "A sample" || len(e.Questions) != 2 {
		t.Errorf("parsed %+v", e)
	}
	if e.Body != "The answer body." {
		t.Errorf("body = %q", e.Body)
	}
	if e.Reviewed.Format("2006-01-02") != "2026-11-25" {
		t.Errorf("reviewed = %v", e.Reviewed)
	}
	if got := e.QuestionLines; len(got) != 2 || got[0] != 6 || got[1] != 7 {
		t.Errorf("question lines = %v, want [6 7]", got)
	}
}

func TestParseEntryErrorsNameTheLine(t *testing.T) {
	tests := []struct {
		name     string
		edit     func(string) string
		wantLine int
		wantMsg  string
	}{
		{"no front matter", func(s string) string { return strings.TrimPrefix(s, "---\n") }, 1, "missing front matter"},
		{"unclosed front matter", func(s string) string {
			return strings.Replace(s, "reviewed: 2026-11-25\n---", "reviewed: 2026-11-25", 1)
		}, 1, "not closed"},
		{"bad yaml", func(s string) string { return strings.Replace(s, "title: A sample", "title: [unclosed", 1) }, 0, "front matter"},
		{"unknown key", func(s string) string { return strings.Replace(s, "tags: [test]", "tags: [test]\ncolour: blue", 1) }, 9, `unknown key "colour"`},
		{"missing id", func(s string) string { return strings.Replace(s, "id: sample-entry\n", "", 1) }, 0, "missing id"},
		{"bad id", func(s string) string { return strings.Replace(s, "id: sample-entry", "id: Sample Entry", 1) }, 2, "kebab-case"},
		{"bad kind", func(s string) string { return strings.Replace(s, "kind: topic", "kind: faq", 1) }, 3, "kind must be"},
		{"no questions", func(s string) string {
			return strings.Replace(s, "questions:\n  - what is a sample\n  - sample please\n", "questions: []\n", 1)
		}, 5, "missing questions"},
		{"no sources", func(s string) string {
			return strings.Replace(s, "sources:\n  - title: \"Example\"\n    url: https://example.org/page\n", "sources: []\n", 1)
		}, 10, "missing sources"},
		{"source without url", func(s string) string {
			return strings.Replace(s, "url: https://example.org/page", "url: example.org", 1)
		}, 10, "http(s) url"},
		{"bad date", func(s string) string { return strings.Replace(s, "reviewed: 2026-11-25", "reviewed: 25/11/2026", 1) }, 13, "YYYY-MM-DD"},
		{"empty body", func(s string) string { return strings.Replace(s, "\nThe answer body.\n", "", 1) }, 0, "empty body"},
		{"myth without claim", func(s string) string { return strings.Replace(s, "kind: topic", "kind: myth", 1) }, 3, "needs a claim"},
		{"topic with correction", func(s string) string { return strings.Replace(s, "tags: [test]", "tags: [test]\ncorrection: no", 1) }, 3, "myth entries only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := knowledge.ParseEntry("x.md", []byte(tt.edit(goodEntry)))
			var pe *knowledge.ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if pe.File != "x.md" {
				t.Errorf("file = %q", pe.File)
			}
			if tt.wantLine != 0 && pe.Line != tt.wantLine {
				t.Errorf("line = %d, want %d (%v)", pe.Line, tt.wantLine, err)
			}
			if pe.Line < 1 {
				t.Errorf("line = %d, want a line number", pe.Line)
			}
			if !strings.Contains(pe.Msg, tt.wantMsg) {
				t.Errorf("msg = %q, want it to contain %q", pe.Msg, tt.wantMsg)
			}
		})
	}
}

func TestParseFSReportsEveryBadFile(t *testing.T) {
	fsys := fstest.MapFS{
		"good.md":      {Data: []byte(goodEntry)},
		"bad1.md":      {Data: []byte("no front matter")},
		"sub/bad2.md":  {Data: []byte(strings.Replace(goodEntry, "kind: topic", "kind: nope", 1))},
		"README.md":    {Data: []byte("not an entry")},
		"_drafts/x.md": {Data: []byte("ignored")},
		"synonyms.txt": {Data: []byte("sample: example | specimen\n")},
		"notes.txt":    {Data: []byte("ignored")},
	}
	_, _, err := knowledge.ParseFS(fsys)
	if err == nil {
		t.Fatal("no error for two bad files")
	}
	for _, want := range []string{"bad1.md:1", "sub/bad2.md:3"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

func TestParseFSRejectsEmptyBase(t *testing.T) {
	_, _, err := knowledge.ParseFS(fstest.MapFS{"README.md": {Data: []byte("x")}})
	if err == nil || !strings.Contains(err.Error(), "no entries") {
		t.Fatalf("err = %v, want 'no entries'", err)
	}
}

func TestDuplicateIDsRefused(t *testing.T) {
	fsys := fstest.MapFS{"a.md": {Data: []byte(goodEntry)}, "b.md": {Data: []byte(goodEntry)}}
	_, err := knowledge.Load(fsys)
	if err == nil || !strings.Contains(err.Error(), "duplicate id") {
		t.Fatalf("err = %v, want duplicate id", err)
	}
}

func TestParseLexiconErrors(t *testing.T) {
	for _, src := range []string{"no colon here", ": a | b", "x:  |  | "} {
		if _, err := knowledge.ParseLexicon("syn.txt", strings.NewReader(src)); err == nil || !strings.Contains(err.Error(), "syn.txt:1") {
			t.Errorf("ParseLexicon(%q) err = %v, want an error naming syn.txt:1", src, err)
		}
	}
}

func FuzzParseEntry(f *testing.F) {
	f.Add([]byte(goodEntry))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\nid: [\n---\nbody"))
	f.Add([]byte("---\r\nid: a\r\n---\r\nbody"))
	f.Fuzz(func(t *testing.T, data []byte) {
		e, err := knowledge.ParseEntry("f.md", data)
		if err == nil {
			if e.ID == "" || e.Title == "" || len(e.Sources) == 0 || e.Body == "" {
				t.Fatalf("accepted an incomplete entry: %+v", e)
			}
			return
		}
		var pe *knowledge.ParseError
		if !errors.As(err, &pe) || pe.Line < 1 {
			t.Fatalf("error without a line: %v", err)
		}
	})
}

func FuzzParseLexicon(f *testing.F) {
	f.Add("ed: erectile dysfunction | can't get hard\n# comment\n_: killing me\n")
	f.Add("a b: x|y|z")
	f.Fuzz(func(t *testing.T, src string) {
		lx, err := knowledge.ParseLexicon("f.txt", strings.NewReader(src))
		if err == nil && lx == nil {
			t.Fatal("nil lexicon without an error")
		}
	})
}
