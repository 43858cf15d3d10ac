package discord

import (
	"fmt"
	"testing"
	"time"
)

func TestVoteSetForgetsAndIsBounded(t *testing.T) {
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)
	v := newVoteSet(func() time.Time { return now })
	if !v.first("u", "m") || v.first("u", "m") {
		t.Fatal("a second vote on the same reply counted")
	}
	now = now.Add(voteTTL/2 + time.Minute)
	if v.first("u", "m") {
		t.Error("forgot the vote before voteTTL")
	}
	now = now.Add(voteTTL/2 + time.Minute)
	if !v.first("u", "m") {
		t.Error("remembers the vote after voteTTL")
	}
	for i := range 3 * maxVotes {
		v.first(fmt.Sprint("user", i), "m")
	}
	if n := len(v.cur) + len(v.prev); n > maxVotes {
		t.Errorf("%d votes remembered, bound is %d", n, maxVotes)
	}
}
