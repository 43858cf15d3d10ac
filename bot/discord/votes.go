package discord

import (
	"hash/maphash"
	"sync"
	"time"
)

// Feedback vote bounds: a person's vote on a reply is remembered for
// between voteTTL/2 and voteTTL, and at most maxVotes votes are
// remembered (a few MB).
const (
	voteTTL  = 24 * time.Hour
	maxVotes = 100000
)

// voteSet remembers who has voted on which reply, so each person counts
// once per reply, without keeping who: only a keyed hash of the user and
// message ids, with a key made at start and never stored, in memory. It is
// two generations of a set: the older is dropped when the newer is
// voteTTL/2 old or holds maxVotes/2 votes, so it is bounded and forgets.
// It is safe for concurrent use.
type voteSet struct {
	mu      sync.Mutex
	seed    maphash.Seed
	now     func() time.Time
	cur     map[uint64]struct{}
	prev    map[uint64]struct{}
	started time.Time
}

func newVoteSet(now func() time.Time) *voteSet {
	return &voteSet{seed: maphash.MakeSeed(), now: now, cur: map[uint64]struct{}{}, started: now()}
}

// first records a vote by userID on messageID and reports whether it is
// that person's first on that reply.
func (v *voteSet) first(userID, messageID string) bool {
	k := maphash.String(v.seed, userID+"\x00"+messageID)
	v.mu.Lock()
	defer v.mu.Unlock()
	now := v.now()
	if now.Sub(v.started) >= voteTTL/2 || len(v.cur) >= maxVotes/2 {
		v.prev, v.cur, v.started = v.cur, make(map[uint64]struct{}), now
	}
	if _, ok := v.cur[k]; ok {
		return false
	}
	if _, ok := v.prev[k]; ok {
		return false
	}
	v.cur[k] = struct{}{}
	return true
}
