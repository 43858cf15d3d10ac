package llm_test

import (
	"bytes"
	"encoding/json"
	"hash/fnv"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"

	openai "github.com/sashabaranov/go-openai"

	"github.com/candorbot/candor/bot/llm"
)

// fakeAPI is an OpenAI-compatible server for the real go-openai client:
// /v1/chat/completions answers with whatever chat writes, /v1/embeddings
// with a hashed bag of words (or whatever embed writes).
type fakeAPI struct {
	srv *httptest.Server

	mu        sync.Mutex
	chatReqs  []openai.ChatCompletionRequest
	embedReqs [][]string
	chat      http.HandlerFunc
	embed     http.HandlerFunc
}

func newFakeAPI(tb testing.TB) *fakeAPI {
	tb.Helper()
	f := &fakeAPI{}
	f.reply("Fine.")
	f.embed = func(w http.ResponseWriter, r *http.Request) {
		var req struct{ Input []string }
		_ = json.Unmarshal(bodyOf(r), &req)
		resp := openai.EmbeddingResponse{Object: "list"}
		for i, text := range req.Input {
			resp.Data = append(resp.Data, openai.Embedding{Object: "embedding", Index: i, Embedding: bagOfWords(text)})
		}
		writeJSON(w, http.StatusOK, resp)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /v1/chat/completions", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		var req openai.ChatCompletionRequest
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.chatReqs = append(f.chatReqs, req)
		h := f.chat
		f.mu.Unlock()
		h(w, r)
	})
	mux.HandleFunc("POST /v1/embeddings", func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		r.Body = io.NopCloser(bytes.NewReader(body))
		var req struct{ Input []string }
		if err := json.Unmarshal(body, &req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		f.mu.Lock()
		f.embedReqs = append(f.embedReqs, req.Input)
		h := f.embed
		f.mu.Unlock()
		h(w, r)
	})
	f.srv = httptest.NewServer(mux)
	tb.Cleanup(f.srv.Close)
	return f
}

// reply makes the chat endpoint answer content with finish_reason stop.
func (f *fakeAPI) reply(content string) { f.replyFinish(content, openai.FinishReasonStop) }

func (f *fakeAPI) replyFinish(content string, finish openai.FinishReason) {
	f.setChat(func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, http.StatusOK, openai.ChatCompletionResponse{
			ID: "chatcmpl-1", Object: "chat.completion", Model: "fake",
			Choices: []openai.ChatCompletionChoice{{
				Message:      openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, Content: content},
				FinishReason: finish,
			}},
		})
	})
}

func (f *fakeAPI) setChat(h http.HandlerFunc) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.chat = h
}

func (f *fakeAPI) setEmbed(h http.HandlerFunc) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.embed = h
}

func (f *fakeAPI) chatRequests() []openai.ChatCompletionRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]openai.ChatCompletionRequest(nil), f.chatReqs...)
}

func (f *fakeAPI) embedRequests() [][]string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([][]string(nil), f.embedReqs...)
}

// status returns a handler answering code with an OpenAI error body.
func status(code int) http.HandlerFunc {
	return func(w http.ResponseWriter, _ *http.Request) {
		writeJSON(w, code, map[string]any{"error": map[string]any{
			"message": http.StatusText(code), "type": "fake_error", "code": code,
		}})
	}
}

// hang never answers until the client goes away.
func hang(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func bodyOf(r *http.Request) []byte {
	b, _ := io.ReadAll(r.Body)
	return b
}

// bagOfWords is a deterministic fake embedding: word counts hashed into
// 256 dimensions.
func bagOfWords(text string) []float32 {
	v := make([]float32, 256)
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		h := fnv.New32a()
		h.Write([]byte(w))
		v[h.Sum32()%256]++
	}
	return v
}

// probe records what a Client reports: metrics events and log lines.
type probe struct {
	mu     sync.Mutex
	events map[string]int
	log    bytes.Buffer
}

func (p *probe) count(event string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.events == nil {
		p.events = map[string]int{}
	}
	p.events[event]++
}

func (p *probe) n(event string) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.events[event]
}

func (p *probe) Write(b []byte) (int, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.log.Write(b)
}

func (p *probe) logged() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.log.String()
}

// fakeClock is a settable clock for the circuit breakers.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Date(2025, 1, 1, 12, 0, 0, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// newClient returns a Client for f with both models, a 2s timeout, and p
// recording metrics and logs; edit changes the Config before New.
func newClient(tb testing.TB, f *fakeAPI, p *probe, edit func(*llm.Config)) *llm.Client {
	tb.Helper()
	cfg := llm.Config{
		BaseURL:    f.srv.URL + "/v1",
		Model:      "fake-chat",
		EmbedModel: "fake-embed",
		Timeout:    2 * time.Second,
		HTTPClient: f.srv.Client(),
	}
	if p != nil {
		cfg.Metrics = p.count
		cfg.Logger = slog.New(slog.NewTextHandler(p, nil))
	}
	if edit != nil {
		edit(&cfg)
	}
	c, err := llm.New(cfg)
	if err != nil {
		tb.Fatalf("llm.New: %v", err)
	}
	return c
}
