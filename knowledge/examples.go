package knowledge

import (
	"bufio"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// An Example is a message written the way people ask, by writers who never
// saw the entries (a line of a blind evaluation set), with the entries
// its labellers found answer it. Search uses examples as more ways of
// asking for those entries (see Base.WithExamples): the curated question
// variants say what an entry is about, the examples how people who never
// saw it write.
type Example struct {
	Text    string   `json:"text"`
	Entries []string `json:"entry"`
	// From names where the message came from ("blind12:37": the 37th
	// line of testdata/eval/blind12/topics.jsonl), so a label can be
	// traced and checked.
	From string `json:"from,omitempty"`
}

// embeddedExamples are the labelled messages of the evaluation sets'
// read halves, rebuilt by `go run ./tools/kbexamples`.
//
//go:embed examples.jsonl
var embeddedExamples []byte

// EmbeddedExamples returns the labelled example messages that ship with
// the embedded base.
func EmbeddedExamples() ([]Example, error) {
	ex, err := ParseExamples(strings.NewReader(string(embeddedExamples)))
	if err != nil {
		return nil, fmt.Errorf("embedded examples: %w", err)
	}
	return ex, nil
}

// ParseExamples reads JSON Lines of examples ({"text": ..., "entry":
// [ids]}). Blank lines are skipped; a line that is not an example, has no
// text or names no entry is an error naming its line.
func ParseExamples(r io.Reader) ([]Example, error) {
	var out []Example
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var e Example
		if err := json.Unmarshal([]byte(line), &e); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if strings.TrimSpace(e.Text) == "" {
			return nil, fmt.Errorf("line %d: no text", n)
		}
		if len(e.Entries) == 0 {
			return nil, fmt.Errorf("line %d: no entry", n)
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return out, nil
}
