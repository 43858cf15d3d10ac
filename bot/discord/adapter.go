package discord

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// Config is what an Adapter is built from. Token and Bot are required;
// every other field has a default.
type Config struct {
	// Token is the bot token (DISCORD_TOKEN), with or without the "Bot "
	// prefix. It is never logged.
	Token string
	// AppID is the application id; empty means learn it from READY (Run)
	// or from /oauth2/applications/@me (SyncCommands, ClearCommands).
	AppID string
	// GuildID registers the commands to one server (DISCORD_GUILD_ID),
	// which takes effect at once; empty registers them globally.
	GuildID string
	// APIURL is the base URL of a Discord HTTP proxy (DISCORD_API_URL) that
	// stands in for https://discord.com, keeping request paths; a base
	// ending in /api or /api/vN replaces that part of the path instead. The
	// gateway URL is whatever that base's /gateway answers. Empty talks to
	// Discord directly.
	APIURL string
	// ShardID and ShardCount select this process's shard; a ShardCount of 0
	// or 1 means no sharding, AutoShards asks Discord (GET /gateway/bot)
	// for its recommended count and runs every shard in this process.
	ShardID    int
	ShardCount int
	// ShardIDs, when set, are the shards this process runs, all on one
	// process (DISCORD_SHARD_IDS, e.g. 0-3); it replaces ShardID. It needs
	// an explicit ShardCount.
	ShardIDs []int
	// IdentifyInterval is how long to wait between groups of shards
	// connecting at once (Discord's max_concurrency); default 5 s, as
	// Discord requires.
	IdentifyInterval time.Duration
	// SyncCommands says whether Run registers the commands: SyncAuto (the
	// default) registers them only in the process that runs shard 0 over
	// the gateway, so N shards do not overwrite them N times; SyncNever
	// leaves it to "candor commands sync" at deploy time.
	SyncCommands SyncMode
	// NoGateway makes Run serve no gateway connection: the process then
	// answers only what reaches InteractionsHandler (slash commands,
	// buttons, context menus), not mentions or DMs.
	NoGateway bool
	// PublicKey is the application's public key (DISCORD_PUBLIC_KEY, hex),
	// needed by InteractionsHandler to verify Discord's signatures.
	PublicKey string
	// Bot answers requests.
	Bot *bot.Bot
	// Store holds guild settings and listings; nil uses the default
	// settings and stores nothing (admin commands then say so).
	Store bot.Store
	// RateLimit bounds requests per person and per server.
	RateLimit RateLimit
	// RephraseEnabled says the operator has configured an LLM, so the
	// per-server rephrase switch means something.
	RephraseEnabled bool
	// HTTPClient makes the REST calls (default: 20 s timeout). The adapter
	// uses a copy; the caller's client is not changed.
	HTTPClient *http.Client
	// DeferAfter is how long after its creation (the time in its
	// snowflake id, so time spent queued counts) an interaction may go
	// unanswered before it is acknowledged with a deferred response and
	// edited later (default 1.5 s; Discord's deadline is 3 s). A negative
	// value always defers at once, for a slow link to Discord.
	DeferAfter time.Duration
	// SettingsTTL is how long a guild's settings are kept in memory before
	// the store is read again (default 30 s). Saving them through
	// /candor-admin updates them at once; while Run runs, so do saves by
	// other processes when the store is a bot.SettingsWatcher (PostgreSQL).
	SettingsTTL time.Duration
	// HandleTimeout bounds the work for one request (default 2 min).
	HandleTimeout time.Duration
	// ShutdownTimeout bounds how long Run waits for replies in flight
	// after its context ends and the gateway is closed
	// (CANDOR_SHUTDOWN_GRACE; default 8 s, so that with the gateway's
	// 1 s close it fits Docker's default 10 s stop grace).
	ShutdownTimeout time.Duration
	// RESTRetries is how often a reply is retried after a Discord 5xx or
	// network error (default 3; negative for none). 429s are waited out as
	// Discord's Retry-After says: by the adapter's interaction client for
	// interaction callbacks, edits and follow-ups, by discordgo for the
	// rest.
	RESTRetries int
	// RetryBackoff is the first wait between such retries, doubled each
	// time (default 100 ms).
	RetryBackoff time.Duration
	// Now is the clock (default time.Now).
	Now func() time.Time
	// Logger receives structured logs (default: discard). Message text and
	// tokens are never logged.
	Logger *slog.Logger
	// Metrics receives counters (default: a fresh NewMetrics()).
	Metrics *Metrics
}

// Adapter connects a bot.Bot to Discord. Build one with New and serve it
// with Run; it is safe for concurrent use.
type Adapter struct {
	bot   *bot.Bot
	store bot.Store
	// session makes the REST calls and is the gateway connection of the
	// first shard; shards holds every gateway connection Run opened.
	session   *discordgo.Session
	first     *shard
	shards    []*shard
	shardCfg  shardConfig
	publicKey []byte
	noGateway bool
	syncMode  SyncMode
	ic        *interactClient
	registry  *Registry
	log       *slog.Logger
	now       func() time.Time
	metrics   *Metrics
	users     *limiter
	guilds    *limiter
	cache     *settingsCache
	channels  channelCache
	locales   guildLocaleCache
	// userLocales holds people's last interaction locale (see
	// messageLocale).
	userLocales userLocaleCache
	votes       *voteSet
	guildID     string
	rephrase    bool
	deferAfter  time.Duration
	// replying counts the replies being produced now (call.reply).
	replying atomic.Int64
	timeout  time.Duration
	shutdown time.Duration
	retries  int
	backoff  time.Duration

	mu      sync.RWMutex
	appID   string
	botID   string
	closing bool
	// serving is true while Run runs; the HTTP endpoint answers only then.
	serving bool
	base    context.Context
	// active counts events being handled; idle, set during shutdown, is
	// closed when it drops to zero.
	active int
	idle   chan struct{}

	fatal    fatalWatch
	inFlight atomic.Int64
}

// New builds an Adapter from cfg without connecting to Discord. It returns
// an error when the token or the bot is missing, the API URL is invalid or
// the shard settings are out of range.
func New(cfg Config) (*Adapter, error) {
	if strings.TrimSpace(cfg.Token) == "" {
		return nil, errors.New("new discord adapter: no token")
	}
	if cfg.Bot == nil {
		return nil, errors.New("new discord adapter: no bot")
	}
	sc, err := newShardConfig(cfg)
	if err != nil {
		return nil, fmt.Errorf("new discord adapter: %w", err)
	}
	var pub []byte
	if strings.TrimSpace(cfg.PublicKey) != "" {
		k, err := ParsePublicKey(cfg.PublicKey)
		if err != nil {
			return nil, fmt.Errorf("new discord adapter: DISCORD_PUBLIC_KEY: %w", err)
		}
		pub = k
	}
	a := &Adapter{
		bot:        cfg.Bot,
		store:      cfg.Store,
		shardCfg:   sc,
		publicKey:  pub,
		noGateway:  cfg.NoGateway,
		syncMode:   cfg.SyncCommands,
		registry:   NewRegistry(),
		log:        cfg.Logger,
		now:        cfg.Now,
		metrics:    cfg.Metrics,
		guildID:    cfg.GuildID,
		rephrase:   cfg.RephraseEnabled,
		deferAfter: cfg.DeferAfter,
		timeout:    cfg.HandleTimeout,
		shutdown:   cfg.ShutdownTimeout,
		retries:    cfg.RESTRetries,
		backoff:    cfg.RetryBackoff,
		appID:      cfg.AppID,
		botID:      cfg.AppID, // a bot user's id is its application's id; READY confirms it
		base:       context.Background(),
	}
	if a.log == nil {
		a.log = slog.New(slog.DiscardHandler)
	}
	if a.now == nil {
		a.now = time.Now
	}
	if a.metrics == nil {
		a.metrics = NewMetrics()
	}
	a.metrics.mu.Lock()
	a.metrics.connected = a.Connected
	a.metrics.inFlight = func() int { return int(a.inFlight.Load()) }
	a.metrics.mu.Unlock()
	if a.deferAfter == 0 {
		a.deferAfter = 1500 * time.Millisecond
	}
	if a.timeout <= 0 {
		a.timeout = 2 * time.Minute
	}
	if a.shutdown <= 0 {
		a.shutdown = DefaultShutdownGrace
	}
	if a.retries == 0 {
		a.retries = 3
	}
	if a.backoff <= 0 {
		a.backoff = 100 * time.Millisecond
	}
	upm, gpm := cfg.RateLimit.UserPerMinute, cfg.RateLimit.GuildPerMinute
	if upm == 0 {
		upm = defaultUserPerMinute
	}
	if gpm == 0 {
		gpm = defaultGuildPerMinute
	}
	a.users = newLimiter(upm, a.now)
	a.guilds = newLimiter(gpm, a.now)
	ttl := cfg.SettingsTTL
	if ttl <= 0 {
		ttl = defaultSettingsTTL
	}
	a.channels.m = map[string]channelInfo{}
	a.locales.m = map[string]guildLocale{}
	a.userLocales.m = map[string]userLocale{}
	a.votes = newVoteSet(a.now)
	a.cache = &settingsCache{
		store: a.store, ttl: ttl, wait: settingsWait, now: a.now, m: map[string]*settingsEntry{},
		failed: func(guildID string, err error) {
			a.metrics.failed("store_settings")
			a.log.Warn("guild settings unavailable; using the last known or closed settings", "guild", guildID, "err", err)
		},
	}

	s, err := newSession(cfg)
	if err != nil {
		return nil, fmt.Errorf("new discord adapter: %w", err)
	}
	a.session = s
	a.first = &shard{s: s}
	a.attach(s, a.first)
	a.ic = &interactClient{
		http:      s.Client,
		token:     s.Token,
		userAgent: s.UserAgent,
		retries:   max(a.retries, 0),
		backoff:   a.backoff,
		max429:    5,
		maxWait:   30 * time.Second,
	}
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.RateLimit) { a.metrics.failed("rest_429") })
	return a, nil
}

// attach makes s the gateway connection of sh: its events reach the
// adapter, and its fatal close codes end Run.
func (a *Adapter) attach(s *discordgo.Session, sh *shard) {
	s.Dialer = gatewayDialer(s, &a.fatal)
	s.AddHandler(a.onReady)
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Connect) { sh.up.Store(true) })
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) {
		sh.up.Store(false)
		a.log.Warn("gateway disconnected", "shard", sh.id)
	})
	s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) { a.log.Info("gateway resumed", "shard", sh.id) })
	s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) {
		a.track(func(ctx context.Context, late bool) {
			if late {
				a.HandleLateInteraction(ctx, ic)
				return
			}
			a.HandleInteraction(ctx, ic)
		})
	})
	s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) {
		a.track(func(ctx context.Context, late bool) {
			if late {
				a.HandleLateMessage(ctx, m)
				return
			}
			a.HandleMessage(ctx, m)
		})
	})
}

// newSession builds a discordgo session that needs no privileged intent,
// reconnects and resumes by itself, retries 429s, and sends its REST calls
// through cfg.HTTPClient and, if set, cfg.APIURL.
func newSession(cfg Config) (*discordgo.Session, error) {
	token := strings.TrimSpace(cfg.Token)
	if !strings.HasPrefix(token, "Bot ") {
		token = "Bot " + token
	}
	s, err := discordgo.New(token)
	if err != nil {
		return nil, fmt.Errorf("session: %w", err)
	}
	client := &http.Client{Timeout: 20 * time.Second}
	if cfg.HTTPClient != nil {
		c := *cfg.HTTPClient
		client = &c
	}
	if client.Transport == nil {
		client.Transport = newTransport()
	}
	if cfg.APIURL != "" {
		rt, err := newRewriteTransport(cfg.APIURL, client.Transport)
		if err != nil {
			return nil, err
		}
		client.Transport = rt
	}
	s.Client = client
	s.ShouldReconnectOnError = true
	s.ShouldRetryOnRateLimit = true
	s.MaxRestRetries = 3
	s.StateEnabled = false
	s.Identify.Intents = Intents
	return s, nil
}

// setShard makes s identify as shard id of count (no sharding when count
// is 1).
func setShard(s *discordgo.Session, id, count int) {
	if count <= 1 {
		s.ShardID, s.ShardCount, s.Identify.Shard = 0, 1, nil
		return
	}
	s.ShardID, s.ShardCount = id, count
	s.Identify.Shard = &[2]int{id, count}
}

// newTransport returns the HTTP transport for Discord's REST API: the
// default transport's settings, but keeping enough idle connections to
// Discord's one host for replies sent at once (the default keeps 2, so a
// burst of replies opened and closed a TLS connection each).
func newTransport() *http.Transport {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.MaxIdleConns = 256
	t.MaxIdleConnsPerHost = 64
	t.IdleConnTimeout = 90 * time.Second
	return t
}

// Intents are the gateway intents Candor asks for. None is privileged:
// mentions of the bot and direct messages carry their content without the
// message-content intent. GUILDS is not needed: interactions arrive
// without any intent, guild settings are Candor's own, and the few channel
// facts it needs (a thread's parent, an alert channel's type and server)
// come from the REST API.
const Intents = discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

func (a *Adapter) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if r.User != nil {
		a.botID = r.User.ID
	}
	if a.appID == "" && r.Application != nil {
		a.appID = r.Application.ID
	}
	a.log.Info("gateway ready", "app_id", a.appID, "shard", r.Shard)
}

// ids returns the application and bot user ids known so far.
func (a *Adapter) ids() (appID, botID string) {
	a.mu.RLock()
	defer a.mu.RUnlock()
	return a.appID, a.botID
}

// DefaultShutdownGrace is how long Run lets replies in flight finish
// after its context ends, unless Config.ShutdownTimeout says otherwise.
const DefaultShutdownGrace = 8 * time.Second

// lateTimeout bounds the work for an event that arrives during shutdown.
const lateTimeout = 3 * time.Second

// Run connects this process's gateway shards (none with
// Config.NoGateway), registers the commands when this process should (see
// Config.SyncCommands) and serves, over the gateway and through
// InteractionsHandler, until ctx ends. Then it closes the gateway first,
// so no new work arrives; events already read are answered with a short
// "restarting" notice (crisis requests still get crisis lines); and
// replies in flight get up to ShutdownTimeout to finish. It returns an
// error when the gateway cannot be opened, Discord's session-start limit
// is spent, or Discord closes the gateway for good (a bad token,
// disallowed intents, sharding required: see FatalCloseError); a failed
// command registration is only logged, so mentions keep working.
func (a *Adapter) Run(ctx context.Context) error {
	a.mu.Lock()
	a.base = context.WithoutCancel(ctx)
	a.closing = false
	a.serving = true
	a.idle = nil
	a.mu.Unlock()
	defer func() {
		a.mu.Lock()
		a.serving = false
		a.mu.Unlock()
	}()
	a.fatal.reset()
	defer a.watchSettings(ctx)()
	if !a.noGateway {
		if err := a.openShards(ctx); err != nil {
			a.closeShards()
			return err
		}
		if appID, botID := a.stateIDs(); appID != "" || botID != "" {
			a.mu.Lock()
			if a.appID == "" {
				a.appID = appID
			}
			if botID != "" {
				a.botID = botID
			}
			a.mu.Unlock()
		}
	}
	if a.registersCommands() {
		if err := a.SyncCommands(ctx); err != nil {
			a.metrics.failed("sync_commands")
			a.log.Error("register commands", "err", err)
		}
	}
	a.log.Info("serving", "guild", a.guildID, "gateway", !a.noGateway, "shards", a.shardIDs())
	var fatal error
	select {
	case <-ctx.Done():
	case <-a.fatal.done():
		fatal = a.fatal.get()
		a.log.Error("gateway closed for good", "err", fatal)
	}
	a.log.Info("shutting down", "in_flight", a.inFlight.Load(), "grace", a.shutdown.String())

	a.mu.Lock()
	a.closing = true
	idle := make(chan struct{})
	a.idle = idle
	if a.active == 0 {
		close(idle)
		a.idle = nil
	}
	a.mu.Unlock()
	// Close the gateway first: nothing new arrives while replies finish.
	err := a.closeShards()
	select {
	case <-idle:
	case <-time.After(a.shutdown):
		a.log.Warn("shutdown grace over: replies still in flight", "in_flight", a.inFlight.Load())
	}
	if fatal != nil {
		return fatal
	}
	if err != nil {
		return fmt.Errorf("close gateway: %w", err)
	}
	return nil
}

// watchSettings, when the store can tell of settings saved by other
// processes (bot.SettingsWatcher, as PostgreSQL does), drops their cached
// copies as they are saved, until the returned stop is called; stop waits
// for the watch to end. Without it, the settings TTL bounds staleness.
func (a *Adapter) watchSettings(ctx context.Context) (stop func()) {
	w, ok := a.store.(bot.SettingsWatcher)
	if !ok {
		return func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	go func() {
		defer close(done)
		w.WatchSettings(ctx, a.cache.invalidate)
	}()
	return func() {
		cancel()
		<-done
	}
}

// stateIDs reads the application and user ids that READY left in the
// session state.
func (a *Adapter) stateIDs() (appID, botID string) {
	st := a.session.State
	if st == nil {
		return "", ""
	}
	st.RLock()
	defer st.RUnlock()
	if st.Application != nil {
		appID = st.Application.ID
	}
	if st.User != nil {
		botID = st.User.ID
	}
	return appID, botID
}

// track runs f for one event so Run can wait for it. During shutdown f
// is told the event is late and gets a short deadline.
func (a *Adapter) track(f func(ctx context.Context, late bool)) {
	ctx, cancel, late, _ := a.begin(false)
	defer a.end(cancel)
	f(ctx, late)
}

// spawn runs f for one event in the background, as track does, and calls
// done when f has returned. It returns false, running nothing, when Run is
// not serving.
func (a *Adapter) spawn(f func(ctx context.Context, late bool), done func()) bool {
	ctx, cancel, late, ok := a.begin(true)
	if !ok {
		return false
	}
	go func() {
		defer a.end(cancel)
		defer done()
		f(ctx, late)
	}()
	return true
}

// begin counts one event in (unless onlyServing and Run is not serving)
// and returns its context; end(cancel) counts it out.
func (a *Adapter) begin(onlyServing bool) (ctx context.Context, cancel context.CancelFunc, late, ok bool) {
	a.mu.Lock()
	if onlyServing && !a.serving {
		a.mu.Unlock()
		return nil, nil, false, false
	}
	late = a.closing
	a.active++
	base := a.base
	a.mu.Unlock()
	a.inFlight.Add(1)
	timeout := a.timeout
	if late {
		timeout = lateTimeout
	}
	ctx, cancel = context.WithTimeout(base, timeout)
	return ctx, cancel, late, true
}

// end cancels an event's context and counts it out.
func (a *Adapter) end(cancel context.CancelFunc) {
	cancel()
	a.inFlight.Add(-1)
	a.mu.Lock()
	a.active--
	if a.active == 0 && a.idle != nil {
		close(a.idle)
		a.idle = nil
	}
	a.mu.Unlock()
}

// Connected reports whether every gateway shard of this process is
// connected (false before Run and when the adapter serves no gateway).
func (a *Adapter) Connected() bool {
	a.mu.RLock()
	shards := a.shards
	a.mu.RUnlock()
	if len(shards) == 0 {
		return false
	}
	for _, sh := range shards {
		if !sh.up.Load() {
			return false
		}
	}
	return true
}

// Registry returns the adapter's command registry.
func (a *Adapter) Registry() *Registry { return a.registry }

// settings returns a guild's settings from the in-memory cache (see
// settingsCache): the defaults without a store or in a DM; the last known
// good settings, or closed ones, when the store is slow or failing.
func (a *Adapter) settings(ctx context.Context, guildID string) guildSettings {
	if a.store == nil || guildID == "" {
		return guildSettings{bot.DefaultGuildSettings(guildID), true}
	}
	return a.cache.get(ctx, guildID)
}

// cachedSettings returns what settings are known without asking the
// store.
func (a *Adapter) cachedSettings(guildID string) guildSettings {
	if a.store == nil || guildID == "" {
		return guildSettings{bot.DefaultGuildSettings(guildID), true}
	}
	return a.cache.peek(guildID)
}
