package bot

import (
	"context"
	"errors"
	"time"
)

// Store keeps what Candor is allowed to keep: counters, per-guild settings,
// feedback counts and a server's own referral listings. It never receives
// message text or user ids. bot/sqlite implements it.
type Store interface {
	// CountReply adds one to the counter of replies of kind about entry
	// (entry may be empty) on day (UTC).
	CountReply(ctx context.Context, day time.Time, kind Kind, entry string) error
	// RecordFeedback adds one "helpful" or "not helpful" vote for entry.
	RecordFeedback(ctx context.Context, entry string, helpful bool) error
	// GuildSettings returns the settings of a guild, or the defaults when
	// it has none stored.
	GuildSettings(ctx context.Context, guildID string) (GuildSettings, error)
	// SaveGuildSettings stores the settings of s.GuildID.
	SaveGuildSettings(ctx context.Context, s GuildSettings) error
	// Listings returns a guild's own referral listings, at most
	// MaxGuildListings.
	Listings(ctx context.Context, guildID string) ([]Listing, error)
	// FindListings returns up to q.Limit of a guild's listings for a
	// region, filtered by the store (not by reading them all).
	FindListings(ctx context.Context, q ListingQuery) ([]Listing, error)
	// AddListing stores a listing and returns its number within its guild.
	// It returns an error wrapping ErrTooManyListings when the guild
	// already has MaxGuildListings.
	AddListing(ctx context.Context, l Listing) (int64, error)
	// RemoveListing deletes a guild's listing by its number; it reports
	// whether one was deleted.
	RemoveListing(ctx context.Context, guildID string, number int64) (bool, error)
	// ReplaceListings replaces all of a guild's listings at once (import),
	// numbering them from 1. More than MaxGuildListings is an error
	// wrapping ErrTooManyListings.
	ReplaceListings(ctx context.Context, guildID string, ls []Listing) error
	// Ping reports whether the store is reachable.
	Ping(ctx context.Context) error
}

// ReplyCount is one row of the reply counters: how many replies of a kind
// about an entry were given on a UTC day.
type ReplyCount struct {
	Day   string `json:"day"` // YYYY-MM-DD
	Kind  string `json:"kind"`
	Entry string `json:"entry,omitempty"`
	N     int    `json:"n"`
}

// CounterReader is implemented by stores that report the counters they
// keep, for curators (candor stats) and tests. Both readers write pending
// counters first, so they see every count made through the same store.
type CounterReader interface {
	// Flush writes counters and votes still held in memory.
	Flush(ctx context.Context) error
	// Counts returns the reply counters from day since (YYYY-MM-DD, empty
	// for all), newest day first, then most replies first.
	Counts(ctx context.Context, since string) ([]ReplyCount, error)
	// Feedback returns the helpful and not-helpful votes of entry.
	Feedback(ctx context.Context, entry string) (helpful, notHelpful int, err error)
}

// SettingsWatcher is implemented by stores shared by several processes
// that can tell when any of them saved a guild's settings, so each
// process can drop what it cached (bot/postgres, with LISTEN/NOTIFY).
type SettingsWatcher interface {
	// WatchSettings calls changed with the guild id of each settings save
	// made through the store by any process, until ctx ends; it then
	// returns ctx's error. Whenever it may have missed saves (while it
	// starts, or reconnects), it calls changed(""): forget every guild.
	// changed must not block for long.
	WatchSettings(ctx context.Context, changed func(guildID string)) error
}

// Visibility says who sees a slash-command reply.
type Visibility string

// Reply visibilities.
const (
	// VisibilityPrivate replies ephemerally (the default).
	VisibilityPrivate Visibility = "private"
	// VisibilityPublic replies in the channel.
	VisibilityPublic Visibility = "public"
)

// GuildSettings are a Discord server's own choices, set by its admins.
type GuildSettings struct {
	GuildID string
	// Region is the server's default region code ("" = the bot's default).
	Region     string
	Visibility Visibility
	// MentionChannels are the channels where mentions are answered; empty
	// means every channel.
	MentionChannels []string
	// AlertChannel receives a notice (never the text) when someone may need
	// help; empty means off, the default.
	AlertChannel string
	// Rephrase turns LLM rephrasing on for this guild when the operator has
	// configured a model.
	Rephrase bool
}

// DefaultGuildSettings returns the settings of a guild that has chosen none.
func DefaultGuildSettings(guildID string) GuildSettings {
	return GuildSettings{GuildID: guildID, Visibility: VisibilityPrivate, Rephrase: true}
}

// ErrTooManyListings is returned by a Store when a guild would have more
// than MaxGuildListings listings.
var ErrTooManyListings = errors.New("too many listings")

// ListingQuery selects a guild's listings for a region: those whose region
// code is one of Regions, or starts with Within followed by "-" (a place
// inside the region). Limit bounds the result (MaxLocalListings when 0).
type ListingQuery struct {
	GuildID string
	Regions []string
	Within  string
	Limit   int
}

// Listing is one of a server's own vetted referrals.
type Listing struct {
	// ID is the listing's number within its guild (1, 2, ...), what admins
	// see and remove it by; it says nothing about other servers.
	ID         int64  `json:"id,omitempty"`
	GuildID    string `json:"guild_id"`
	Name       string `json:"name"`
	URL        string `json:"url,omitempty"`
	Phone      string `json:"phone,omitempty"`
	Region     string `json:"region"`
	Services   string `json:"services,omitempty"`
	Telehealth bool   `json:"telehealth"`
	Cost       string `json:"cost,omitempty"`
	Languages  string `json:"languages,omitempty"`
}
