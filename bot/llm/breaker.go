package llm

import (
	"errors"
	"sync"
	"time"
)

// ErrCircuitOpen is returned without calling the endpoint while a Breaker
// is open (or half-open with its one probe call already in flight).
var ErrCircuitOpen = errors.New("circuit open")

// The default Breaker settings used by New.
const (
	DefaultBreakerThreshold = 5
	DefaultBreakerCoolDown  = 30 * time.Second
)

type breakerState int

const (
	stateClosed breakerState = iota
	stateOpen
	stateHalfOpen
)

// Breaker is a circuit breaker for one endpoint. It opens after Threshold
// consecutive failures, refuses calls for the cool-down, then lets one
// probe call through (half-open): its success closes the breaker, its
// failure opens it again. A Breaker is safe for concurrent use.
type Breaker struct {
	threshold int
	coolDown  time.Duration
	now       func() time.Time

	mu       sync.Mutex
	state    breakerState
	failures int
	openedAt time.Time
	probing  bool
}

// NewBreaker returns a closed Breaker that opens after threshold consecutive
// failures and stays open for coolDown, reading time from now. Zero or
// negative values take the defaults (5 failures, 30s, time.Now).
func NewBreaker(threshold int, coolDown time.Duration, now func() time.Time) *Breaker {
	if threshold <= 0 {
		threshold = DefaultBreakerThreshold
	}
	if coolDown <= 0 {
		coolDown = DefaultBreakerCoolDown
	}
	if now == nil {
		now = time.Now
	}
	return &Breaker{threshold: threshold, coolDown: coolDown, now: now}
}

// Allow reports whether a call may go to the endpoint now. It returns
// ErrCircuitOpen while the breaker is open, and while it is half-open with
// the probe call in flight. Every nil return must be followed by exactly
// one of Success, Failure or Release.
func (b *Breaker) Allow() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.state {
	case stateOpen:
		if b.now().Sub(b.openedAt) < b.coolDown {
			return ErrCircuitOpen
		}
		b.state = stateHalfOpen
		b.probing = true
		return nil
	case stateHalfOpen:
		if b.probing {
			return ErrCircuitOpen
		}
		b.probing = true
		return nil
	default:
		return nil
	}
}

// Success records a call the endpoint answered; it closes the breaker.
func (b *Breaker) Success() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.state = stateClosed
	b.failures = 0
	b.probing = false
}

// Failure records a failed call. It reports whether this failure opened
// the breaker (so the caller can log it once).
func (b *Breaker) Failure() (opened bool) {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch b.state {
	case stateHalfOpen:
		b.open()
		return true
	case stateOpen:
		return false
	default:
		b.failures++
		if b.failures >= b.threshold {
			b.open()
			return true
		}
		return false
	}
}

// Release records a call that ended without telling anything about the
// endpoint (the caller gave up); a half-open breaker lets the next call
// probe instead.
func (b *Breaker) Release() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.state == stateHalfOpen {
		b.probing = false
	}
}

func (b *Breaker) open() {
	b.state = stateOpen
	b.openedAt = b.now()
	b.failures = 0
	b.probing = false
}
