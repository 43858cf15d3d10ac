// Package fakediscord is a loopback Discord for tests: an HTTP server that
// answers the REST calls the Candor adapter makes and a gorilla/websocket
// gateway that says HELLO, answers IDENTIFY with READY and RESUME with
// RESUMED, acknowledges heartbeats and sends dispatches on demand. It
// records every REST request so tests can check what the real discordgo
// client sent, and it can inject faults (429, 5xx), add latency to every
// REST answer, drop the gateway connection or close it with a code
// (CloseGateway, RefuseIdentify), and answer GET /channels/{id} and
// GET /guilds/{id} for the channels and servers it is given (AddChannel,
// AddGuild).
package fakediscord

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Request is one REST request the fake received.
type Request struct {
	Method string
	// Path is the path with the /api/vN prefix removed ("/gateway",
	// "/interactions/1/tok/callback").
	Path   string
	Query  string
	Header http.Header
	Body   []byte
	// Status is the status the fake answered with.
	Status int
	// At is when the request arrived.
	At time.Time
}

// JSON decodes the request body into v; it returns the decoding error.
func (r Request) JSON(v any) error { return json.Unmarshal(r.Body, v) }

// Fault makes the fake answer matching requests with an error.
type Fault struct {
	// Method and PathPrefix select the requests (empty matches any).
	Method     string
	PathPrefix string
	// Status is the answer's status code (429, 500, 503...).
	Status int
	Header http.Header
	Body   string
	// Times is how many matching requests fail before the fault is spent.
	Times int
}

// Server is a fake Discord. Its zero value is not usable; call Start.
type Server struct {
	// URL is the base URL of the REST API (stands in for https://discord.com).
	URL string
	// AppID, BotID and BotName are what READY and /oauth2/applications/@me
	// report.
	AppID   string
	BotID   string
	BotName string

	srv      *httptest.Server
	upgrader websocket.Upgrader

	mu       sync.Mutex
	reqs     []Request
	faults   []*Fault
	changed  chan struct{}
	nextID   int64
	conn     *websocket.Conn
	ready    bool
	seq      int64
	session  string
	idents   []json.RawMessage
	resumes  []json.RawMessage
	beats    int
	wmu      sync.Mutex // serialises writes to conn
	commands map[string][]json.RawMessage
	latency  time.Duration
	channels map[string]Channel
	guilds   map[string]Guild
	// closeOnIdentify, when not 0, answers the next IDENTIFYs with a
	// close frame of that code instead of READY.
	closeOnIdentify int
	// shards is what /gateway/bot recommends; more than 1 lets several
	// gateway connections (one per shard) live side by side.
	shards         int
	maxConcurrency int
	remaining      int
	// shardConns are the ready connections by shard id.
	shardConns map[int]*websocket.Conn
	// identifiedAt records when each shard identified.
	identifiedAt map[int]time.Time
}

// Channel is a channel the fake knows, answered on GET /channels/{id}.
type Channel struct {
	ID      string `json:"id"`
	GuildID string `json:"guild_id,omitempty"`
	// Type is Discord's channel type (0 text, 2 voice, 4 category, 5
	// announcement, 11 public thread, 12 private thread, 15 forum, 16
	// media).
	Type     int    `json:"type"`
	ParentID string `json:"parent_id,omitempty"`
	Name     string `json:"name,omitempty"`
}

// Guild is a server the fake knows, answered on GET /guilds/{id}.
type Guild struct {
	ID              string `json:"id"`
	Name            string `json:"name,omitempty"`
	PreferredLocale string `json:"preferred_locale,omitempty"`
}

// Options adjusts a fake.
type Options struct {
	AppID   string
	BotID   string
	BotName string
	// HeartbeatInterval is sent in HELLO (default 41.25 s).
	HeartbeatInterval time.Duration
	// Latency is added to every REST answer, as a distant Discord would.
	Latency time.Duration
	// Shards is the shard count /gateway/bot recommends (default 1). Above
	// 1, the fake keeps one gateway connection per shard side by side
	// instead of replacing the previous connection.
	Shards int
	// MaxConcurrency and SessionsRemaining are /gateway/bot's
	// session_start_limit (defaults 1 and 1000).
	MaxConcurrency    int
	SessionsRemaining int
}

// Start starts a fake Discord on 127.0.0.1. Call Close when done.
func Start(opt Options) *Server {
	s := &Server{
		AppID:    opt.AppID,
		BotID:    opt.BotID,
		BotName:  opt.BotName,
		changed:  make(chan struct{}),
		nextID:   900000000000000000,
		session:  "fake-session-1",
		commands: map[string][]json.RawMessage{},
		channels: map[string]Channel{},
		guilds:   map[string]Guild{},
		latency:  opt.Latency,

		shards:         max(opt.Shards, 1),
		maxConcurrency: max(opt.MaxConcurrency, 1),
		remaining:      opt.SessionsRemaining,
		shardConns:     map[int]*websocket.Conn{},
		identifiedAt:   map[int]time.Time{},
	}
	if s.remaining == 0 {
		s.remaining = 1000
	}
	if s.AppID == "" {
		s.AppID = "100000000000000001"
	}
	if s.BotID == "" {
		s.BotID = s.AppID
	}
	if s.BotName == "" {
		s.BotName = "Candor"
	}
	hb := opt.HeartbeatInterval
	if hb <= 0 {
		hb = 41250 * time.Millisecond
	}
	mux := http.NewServeMux()
	gw := func(w http.ResponseWriter, r *http.Request) { s.serveGateway(w, r, hb) }
	mux.HandleFunc("/gateway-ws", gw)
	mux.HandleFunc("/gateway-ws/", gw)
	mux.HandleFunc("/", s.serveREST)
	// The URL is set before the server starts serving: handlers read it
	// (GatewayURL), and a request can arrive the moment Start returns.
	s.srv = httptest.NewUnstartedServer(mux)
	s.URL = "http://" + s.srv.Listener.Addr().String()
	s.srv.Start()
	return s
}

// Close drops the gateway connection and stops the server.
func (s *Server) Close() {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.mu.Unlock()
	if c != nil {
		c.Close()
	}
	s.srv.CloseClientConnections()
	s.srv.Close()
}

// GatewayURL is the websocket URL the fake hands out from /gateway.
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.URL, "http") + "/gateway-ws"
}

// Fail adds a fault.
func (s *Server) Fail(f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.faults = append(s.faults, &f)
}

// SetLatency changes the delay added to every REST answer.
func (s *Server) SetLatency(d time.Duration) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latency = d
}

// AddChannel makes GET /channels/{id} answer with c.
func (s *Server) AddChannel(c Channel) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.channels[c.ID] = c
}

// AddGuild makes GET /guilds/{id} answer with g.
func (s *Server) AddGuild(g Guild) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.guilds[g.ID] = g
}

// CloseGateway closes the current gateway connection with a close frame
// of code (4004 authentication failed, 4014 disallowed intents...), as
// Discord does for an error. It returns an error when no connection is
// open.
func (s *Server) CloseGateway(code int, text string) error {
	s.mu.Lock()
	c := s.conn
	s.mu.Unlock()
	if c == nil {
		return fmt.Errorf("fakediscord: close gateway: no connection")
	}
	return s.closeWith(c, code, text)
}

// RefuseIdentify makes the fake answer IDENTIFY with a close frame of code
// instead of READY (0 stops refusing).
func (s *Server) RefuseIdentify(code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closeOnIdentify = code
}

func (s *Server) closeWith(c *websocket.Conn, code int, text string) error {
	s.wmu.Lock()
	err := c.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(time.Second))
	s.wmu.Unlock()
	s.mu.Lock()
	if s.conn == c {
		s.conn = nil
		s.ready = false
	}
	s.broadcastLocked()
	s.mu.Unlock()
	c.Close()
	return err
}

// Requests returns a copy of every REST request received so far.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.reqs...)
}

// Reset forgets the recorded requests.
func (s *Server) Reset() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reqs = nil
}

// Count returns how many recorded requests match.
func (s *Server) Count(match func(Request) bool) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, r := range s.reqs {
		if match(r) {
			n++
		}
	}
	return n
}

// Wait blocks until cond holds or ctx ends; cond is checked after every
// change (a request, a gateway event). It returns ctx's error on timeout.
func (s *Server) Wait(ctx context.Context, cond func(*Server) bool) error {
	for {
		s.mu.Lock()
		ch := s.changed
		s.mu.Unlock()
		if cond(s) {
			return nil
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return fmt.Errorf("fakediscord: wait: %w", ctx.Err())
		}
	}
}

// WaitRequest waits for the first recorded request that matches and
// returns it.
func (s *Server) WaitRequest(ctx context.Context, match func(Request) bool) (Request, error) {
	var got Request
	err := s.Wait(ctx, func(s *Server) bool {
		for _, r := range s.Requests() {
			if match(r) {
				got = r
				return true
			}
		}
		return false
	})
	return got, err
}

// Match returns a matcher for a method and a path prefix.
func Match(method, pathPrefix string) func(Request) bool {
	return func(r Request) bool {
		return (method == "" || r.Method == method) && strings.HasPrefix(r.Path, pathPrefix)
	}
}

// Identifies returns the IDENTIFY payloads received.
func (s *Server) Identifies() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.idents...)
}

// Resumes returns the RESUME payloads received.
func (s *Server) Resumes() []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]json.RawMessage(nil), s.resumes...)
}

// Heartbeats returns how many heartbeats were acknowledged.
func (s *Server) Heartbeats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.beats
}

// Ready reports whether a gateway connection has completed READY or
// RESUMED and can take dispatches.
func (s *Server) Ready() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.conn != nil && s.ready
}

// Commands returns the commands last registered on path
// ("/applications/{app}/commands" or ".../guilds/{g}/commands").
func (s *Server) Commands(path string) []json.RawMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.commands[path]
}

// NewID returns a fresh snowflake-like id.
func (s *Server) NewID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.newIDLocked()
}

func (s *Server) newIDLocked() string {
	s.nextID++
	return strconv.FormatInt(s.nextID, 10)
}

// broadcastLocked wakes every Wait; s.mu must be held.
func (s *Server) broadcastLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// Dispatch sends a gateway dispatch (op 0) of type event with data d on the
// current connection. It returns an error when no connection is ready.
func (s *Server) Dispatch(event string, d any) error {
	raw, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("fakediscord: dispatch %s: %w", event, err)
	}
	s.mu.Lock()
	c := s.conn
	ok := s.ready
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	if c == nil || !ok {
		return fmt.Errorf("fakediscord: dispatch %s: no ready gateway connection", event)
	}
	return s.write(c, map[string]any{"op": 0, "t": event, "s": seq, "d": json.RawMessage(raw)})
}

// Drop closes the current gateway connection abruptly (no close frame), as
// a network failure would; the client should reconnect and RESUME.
func (s *Server) Drop() {
	s.mu.Lock()
	c := s.conn
	s.conn = nil
	s.ready = false
	s.broadcastLocked()
	s.mu.Unlock()
	if c != nil {
		c.UnderlyingConn().Close()
	}
}

func (s *Server) write(c *websocket.Conn, v any) error {
	s.wmu.Lock()
	defer s.wmu.Unlock()
	return c.WriteJSON(v)
}

type gatewayPayload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request, hb time.Duration) {
	c, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	defer c.Close()
	s.mu.Lock()
	old := s.conn
	s.conn = c
	s.ready = false
	multi := s.shards > 1
	s.mu.Unlock()
	if old != nil && !multi {
		old.UnderlyingConn().Close()
	}
	if err := s.write(c, map[string]any{"op": 10, "d": map[string]any{"heartbeat_interval": hb.Milliseconds()}}); err != nil {
		return
	}
	for {
		var p gatewayPayload
		if err := c.ReadJSON(&p); err != nil {
			s.mu.Lock()
			if s.conn == c {
				s.conn = nil
				s.ready = false
			}
			for k, sc := range s.shardConns {
				if sc == c {
					delete(s.shardConns, k)
				}
			}
			s.broadcastLocked()
			s.mu.Unlock()
			return
		}
		switch p.Op {
		case 1: // heartbeat
			s.mu.Lock()
			s.beats++
			s.broadcastLocked()
			s.mu.Unlock()
			_ = s.write(c, map[string]any{"op": 11})
		case 2: // identify
			var id struct {
				Shard []int `json:"shard"`
			}
			_ = json.Unmarshal(p.D, &id)
			shardID := 0
			if len(id.Shard) == 2 {
				shardID = id.Shard[0]
			}
			s.mu.Lock()
			s.idents = append(s.idents, p.D)
			s.shardConns[shardID] = c
			s.identifiedAt[shardID] = time.Now()
			refuse := s.closeOnIdentify
			s.broadcastLocked()
			s.mu.Unlock()
			if refuse != 0 {
				_ = s.closeWith(c, refuse, "refused")
				return
			}
			s.mu.Lock()
			s.seq++
			seq := s.seq
			s.mu.Unlock()
			ready := map[string]any{
				"v":                  10,
				"session_id":         s.session,
				"resume_gateway_url": s.GatewayURL(),
				"user":               map[string]any{"id": s.BotID, "username": s.BotName, "bot": true},
				"application":        map[string]any{"id": s.AppID},
				"guilds":             []any{},
			}
			_ = s.write(c, map[string]any{"op": 0, "t": "READY", "s": seq, "d": ready})
			s.markReady(c)
		case 6: // resume
			s.mu.Lock()
			s.resumes = append(s.resumes, p.D)
			s.seq++
			seq := s.seq
			s.mu.Unlock()
			_ = s.write(c, map[string]any{"op": 0, "t": "RESUMED", "s": seq, "d": map[string]any{}})
			s.markReady(c)
		}
	}
}

func (s *Server) markReady(c *websocket.Conn) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.conn == c || s.shards > 1 {
		s.conn = c
		s.ready = true
	}
	s.broadcastLocked()
}

// ReadyShards returns the shard ids with a live, identified gateway
// connection, and when each identified.
func (s *Server) ReadyShards() map[int]time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	m := map[int]time.Time{}
	for id := range s.shardConns {
		m[id] = s.identifiedAt[id]
	}
	return m
}

// DispatchShard sends a dispatch on shard id's connection.
func (s *Server) DispatchShard(id int, event string, d any) error {
	raw, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("fakediscord: dispatch %s: %w", event, err)
	}
	s.mu.Lock()
	c := s.shardConns[id]
	s.seq++
	seq := s.seq
	s.mu.Unlock()
	if c == nil {
		return fmt.Errorf("fakediscord: dispatch %s: no connection for shard %d", event, id)
	}
	return s.write(c, map[string]any{"op": 0, "t": event, "s": seq, "d": json.RawMessage(raw)})
}

func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	at := time.Now()
	body, _ := io.ReadAll(r.Body)
	path := r.URL.Path
	if rest, ok := strings.CutPrefix(path, "/api/v"); ok {
		if i := strings.IndexByte(rest, '/'); i >= 0 {
			path = rest[i:]
		}
	}
	req := Request{Method: r.Method, Path: path, Query: r.URL.RawQuery, Header: r.Header.Clone(), Body: body, At: at}

	s.mu.Lock()
	lat := s.latency
	s.mu.Unlock()
	if lat > 0 && path != "/gateway" && path != "/gateway/bot" {
		time.Sleep(lat)
	}

	s.mu.Lock()
	var fault *Fault
	for _, f := range s.faults {
		if f.Times > 0 && (f.Method == "" || f.Method == r.Method) && strings.HasPrefix(path, f.PathPrefix) {
			f.Times--
			fault = f
			break
		}
	}
	s.mu.Unlock()

	status, out := http.StatusOK, any(nil)
	if fault != nil {
		for k, vs := range fault.Header {
			for _, v := range vs {
				w.Header().Add(k, v)
			}
		}
		status = fault.Status
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, fault.Body)
	} else {
		status, out = s.route(req)
		if out != nil {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(status)
			json.NewEncoder(w).Encode(out)
		} else {
			w.WriteHeader(status)
		}
	}
	req.Status = status
	s.mu.Lock()
	s.reqs = append(s.reqs, req)
	s.broadcastLocked()
	s.mu.Unlock()
}

func (s *Server) route(r Request) (int, any) {
	parts := strings.Split(strings.Trim(r.Path, "/"), "/")
	switch {
	case r.Method == http.MethodGet && (r.Path == "/gateway" || r.Path == "/gateway/bot"):
		s.mu.Lock()
		shards, conc, left := s.shards, s.maxConcurrency, s.remaining
		s.mu.Unlock()
		return http.StatusOK, map[string]any{
			"url":    s.GatewayURL(),
			"shards": shards,
			"session_start_limit": map[string]any{
				"total": 1000, "remaining": left, "reset_after": 3600000, "max_concurrency": conc,
			},
		}
	case r.Method == http.MethodGet && r.Path == "/oauth2/applications/@me":
		return http.StatusOK, map[string]any{"id": s.AppID, "name": s.BotName}
	case r.Method == http.MethodPut && len(parts) >= 3 && parts[0] == "applications" && parts[len(parts)-1] == "commands":
		var cmds []map[string]any
		if err := json.Unmarshal(r.Body, &cmds); err != nil {
			return http.StatusBadRequest, map[string]any{"message": "invalid form body", "code": 50035}
		}
		s.mu.Lock()
		raws := make([]json.RawMessage, 0, len(cmds))
		for _, c := range cmds {
			c["id"] = s.newIDLocked()
			c["application_id"] = s.AppID
			c["version"] = "1"
			raw, _ := json.Marshal(c)
			raws = append(raws, raw)
		}
		s.commands[r.Path] = raws
		s.mu.Unlock()
		return http.StatusOK, raws
	case r.Method == http.MethodPost && len(parts) == 4 && parts[0] == "interactions" && parts[3] == "callback":
		return http.StatusNoContent, nil
	case len(parts) >= 3 && parts[0] == "webhooks":
		switch {
		case r.Method == http.MethodPost && len(parts) == 3:
			return http.StatusOK, s.message(r, "")
		case r.Method == http.MethodPatch && len(parts) == 5:
			return http.StatusOK, s.message(r, "")
		case r.Method == http.MethodDelete && len(parts) == 5:
			return http.StatusNoContent, nil
		}
	case r.Method == http.MethodPost && len(parts) == 3 && parts[0] == "channels" && parts[2] == "messages":
		return http.StatusOK, s.message(r, parts[1])
	case r.Method == http.MethodPost && len(parts) == 3 && parts[0] == "channels" && parts[2] == "typing":
		return http.StatusNoContent, nil
	case r.Method == http.MethodGet && len(parts) == 2 && parts[0] == "channels":
		return lookup(s, s.channels, parts[1], "Unknown Channel", 10003)
	case r.Method == http.MethodGet && len(parts) == 2 && parts[0] == "guilds":
		return lookup(s, s.guilds, parts[1], "Unknown Guild", 10004)
	case r.Method == http.MethodPost && r.Path == "/users/@me/channels":
		var in struct {
			RecipientID string `json:"recipient_id"`
		}
		json.Unmarshal(r.Body, &in)
		return http.StatusOK, map[string]any{"id": "dm-" + in.RecipientID, "type": 1}
	}
	return http.StatusNotFound, map[string]any{"message": "404: Not Found", "code": 0}
}

func (s *Server) message(r Request, channelID string) map[string]any {
	m := map[string]any{}
	json.Unmarshal(r.Body, &m)
	m["id"] = s.NewID()
	if channelID != "" {
		m["channel_id"] = channelID
	}
	m["author"] = map[string]any{"id": s.BotID, "username": s.BotName, "bot": true}
	return m
}

// lookup answers a GET for one object the fake knows by id, or Discord's
// 404 with its message and error code.
func lookup[T any](s *Server, m map[string]T, id, unknown string, code int) (int, any) {
	s.mu.Lock()
	v, ok := m[id]
	s.mu.Unlock()
	if !ok {
		return http.StatusNotFound, map[string]any{"message": unknown, "code": code}
	}
	return http.StatusOK, v
}
