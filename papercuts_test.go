package main

import (
	"database/sql"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestTopLevelHelpListsEveryCommand(t *testing.T) {
	for _, arg := range []string{"--help", "-h", "-help", "help"} {
		out, errOut, code := cli(t, nil, "", arg)
		if code != 0 {
			t.Errorf("%s: code %d: %s", arg, code, errOut)
		}
		for _, c := range commands() {
			if !strings.Contains(out, "  "+c.name+" ") {
				t.Errorf("%s does not list %q:\n%s", arg, c.name, out)
			}
		}
	}
}

func TestSubcommandHelpExitsZero(t *testing.T) {
	for _, args := range [][]string{
		{"commands", "sync", "--help"}, {"commands", "clear", "-h"}, {"commands", "--help", "sync"},
		{"referral", "import", "--help"}, {"referral", "export", "--help"}, {"kb", "lint", "--help"},
	} {
		_, errOut, code := cli(t, nil, "", args...)
		if code != 0 || !strings.Contains(errOut, "Usage: candor "+args[0]) {
			t.Errorf("%v: code %d\n%s", args, code, errOut)
		}
	}
}

// Every usage line names exactly the flags the command accepts.
func TestUsageLinesAgreeWithFlags(t *testing.T) {
	usageFlag := regexp.MustCompile(`\[--([a-z-]+)`)
	listedFlag := regexp.MustCompile(`(?m)^  -([a-z-]+)`)
	helps := [][]string{{"referral", "import", "--help"}, {"referral", "export", "--help"}}
	for _, c := range commands() {
		if c.name == "kb" {
			helps = append(helps, []string{"kb", "lint", "--help"})
			continue
		}
		helps = append(helps, []string{c.name, "--help"})
	}
	for _, args := range helps {
		t.Run(strings.Join(args[:len(args)-1], " "), func(t *testing.T) {
			_, errOut, _ := cli(t, nil, "", args...)
			usage, flags, _ := strings.Cut(errOut, "\n")
			var inUsage, listed []string
			for _, m := range usageFlag.FindAllStringSubmatch(usage, -1) {
				inUsage = append(inUsage, m[1])
			}
			for _, m := range listedFlag.FindAllStringSubmatch(flags, -1) {
				listed = append(listed, m[1])
			}
			slices.Sort(inUsage)
			slices.Sort(listed)
			if !slices.Equal(inUsage, listed) {
				t.Errorf("usage line has flags %v, the command accepts %v:\n%s", inUsage, listed, errOut)
			}
		})
	}
}

func TestChatOutputFitsTheTerminal(t *testing.T) {
	script := "/topics\nwhat is sex therapy?\nI want to end my life\nhow do I support my friend after she was raped\nquit\n"
	for _, width := range []string{"", "50"} {
		env := map[string]string{"CANDOR_REGION": "GB"}
		want := 80
		if width != "" {
			env["COLUMNS"] = width
			want = 50
		}
		out, errOut, code := cli(t, env, script, "chat")
		if code != 0 {
			t.Fatalf("code %d: %s", code, errOut)
		}
		for _, line := range strings.Split(out, "\n") {
			if len([]rune(line)) <= want {
				continue
			}
			// Only a word too long to break (a URL) may overflow, alone
			// after its indentation or bullet.
			if !strings.Contains(strings.TrimSpace(line[len(hangingPrefix(line)):]), " ") {
				continue
			}
			t.Errorf("COLUMNS=%q: line of %d characters, want at most %d:\n%s", width, len([]rune(line)), want, line)
		}
		if strings.Contains(out, "`") {
			t.Errorf("literal backticks in chat output:\n%s", out)
		}
		for _, reply := range strings.Split(out, "you> ") {
			seen := map[string]bool{}
			for _, u := range regexp.MustCompile(`https?://[^\s<>]+`).FindAllString(reply, -1) {
				u = strings.TrimRight(u, ".,;")
				if seen[u] {
					t.Errorf("link %s shown twice in one reply:\n%s", u, reply)
				}
				seen[u] = true
			}
		}
		if !strings.Contains(out, "0808 500 2222") {
			t.Errorf("a crisis number was broken across lines:\n%s", out)
		}
	}
}

func TestWrapText(t *testing.T) {
	tests := []struct {
		name, in string
		width    int
		want     string
	}{
		{"short lines stay", "a b\n\nc", 10, "a b\n\nc"},
		{"words wrap", "one two three four", 9, "one two\nthree\nfour"},
		{"bullets hang", "• one two three", 9, "• one two\n  three"},
		{"numbered items hang", "12. one two three", 11, "12. one two\n    three"},
		{"a long word keeps its own line", "see https://example.org/a/long/path now", 12, "see\nhttps://example.org/a/long/path\nnow"},
		{"phone numbers stay whole", "Call 0808 500 2222 now", 12, "Call\n0808 500 2222\nnow"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := wrapText(tc.in, tc.width); got != tc.want {
				t.Errorf("wrapText(%q, %d) = %q, want %q", tc.in, tc.width, got, tc.want)
			}
		})
	}
}

func TestPlainMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"try `/find-therapist`, or **ask**", "try /find-therapist, or ask"},
		{"[Open Path](https://openpath.example/) helps", "Open Path <https://openpath.example/> helps"},
		{`\*\*Free\*\* \_clinic\_ 555\-0100 a\\b`, `**Free** _clinic_ 555-0100 a\b`},
	}
	for _, tc := range tests {
		if got := plainMarkdown(tc.in); got != tc.want {
			t.Errorf("plainMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestChatTakesABarePlaceAfterAReferralPrompt(t *testing.T) {
	script := "I need a therapist\nLeeds\nLeeds\n/find-therapist\nM5V 2T6\nquit\n"
	out, errOut, code := cli(t, nil, script, "chat")
	if code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	replies := strings.Split(out, "you> ")[1:]
	if len(replies) < 6 {
		t.Fatalf("%d replies:\n%s", len(replies), out)
	}
	if !strings.Contains(replies[0], "Tell me your city or postcode") {
		t.Fatalf("the referral did not ask for a place, so this test shows nothing:\n%s", replies[0])
	}
	if !strings.Contains(replies[1], "near Leeds, England") {
		t.Errorf("a bare place after the prompt was not read as the location:\n%s", replies[1])
	}
	if strings.Contains(replies[2], "Finding a therapist") {
		t.Errorf("a bare place with no prompt before it was read as a location:\n%s", replies[2])
	}
	if !strings.Contains(replies[4], "near Ontario, Canada") {
		t.Errorf("a postcode after /find-therapist was not read as the location:\n%s", replies[4])
	}
}

func TestStatsFlagsAreChecked(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "candor.db")
	if _, errOut, code := cli(t, map[string]string{"CANDOR_DB": db}, "", "ask", "what is consent"); code != 0 {
		t.Fatalf("ask: %s", errOut)
	}
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"a valid date", []string{"stats", "--db", db, "--since", "2020-01-31"}, 0, "consent"},
		{"an invalid date", []string{"stats", "--db", db, "--since", "2026-13-45"}, 2, `--since "2026-13-45" is not a date`},
		{"not a date at all", []string{"stats", "--db", db, "--since", "last week"}, 2, "use YYYY-MM-DD"},
		{"a missing database", []string{"stats", "--db", filepath.Join(dir, "typo.db")}, 1, "there is no database at"},
		{"export from a missing database", []string{"referral", "export", "--guild", "1", "--db", filepath.Join(dir, "typo.db")}, 1, "there is no database at"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := cli(t, nil, "", tc.args...)
			if code != tc.code || !strings.Contains(out+errOut, tc.want) {
				t.Errorf("code %d, want %d; output lacks %q:\n%s%s", code, tc.code, tc.want, out, errOut)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "typo.db")); !os.IsNotExist(err) {
		t.Errorf("stats or export created the missing database: %v", err)
	}
}

func TestAskAndChatRunOnALockedDatabase(t *testing.T) {
	db := filepath.Join(t.TempDir(), "candor.db")
	env := map[string]string{"CANDOR_DB": db}
	if _, errOut, code := cli(t, env, "", "ask", "what is consent"); code != 0 {
		t.Fatalf("ask: %s", errOut)
	}
	// Another process holds the write lock for the whole test.
	other, err := sql.Open("sqlite3", "file:"+db+"?_journal_mode=WAL")
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	tx, err := other.Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO feedback (entry, helpful) VALUES ('consent', 1)`); err != nil {
		t.Fatal(err)
	}
	for _, run := range []struct {
		args  []string
		stdin string
	}{{[]string{"ask", "what is consent"}, ""}, {[]string{"chat"}, "what is consent\nquit\n"}} {
		start := time.Now()
		out, errOut, code := cli(t, env, run.stdin, run.args...)
		if code != 0 || !strings.Contains(out, "== Consent") {
			t.Errorf("%v on a locked database: code %d\n%s\n%s", run.args, code, out, errOut)
		}
		if !strings.Contains(errOut, "can't be used") || !strings.Contains(errOut, "counts nothing") {
			t.Errorf("%v: no note on stderr:\n%s", run.args, errOut)
		}
		t.Logf("%v answered in %v", run.args, time.Since(start))
	}
}

func TestAskRunsOnAReadOnlyDatabase(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root can write a read-only file; the locked-database test covers the fallback")
	}
	dir := t.TempDir()
	db := filepath.Join(dir, "candor.db")
	env := map[string]string{"CANDOR_DB": db}
	if _, errOut, code := cli(t, env, "", "ask", "what is consent"); code != 0 {
		t.Fatalf("ask: %s", errOut)
	}
	os.Chmod(db, 0o444)
	os.Chmod(dir, 0o555)
	t.Cleanup(func() { os.Chmod(dir, 0o755) })
	out, errOut, code := cli(t, env, "", "ask", "what is consent")
	if code != 0 || !strings.Contains(out, "== Consent") || !strings.Contains(errOut, "can't be used") {
		t.Errorf("code %d\n%s\n%s", code, out, errOut)
	}
}
