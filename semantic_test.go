package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The encoder's on/off settings: a value that is neither stops the bot
// with a message naming the setting; on and off both run.
func TestSemanticSettings(t *testing.T) {
	for _, name := range []string{"CANDOR_SEMANTIC", "CANDOR_EXAMPLES"} {
		_, errOut, code := cli(t, map[string]string{name: "maybe"}, "", "ask", "hi")
		if code != 2 || !strings.Contains(errOut, name) {
			t.Errorf("%s=maybe: code %d, %s", name, code, errOut)
		}
		for _, v := range []string{"on", "off"} {
			if _, errOut, code := cli(t, map[string]string{name: v}, "", "ask", "what is sex therapy"); code != 0 {
				t.Errorf("%s=%s: code %d, %s", name, v, code, errOut)
			}
		}
	}
}

// The issue's own examples of off-topic messages that words alone
// answered: with the encoder on they must not get an entry.
func TestOffTopicByMeaning(t *testing.T) {
	for _, q := range []string{
		"can you help me with my calculus homework",
		"recommend me a good video game",
	} {
		out, _, code := cli(t, nil, "", "ask", "--json", q)
		if code != 0 {
			t.Fatalf("%q: code %d", q, code)
		}
		var rep struct {
			Kind  string `json:"kind"`
			Entry string `json:"entry"`
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%q: %v\n%s", q, err, out)
		}
		if rep.Kind == "answer" || rep.Kind == "myth" {
			t.Errorf("%q answered with %s", q, rep.Entry)
		}
	}
}

// A --kb directory's vectors are computed once and cached in
// CANDOR_CACHE_DIR; a later start reads the cache instead of rewriting it.
func TestKBVectorCache(t *testing.T) {
	cache := t.TempDir()
	env := map[string]string{"CANDOR_CACHE_DIR": cache}
	kb := filepath.Join("knowledge", "testdata", "community")
	if _, errOut, code := cli(t, env, "", "ask", "--kb", kb, "--kb-merge", "is there a clinic near me"); code != 0 {
		t.Fatalf("code %d: %s", code, errOut)
	}
	files, _ := filepath.Glob(filepath.Join(cache, "kb-*.vec"))
	if len(files) != 1 {
		t.Fatalf("cache holds %v, want one kb-*.vec file", files)
	}
	st1, _ := os.Stat(files[0])
	time.Sleep(20 * time.Millisecond)
	if _, errOut, code := cli(t, env, "", "ask", "--kb", kb, "--kb-merge", "what is sex therapy"); code != 0 {
		t.Fatalf("second run: code %d: %s", code, errOut)
	}
	st2, _ := os.Stat(files[0])
	if !st2.ModTime().Equal(st1.ModTime()) {
		t.Error("the cache was rewritten although the knowledge base did not change")
	}

	// The examples have vectors too: without them the base's texts
	// differ, and so does the cache file.
	env["CANDOR_EXAMPLES"] = "off"
	if _, errOut, code := cli(t, env, "", "ask", "--kb", kb, "--kb-merge", "what is sex therapy"); code != 0 {
		t.Fatalf("examples off: code %d: %s", code, errOut)
	}
	if files, _ := filepath.Glob(filepath.Join(cache, "kb-*.vec")); len(files) != 2 {
		t.Errorf("with examples off the cache holds %v, want a second kb-*.vec file", files)
	}

	t.Run("off writes nothing", func(t *testing.T) {
		cache := t.TempDir()
		cli(t, map[string]string{"CANDOR_CACHE_DIR": cache, "CANDOR_SEMANTIC": "off"}, "", "ask", "--kb", kb, "--kb-merge", "hi there")
		if files, _ := filepath.Glob(filepath.Join(cache, "*")); len(files) != 0 {
			t.Errorf("CANDOR_SEMANTIC=off wrote %v", files)
		}
	})
}
