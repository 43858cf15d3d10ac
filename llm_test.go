package main

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// fakeChat is an OpenAI-compatible chat endpoint on 127.0.0.1.
func fakeChat(t *testing.T, handle func(w http.ResponseWriter, r *http.Request)) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !strings.HasSuffix(r.URL.Path, "/chat/completions") {
			http.NotFound(w, r)
			return
		}
		handle(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

func chatAnswer(w http.ResponseWriter, content string) {
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{
		"id": "x", "object": "chat.completion", "created": 1, "model": "fake",
		"choices": []map[string]any{{"index": 0, "finish_reason": "stop", "message": map[string]any{"role": "assistant", "content": content}}},
	})
}

func TestAskHonoursLLMSettings(t *testing.T) {
	t.Run("rephrased", func(t *testing.T) {
		srv := fakeChat(t, func(w http.ResponseWriter, _ *http.Request) {
			chatAnswer(w, "Consent means everyone involved freely agrees to sexual activity, and anyone can change their mind at any time.")
		})
		env := map[string]string{"CANDOR_LLM_MODEL": "fake", "OPENAI_BASE_URL": srv.URL + "/v1"}
		out, errOut, code := cli(t, env, "", "ask", "--json", "what is consent")
		if code != 0 {
			t.Fatalf("code %d: %s", code, errOut)
		}
		var rep struct {
			Rephrased bool
			Body      string
			Curated   string
			Sources   []any
		}
		json.Unmarshal([]byte(out), &rep)
		if !rep.Rephrased || !strings.HasPrefix(rep.Body, "Consent means") || rep.Curated == "" || len(rep.Sources) == 0 {
			t.Errorf("reply %+v", rep)
		}
	})
	t.Run("added dose rejected", func(t *testing.T) {
		srv := fakeChat(t, func(w http.ResponseWriter, _ *http.Request) {
			chatAnswer(w, "Consent matters. Also take 50 mg of sildenafil an hour before sex.")
		})
		env := map[string]string{"CANDOR_LLM_MODEL": "fake", "OPENAI_BASE_URL": srv.URL + "/v1"}
		out, _, _ := cli(t, env, "", "ask", "what is consent")
		if strings.Contains(out, "sildenafil") || strings.Contains(out, "Reworded") {
			t.Errorf("guard let a dose through:\n%s", out)
		}
	})
	t.Run("hanging endpoint", func(t *testing.T) {
		// The endpoint hangs until the test ends, and reports how long
		// each request stayed open before the client gave it up.
		done := make(chan struct{})
		held := make(chan time.Duration, 8)
		srv := fakeChat(t, func(w http.ResponseWriter, r *http.Request) {
			start := time.Now()
			// with the body read, the server notices the client leaving
			io.Copy(io.Discard, r.Body)
			select {
			case <-r.Context().Done():
				held <- time.Since(start)
			case <-done:
			}
		})
		t.Cleanup(func() { close(done) }) // runs before the server closes
		env := map[string]string{"CANDOR_LLM_MODEL": "fake", "OPENAI_BASE_URL": srv.URL + "/v1", "CANDOR_LLM_TIMEOUT": "300ms"}
		out, _, code := cli(t, env, "", "ask", "what is consent")
		if code != 0 || !strings.Contains(out, "== Consent") {
			t.Errorf("code %d\n%s", code, out)
		}
		// The reply came without the endpoint's answer; the request was
		// given up on the configured 300ms, not on the 8s default. The
		// time is measured at the endpoint, from the request's arrival,
		// so loading the knowledge base and the encoder on a slow or
		// busy machine (34s under the race detector once) does not
		// count; the bound leaves a wide margin below the default.
		select {
		case d := <-held:
			if d >= 4*time.Second {
				t.Errorf("the request stayed open %v with a 300ms timeout", d)
			}
		case <-time.After(10 * time.Second):
			t.Errorf("the endpoint never saw the request given up")
		}
	})
}
