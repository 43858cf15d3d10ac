package discord

import (
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"sync"
	"time"

	"github.com/candorbot/candor/bot"
)

// latencyBuckets are the upper bounds, in seconds, of the reply latency
// histogram; Discord's interaction deadline is 3 s.
var latencyBuckets = []float64{0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 1.5, 2, 3, 5, 10}

// Metrics counts what the adapter does, for Prometheus. Label values are
// from small fixed sets (never ids or text). The zero value is not usable;
// call NewMetrics. A Metrics is safe for concurrent use.
type Metrics struct {
	mu           sync.Mutex
	interactions map[string]uint64 // by source: command, component, autocomplete, mention, dm
	replies      map[bot.Kind]uint64
	rateLimited  map[string]uint64 // by scope: user, guild
	errors       map[string]uint64 // by operation
	deferred     uint64
	latCounts    []uint64
	latSum       float64
	latCount     uint64
	// gauges, read when scraped
	connected func() bool
	inFlight  func() int
}

// NewMetrics returns empty counters.
func NewMetrics() *Metrics {
	m := &Metrics{
		interactions: map[string]uint64{},
		replies:      map[bot.Kind]uint64{},
		rateLimited:  map[string]uint64{},
		errors:       map[string]uint64{},
		latCounts:    make([]uint64, len(latencyBuckets)),
	}
	for _, s := range []string{"command", "component", "autocomplete", "mention", "dm"} {
		m.interactions[s] = 0
	}
	for _, k := range bot.Kinds {
		m.replies[k] = 0
	}
	for _, s := range []string{"user", "guild"} {
		m.rateLimited[s] = 0
	}
	return m
}

func (m *Metrics) interaction(source string) {
	m.mu.Lock()
	m.interactions[source]++
	m.mu.Unlock()
}

// reply counts a reply of kind that took d from receipt to delivery.
func (m *Metrics) reply(kind bot.Kind, d time.Duration) {
	s := d.Seconds()
	m.mu.Lock()
	defer m.mu.Unlock()
	m.replies[kind]++
	m.latSum += s
	m.latCount++
	for i, le := range latencyBuckets {
		if s <= le {
			m.latCounts[i]++
		}
	}
}

func (m *Metrics) limited(scope string) {
	m.mu.Lock()
	m.rateLimited[scope]++
	m.mu.Unlock()
}

func (m *Metrics) failed(op string) {
	m.mu.Lock()
	m.errors[op]++
	m.mu.Unlock()
}

func (m *Metrics) deferral() {
	m.mu.Lock()
	m.deferred++
	m.mu.Unlock()
}

// Handler serves the counters in the Prometheus text exposition format
// (version 0.0.4).
func (m *Metrics) Handler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		m.WriteTo(w)
	})
}

// WriteTo writes the counters in the Prometheus text format to w. It
// returns the bytes written and the first write error.
func (m *Metrics) WriteTo(w io.Writer) (int64, error) {
	ew := &errWriter{w: w}
	m.mu.Lock()
	family(ew, "candor_discord_interactions_total", "counter", "Interactions, mentions and direct messages received, by source.")
	labelled(ew, "candor_discord_interactions_total", "source", m.interactions)
	family(ew, "candor_discord_replies_total", "counter", "Replies delivered, by kind.")
	kinds := map[string]uint64{}
	for k, v := range m.replies {
		kinds[string(k)] = v
	}
	labelled(ew, "candor_discord_replies_total", "kind", kinds)
	family(ew, "candor_discord_rate_limited_total", "counter", "Requests refused by Candor's own rate limit, by scope.")
	labelled(ew, "candor_discord_rate_limited_total", "scope", m.rateLimited)
	family(ew, "candor_discord_errors_total", "counter", "Failed Discord operations, by operation.")
	labelled(ew, "candor_discord_errors_total", "op", m.errors)
	family(ew, "candor_discord_deferred_total", "counter", "Interactions acknowledged with a deferred response.")
	fmt.Fprintf(ew, "candor_discord_deferred_total %d\n", m.deferred)
	family(ew, "candor_discord_reply_seconds", "histogram", "Time from receipt to delivery of a reply.")
	for i, le := range latencyBuckets {
		fmt.Fprintf(ew, "candor_discord_reply_seconds_bucket{le=%q} %d\n", strconv.FormatFloat(le, 'g', -1, 64), m.latCounts[i])
	}
	fmt.Fprintf(ew, "candor_discord_reply_seconds_bucket{le=\"+Inf\"} %d\n", m.latCount)
	fmt.Fprintf(ew, "candor_discord_reply_seconds_sum %s\n", strconv.FormatFloat(m.latSum, 'g', -1, 64))
	fmt.Fprintf(ew, "candor_discord_reply_seconds_count %d\n", m.latCount)
	connected, inFlight := m.connected, m.inFlight
	m.mu.Unlock()
	if connected != nil {
		family(ew, "candor_discord_gateway_connected", "gauge", "1 when the gateway connection is up.")
		v := 0
		if connected() {
			v = 1
		}
		fmt.Fprintf(ew, "candor_discord_gateway_connected %d\n", v)
	}
	if inFlight != nil {
		family(ew, "candor_discord_in_flight", "gauge", "Replies being prepared or sent.")
		fmt.Fprintf(ew, "candor_discord_in_flight %d\n", inFlight())
	}
	return ew.n, ew.err
}

func family(w io.Writer, name, typ, help string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

func labelled(w io.Writer, name, label string, vals map[string]uint64) {
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		fmt.Fprintf(w, "%s{%s=%q} %d\n", name, label, k, vals[k])
	}
}

// errWriter remembers the first error and the bytes written.
type errWriter struct {
	w   io.Writer
	n   int64
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.n += int64(n)
	e.err = err
	return n, err
}
