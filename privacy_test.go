package main

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot"
)

// The person's question and what a model says back: the first restates
// their situation, the second is a faithful rewording of the curated
// infidelity entry that the guard accepts.
const (
	privateQuestion = "can't be intimate with my husband since he cheated, is that normal?"
	restating       = "You mentioned that your husband cheated on you and you can't bear to be touched. " +
		"Everyone reacts in their own way, and that is understandable."
	faithful = "Everyone reacts in their own way to an affair, and that is understandable. " +
		"You don't have to decide everything at once."
)

// dbTraces returns which of needles appear in the database at path or its
// -wal and -shm files.
func dbTraces(t *testing.T, path string, needles ...string) []string {
	t.Helper()
	var found []string
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal"} {
		b, err := os.ReadFile(p)
		if os.IsNotExist(err) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		lower := bytes.ToLower(b)
		for _, n := range needles {
			if bytes.Contains(lower, []byte(strings.ToLower(n))) {
				found = append(found, filepath.Base(p)+": "+n)
			}
		}
	}
	return found
}

var privateNeedles = []string{"husband", "you mentioned", "can't be intimate", "decide everything at once", "bear to be touched"}

func TestNothingTheLLMWritesReachesDisk(t *testing.T) {
	var calls int
	reply := restating
	srv := fakeChat(t, func(w http.ResponseWriter, r *http.Request) {
		calls++
		io.Copy(io.Discard, r.Body)
		chatAnswer(w, reply)
	})
	db := filepath.Join(t.TempDir(), "candor.db")
	vars := map[string]string{"CANDOR_LLM_MODEL": "fake", "OPENAI_BASE_URL": srv.URL + "/v1", "CANDOR_DB": db}

	t.Run("ask", func(t *testing.T) {
		for _, r := range []string{restating, faithful} {
			reply = r
			if _, errOut, code := cli(t, vars, "", "ask", "--json", privateQuestion); code != 0 {
				t.Fatalf("code %d: %s", code, errOut)
			}
		}
		if found := dbTraces(t, db, privateNeedles...); len(found) > 0 {
			t.Errorf("the database keeps what was written or rephrased: %q", found)
		}
	})
	t.Run("chat", func(t *testing.T) {
		reply = faithful
		out, errOut, code := cli(t, vars, privateQuestion+"\n"+privateQuestion+"\nquit\n", "chat")
		if code != 0 {
			t.Fatalf("code %d: %s", code, errOut)
		}
		if !strings.Contains(out, "Reworded by an AI model") {
			t.Fatalf("the faithful rewording was not used, so this test shows nothing:\n%s", out)
		}
		if found := dbTraces(t, db, privateNeedles...); len(found) > 0 {
			t.Errorf("the database keeps what was written or rephrased: %q", found)
		}
	})
	t.Run("Handle with the database open", func(t *testing.T) {
		reply = faithful
		e := &env{cfg: mustConfig(t, vars), getenv: func(k string) string { return vars[k] }, stdout: io.Discard, stderr: io.Discard}
		a, err := buildApp(context.Background(), e, &coreFlags{db: &dbFlag{path: db}, region: "US"}, needStore, newLogger(e.cfg, io.Discard))
		if err != nil {
			t.Fatal(err)
		}
		for range 3 {
			rep := a.bot.Handle(context.Background(), bot.Request{Text: privateQuestion, Channel: bot.ChannelConsole})
			if !rep.Rephrased {
				t.Fatalf("reply not rephrased, so this test shows nothing: %+v", rep)
			}
		}
		open := dbTraces(t, db, privateNeedles...)
		if err := a.Close(); err != nil {
			t.Fatal(err)
		}
		if found := append(open, dbTraces(t, db, privateNeedles...)...); len(found) > 0 {
			t.Errorf("the database keeps what was written or rephrased: %q", found)
		}
	})
	if calls == 0 {
		t.Error("the fake LLM was never called")
	}
}

func mustConfig(t *testing.T, vars map[string]string) Config {
	t.Helper()
	cfg, err := LoadConfig(func(k string) string { return vars[k] })
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
