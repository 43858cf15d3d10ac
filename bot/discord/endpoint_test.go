package discord_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot/discord"
)

// testKey is a fixed key pair, so failures reproduce.
func testKey(seed byte) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, ed25519.SeedSize))
}

// endpointHarness is an adapter serving only the HTTP interactions
// endpoint, as a replica behind a load balancer does.
type endpointHarness struct {
	*harness
	srv *httptest.Server
	key ed25519.PrivateKey
}

func newEndpointHarness(tb testing.TB, configure func(*discord.Config)) *endpointHarness {
	tb.Helper()
	key := testKey(7)
	h := newHarness(tb, harnessOptions{configure: func(c *discord.Config) {
		c.PublicKey = hex.EncodeToString(key.Public().(ed25519.PublicKey))
		c.NoGateway = true
		if configure != nil {
			configure(c)
		}
	}})
	srv := httptest.NewServer(h.adapter.InteractionsHandler())
	tb.Cleanup(srv.Close)
	return &endpointHarness{harness: h, srv: srv, key: key}
}

// serve runs the adapter until the test ends.
func (e *endpointHarness) serve(tb testing.TB) {
	tb.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.adapter.Run(ctx) }()
	tb.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				tb.Errorf("Run: %v", err)
			}
		case <-time.After(30 * time.Second):
			tb.Error("Run did not return")
		}
	})
	// Run is serving once the health check says so.
	deadline := time.Now().Add(10 * time.Second)
	for {
		rec := httptest.NewRecorder()
		e.adapter.HealthHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		if rec.Code == http.StatusOK {
			return
		}
		if time.Now().After(deadline) {
			tb.Fatalf("adapter not serving: %d %s", rec.Code, rec.Body)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// post sends body signed by key with timestamp ts.
func (e *endpointHarness) post(tb testing.TB, body []byte, key ed25519.PrivateKey, ts time.Time) (int, []byte) {
	tb.Helper()
	stamp := strconv.FormatInt(ts.Unix(), 10)
	req, err := http.NewRequest(http.MethodPost, e.srv.URL, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	if key != nil {
		sig := ed25519.Sign(key, append([]byte(stamp), body...))
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
		req.Header.Set("X-Signature-Timestamp", stamp)
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

// interact sends ic as Discord would and decodes the response.
func (e *endpointHarness) interact(tb testing.TB, ic *discordgo.InteractionCreate) wireResponse {
	tb.Helper()
	code, body := e.post(tb, interactionJSON(tb, ic), e.key, time.Now())
	if code != http.StatusOK {
		tb.Fatalf("status %d: %s", code, body)
	}
	var r wireResponse
	if err := json.Unmarshal(body, &r); err != nil {
		tb.Fatalf("decode response: %v\n%s", err, body)
	}
	return r
}

func TestInteractionsEndpointSignatures(t *testing.T) {
	e := newEndpointHarness(t, nil)
	e.serve(t)
	ping := []byte(`{"id":"1","application_id":"` + e.fake.AppID + `","type":1,"token":"t","version":1}`)

	t.Run("PING is answered with PONG", func(t *testing.T) {
		code, body := e.post(t, ping, e.key, time.Now())
		if code != http.StatusOK || strings.TrimSpace(string(body)) != `{"type":1}` {
			t.Fatalf("%d %s", code, body)
		}
	})
	refused := []struct {
		name string
		send func() (int, []byte)
	}{
		{"no signature", func() (int, []byte) { return e.post(t, ping, nil, time.Now()) }},
		{"signed by another key", func() (int, []byte) { return e.post(t, ping, testKey(9), time.Now()) }},
		{"stale timestamp", func() (int, []byte) { return e.post(t, ping, e.key, time.Now().Add(-10*time.Minute)) }},
		{"timestamp from the future", func() (int, []byte) { return e.post(t, ping, e.key, time.Now().Add(10*time.Minute)) }},
		{"body changed after signing", func() (int, []byte) {
			stamp := strconv.FormatInt(time.Now().Unix(), 10)
			sig := ed25519.Sign(e.key, append([]byte(stamp), ping...))
			forged := bytes.Replace(ping, []byte(`"type":1`), []byte(`"type":2`), 1)
			req, _ := http.NewRequest(http.MethodPost, e.srv.URL, bytes.NewReader(forged))
			req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
			req.Header.Set("X-Signature-Timestamp", stamp)
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			b, _ := io.ReadAll(resp.Body)
			return resp.StatusCode, b
		}},
		{"malformed signature", func() (int, []byte) {
			req, _ := http.NewRequest(http.MethodPost, e.srv.URL, bytes.NewReader(ping))
			req.Header.Set("X-Signature-Ed25519", "zz")
			req.Header.Set("X-Signature-Timestamp", strconv.FormatInt(time.Now().Unix(), 10))
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			return resp.StatusCode, nil
		}},
	}
	for _, tc := range refused {
		t.Run("refuses "+tc.name, func(t *testing.T) {
			if code, body := tc.send(); code != http.StatusUnauthorized {
				t.Fatalf("status %d, want 401: %s", code, body)
			}
		})
	}
	t.Run("a replayed command is refused", func(t *testing.T) {
		body := interactionJSON(t, e.slash("crisis"))
		if code, b := e.post(t, body, e.key, time.Now()); code != http.StatusOK {
			t.Fatalf("first: %d %s", code, b)
		}
		if code, _ := e.post(t, body, e.key, time.Now()); code != http.StatusUnauthorized {
			t.Fatalf("replay: status %d, want 401", code)
		}
	})
	t.Run("only POST", func(t *testing.T) {
		resp, err := http.Get(e.srv.URL)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusMethodNotAllowed {
			t.Fatalf("GET: %d", resp.StatusCode)
		}
	})
	t.Run("a body over the limit is refused", func(t *testing.T) {
		big := append([]byte(`{"type":1,"x":"`), bytes.Repeat([]byte("a"), 2<<20)...)
		big = append(big, `"}`...)
		if code, _ := e.post(t, big, e.key, time.Now()); code != http.StatusRequestEntityTooLarge {
			t.Fatalf("status %d, want 413", code)
		}
	})
	if n := e.fake.Count(func(r fakeRequest) bool { return strings.HasPrefix(r.Path, "/interactions/") }); n != 0 {
		t.Errorf("%d REST callbacks; answers must go in the HTTP response", n)
	}
}

func TestInteractionsEndpointAnswersInTheResponse(t *testing.T) {
	e := newEndpointHarness(t, nil)
	e.serve(t)

	t.Run("/ask", func(t *testing.T) {
		r := e.interact(t, e.slash("ask", opt("question", "what actually happens in a sex therapy session?")))
		if r.Type != int(discordgo.InteractionResponseChannelMessageWithSource) {
			t.Fatalf("response type %d", r.Type)
		}
		if !r.Data.ephemeral() {
			t.Error("the answer is public; by default answers are private")
		}
		if txt := strings.ToLower(r.Data.embedText()); !strings.Contains(txt, "sex therap") {
			t.Errorf("not an answer about sex therapy:\n%s", txt)
		}
	})
	t.Run("/crisis", func(t *testing.T) {
		r := e.interact(t, e.slash("crisis"))
		txt := r.Data.Content + r.Data.embedText()
		if !strings.Contains(txt, "988") {
			t.Errorf("no US crisis line in:\n%s", txt)
		}
		if !r.Data.ephemeral() {
			t.Error("crisis reply is public")
		}
	})
	t.Run("/myth", func(t *testing.T) {
		r := e.interact(t, e.slash("myth", opt("statement", "sex therapy involves sexual contact with the therapist")))
		txt := strings.ToLower(r.Data.embedText())
		if !strings.Contains(txt, "never") && !strings.Contains(txt, "no sexual contact") && !strings.Contains(txt, "not") {
			t.Errorf("the myth is not corrected:\n%s", txt)
		}
	})
	t.Run("a PING never reaches the bot", func(t *testing.T) {
		if n := e.fake.Count(func(r fakeRequest) bool { return strings.HasPrefix(r.Path, "/interactions/") }); n != 0 {
			t.Errorf("%d REST callbacks; answers must go in the HTTP response:\n%s", n, e.describe())
		}
	})
	t.Run("no gateway is opened and no commands are registered", func(t *testing.T) {
		if n := len(e.fake.Identifies()); n != 0 {
			t.Errorf("%d IDENTIFYs from a process without a gateway", n)
		}
		if n := e.fake.Count(fakeMatch("PUT", "/applications/")); n != 0 {
			t.Errorf("an HTTP-only replica registered the commands %d times", n)
		}
	})
	t.Run("health says the gateway is off", func(t *testing.T) {
		rec := httptest.NewRecorder()
		e.adapter.HealthHandler().ServeHTTP(rec, httptest.NewRequest("GET", "/healthz", nil))
		if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), `"gateway":"off"`) {
			t.Errorf("%d %s", rec.Code, rec.Body)
		}
	})
}

// A slow answer is deferred in the HTTP response and edited in by REST.
func TestInteractionsEndpointDefers(t *testing.T) {
	e := newEndpointHarness(t, func(c *discord.Config) { c.DeferAfter = -1 })
	e.serve(t)
	ic := e.slash("ask", opt("question", "what is performance anxiety"))
	r := e.interact(t, ic)
	if r.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
		t.Fatalf("response type %d, want a deferred response", r.Type)
	}
	if !r.Data.ephemeral() {
		t.Error("deferred response is public")
	}
	m := e.message(t, "PATCH", originalPath(ic))
	if txt := strings.ToLower(m.embedText()); !strings.Contains(txt, "anxiety") {
		t.Errorf("edit is not the answer:\n%s", txt)
	}
}

func TestInteractionsEndpointNotServing(t *testing.T) {
	e := newEndpointHarness(t, nil)
	code, body := e.post(t, interactionJSON(t, e.slash("crisis")), e.key, time.Now())
	if code != http.StatusServiceUnavailable {
		t.Fatalf("before Run: %d %s, want 503", code, body)
	}
}

func TestPublicKeyAndShardSettings(t *testing.T) {
	if _, err := discord.ParsePublicKey("abc"); err == nil {
		t.Error("a short key was accepted")
	}
	k := hex.EncodeToString(testKey(1).Public().(ed25519.PublicKey))
	if _, err := discord.ParsePublicKey(" " + k + "\n"); err != nil {
		t.Errorf("a valid key: %v", err)
	}
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"0-3", []int{0, 1, 2, 3}},
		{"4, 2,2,7-8", []int{2, 4, 7, 8}},
		{"5", []int{5}},
		{"", nil}, {"3-1", nil}, {"a", nil}, {"-1", nil}, {"0-999999", nil},
	} {
		got, err := discord.ParseShardIDs(tc.in)
		if fmt.Sprint(got) != fmt.Sprint(tc.want) || (err == nil) != (tc.want != nil) {
			t.Errorf("ParseShardIDs(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, bad := range []discord.Config{
		{ShardCount: discord.AutoShards, ShardIDs: []int{0, 1}},
		{ShardCount: 4, ShardIDs: []int{3, 4}},
		{ShardCount: 1, ShardIDs: []int{1}},
		{PublicKey: "not-hex"},
	} {
		bad.Token, bad.Bot = "t", newHarness(t, harnessOptions{noStore: true}).bot
		if _, err := discord.New(bad); err == nil {
			t.Errorf("New accepted %+v", bad)
		}
	}
}

func fakeMatch(method, prefix string) func(fakeRequest) bool {
	return func(r fakeRequest) bool { return r.Method == method && strings.HasPrefix(r.Path, prefix) }
}
