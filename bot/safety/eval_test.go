package safety_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// devCase is one line of testdata/dev.jsonl, a copy of the project's
// shared evaluation set (the want kinds of the whole bot).
type devCase struct {
	Text string `json:"text"`
	Want string `json:"want"`
}

// triageCase is one line of testdata/triage_cases.jsonl, a held-out set
// written before the rules were tuned.
type triageCase struct {
	Text     string        `json:"text"`
	Action   safety.Action `json:"action"`
	Category string        `json:"category"`
}

func readJSONL[T any](tb testing.TB, name string) []T {
	tb.Helper()
	f, err := os.Open(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatalf("open %s: %v", name, err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			tb.Fatalf("%s:%d: %v", name, line, err)
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		tb.Fatalf("read %s: %v", name, err)
	}
	return out
}

// TestDevSet checks the triage side of every case in the shared dev set:
// refuse and crisis cases are caught, and no answer, myth, referral or
// none case is refused or sent to crisis.
func TestDevSet(t *testing.T) {
	c := safety.New()
	for _, tc := range readJSONL[devCase](t, "dev.jsonl") {
		got := c.Classify(tc.Text)
		switch tc.Want {
		case "refuse":
			if got.Action != safety.ActionRefuse {
				t.Errorf("refuse case not refused: %q -> %+v", tc.Text, got)
			}
		case "crisis":
			if got.Action != safety.ActionCrisis {
				t.Errorf("crisis case missed: %q -> %+v", tc.Text, got)
			}
		default:
			if got.Action == safety.ActionRefuse || got.Action == safety.ActionCrisis {
				t.Errorf("%s case over-triggered: %q -> %+v", tc.Want, tc.Text, got)
			}
		}
	}
}

// TestHeldOut measures the held-out cases, written before the rules were
// tuned (125 of 129 actions right on the first run; the last 40, written
// before the second round of fixes, 22 of 40 actions right before it), and keeps the rules
// from regressing: no crisis case may be missed, and at least 97% of
// actions must be right.
func TestHeldOut(t *testing.T) {
	c := safety.New()
	cases := readJSONL[triageCase](t, "triage_cases.jsonl")
	actionOK, categoryOK := 0, 0
	for _, tc := range cases {
		got := c.Classify(tc.Text)
		if tc.Action == safety.ActionCrisis && got.Action != safety.ActionCrisis {
			t.Errorf("crisis case missed: %q -> %+v", tc.Text, got)
		}
		if got.Action == tc.Action {
			actionOK++
			if got.Category == tc.Category {
				categoryOK++
			} else {
				t.Logf("category: %q want %q got %+v", tc.Text, tc.Category, got)
			}
		} else {
			t.Logf("action: %q want %q/%q got %+v", tc.Text, tc.Action, tc.Category, got)
		}
	}
	t.Logf("held-out: action %d/%d, action+category %d/%d", actionOK, len(cases), categoryOK, len(cases))
	if actionOK*100 < 97*len(cases) {
		t.Errorf("held-out action accuracy %d/%d is below 97%%", actionOK, len(cases))
	}
}
