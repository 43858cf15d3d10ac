package discord

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// ParsePublicKey reads an application's public key as the developer portal
// shows it (DISCORD_PUBLIC_KEY: 64 hex digits).
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	s = strings.TrimSpace(s)
	b, err := hex.DecodeString(s)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("public key: want %d hex digits (the application's \"Public Key\" in the developer portal), got %d characters",
			2*ed25519.PublicKeySize, len(s))
	}
	return ed25519.PublicKey(b), nil
}

// Limits of the interactions endpoint.
const (
	// maxInteractionBody bounds a request body. Discord's interaction
	// payloads are a few kilobytes; resolved users, members and messages
	// of a context-menu command stay far below this.
	maxInteractionBody = 1 << 20
	// maxSignatureSkew is how far a request's signed timestamp may be from
	// this machine's clock. Discord signs each request as it sends it, so
	// an older one is a replay.
	maxSignatureSkew = 5 * time.Minute
	// directWait bounds how long a request waits for the handler's first
	// response: Discord gives up at 3 s, and the handler defers well
	// before that (Config.DeferAfter).
	directWait = 2800 * time.Millisecond
)

// InteractionsHandler returns the handler for Discord's HTTP interactions
// endpoint (POST /interactions; Config.PublicKey is required). It checks
// the Ed25519 signature Discord puts on every request (X-Signature-Ed25519
// over X-Signature-Timestamp and the body) and answers 401 to a missing,
// forged or stale one (older than five minutes, or repeated); it answers
// PING with PONG, and every command, button and autocomplete exactly as
// over the gateway, except that the first response goes back in the HTTP
// response. Whatever takes longer is deferred there and edited in by REST,
// so replicas behind a load balancer need no state of their own.
//
// The handler does its work under Run's lifetime (the request's context
// ends when the response is written, long before a deferred answer is
// edited in), so Run must be serving for it to answer; otherwise it
// answers 503.
func (a *Adapter) InteractionsHandler() http.Handler {
	return &endpoint{a: a, seen: newReplayGuard(a.now)}
}

type endpoint struct {
	a    *Adapter
	seen *replayGuard
}

func (e *endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	a := e.a
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "use POST", http.StatusMethodNotAllowed)
		return
	}
	if a.publicKey == nil {
		// New refuses an endpoint without a key, so this is a programming
		// error; never answer unverified requests.
		http.Error(w, "no public key configured", http.StatusInternalServerError)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxInteractionBody+1))
	if err != nil {
		http.Error(w, "could not read the request", http.StatusBadRequest)
		return
	}
	if len(body) > maxInteractionBody {
		http.Error(w, "request too large", http.StatusRequestEntityTooLarge)
		return
	}
	if reason := e.verify(r.Header, body); reason != "" {
		a.metrics.failed("signature")
		a.log.Warn("interaction refused", "reason", reason, "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	var i discordgo.Interaction
	if err := json.Unmarshal(body, &i); err != nil {
		http.Error(w, "malformed interaction", http.StatusBadRequest)
		return
	}
	if i.Type == discordgo.InteractionPing {
		a.metrics.interaction("ping")
		writeJSON(w, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
		return
	}
	// Only a verified request counts against replays: a forged one must
	// not be able to block the real one.
	if !e.seen.first(i.ID) {
		a.metrics.failed("signature")
		a.log.Warn("interaction refused", "reason", "repeated interaction id", "remote", r.RemoteAddr)
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return
	}
	d := newDirect()
	if !a.spawn(func(ctx context.Context, late bool) {
		ctx = withDirect(ctx, d)
		ic := &discordgo.InteractionCreate{Interaction: &i}
		if late {
			a.HandleLateInteraction(ctx, ic)
		} else {
			a.HandleInteraction(ctx, ic)
		}
	}, d.finished) {
		http.Error(w, "not serving", http.StatusServiceUnavailable)
		return
	}
	timer := time.NewTimer(directWait)
	defer timer.Stop()
	select {
	case resp := <-d.ch:
		writeJSON(w, resp)
		d.written()
		return
	case <-d.done:
	case <-timer.C:
	case <-r.Context().Done():
	}
	// No response yet: give up the HTTP path. If the handler offered one
	// in the meantime, send it after all.
	if resp, ok := d.abandon(); ok {
		writeJSON(w, resp)
		d.written()
		return
	}
	a.metrics.failed("no_response")
	a.log.Error("interaction not answered in time", "type", i.Type.String(), "guild", i.GuildID)
	http.Error(w, "no response", http.StatusInternalServerError)
}

// verify checks the request's signature and timestamp; it returns why the
// request is refused, or "" when it is genuine.
func (e *endpoint) verify(h http.Header, body []byte) string {
	sigHex, ts := h.Get("X-Signature-Ed25519"), h.Get("X-Signature-Timestamp")
	if sigHex == "" || ts == "" {
		return "missing signature headers"
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return "malformed signature"
	}
	msg := make([]byte, 0, len(ts)+len(body))
	msg = append(append(msg, ts...), body...)
	if !ed25519.Verify(e.a.publicKey, msg, sig) {
		return "bad signature"
	}
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return "malformed timestamp"
	}
	skew := e.a.now().Sub(time.Unix(sec, 0))
	if skew > maxSignatureSkew || skew < -maxSignatureSkew {
		return "stale timestamp"
	}
	return ""
}

func writeJSON(w http.ResponseWriter, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		http.Error(w, "could not encode the response", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
	if f, ok := w.(http.Flusher); ok {
		f.Flush()
	}
}

// direct carries an interaction's first response from its handler to the
// HTTP request that brought it. Exactly one side wins: the handler offers
// a response, or the request gives up waiting and the handler falls back
// to the REST callback.
type direct struct {
	ch   chan *discordgo.InteractionResponse
	done chan struct{} // closed when the handler has returned
	sent chan struct{} // closed once the HTTP response is written

	mu        sync.Mutex
	taken     bool
	abandoned bool
}

func newDirect() *direct {
	return &direct{
		ch:   make(chan *discordgo.InteractionResponse, 1),
		done: make(chan struct{}),
		sent: make(chan struct{}),
	}
}

// offer hands r to the HTTP request. It reports false when the request
// has given up or already took a response; the caller then uses REST.
func (d *direct) offer(r *discordgo.InteractionResponse) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.taken || d.abandoned {
		return false
	}
	d.taken = true
	d.ch <- r
	return true
}

// abandon stops the request waiting. When a response was offered
// meanwhile it returns that response instead.
func (d *direct) abandon() (*discordgo.InteractionResponse, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.taken {
		return <-d.ch, true
	}
	d.abandoned = true
	close(d.sent)
	return nil, false
}

// written says the HTTP response has gone out.
func (d *direct) written() { close(d.sent) }

// finished says the handler has returned (spawn calls it once).
func (d *direct) finished() { close(d.done) }

type directKey struct{}

func withDirect(ctx context.Context, d *direct) context.Context {
	return context.WithValue(ctx, directKey{}, d)
}

func directFrom(ctx context.Context) *direct {
	d, _ := ctx.Value(directKey{}).(*direct)
	return d
}

// respondDirect answers through the HTTP response when the interaction
// came over HTTP and its request is still waiting. It returns handled =
// false when the REST callback must be used instead. It waits until the
// response is written, so that edits sent next find the interaction
// acknowledged.
func (c *call) respondDirect(ctx context.Context, r *discordgo.InteractionResponse) (handled bool, err error) {
	if c.direct == nil || !c.direct.offer(r) {
		return false, nil
	}
	select {
	case <-c.direct.sent:
		return true, nil
	case <-ctx.Done():
		return true, ctx.Err()
	}
}

// replayGuard remembers the interaction ids seen within the signature
// window, so a captured request cannot be replayed to this process while
// its timestamp is still fresh.
type replayGuard struct {
	now func() time.Time
	mu  sync.Mutex
	m   map[string]time.Time
	// sweep is when expired ids are next dropped.
	sweep time.Time
}

// maxReplayIDs bounds the guard's memory; beyond it the oldest half of
// the window is forgotten early (the timestamp check still holds).
const maxReplayIDs = 1 << 17

func newReplayGuard(now func() time.Time) *replayGuard {
	return &replayGuard{now: now, m: map[string]time.Time{}}
}

// first reports whether id is new, and remembers it.
func (g *replayGuard) first(id string) bool {
	if id == "" {
		return true
	}
	now := g.now()
	g.mu.Lock()
	defer g.mu.Unlock()
	if now.After(g.sweep) || len(g.m) >= maxReplayIDs {
		keep := 2 * maxSignatureSkew
		if len(g.m) >= maxReplayIDs {
			keep = maxSignatureSkew
		}
		for k, t := range g.m {
			if now.Sub(t) > keep {
				delete(g.m, k)
			}
		}
		g.sweep = now.Add(time.Minute)
	}
	if _, ok := g.m[id]; ok {
		return false
	}
	g.m[id] = now
	return true
}
