package safety_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// TestDocsExamples runs every example in the "Triggers | Does not trigger"
// tables of docs/safety.md: the left column must get the section's
// outcome, the right column must not.
func TestDocsExamples(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "docs", "safety.md"))
	if err != nil {
		t.Fatalf("read docs: %v", err)
	}
	outcome := map[string]string{
		"Suicide": "crisis", "Self-harm": "crisis", "Sexual violence": "crisis",
		"Abuse (including intimate-partner violence and coercion)": "crisis",
		"A minor sexually approached or abused":                    "crisis", "Immediate danger": "crisis",
		"Support (third person)": "support", "Clinical advice (refuse)": "refuse",
		"Out of scope (decline)": "decline", "Chit-chat": "chitchat",
	}
	note := regexp.MustCompile(`\s*\([^)]*\)\s*$`)
	c := safety.New()
	section, n := "", 0
	for _, line := range strings.Split(string(raw), "\n") {
		if strings.HasPrefix(line, "#") {
			section = strings.TrimSpace(strings.TrimLeft(line, "#"))
			continue
		}
		want, ok := outcome[section]
		if !ok || !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| Triggers") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "| "), " | ")
		for col, cell := range cells {
			for _, ex := range strings.Split(cell, " · ") {
				ex = strings.TrimSpace(strings.ReplaceAll(note.ReplaceAllString(ex, ""), "…", ""))
				if ex == "" {
					continue
				}
				n++
				v := c.Classify(ex)
				got := string(v.Action)
				if v.Support {
					got = "support"
				}
				if (got == want) != (col == 0) {
					t.Errorf("%s: %q -> %+v; documented as %s", section, ex, v, map[bool]string{true: "triggering", false: "not triggering"}[col == 0])
				}
			}
		}
	}
	if n < 150 {
		t.Errorf("found only %d documented examples", n)
	}
}

// TestDocsLanguageTable keeps the table of languages in docs/safety.md
// ("Other languages") true to the files under data/lang: its counts of
// crisis phrases, benign idioms and message-wide pairs had drifted by up
// to a third before this test (found 2026-12-06).
func TestDocsLanguageTable(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "docs", "safety.md"))
	if err != nil {
		t.Fatalf("read docs: %v", err)
	}
	row := regexp.MustCompile(`(?m)^\| ([a-z]{2}) \| [^|]+\| (\d+) \| (\d+) \| (\d+) \((\d+) phrases\) \|`)
	rows := row.FindAllStringSubmatch(string(raw), -1)
	m, err := safety.NewMultilingual()
	if err != nil {
		t.Fatal(err)
	}
	codes := m.Languages()
	if len(rows) != len(codes) {
		t.Fatalf("the table has %d rows, data/lang %d languages", len(rows), len(codes))
	}
	for _, r := range rows {
		l, ok := m.Language(r[1])
		if !ok {
			t.Errorf("the table lists %s, which data/lang does not have", r[1])
			continue
		}
		crisis, pairs, phrases := 0, len(l.Together), 0
		for _, ps := range l.Crisis {
			crisis += len(ps)
		}
		for _, p := range l.Together {
			phrases += len(p.First) + len(p.Second)
		}
		got := []string{strconv.Itoa(crisis), strconv.Itoa(len(l.Benign)), strconv.Itoa(pairs), strconv.Itoa(phrases)}
		if want := r[2:6]; strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: the table says %v (crisis, benign, pairs, pair phrases), data/lang/%s.json has %v", r[1], want, r[1], got)
		}
	}
}
