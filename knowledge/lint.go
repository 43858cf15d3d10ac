package knowledge

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// Severity says whether a lint finding blocks a knowledge base.
type Severity string

// Lint severities.
const (
	// SevError makes `candor kb lint` exit with status 1.
	SevError Severity = "error"
	// SevWarning is reported but does not fail.
	SevWarning Severity = "warning"
)

// Finding is one problem lint found, with where it is.
type Finding struct {
	File     string
	Line     int
	Severity Severity
	Msg      string
}

// String formats the finding as "file:line: severity: message".
func (f Finding) String() string {
	loc := f.File
	if f.Line > 0 {
		loc = fmt.Sprintf("%s:%d", f.File, f.Line)
	}
	return fmt.Sprintf("%s: %s: %s", loc, f.Severity, f.Msg)
}

// Limits of an entry (shared/kb/STYLE.md and Discord's embed limits).
const (
	// MaxBodyChars is the most a body may hold: a Discord embed
	// description holds 4,096 characters, and the reply adds a correction
	// and links around it.
	MaxBodyChars = 3500
	MinBodyWords = 80
	MaxBodyWords = 250
	// MinQuestions is the fewest question variants an entry may have.
	MinQuestions = 8
	// StaleAfter is how old a reviewed date may be before lint warns.
	StaleAfter = 365 * 24 * time.Hour
)

// Lint checks a knowledge base: the front matter and required fields of
// every file, unknown or self related ids, duplicate ids and question
// variants, sources, body length for a Discord embed, stale reviewed dates,
// and that every entry's own question variants find it first. Findings are
// sorted by file and line.
func Lint(fsys fs.FS, now time.Time) []Finding {
	return LintWith(fsys, now, LintOptions{})
}

// LintOptions change how Lint searches.
type LintOptions struct {
	// Search, when set, turns the indexed base into the one the bot would
	// search (for example with the sentence encoder on, see
	// Base.WithEncoder), so that "every variant finds its entry" is checked
	// against the ranking people will get.
	Search func(*Base) *Base
}

// LintWith is Lint with options.
func LintWith(fsys fs.FS, now time.Time, opt LintOptions) []Finding {
	entries, lx, err := ParseFS(fsys)
	if err != nil {
		return errFindings(err)
	}
	var out []Finding
	add := func(e *Entry, key string, line int, sev Severity, format string, args ...any) {
		if line == 0 {
			line = e.Lines[key]
		}
		out = append(out, Finding{File: e.File, Line: line, Severity: sev, Msg: fmt.Sprintf(format, args...)})
	}
	byID := map[string]*Entry{}
	for _, e := range entries {
		if prev, dup := byID[e.ID]; dup {
			add(e, "id", 0, SevError, "duplicate id %q (also in %s)", e.ID, prev.File)
		}
		byID[e.ID] = e
	}
	seenQ := map[string]*Entry{}
	for _, e := range entries {
		if base := strings.TrimSuffix(e.File[strings.LastIndex(e.File, "/")+1:], ".md"); base != e.ID {
			add(e, "id", 0, SevWarning, "id %q differs from the file name %q", e.ID, base)
		}
		for _, r := range e.Related {
			switch {
			case r == e.ID:
				add(e, "related", 0, SevError, "entry lists itself as related")
			case byID[r] == nil:
				add(e, "related", 0, SevError, "unknown related id %q", r)
			}
		}
		if len(e.Questions) < MinQuestions {
			add(e, "questions", 0, SevError, "%d question variants; write at least %d in people's own words", len(e.Questions), MinQuestions)
		}
		for i, q := range e.Questions {
			key := strings.Join(words(Normalize(q)), " ")
			line := 0
			if i < len(e.QuestionLines) {
				line = e.QuestionLines[i]
			}
			if prev, dup := seenQ[key]; dup {
				if prev == e {
					add(e, "questions", line, SevError, "question variant %q appears twice", q)
				} else {
					add(e, "questions", line, SevError, "question variant %q is also in %s (%s)", q, prev.ID, prev.File)
				}
				continue
			}
			seenQ[key] = e
		}
		if n := utf8.RuneCountInString(e.Body); n > MaxBodyChars {
			add(e, "", 0, SevError, "body is %d characters; keep it under %d to fit a Discord embed with its correction and links", n, MaxBodyChars)
		}
		if n := len(strings.Fields(e.Body)); n < MinBodyWords || n > MaxBodyWords {
			add(e, "", 0, SevWarning, "body is %d words; aim for %d-%d", n, MinBodyWords, MaxBodyWords)
		}
		if e.Reviewed.After(now.Add(24 * time.Hour)) {
			add(e, "reviewed", 0, SevError, "reviewed date %s is in the future", e.Reviewed.Format("2006-01-02"))
		} else if now.Sub(e.Reviewed) > StaleAfter {
			add(e, "reviewed", 0, SevWarning, "reviewed %s, over a year ago: check it against its sources again", e.Reviewed.Format("2006-01-02"))
		}
		if len(e.Tags) == 0 {
			add(e, "tags", 0, SevWarning, "no tags: /topics cannot list this entry")
		}
		out = append(out, lintEntryText(e)...)
	}
	base, err := NewBase(entries, lx)
	if err != nil {
		return append(out, errFindings(err)...)
	}
	if opt.Search != nil {
		base = opt.Search(base)
	}
	for _, e := range entries {
		for i, q := range e.Questions {
			res := base.Search(q, SearchOptions{Limit: 2})
			top := res.Top()
			if top != nil && top.Entry.ID == e.ID {
				continue
			}
			line := 0
			if i < len(e.QuestionLines) {
				line = e.QuestionLines[i]
			}
			got := "nothing"
			if top != nil {
				got = top.Entry.ID
			}
			add(e, "questions", line, SevError, "question variant %q finds %s first, not this entry: make it more specific or move it", q, got)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].File != out[j].File {
			return out[i].File < out[j].File
		}
		return out[i].Line < out[j].Line
	})
	return out
}

// errFindings turns load errors (possibly joined) into findings.
func errFindings(err error) []Finding {
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	var out []Finding
	for _, e := range errs {
		var pe *ParseError
		if errors.As(e, &pe) {
			out = append(out, Finding{File: pe.File, Line: pe.Line, Severity: SevError, Msg: pe.Msg})
		} else {
			out = append(out, Finding{Severity: SevError, Msg: e.Error()})
		}
	}
	return out
}
