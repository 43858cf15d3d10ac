package discord

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"
)

// Channel lookups are cached: Candor asks for no GUILDS intent, so it
// learns a channel's type, server and parent from the REST API, once in a
// while.
const (
	channelTTL        = 10 * time.Minute
	maxCachedChannels = 10000
)

// channelInfo is what Candor needs to know about a channel.
type channelInfo struct {
	guildID  string
	parentID string
	typ      discordgo.ChannelType
	fetched  time.Time
}

// channelCache remembers channel lookups for channelTTL, bounded in size.
type channelCache struct {
	mu sync.Mutex
	m  map[string]channelInfo
}

// isThread reports whether a channel type is a thread.
func isThread(t discordgo.ChannelType) bool {
	return t == discordgo.ChannelTypeGuildPublicThread || t == discordgo.ChannelTypeGuildPrivateThread ||
		t == discordgo.ChannelTypeGuildNewsThread
}

// channel returns a channel's type, server and parent, from the cache or
// from Discord (GET /channels/{id}). It returns an error when Discord
// cannot say (unknown channel, no access, network).
func (a *Adapter) channel(ctx context.Context, id string) (channelInfo, error) {
	now := a.now()
	a.channels.mu.Lock()
	ci, ok := a.channels.m[id]
	a.channels.mu.Unlock()
	if ok && now.Sub(ci.fetched) < channelTTL {
		return ci, nil
	}
	var ch *discordgo.Channel
	err := a.retry(ctx, "channel", func() error {
		var err error
		ch, err = a.session.Channel(id, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return channelInfo{}, fmt.Errorf("channel: %w", err)
	}
	ci = channelInfo{guildID: ch.GuildID, parentID: ch.ParentID, typ: ch.Type, fetched: now}
	a.channels.mu.Lock()
	defer a.channels.mu.Unlock()
	if len(a.channels.m) >= maxCachedChannels {
		for k, v := range a.channels.m {
			if now.Sub(v.fetched) >= channelTTL || len(a.channels.m) >= maxCachedChannels {
				delete(a.channels.m, k)
			}
		}
	}
	a.channels.m[id] = ci
	return ci, nil
}

// threadParent returns the channel a thread belongs to, or "" when id is
// not a thread or cannot be looked up (logged).
func (a *Adapter) threadParent(ctx context.Context, id string) string {
	ci, err := a.channel(ctx, id)
	if err != nil {
		a.log.Warn("thread parent", "err", err)
		return ""
	}
	if !isThread(ci.typ) {
		return ""
	}
	return ci.parentID
}

// alertChannelTypes are the channel types a support notice can be posted
// in: not forums or media channels (which take posts, not messages),
// voice, stage or category channels.
var alertChannelTypes = []discordgo.ChannelType{
	discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews,
	discordgo.ChannelTypeGuildPublicThread, discordgo.ChannelTypeGuildPrivateThread, discordgo.ChannelTypeGuildNewsThread,
}

// Guild locales are cached like channels: a mention carries no locale (only
// interactions do), so the server's preferred locale (GET /guilds/{id},
// which needs no GUILDS intent) is the hint for a message's language and
// for the crisis region when the server set none. A failed lookup is
// remembered briefly so a Discord hiccup costs one request, not one per
// message.
const (
	guildLocaleTTL       = time.Hour
	guildLocaleFailedTTL = time.Minute
	guildLocaleTimeout   = time.Second
	maxCachedGuilds      = 10000
)

type guildLocale struct {
	locale  string
	fetched time.Time
	ttl     time.Duration
}

// guildLocaleCache remembers servers' preferred locales, bounded in size.
type guildLocaleCache struct {
	mu sync.Mutex
	m  map[string]guildLocale
}

// guildLocale returns the server's preferred locale ("de", "pt-BR"), or ""
// for a DM or when Discord cannot say. It makes one short attempt, never
// retries: the locale is a hint, and a mention (a crisis among them) must
// not wait for it.
func (a *Adapter) guildLocale(ctx context.Context, guildID string) string {
	if guildID == "" {
		return ""
	}
	now := a.now()
	a.locales.mu.Lock()
	gl, ok := a.locales.m[guildID]
	a.locales.mu.Unlock()
	if ok && now.Sub(gl.fetched) < gl.ttl {
		return gl.locale
	}
	lctx, cancel := context.WithTimeout(ctx, guildLocaleTimeout)
	defer cancel()
	gl = guildLocale{fetched: now, ttl: guildLocaleTTL}
	g, err := a.session.Guild(guildID, discordgo.WithContext(lctx))
	if err != nil {
		a.log.Warn("guild locale", "guild", guildID, "err", err)
		gl.ttl = guildLocaleFailedTTL
	} else {
		gl.locale = g.PreferredLocale
	}
	a.locales.mu.Lock()
	defer a.locales.mu.Unlock()
	if len(a.locales.m) >= maxCachedGuilds {
		for k, v := range a.locales.m {
			if now.Sub(v.fetched) >= v.ttl || len(a.locales.m) >= maxCachedGuilds {
				delete(a.locales.m, k)
			}
		}
	}
	a.locales.m[guildID] = gl
	return gl.locale
}

// A message carries no locale, and a DM has no server to ask. The locale
// of a person's last interaction (a slash or context-menu command, which
// carries their client's language) is the best hint for their next
// messages, in a DM above all. It is kept in memory only, for a day,
// keyed by user id: no message text, nothing on disk.
const (
	userLocaleTTL  = 24 * time.Hour
	maxCachedUsers = 100000
)

type userLocale struct {
	locale string
	seen   time.Time
}

// userLocaleCache remembers people's interaction locales, bounded in size.
type userLocaleCache struct {
	mu sync.Mutex
	m  map[string]userLocale
}

// rememberLocale records the locale of a user's interaction.
func (a *Adapter) rememberLocale(userID, locale string) {
	if userID == "" || locale == "" {
		return
	}
	now := a.now()
	a.userLocales.mu.Lock()
	defer a.userLocales.mu.Unlock()
	if _, ok := a.userLocales.m[userID]; !ok && len(a.userLocales.m) >= maxCachedUsers {
		for k, v := range a.userLocales.m {
			if now.Sub(v.seen) >= userLocaleTTL || len(a.userLocales.m) >= maxCachedUsers {
				delete(a.userLocales.m, k)
			}
		}
	}
	a.userLocales.m[userID] = userLocale{locale: locale, seen: now}
}

// messageLocale is the language hint for a message: the sender's last
// interaction locale when known, else the server's preferred locale.
func (a *Adapter) messageLocale(ctx context.Context, userID, guildID string) string {
	a.userLocales.mu.Lock()
	ul, ok := a.userLocales.m[userID]
	a.userLocales.mu.Unlock()
	if ok && a.now().Sub(ul.seen) < userLocaleTTL {
		return ul.locale
	}
	return a.guildLocale(ctx, guildID)
}
