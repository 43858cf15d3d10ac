package discord

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// AutoShards as Config.ShardCount asks Discord for its recommended shard
// count (GET /gateway/bot) and runs every shard in this process.
const AutoShards = -1

// SyncMode says whether Run registers the slash commands.
type SyncMode int

const (
	// SyncAuto registers them in the process that runs shard 0 over the
	// gateway, and nowhere else.
	SyncAuto SyncMode = iota
	// SyncNever leaves registration to "candor commands sync".
	SyncNever
	// SyncAlways registers them whenever Run starts.
	SyncAlways
)

// ParseSyncMode reads CANDOR_SYNC_COMMANDS: auto (or empty), off, on.
func ParseSyncMode(s string) (SyncMode, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "auto":
		return SyncAuto, nil
	case "off", "never", "false", "0", "no":
		return SyncNever, nil
	case "on", "always", "true", "1", "yes":
		return SyncAlways, nil
	}
	return SyncAuto, fmt.Errorf("want auto, on or off, got %q", s)
}

// ParseShardIDs reads DISCORD_SHARD_IDS: shard ids and ranges separated
// by commas ("0-3", "4,5,7-9"). The result is sorted, without repeats.
func ParseShardIDs(s string) ([]int, error) {
	var ids []int
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		lo, hi, isRange := strings.Cut(part, "-")
		a, err := strconv.Atoi(strings.TrimSpace(lo))
		if err != nil || a < 0 {
			return nil, fmt.Errorf("shard ids: %q is not a shard id or a range like 0-3", part)
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(strings.TrimSpace(hi)); err != nil || b < a {
				return nil, fmt.Errorf("shard ids: %q is not a range like 0-3", part)
			}
		}
		if b-a >= maxShards || len(ids)+b-a >= maxShards {
			return nil, fmt.Errorf("shard ids: more than %d shards in one process", maxShards)
		}
		for id := a; id <= b; id++ {
			ids = append(ids, id)
		}
	}
	if len(ids) == 0 {
		return nil, errors.New("shard ids: none given")
	}
	slices.Sort(ids)
	return slices.Compact(ids), nil
}

// maxShards bounds the shards of one process: far beyond what one machine
// should serve (Discord recommends one shard per 1,000 servers).
const maxShards = 1024

// shard is one gateway connection.
type shard struct {
	id int
	s  *discordgo.Session
	up atomic.Bool
}

// shardConfig is the validated sharding of a Config.
type shardConfig struct {
	// count is the total shard count (AutoShards: ask Discord; 1: none).
	count int
	// ids are this process's shards (nil with AutoShards: all of them).
	ids      []int
	interval time.Duration
}

func newShardConfig(cfg Config) (shardConfig, error) {
	sc := shardConfig{count: cfg.ShardCount, ids: slices.Clone(cfg.ShardIDs), interval: cfg.IdentifyInterval}
	if sc.interval <= 0 {
		sc.interval = 5 * time.Second
	}
	switch {
	case sc.count == AutoShards:
		if len(sc.ids) > 0 || cfg.ShardID != 0 {
			return sc, errors.New("an automatic shard count runs every shard in this process; to spread shards over processes, " +
				"set DISCORD_SHARD_COUNT to a number (GET /gateway/bot recommends one) and give each process its DISCORD_SHARD_IDS")
		}
		return sc, nil
	case sc.count < AutoShards || sc.count > maxShards*64:
		return sc, fmt.Errorf("shard count %d out of range", sc.count)
	case sc.count <= 1:
		sc.count = 1
		if cfg.ShardID != 0 || len(sc.ids) > 1 || (len(sc.ids) == 1 && sc.ids[0] != 0) {
			return sc, errors.New("shard ids other than 0 need a shard count above 1 (DISCORD_SHARD_COUNT)")
		}
		sc.ids = []int{0}
		return sc, nil
	}
	if len(sc.ids) == 0 {
		sc.ids = []int{cfg.ShardID}
	}
	for _, id := range sc.ids {
		if id < 0 || id >= sc.count {
			return sc, fmt.Errorf("shard %d out of range for %d shards", id, sc.count)
		}
	}
	slices.Sort(sc.ids)
	sc.ids = slices.Compact(sc.ids)
	return sc, nil
}

// openShards connects this process's shards: with an automatic count it
// first asks Discord how many; with more than one shard it checks
// Discord's session-start limit and connects them in groups of Discord's
// max_concurrency, IdentifyInterval apart.
func (a *Adapter) openShards(ctx context.Context) error {
	count, ids := a.shardCfg.count, a.shardCfg.ids
	group := 1
	if count == AutoShards || len(ids) > 1 {
		gb, err := a.session.GatewayBot(discordgo.WithContext(ctx))
		switch {
		case err != nil && count == AutoShards:
			return fmt.Errorf("automatic shard count: ask Discord (GET /gateway/bot): %w", redact(err))
		case err != nil:
			a.log.Warn("GET /gateway/bot failed; connecting shards one at a time", "err", redact(err))
		default:
			if count == AutoShards {
				count = max(gb.Shards, 1)
				ids = make([]int, count)
				for k := range ids {
					ids[k] = k
				}
				a.log.Info("shard count from Discord", "shards", count)
			}
			lim := gb.SessionStartLimit
			if lim.MaxConcurrency > 0 {
				group = lim.MaxConcurrency
			}
			if lim.Total > 0 && lim.Remaining < len(ids) {
				return fmt.Errorf("Discord allows %d more gateway sessions until its limit resets in %s, and this process needs %d: "+
					"wait, or run fewer shards per process (session_start_limit of GET /gateway/bot)",
					lim.Remaining, (time.Duration(lim.ResetAfter) * time.Millisecond).Round(time.Second), len(ids))
			}
		}
	}
	if count > maxShards*64 || len(ids) > maxShards {
		return fmt.Errorf("Discord recommends %d shards; this process runs at most %d: set DISCORD_SHARD_COUNT and DISCORD_SHARD_IDS per process", count, maxShards)
	}
	shards := make([]*shard, len(ids))
	for k, id := range ids {
		if k == 0 {
			a.first.id = id
			setShard(a.session, id, count)
			shards[k] = a.first
			continue
		}
		s, err := cloneSession(a.session)
		if err != nil {
			return err
		}
		setShard(s, id, count)
		sh := &shard{id: id, s: s}
		a.attach(s, sh)
		shards[k] = sh
	}
	a.mu.Lock()
	a.shards = shards
	a.mu.Unlock()
	for k, sh := range shards {
		if k > 0 && k%group == 0 {
			t := time.NewTimer(a.shardCfg.interval)
			select {
			case <-t.C:
			case <-ctx.Done():
				t.Stop()
				return ctx.Err()
			case <-a.fatal.done():
				t.Stop()
				return a.fatal.get()
			}
		}
		if err := sh.s.Open(); err != nil {
			if ferr := a.fatal.get(); ferr != nil {
				return ferr
			}
			if len(shards) > 1 {
				return fmt.Errorf("open gateway (shard %d of %d): %w", sh.id, count, err)
			}
			return fmt.Errorf("open gateway: %w", err)
		}
		sh.up.Store(true)
	}
	return nil
}

// closeShards closes every gateway connection Run opened and returns the
// first error.
func (a *Adapter) closeShards() error {
	a.mu.Lock()
	shards := a.shards
	a.shards = nil
	a.mu.Unlock()
	var first error
	for _, sh := range shards {
		if err := sh.s.Close(); err != nil && first == nil {
			first = err
		}
		sh.up.Store(false)
	}
	return first
}

// cloneSession returns a new session that talks to Discord as s does
// (token, HTTP client, intents, reconnection), for another shard.
func cloneSession(s *discordgo.Session) (*discordgo.Session, error) {
	n, err := discordgo.New(s.Token)
	if err != nil {
		return nil, fmt.Errorf("session: %w", err)
	}
	n.Client = s.Client
	n.UserAgent = s.UserAgent
	n.ShouldReconnectOnError = s.ShouldReconnectOnError
	n.ShouldRetryOnRateLimit = s.ShouldRetryOnRateLimit
	n.MaxRestRetries = s.MaxRestRetries
	n.StateEnabled = s.StateEnabled
	n.Identify.Intents = s.Identify.Intents
	return n, nil
}

// registersCommands says whether Run registers the slash commands.
func (a *Adapter) registersCommands() bool {
	switch a.syncMode {
	case SyncNever:
		return false
	case SyncAlways:
		return true
	}
	if a.noGateway {
		return false
	}
	a.mu.RLock()
	defer a.mu.RUnlock()
	for _, sh := range a.shards {
		if sh.id == 0 {
			return true
		}
	}
	return false
}

// shardIDs lists the shards this process runs, for logs.
func (a *Adapter) shardIDs() []int {
	a.mu.RLock()
	defer a.mu.RUnlock()
	ids := make([]int, len(a.shards))
	for k, sh := range a.shards {
		ids[k] = sh.id
	}
	return ids
}
