package discord_test

import (
	"context"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/bot/discord"
	"github.com/candorbot/candor/internal/fakediscord"
)

// shardHarness is an adapter on a fake Discord that recommends shards,
// with a short identify interval.
func shardHarness(t *testing.T, opt fakediscord.Options, configure func(*discord.Config)) (*harness, *fakediscord.Server) {
	t.Helper()
	h := newHarness(t, harnessOptions{noStore: true, fake: opt, configure: func(c *discord.Config) {
		c.IdentifyInterval = 300 * time.Millisecond
		configure(c)
	}})
	return h, h.fake
}

// runAdapter runs a until the test ends; done delivers Run's result once,
// and the cleanup waits for Run to return before the fake closes.
func runAdapter(t *testing.T, a *discord.Adapter) (done <-chan error, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	ch := make(chan error, 1)
	finished := make(chan struct{})
	go func() {
		ch <- a.Run(ctx)
		close(finished)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-finished:
		case <-time.After(30 * time.Second):
			t.Error("Run did not return")
		}
	})
	return ch, cancel
}

// DISCORD_SHARD_COUNT=auto: every shard Discord recommends runs in one
// process, in groups of max_concurrency spaced by the identify interval;
// only shard 0 registers the commands; events on any shard are answered.
func TestAutoShardsInOneProcess(t *testing.T) {
	h, fake := shardHarness(t, fakediscord.Options{Shards: 4, MaxConcurrency: 2}, func(c *discord.Config) {
		c.ShardCount = discord.AutoShards
	})
	done, stop := runAdapter(t, h.adapter)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := fake.Wait(ctx, func(s *fakediscord.Server) bool {
		return len(s.ReadyShards()) == 4 && s.Count(fakediscord.Match("PUT", "/applications/")) > 0
	}); err != nil {
		t.Fatalf("shards not all connected: %v; ready %v\n%s", err, fake.ReadyShards(), h.describe())
	}
	var seen []int
	for _, raw := range fake.Identifies() {
		var id struct {
			Shard []int `json:"shard"`
		}
		if err := json.Unmarshal(raw, &id); err != nil || len(id.Shard) != 2 || id.Shard[1] != 4 {
			t.Fatalf("identify %s", raw)
		}
		seen = append(seen, id.Shard[0])
	}
	slices.Sort(seen)
	if !slices.Equal(seen, []int{0, 1, 2, 3}) {
		t.Errorf("identified shards %v", seen)
	}
	at := fake.ReadyShards()
	// Shards 0,1 form the first group, 2,3 the second: 300 ms apart.
	if gap := at[2].Sub(at[1]); gap < 250*time.Millisecond {
		t.Errorf("second group identified %v after the first; want the identify interval", gap)
	}
	if gap := at[1].Sub(at[0]); gap > 250*time.Millisecond {
		t.Errorf("shards of one group identified %v apart", gap)
	}
	// Wait until the adapter itself counts every shard as up.
	for !h.adapter.Connected() && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	if n := fake.Count(fakediscord.Match("PUT", "/applications/")); n != 1 {
		t.Errorf("commands registered %d times, want once", n)
	}
	ic := h.slash("about")
	if err := fake.DispatchShard(3, "INTERACTION_CREATE", interactionJSON(t, ic)); err != nil {
		t.Fatal(err)
	}
	if _, err := fake.WaitRequest(ctx, fakediscord.Match("POST", "/interactions/"+ic.ID+"/")); err != nil {
		t.Fatalf("an interaction on shard 3 was not answered: %v", err)
	}
	stop()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(fake.ReadyShards()) != 0 {
		t.Errorf("shards still connected after Run: %v", fake.ReadyShards())
	}
}

// A process running shards 2-3 of 4 does not register the commands.
func TestShardRangeDoesNotRegister(t *testing.T) {
	h, fake := shardHarness(t, fakediscord.Options{Shards: 4}, func(c *discord.Config) {
		c.ShardCount, c.ShardIDs = 4, []int{2, 3}
	})
	runAdapter(t, h.adapter)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	if err := fake.Wait(ctx, func(s *fakediscord.Server) bool { return len(s.ReadyShards()) == 2 }); err != nil {
		t.Fatalf("%v; ready %v", err, fake.ReadyShards())
	}
	for !h.adapter.Connected() && ctx.Err() == nil {
		time.Sleep(10 * time.Millisecond)
	}
	if _, ok := fake.ReadyShards()[2]; !ok {
		t.Errorf("shard 2 not connected: %v", fake.ReadyShards())
	}
	if n := fake.Count(fakediscord.Match("PUT", "/applications/")); n != 0 {
		t.Errorf("a process without shard 0 registered the commands %d times", n)
	}
}

// When Discord's session-start limit cannot cover the shards, Run stops
// with a message that says so instead of burning the rest of the budget.
func TestSessionStartLimit(t *testing.T) {
	h, fake := shardHarness(t, fakediscord.Options{Shards: 4, SessionsRemaining: 2}, func(c *discord.Config) {
		c.ShardCount = discord.AutoShards
	})
	done, _ := runAdapter(t, h.adapter)
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "2 more gateway sessions") {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not stop")
	}
	if n := len(fake.Identifies()); n != 0 {
		t.Errorf("%d IDENTIFYs spent", n)
	}
}

// Discord closing with 4011 (sharding required) ends Run with advice.
func TestShardingRequiredIsFatal(t *testing.T) {
	h, fake := shardHarness(t, fakediscord.Options{}, func(c *discord.Config) {})
	fake.RefuseIdentify(4011)
	done, _ := runAdapter(t, h.adapter)
	select {
	case err := <-done:
		var fe *discord.FatalCloseError
		if !errors.As(err, &fe) || fe.Code != 4011 || !strings.Contains(err.Error(), "DISCORD_SHARD_COUNT=auto") {
			t.Fatalf("Run: %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Run did not stop")
	}
}
