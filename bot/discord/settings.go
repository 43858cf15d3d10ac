package discord

import (
	"context"
	"sync"
	"time"

	"github.com/candorbot/candor/bot"
)

// Settings cache defaults.
const (
	// defaultSettingsTTL is how long a guild's settings are used before
	// the store is asked again; an admin's change through Candor applies
	// at once (the cache is updated on save), so the TTL only bounds how
	// stale a change made by another process can be when the store cannot
	// announce it (see invalidate and bot.SettingsWatcher).
	defaultSettingsTTL = 30 * time.Second
	// settingsWait bounds how long one request waits for the store before
	// going on with the last known settings (or closed ones): the
	// interaction still has to be acknowledged within Discord's 3 s.
	settingsWait = 750 * time.Millisecond
	// settingsFetchTimeout bounds a read that continues in the background
	// after the request has stopped waiting for it.
	settingsFetchTimeout = 10 * time.Second
	// settingsRetry is how long after a failed read requests stop waiting
	// for the store (a new read is still started for each).
	settingsRetry = 5 * time.Second
	// settingsForget drops a guild's entry when it has not been used for
	// this long, so the cache is bounded by the guilds active recently.
	settingsForget = time.Hour
)

// guildSettings is a guild's settings as the adapter uses them.
type guildSettings struct {
	bot.GuildSettings
	// known is false when the store has never answered for this guild:
	// the settings are then the closed ones (see closedSettings).
	known bool
}

// settingsCache keeps each guild's settings in memory: the last settings
// the store returned ("last known good"), refreshed after a TTL by one read
// at a time per guild. When the store is slow or failing, requests go on
// with the last known good settings; when there are none, with closed
// settings, never with the open defaults. It is safe for concurrent use.
type settingsCache struct {
	store bot.Store
	ttl   time.Duration
	wait  time.Duration
	now   func() time.Time
	// failed is called when a read fails or times out (metrics and logs).
	failed func(guildID string, err error)

	mu        sync.Mutex
	m         map[string]*settingsEntry
	lastSweep time.Time
}

type settingsEntry struct {
	s       bot.GuildSettings
	known   bool
	fetched time.Time
	used    time.Time
	// failed is when the last read failed.
	failed time.Time
	// loading is closed when the read in flight ends; nil when none is.
	loading chan struct{}
	// again says the settings changed while that read was in flight, so
	// its result may be old: read once more when it ends.
	again bool
}

// get returns guildID's settings, reading the store when the cached ones
// are missing or older than the TTL. Stale settings are returned at once
// while one read refreshes them in the background. Without any, get waits
// for the read at most until ctx ends or the cache's wait has passed (not
// at all when a read failed in the last few seconds), and then goes on
// with closed settings while the read completes in the background.
func (c *settingsCache) get(ctx context.Context, guildID string) guildSettings {
	now := c.now()
	c.mu.Lock()
	c.sweep(now)
	e := c.m[guildID]
	if e == nil {
		e = &settingsEntry{s: closedSettings(guildID)}
		c.m[guildID] = e
	}
	e.used = now
	if e.known && now.Sub(e.fetched) < c.ttl {
		s := guildSettings{e.s, true}
		c.mu.Unlock()
		return s
	}
	if e.loading == nil {
		e.loading = make(chan struct{})
		go c.fetch(guildID, e.loading)
	}
	if e.known || now.Sub(e.failed) < settingsRetry {
		s := guildSettings{e.s, e.known}
		c.mu.Unlock()
		return s
	}
	loading := e.loading
	c.mu.Unlock()

	t := time.NewTimer(c.wait)
	defer t.Stop()
	select {
	case <-loading:
	case <-t.C:
	case <-ctx.Done():
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	return guildSettings{e.s, e.known}
}

// peek returns the cached settings without reading the store.
func (c *settingsCache) peek(guildID string) guildSettings {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e := c.m[guildID]; e != nil {
		return guildSettings{e.s, e.known}
	}
	return guildSettings{GuildSettings: closedSettings(guildID)}
}

// put records settings just saved, so they apply at once.
func (c *settingsCache) put(s bot.GuildSettings) {
	now := c.now()
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.m[s.GuildID]
	if e == nil {
		e = &settingsEntry{}
		c.m[s.GuildID] = e
	}
	e.s, e.known, e.fetched, e.used = normalise(s), true, now, now
}

// invalidate is told that a guild's settings were saved, perhaps by
// another process (bot.SettingsWatcher): its cached copy is re-read at
// once in the background, and used until then only as the last known
// good settings. An empty guildID means any guild may have changed: every
// entry becomes stale and is re-read on its next use.
func (c *settingsCache) invalidate(guildID string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if guildID == "" {
		for _, e := range c.m {
			e.fetched = time.Time{}
			if e.loading != nil {
				e.again = true
			}
		}
		return
	}
	e := c.m[guildID]
	if e == nil {
		return // not cached: the next use reads the store anyway
	}
	e.fetched = time.Time{}
	if e.loading != nil {
		e.again = true
		return
	}
	e.loading = make(chan struct{})
	go c.fetch(guildID, e.loading)
}

// fetch reads a guild's settings and stores them in its entry; on failure
// the entry keeps what it had.
func (c *settingsCache) fetch(guildID string, done chan struct{}) {
	ctx, cancel := context.WithTimeout(context.Background(), settingsFetchTimeout)
	defer cancel()
	s, err := c.store.GuildSettings(ctx, guildID)
	c.mu.Lock()
	defer c.mu.Unlock()
	e := c.m[guildID]
	if e != nil && e.loading == done {
		e.loading = nil
		if err == nil {
			if s.GuildID == "" {
				s.GuildID = guildID
			}
			e.s, e.known, e.fetched = normalise(s), true, c.now()
		} else {
			e.failed = c.now()
		}
		if e.again {
			e.again = false
			e.fetched = time.Time{}
			e.loading = make(chan struct{})
			go c.fetch(guildID, e.loading)
		}
	}
	close(done)
	if err != nil && c.failed != nil {
		c.failed(guildID, err)
	}
}

// sweep forgets entries unused for settingsForget, at most once a minute;
// c.mu must be held.
func (c *settingsCache) sweep(now time.Time) {
	if now.Sub(c.lastSweep) < time.Minute {
		return
	}
	c.lastSweep = now
	for k, e := range c.m {
		if e.loading == nil && now.Sub(e.used) > settingsForget {
			delete(c.m, k)
		}
	}
}

// normalise fills the defaults a stored row may lack.
func normalise(s bot.GuildSettings) bot.GuildSettings {
	if s.Visibility == "" {
		s.Visibility = bot.VisibilityPrivate
	}
	return s
}

// closedSettings are used for a guild whose settings could not be read and
// were never known. They never open up what a server may have closed:
// replies are private, nothing goes to an LLM, and the adapter answers no
// mention there (it cannot know whether the channel is allowed). A
// configured alert channel cannot be honoured until the store answers;
// that is logged.
func closedSettings(guildID string) bot.GuildSettings {
	return bot.GuildSettings{GuildID: guildID, Visibility: bot.VisibilityPrivate, Rephrase: false}
}
