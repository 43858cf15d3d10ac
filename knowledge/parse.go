package knowledge

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// ParseError is a problem in a knowledge-base file, with where it is.
type ParseError struct {
	File string
	Line int
	Msg  string
}

// Error formats the problem as "file:line: message".
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// frontMatter is the YAML header of an entry file.
type frontMatter struct {
	ID         string   `yaml:"id"`
	Kind       string   `yaml:"kind"`
	Title      string   `yaml:"title"`
	Questions  []string `yaml:"questions"`
	Tags       []string `yaml:"tags"`
	Related    []string `yaml:"related"`
	Sources    []Source `yaml:"sources"`
	Reviewed   string   `yaml:"reviewed"`
	Claim      string   `yaml:"claim"`
	Correction string   `yaml:"correction"`
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ParseEntry parses one entry file: YAML front matter between "---" lines,
// then the Markdown body. Errors are *ParseError values naming the file and
// line.
func ParseEntry(name string, data []byte) (*Entry, error) {
	fail := func(line int, format string, args ...any) (*Entry, error) {
		return nil, &ParseError{File: name, Line: line, Msg: fmt.Sprintf(format, args...)}
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !strings.HasPrefix(text, "---\n") {
		return fail(1, "missing front matter: the file must start with a line \"---\"")
	}
	rest := text[4:]
	end := strings.Index(rest, "\n---\n")
	if end < 0 {
		if strings.HasSuffix(rest, "\n---") {
			end = len(rest) - 4
		} else {
			return fail(1, "front matter is not closed by a line \"---\"")
		}
	}
	header := rest[:end]
	body := ""
	if end+5 <= len(rest) {
		body = rest[end+5:]
	}
	bodyLine := strings.Count(text[:min(len(text), 4+end+5)], "\n") + 1

	var root yaml.Node
	if err := yaml.Unmarshal([]byte(header), &root); err != nil {
		return fail(yamlErrLine(err)+1, "front matter: %s", yamlErrMsg(err))
	}
	if len(root.Content) == 0 || root.Content[0].Kind != yaml.MappingNode {
		return fail(2, "front matter must be a YAML mapping of keys to values")
	}
	m := root.Content[0]
	lines := map[string]int{}
	var qlines []int
	known := map[string]bool{"id": true, "kind": true, "title": true, "questions": true, "tags": true,
		"related": true, "sources": true, "reviewed": true, "claim": true, "correction": true}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k := m.Content[i]
		if !known[k.Value] {
			return fail(k.Line+1, "unknown key %q (known: id, kind, title, questions, tags, related, sources, reviewed, claim, correction)", k.Value)
		}
		if _, dup := lines[k.Value]; dup {
			return fail(k.Line+1, "key %q appears twice", k.Value)
		}
		lines[k.Value] = k.Line + 1
		if k.Value == "questions" && m.Content[i+1].Kind == yaml.SequenceNode {
			for _, q := range m.Content[i+1].Content {
				qlines = append(qlines, q.Line+1)
			}
		}
	}
	var fm frontMatter
	if err := m.Decode(&fm); err != nil {
		return fail(yamlErrLine(err)+1, "front matter: %s", yamlErrMsg(err))
	}
	line := func(key string) int {
		if l, ok := lines[key]; ok {
			return l
		}
		return 1
	}
	switch {
	case fm.ID == "":
		return fail(line("id"), "missing id")
	case !idPattern.MatchString(fm.ID):
		return fail(line("id"), "id %q must be kebab-case: lower-case letters, digits and single hyphens", fm.ID)
	case fm.Kind != string(KindTopic) && fm.Kind != string(KindMyth):
		return fail(line("kind"), "kind must be \"topic\" or \"myth\", not %q", fm.Kind)
	case strings.TrimSpace(fm.Title) == "":
		return fail(line("title"), "missing title")
	case len(fm.Questions) == 0:
		return fail(line("questions"), "missing questions: list the ways people ask this")
	case len(fm.Sources) == 0:
		return fail(line("sources"), "missing sources: every entry needs at least one")
	case fm.Reviewed == "":
		return fail(line("reviewed"), "missing reviewed date (YYYY-MM-DD)")
	}
	for i, q := range fm.Questions {
		if strings.TrimSpace(q) == "" {
			return fail(line("questions"), "question %d is empty", i+1)
		}
	}
	for i, s := range fm.Sources {
		if strings.TrimSpace(s.Title) == "" || !strings.HasPrefix(s.URL, "https://") && !strings.HasPrefix(s.URL, "http://") {
			return fail(line("sources"), "source %d needs a title and an http(s) url", i+1)
		}
	}
	reviewed, err := time.Parse("2006-01-02", fm.Reviewed)
	if err != nil {
		return fail(line("reviewed"), "reviewed %q is not a date of the form YYYY-MM-DD", fm.Reviewed)
	}
	if fm.Kind == string(KindMyth) {
		if strings.TrimSpace(fm.Claim) == "" {
			return fail(line("kind"), "a myth entry needs a claim: the false belief in people's words")
		}
		if strings.TrimSpace(fm.Correction) == "" {
			return fail(line("kind"), "a myth entry needs a correction: one sentence")
		}
	} else if fm.Claim != "" || fm.Correction != "" {
		return fail(line("kind"), "claim and correction belong to myth entries only")
	}
	body = strings.TrimSpace(body)
	if body == "" {
		return fail(bodyLine, "empty body: write the answer after the front matter")
	}
	return &Entry{
		ID: fm.ID, Kind: Kind(fm.Kind), Title: strings.TrimSpace(fm.Title),
		Questions: fm.Questions, Tags: fm.Tags, Related: fm.Related, Sources: fm.Sources,
		Reviewed: reviewed, Claim: strings.TrimSpace(fm.Claim), Correction: strings.TrimSpace(fm.Correction),
		Body: body, File: name, Lines: lines, QuestionLines: qlines,
	}, nil
}

var yamlLineRe = regexp.MustCompile(`line (\d+)`)

func yamlErrLine(err error) int {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	if m := yamlLineRe.FindStringSubmatch(msg); m != nil {
		n := 0
		fmt.Sscan(m[1], &n)
		return n
	}
	return 1
}

func yamlErrMsg(err error) string {
	msg := err.Error()
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	return yamlLineRe.ReplaceAllString(msg, "")
}

// SynonymsFile is the name of a knowledge base's lexicon file.
const SynonymsFile = "synonyms.txt"

// ParseFS reads every *.md entry below the root of fsys (files whose name
// starts with "_" or "." and README.md are skipped) and the lexicon file
// synonyms.txt if there is one. It returns all problems found, joined.
func ParseFS(fsys fs.FS) ([]*Entry, *Lexicon, error) {
	var entries []*Entry
	var errs []error
	var lx *Lexicon
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		base := path.Base(p)
		if d.IsDir() {
			if p != "." && (strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_")) {
				return fs.SkipDir
			}
			return nil
		}
		if strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_") {
			return nil
		}
		switch {
		case base == SynonymsFile:
			f, err := fsys.Open(p)
			if err != nil {
				return err
			}
			defer f.Close()
			l, err := ParseLexicon(p, f)
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			lx = lx.Merge(l)
		case strings.HasSuffix(base, ".md") && !strings.EqualFold(base, "README.md"):
			data, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			e, err := ParseEntry(p, data)
			if err != nil {
				errs = append(errs, err)
				return nil
			}
			entries = append(entries, e)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("read knowledge base: %w", err)
	}
	if len(errs) > 0 {
		return nil, nil, errors.Join(errs...)
	}
	if len(entries) == 0 {
		return nil, nil, errors.New("read knowledge base: no entries (*.md files) found")
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].ID < entries[j].ID })
	return entries, lx, nil
}
