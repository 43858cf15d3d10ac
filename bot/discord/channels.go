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
