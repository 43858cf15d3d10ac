package safety_test

import (
	"os"
	"path/filepath"
	"regexp"
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
