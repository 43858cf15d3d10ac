package discord

import (
	"sync"
	"time"
)

// RateLimit configures the per-person and per-server limits on the
// requests Candor answers. Zero values take the defaults; a negative value
// turns that limit off.
type RateLimit struct {
	// UserPerMinute is how many requests one person may make a minute
	// (default 10). Buckets are keyed by user id in memory only.
	UserPerMinute int
	// GuildPerMinute is how many requests one server may make a minute
	// (default 120).
	GuildPerMinute int
}

// Default rate limits.
const (
	defaultUserPerMinute  = 10
	defaultGuildPerMinute = 120
)

// limiter is a set of token buckets, one per key, refilled continuously at
// perMinute tokens a minute up to perMinute. It keeps nothing on disk and
// forgets idle keys.
type limiter struct {
	mu        sync.Mutex
	perMinute float64
	now       func() time.Time
	buckets   map[string]*bucket
	lastSweep time.Time
}

type bucket struct {
	tokens float64
	last   time.Time
	// warned is set once the person has been told they are limited, so a
	// burst of mentions gets one polite answer, not one each.
	warned bool
}

// newLimiter returns a limiter, or nil (no limit) when perMinute <= 0.
func newLimiter(perMinute int, now func() time.Time) *limiter {
	if perMinute <= 0 {
		return nil
	}
	return &limiter{perMinute: float64(perMinute), now: now, buckets: map[string]*bucket{}}
}

// allow takes a token for key. It reports whether the request may go ahead
// and, when it may not, whether this is the first refusal since the key
// last had tokens. A nil limiter or an empty key always allows.
func (l *limiter) allow(key string) (ok, firstRefusal bool) {
	if l == nil || key == "" {
		return true, false
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.sweep(now)
	b := l.buckets[key]
	if b == nil {
		b = &bucket{tokens: l.perMinute, last: now}
		l.buckets[key] = b
	}
	if el := now.Sub(b.last); el > 0 {
		b.tokens = min(l.perMinute, b.tokens+el.Minutes()*l.perMinute)
		b.last = now
	}
	if b.tokens >= 1 {
		b.tokens--
		b.warned = false
		return true, false
	}
	first := !b.warned
	b.warned = true
	return false, first
}

// sweep forgets buckets that would be full again, at most once a minute.
func (l *limiter) sweep(now time.Time) {
	if now.Sub(l.lastSweep) < time.Minute {
		return
	}
	l.lastSweep = now
	for k, b := range l.buckets {
		if now.Sub(b.last) >= time.Minute {
			delete(l.buckets, k)
		}
	}
}
