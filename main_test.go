package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/")

// cli runs the command line in-process with the given environment.
func cli(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	if env == nil {
		env = map[string]string{}
	}
	if _, ok := env["CANDOR_DB"]; !ok {
		env["CANDOR_DB"] = filepath.Join(t.TempDir(), "candor.db")
	}
	if _, ok := env["CANDOR_CACHE_DIR"]; !ok {
		env["CANDOR_CACHE_DIR"] = t.TempDir()
	}
	var out, errb bytes.Buffer
	code = run(context.Background(), args, strings.NewReader(stdin), &out, &errb, func(k string) string { return env[k] })
	return out.String(), errb.String(), code
}

func TestHelpForEveryCommand(t *testing.T) {
	out, _, code := cli(t, nil, "", "help")
	if code != 0 || !strings.Contains(out, "candor chat") {
		t.Fatalf("help: code %d\n%s", code, out)
	}
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			args := []string{c.name, "--help"}
			if c.name == "kb" {
				args = []string{"kb", "lint", "--help"}
			}
			_, errOut, code := cli(t, nil, "", args...)
			if code != 0 || !strings.Contains(errOut, "Usage: candor "+c.name) {
				t.Errorf("%v: code %d\n%s", args, code, errOut)
			}
		})
	}
	if _, errOut, code := cli(t, nil, "", "nosuch"); code != 2 || !strings.Contains(errOut, "unknown command") {
		t.Errorf("unknown command: code %d %s", code, errOut)
	}
}

func TestRunWithoutTokenPointsToChat(t *testing.T) {
	for _, args := range [][]string{nil, {"run"}} {
		_, errOut, code := cli(t, nil, "", args...)
		if code != 2 || !strings.Contains(errOut, "DISCORD_TOKEN is not set") || !strings.Contains(errOut, "candor chat") {
			t.Errorf("%v: code %d\n%s", args, code, errOut)
		}
	}
}

func TestBadConfigIsNamed(t *testing.T) {
	_, errOut, code := cli(t, map[string]string{"CANDOR_LLM_TIMEOUT": "soon"}, "", "ask", "hi")
	if code != 2 || !strings.Contains(errOut, "CANDOR_LLM_TIMEOUT") {
		t.Errorf("code %d: %s", code, errOut)
	}
}

func TestAskCrisisByRegion(t *testing.T) {
	tests := map[string][]string{
		"GB": {"116 123", "999"},
		"US": {"988", "911"},
		"AU": {"13 11 14", "000"},
		"CA": {"988", "911"},
	}
	for region, want := range tests {
		out, _, code := cli(t, nil, "", "ask", "--region", region, "I want to end my life")
		if code != 0 {
			t.Fatalf("code %d", code)
		}
		for _, w := range want {
			if !strings.Contains(out, w) {
				t.Errorf("--region %s: no %q in\n%s", region, w, out)
			}
		}
	}
	// Without --region: CANDOR_REGION, default US, and the international directory.
	out, _, _ := cli(t, nil, "", "ask", "I want to end my life")
	for _, w := range []string{"988", "911", "findahelpline.com"} {
		if !strings.Contains(out, w) {
			t.Errorf("default region: no %q", w)
		}
	}
	out, _, _ = cli(t, map[string]string{"CANDOR_REGION": "NZ"}, "", "ask", "I want to end my life")
	if !strings.Contains(out, "111") {
		t.Errorf("CANDOR_REGION=NZ ignored:\n%s", out)
	}
}

// askedTriage is the part of `ask --json` the triage tests read.
type askedTriage struct {
	Kind    string
	Entry   string
	Related []string
	Notes   []string
	Triage  struct{ Category, Rule string }
}

// askJSON runs `candor ask --json msg` and decodes its reply.
func askJSON(t *testing.T, msg string) askedTriage {
	t.Helper()
	out, _, code := cli(t, nil, "", "ask", "--json", msg)
	if code != 0 {
		t.Fatalf("code %d", code)
	}
	var rep askedTriage
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	return rep
}

func TestAskJSONShowsTriage(t *testing.T) {
	rep := askJSON(t, "how many mg of sildenafil should I take?")
	if rep.Kind != "refuse" || rep.Triage.Rule == "" || rep.Triage.Category != "clinical-advice" {
		t.Errorf("got %+v", rep)
	}
	if _, errOut, code := cli(t, nil, "", "ask"); code != 2 || !strings.Contains(errOut, "give the message") {
		t.Errorf("ask without text: %d %s", code, errOut)
	}
}

// "my friend says she wants to die, what do I do" found the entry on
// friends with benefits at confidence 0.28 and gave it as the answer beside
// the lines. Someone helping a person at risk gets the entry on helping
// with that risk (the supporting reply where the base has none), not an
// entry the search is unsure of; an entry it holds well stays.
func TestSomeoneElseAtRiskGetsNoUnsureEntry(t *testing.T) {
	rep := askJSON(t, "my friend says she wants to die, what do I do")
	if rep.Entry != "supporting-someone-with-suicidal-thoughts" || rep.Triage.Rule != "support/third-person-suicide" {
		t.Errorf("got %+v, want the entry on supporting someone with suicidal thoughts", rep)
	}
	if len(rep.Notes) == 0 || !strings.Contains(rep.Notes[len(rep.Notes)-1], "988") {
		t.Errorf("no lines for the helper: %v", rep.Notes)
	}
	rep = askJSON(t, "my friend told me she was assaulted a couple years ago. how do i support her without making it worse")
	if rep.Entry != "supporting-a-survivor" || !strings.HasPrefix(rep.Triage.Rule, "support/third-person-") {
		t.Errorf("got %+v, want the entry on supporting a survivor", rep)
	}
}

// A clear crisis reading leads with the crisis reply even when the message
// also names a professional and a place ("my doctor", "near my office"),
// which alone would make it a request for a therapist.
func TestClearCrisisComesBeforeReferral(t *testing.T) {
	rep := askJSON(t, "My doctor says it's just stress. I keep driving to the bridge near my office at night thinking tonight is the night.")
	if rep.Kind != "crisis" || rep.Triage.Category != "suicide" {
		t.Errorf("got %+v, want a suicide crisis reply", rep)
	}
}

func TestReferralJSON(t *testing.T) {
	type link struct{ Title, URL string }
	get := func(loc string) (region string, links []link) {
		out, errOut, code := cli(t, nil, "", "referral", "--json", loc)
		if code != 0 {
			t.Fatalf("referral %q: code %d %s", loc, code, errOut)
		}
		var rep struct {
			Region string
			Links  []link
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatal(err)
		}
		return rep.Region, rep.Links
	}
	has := func(links []link, sub string) bool {
		for _, l := range links {
			if strings.Contains(strings.ToLower(l.URL+" "+l.Title), sub) {
				return true
			}
		}
		return false
	}
	region, links := get("Chicago, IL")
	if region != "US-IL" || !has(links, "aasect.org") || !has(links, "psychologytoday.com/us/therapists/") || !has(links, "chicago") {
		t.Errorf("Chicago, IL: %s %v", region, links)
	}
	if _, links := get("Manchester, UK"); !has(links, "cosrt") {
		t.Errorf("Manchester, UK lacks COSRT: %v", links)
	}
	if region, links := get("Sydney"); region != "AU-NSW" || !has(links, "sexologist") {
		t.Errorf("Sydney: %s %v", region, links)
	}
	if region, _ := get("Toronto"); region != "CA-ON" {
		t.Errorf("Toronto: %s", region)
	}
	if region, links := get(""); region != "" || !has(links, "aasect") {
		t.Errorf("empty location: %q %v", region, links)
	}
}

// TestChatTranscript replays a scripted conversation and compares it with
// testdata/chat.golden (refresh with go test -run TestChatTranscript -update).
func TestChatTranscript(t *testing.T) {
	script, err := os.ReadFile("testdata/chat.txt")
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := cli(t, nil, string(script), "chat")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	golden := filepath.Join("testdata", "chat.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if out != string(want) {
		t.Errorf("chat transcript differs from %s (run with -update after checking):\n%s", golden, lineDiff(string(want), out))
	}
}

func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for i := 0; i < max(len(w), len(g)); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			b.WriteString("- " + wl + "\n+ " + gl + "\n")
		}
	}
	return b.String()
}

// TestNoMessageTextStored sends messages through ask and chat and checks
// that the database files hold counters but no trace of the text.
func TestNoMessageTextStored(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"CANDOR_DB": filepath.Join(dir, "candor.db")}
	secret := "zanzibarquux my partner wants sex more often than I do"
	if _, errOut, code := cli(t, env, "", "ask", secret); code != 0 {
		t.Fatalf("ask: %s", errOut)
	}
	if _, errOut, code := cli(t, env, secret+"\nxylophonic what is sensate focus\nquit\n", "chat"); code != 0 {
		t.Fatalf("chat: %s", errOut)
	}
	out, _, _ := cli(t, env, "", "stats")
	if !strings.Contains(out, "desire-discrepancy") || !strings.Contains(out, "sensate-focus") {
		t.Errorf("counters missing:\n%s", out)
	}
	files, _ := filepath.Glob(filepath.Join(dir, "candor.db*"))
	if len(files) == 0 {
		t.Fatal("no database files")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		low := bytes.ToLower(data)
		for _, needle := range []string{"zanzibarquux", "xylophonic", "wants sex more often", "sensate focus"} {
			if bytes.Contains(low, []byte(needle)) {
				t.Errorf("%s contains %q", filepath.Base(f), needle)
			}
		}
	}
}

func TestMalformedKnowledgeBaseRefusesToStart(t *testing.T) {
	_, errOut, code := cli(t, nil, "", "ask", "--kb", "testdata/badkb", "hello")
	if code != 1 || !strings.Contains(errOut, "broken.md:8") || !strings.Contains(errOut, "YYYY-MM-DD") {
		t.Errorf("code %d: %s", code, errOut)
	}
	_, errOut, code = cli(t, map[string]string{"CANDOR_KB_DIR": "testdata/badkb"}, "", "ask", "hello")
	if code != 1 || !strings.Contains(errOut, "broken.md:8") {
		t.Errorf("CANDOR_KB_DIR: code %d: %s", code, errOut)
	}
}

func TestKBLint(t *testing.T) {
	out, _, code := cli(t, nil, "", "kb", "lint")
	if code != 0 || !strings.Contains(out, "0 errors") {
		t.Errorf("embedded: code %d\n%s", code, out)
	}
	out, _, code = cli(t, nil, "", "kb", "lint", "testdata/badkb")
	if code != 1 || !strings.Contains(out, "broken.md:8: error") {
		t.Errorf("bad kb: code %d\n%s", code, out)
	}
}

func TestEvalJSON(t *testing.T) {
	f := filepath.Join(t.TempDir(), "cases.jsonl")
	os.WriteFile(f, []byte(`{"text": "what is consent", "want": "answer", "entry": "consent"}
{"text": "I want to kill myself", "want": "crisis"}
{"text": "what's the weather in Paris", "want": "none"}
{"text": "what is consent", "want": "myth", "entry": "consent"}
`), 0o644)
	out, errOut, code := cli(t, nil, "", "eval", "--json", f)
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 4 {
		t.Fatalf("stdout has %d lines, want 4 JSON lines:\n%s", len(lines), out)
	}
	for _, l := range lines {
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil || m["got"] == nil {
			t.Errorf("not a case with got: %s", l)
		}
	}
	if !strings.HasSuffix(strings.TrimSpace(errOut), "3 passed, 1 failed") {
		t.Errorf("summary ends %q", errOut[max(0, len(errOut)-60):])
	}
	if _, _, code := cli(t, nil, "", "eval", "--strict", f); code != 1 {
		t.Errorf("--strict with a failure: code %d", code)
	}
}

func TestReferralImportExport(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"CANDOR_DB": filepath.Join(dir, "candor.db")}
	good := filepath.Join(dir, "good.csv")
	os.WriteFile(good, []byte("name,url,region,telehealth\nLakeview Therapy,https://lakeview.example,US-IL,yes\n"), 0o644)
	bad := filepath.Join(dir, "bad.csv")
	os.WriteFile(bad, []byte("name,url,region\nOK,https://ok.example,US\nBroken,https://x.example,Illinois\n"), 0o644)

	if out, errOut, code := cli(t, env, "", "referral", "import", "--guild", "7", good); code != 0 || !strings.Contains(out, "Imported 1") {
		t.Fatalf("import: %d %s %s", code, out, errOut)
	}
	if _, errOut, code := cli(t, env, "", "referral", "import", "--guild", "7", bad); code != 1 || !strings.Contains(errOut, "line 3") || !strings.Contains(errOut, "nothing was imported") {
		t.Errorf("bad import: %d %s", code, errOut)
	}
	out, _, code := cli(t, env, "", "referral", "export", "--guild", "7")
	if code != 0 || !strings.Contains(out, "Lakeview Therapy") || strings.Contains(out, "Broken") {
		t.Errorf("export after failed import: %d\n%s", code, out)
	}
	out, _, _ = cli(t, env, "", "referral", "--guild", "7", "Chicago")
	if !strings.Contains(out, "Lakeview Therapy") {
		t.Errorf("local listing not shown for Chicago:\n%s", out)
	}
	if _, errOut, code := cli(t, env, "", "referral", "import", good); code != 2 || !strings.Contains(errOut, "--guild") {
		t.Errorf("import without --guild: %d %s", code, errOut)
	}
}

func TestReferralImportIsBounded(t *testing.T) {
	dir := t.TempDir()
	env := map[string]string{"CANDOR_DB": filepath.Join(dir, "candor.db")}
	write := func(name string, parts ...[]byte) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, bytes.Join(parts, nil), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	header := []byte("name,url,region\n")
	tests := []struct {
		name, file string
		want       []string
	}{
		{"300,000 rows", write("rows.csv", header, bytes.Repeat([]byte("Clinic,https://c.example,US\n"), 300_000)),
			[]string{"nothing was imported", "a listings file may be at most 256 KB"}},
		{"a 50 MB field", write("field.csv", header, []byte("\""), bytes.Repeat([]byte("x"), 50<<20), []byte("\",https://c.example,US\n")),
			[]string{"nothing was imported", "a listings file may be at most 256 KB"}},
		{"201 short rows", write("many.csv", header, bytes.Repeat([]byte("C,https://c.example,US\n"), 201)),
			[]string{"nothing was imported", "line 202:", "at most 200 listings"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			_, errOut, code := cli(t, env, "", "referral", "import", "--guild", "7", tc.file)
			took := time.Since(start)
			if code != 1 {
				t.Errorf("code %d, want 1", code)
			}
			for _, w := range tc.want {
				if !strings.Contains(errOut, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errOut)
				}
			}
			t.Logf("refused in %v", took)
		})
	}
	out, _, _ := cli(t, env, "", "referral", "export", "--guild", "7")
	if strings.Count(out, "\n") != 1 {
		t.Errorf("something was imported:\n%.300s", out)
	}
}
