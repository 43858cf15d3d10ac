package main

import (
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/candorbot/candor/bot/discord"
)

// Config is every setting Candor reads from the environment. Each key is
// documented in .env.example; flags of a subcommand override it.
type Config struct {
	DiscordToken   string
	DiscordGuildID string
	DiscordAPIURL  string
	ShardID        int
	// ShardCount is DISCORD_SHARD_COUNT: 1 (no sharding), a count, or
	// discord.AutoShards for "auto".
	ShardCount int
	// ShardIDs are the shards this process runs (DISCORD_SHARD_IDS, e.g.
	// 0-3); empty means ShardID alone.
	ShardIDs []int
	// PublicKey is the application's public key (DISCORD_PUBLIC_KEY), hex.
	PublicKey string
	// InteractionsAddr, when set, serves Discord's HTTP interactions
	// endpoint, POST /interactions (CANDOR_INTERACTIONS_ADDR).
	InteractionsAddr string
	// SyncCommands says whether "run" registers the commands
	// (CANDOR_SYNC_COMMANDS: auto, on, off).
	SyncCommands discord.SyncMode

	DB string // CANDOR_DB
	// DatabaseURL, when set (CANDOR_DATABASE_URL=postgres://...), keeps
	// everything in PostgreSQL instead of the SQLite file DB, so several
	// processes can share it.
	DatabaseURL string
	KBDir       string // CANDOR_KB_DIR
	KBMerge     bool   // CANDOR_KB_MERGE
	Region      string // CANDOR_REGION
	HTTPAddr    string // CANDOR_HTTP_ADDR

	LogLevel  slog.Level
	LogFormat string // text | json

	LLMModel   string
	LLMBaseURL string
	LLMAPIKey  string
	LLMTimeout time.Duration
	EmbedModel string

	// Semantic turns the built-in sentence encoder on (CANDOR_SEMANTIC,
	// default on); CacheDir is where vectors of a --kb directory are kept
	// (CANDOR_CACHE_DIR, default the user cache directory).
	Semantic bool
	CacheDir string
	// Examples lets search use the labelled example messages that ship with
	// the embedded base (knowledge.EmbeddedExamples) as more ways of
	// asking for their entries (CANDOR_EXAMPLES, default on; only with
	// the encoder).
	Examples bool

	// SafetyModel turns the learned safety classifiers on after the
	// deterministic rules and, in the 12 other languages, after the curated
	// phrases (CANDOR_SAFETY_MODEL, default on); off leaves triage to the
	// rules and phrases alone.
	SafetyModel bool

	RateUser  int // replies per user per minute
	RateGuild int // replies per guild per minute

	// ShutdownGrace bounds how long the bot lets replies in flight finish
	// on SIGTERM or Ctrl-C (CANDOR_SHUTDOWN_GRACE).
	ShutdownGrace time.Duration
}

// LoadConfig reads the configuration through getenv, applying defaults.
// It returns an error naming the first setting that is malformed.
func LoadConfig(getenv func(string) string) (Config, error) {
	c := Config{
		DiscordToken:   strings.TrimSpace(getenv("DISCORD_TOKEN")),
		DiscordGuildID: strings.TrimSpace(getenv("DISCORD_GUILD_ID")),
		DiscordAPIURL:  strings.TrimSpace(getenv("DISCORD_API_URL")),
		DB:             or(getenv("CANDOR_DB"), "candor.db"),
		DatabaseURL:    strings.TrimSpace(getenv("CANDOR_DATABASE_URL")),
		KBDir:          getenv("CANDOR_KB_DIR"),
		Region:         strings.ToUpper(or(getenv("CANDOR_REGION"), "US")),
		HTTPAddr:       getenv("CANDOR_HTTP_ADDR"),
		LogFormat:      strings.ToLower(or(getenv("CANDOR_LOG_FORMAT"), "text")),
		LLMModel:       getenv("CANDOR_LLM_MODEL"),
		LLMBaseURL:     or(getenv("OPENAI_BASE_URL"), "https://api.openai.com/v1"),
		LLMAPIKey:      getenv("OPENAI_API_KEY"),
		EmbedModel:     getenv("CANDOR_EMBED_MODEL"),
		Semantic:       true,
		Examples:       true,
		SafetyModel:    true,
		CacheDir:       getenv("CANDOR_CACHE_DIR"),
		ShardCount:     1,
		LLMTimeout:     8 * time.Second,
		ShutdownGrace:  discord.DefaultShutdownGrace,
		RateUser:       10,
		RateGuild:      120,
	}
	var err error
	if c.DatabaseURL != "" && !validDatabaseURL(c.DatabaseURL) {
		return c, errors.New("CANDOR_DATABASE_URL: want a postgres:// or postgresql:// URL, e.g. postgres://candor:PASSWORD@db:5432/candor")
	}
	if v := getenv("CANDOR_KB_MERGE"); v != "" {
		if c.KBMerge, err = strconv.ParseBool(v); err != nil {
			return c, fmt.Errorf("CANDOR_KB_MERGE=%q: want true or false", v)
		}
	}
	for _, s := range []struct {
		name string
		to   *bool
	}{{"CANDOR_SEMANTIC", &c.Semantic}, {"CANDOR_EXAMPLES", &c.Examples}, {"CANDOR_SAFETY_MODEL", &c.SafetyModel}} {
		if err := onOff(getenv(s.name), s.to); err != nil {
			return c, fmt.Errorf("%s=%w", s.name, err)
		}
	}
	if v := getenv("CANDOR_LOG_LEVEL"); v != "" {
		if err := c.LogLevel.UnmarshalText([]byte(v)); err != nil {
			return c, fmt.Errorf("CANDOR_LOG_LEVEL=%q: want debug, info, warn or error", v)
		}
	}
	if c.LogFormat != "text" && c.LogFormat != "json" {
		return c, fmt.Errorf("CANDOR_LOG_FORMAT=%q: want text or json", c.LogFormat)
	}
	if v := getenv("CANDOR_LLM_TIMEOUT"); v != "" {
		if c.LLMTimeout, err = time.ParseDuration(v); err != nil || c.LLMTimeout <= 0 {
			return c, fmt.Errorf("CANDOR_LLM_TIMEOUT=%q: want a positive duration such as 8s", v)
		}
	}
	if v := getenv("CANDOR_SHUTDOWN_GRACE"); v != "" {
		if c.ShutdownGrace, err = time.ParseDuration(v); err != nil || c.ShutdownGrace <= 0 {
			return c, fmt.Errorf("CANDOR_SHUTDOWN_GRACE=%q: want a positive duration such as 8s", v)
		}
	}
	ints := []struct {
		key string
		dst *int
		min int
	}{
		{"DISCORD_SHARD_ID", &c.ShardID, 0},
		{"CANDOR_RATE_USER", &c.RateUser, 1},
		{"CANDOR_RATE_GUILD", &c.RateGuild, 1},
	}
	for _, it := range ints {
		if v := getenv(it.key); v != "" {
			n, err := strconv.Atoi(v)
			if err != nil || n < it.min {
				return c, fmt.Errorf("%s=%q: want a whole number of at least %d", it.key, v, it.min)
			}
			*it.dst = n
		}
	}
	if v := strings.TrimSpace(getenv("DISCORD_SHARD_COUNT")); v != "" {
		if strings.EqualFold(v, "auto") {
			c.ShardCount = discord.AutoShards
		} else if n, err := strconv.Atoi(v); err != nil || n < 1 {
			return c, fmt.Errorf("DISCORD_SHARD_COUNT=%q: want auto or a whole number of at least 1", v)
		} else {
			c.ShardCount = n
		}
	}
	if v := strings.TrimSpace(getenv("DISCORD_SHARD_IDS")); v != "" {
		if c.ShardIDs, err = discord.ParseShardIDs(v); err != nil {
			return c, fmt.Errorf("DISCORD_SHARD_IDS=%q: %w", v, err)
		}
		if c.ShardID != 0 {
			return c, errors.New("set DISCORD_SHARD_IDS or DISCORD_SHARD_ID, not both")
		}
	}
	switch {
	case c.ShardCount == discord.AutoShards && (c.ShardID != 0 || len(c.ShardIDs) > 0):
		return c, errors.New("DISCORD_SHARD_COUNT=auto runs every shard in one process; to split shards over processes, " +
			"set DISCORD_SHARD_COUNT to a number and DISCORD_SHARD_IDS per process (docs/scaling.md)")
	case c.ShardCount != discord.AutoShards && c.ShardID >= c.ShardCount:
		return c, fmt.Errorf("DISCORD_SHARD_ID=%d must be less than DISCORD_SHARD_COUNT=%d", c.ShardID, c.ShardCount)
	case c.ShardCount != discord.AutoShards && len(c.ShardIDs) > 0 && c.ShardIDs[len(c.ShardIDs)-1] >= c.ShardCount:
		return c, fmt.Errorf("DISCORD_SHARD_IDS=%q: shard %d is not below DISCORD_SHARD_COUNT=%d", getenv("DISCORD_SHARD_IDS"),
			c.ShardIDs[len(c.ShardIDs)-1], c.ShardCount)
	}
	if c.PublicKey = strings.TrimSpace(getenv("DISCORD_PUBLIC_KEY")); c.PublicKey != "" {
		if _, err := discord.ParsePublicKey(c.PublicKey); err != nil {
			return c, fmt.Errorf("DISCORD_PUBLIC_KEY: %w", err)
		}
	}
	if c.InteractionsAddr = strings.TrimSpace(getenv("CANDOR_INTERACTIONS_ADDR")); c.InteractionsAddr != "" && c.PublicKey == "" {
		return c, errors.New("CANDOR_INTERACTIONS_ADDR needs DISCORD_PUBLIC_KEY (the application's \"Public Key\" in the developer portal) to verify Discord's signatures")
	}
	if c.SyncCommands, err = discord.ParseSyncMode(getenv("CANDOR_SYNC_COMMANDS")); err != nil {
		return c, fmt.Errorf("CANDOR_SYNC_COMMANDS: %w", err)
	}
	return c, nil
}

func or(v, def string) string {
	if strings.TrimSpace(v) == "" {
		return def
	}
	return strings.TrimSpace(v)
}

// onOff sets *to from an on/off setting's value; an empty value leaves it.
func onOff(v string, to *bool) error {
	switch strings.ToLower(strings.TrimSpace(v)) {
	case "":
	case "on", "true", "1", "yes":
		*to = true
	case "off", "false", "0", "no":
		*to = false
	default:
		return fmt.Errorf("%q: want on or off", v)
	}
	return nil
}
