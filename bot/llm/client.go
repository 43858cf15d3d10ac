package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	openai "github.com/sashabaranov/go-openai"
)

// DefaultBaseURL is OpenAI's API, used when Config.BaseURL is empty.
const DefaultBaseURL = "https://api.openai.com/v1"

// DefaultTimeout bounds one rephrasing or embedding call when
// Config.Timeout is zero.
const DefaultTimeout = 8 * time.Second

// The events Config.Metrics counts.
const (
	MetricRephraseOK       = "rephrase_ok"       // a rephrasing passed Guard
	MetricRephraseRejected = "rephrase_rejected" // Guard (or finish_reason) rejected one
	MetricRephraseError    = "rephrase_error"    // the chat endpoint failed
	MetricBreakerOpen      = "breaker_open"      // a call was refused by an open breaker
	MetricCacheHit         = "cache_hit"         // a rephrasing came from the in-memory cache
	MetricEmbedError       = "embed_error"       // the embeddings endpoint failed
)

// DefaultRephraseCacheSize and DefaultRephraseCacheTTL bound the
// in-memory rephrasing cache when Config leaves them zero.
const (
	DefaultRephraseCacheSize = 256
	DefaultRephraseCacheTTL  = 10 * time.Minute
)

// ErrDisabled is returned by Rephrase when no chat model is configured and
// by NewRanker when no embedding model is.
var ErrDisabled = errors.New("not configured")

// ErrBadResponse is returned when the endpoint answers with something
// unusable: no choices, or the wrong number of embeddings.
var ErrBadResponse = errors.New("bad response")

// Config holds what a Client is built from. Every field is optional except
// that at least one of Model and EmbedModel must be set.
type Config struct {
	// BaseURL is the OpenAI-compatible API root, e.g.
	// "http://localhost:11434/v1" (OPENAI_BASE_URL; default DefaultBaseURL).
	BaseURL string
	// APIKey is sent as a bearer token; it may be empty for local servers
	// (OPENAI_API_KEY).
	APIKey string
	// Model is the chat model; setting it turns rephrasing on
	// (CANDOR_LLM_MODEL).
	Model string
	// EmbedModel is the embedding model; setting it turns semantic search
	// on (CANDOR_EMBED_MODEL).
	EmbedModel string
	// Timeout bounds each call, endpoint and cache included
	// (CANDOR_LLM_TIMEOUT; default DefaultTimeout).
	Timeout time.Duration
	// HTTPClient carries the requests; nil means a plain http.Client. It
	// should not retry: the Client relies on Timeout and its breaker.
	HTTPClient *http.Client
	// Cache keeps entry embeddings (it may be persistent); nil keeps
	// nothing. Rephrasings never go there.
	Cache Cache
	// RephraseCacheSize bounds how many accepted rephrasings are kept in
	// memory (never on disk); 0 means DefaultRephraseCacheSize, a negative
	// value keeps none.
	RephraseCacheSize int
	// RephraseCacheTTL is how long one is kept; 0 means
	// DefaultRephraseCacheTTL.
	RephraseCacheTTL time.Duration
	// Now is the clock of the circuit breakers and of the rephrasing
	// cache's TTL; nil means time.Now.
	Now func() time.Time
	// Logger receives one line per failure; it never gets question text.
	Logger *slog.Logger
	// Metrics, when set, is called with one of the Metric* events.
	Metrics func(event string)
}

// Client talks to an OpenAI-compatible endpoint for rephrasing (it is a
// bot.Rephraser) and embeddings (see NewRanker). It is safe for concurrent
// use.
type Client struct {
	api        *openai.Client
	model      string
	embedModel string
	timeout    time.Duration
	cache      Cache
	rephrased  *textLRU // nil: rephrasings are not cached
	log        *slog.Logger
	metrics    func(string)
	// chat and embed are separate breakers, so an endpoint without
	// embeddings does not stop rephrasing (or the other way round).
	chat, embed *Breaker
}

// New builds a Client from cfg. It returns an error when neither Model nor
// EmbedModel is set or Timeout is negative.
func New(cfg Config) (*Client, error) {
	if cfg.Model == "" && cfg.EmbedModel == "" {
		return nil, fmt.Errorf("new llm client: no model: %w", ErrDisabled)
	}
	if cfg.Timeout < 0 {
		return nil, fmt.Errorf("new llm client: negative timeout %v", cfg.Timeout)
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	if cfg.BaseURL != "" {
		oc.BaseURL = cfg.BaseURL
	}
	if cfg.HTTPClient != nil {
		oc.HTTPClient = cfg.HTTPClient
	}
	c := &Client{
		api:        openai.NewClientWithConfig(oc),
		model:      cfg.Model,
		embedModel: cfg.EmbedModel,
		timeout:    cfg.Timeout,
		cache:      cfg.Cache,
		log:        cfg.Logger,
		metrics:    cfg.Metrics,
		chat:       NewBreaker(DefaultBreakerThreshold, DefaultBreakerCoolDown, cfg.Now),
		embed:      NewBreaker(DefaultBreakerThreshold, DefaultBreakerCoolDown, cfg.Now),
	}
	if c.timeout == 0 {
		c.timeout = DefaultTimeout
	}
	if cfg.RephraseCacheSize >= 0 {
		size, ttl, now := cfg.RephraseCacheSize, cfg.RephraseCacheTTL, cfg.Now
		if size == 0 {
			size = DefaultRephraseCacheSize
		}
		if ttl <= 0 {
			ttl = DefaultRephraseCacheTTL
		}
		if now == nil {
			now = time.Now
		}
		c.rephrased = newTextLRU(size, ttl, now)
	}
	if c.log == nil {
		c.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if c.metrics == nil {
		c.metrics = func(string) {}
	}
	return c, nil
}

// call runs fn against the endpoint guarded by br, within the Client's
// timeout. It returns ErrCircuitOpen without calling fn while br is open.
// fn's error is recorded on br: endpoint failures (transport errors,
// timeouts, HTTP errors, undecodable or empty answers) count as failures,
// the caller's cancellation counts as nothing.
func (c *Client) call(ctx context.Context, br *Breaker, op string, fn func(ctx context.Context) error) error {
	if err := br.Allow(); err != nil {
		c.metrics(MetricBreakerOpen)
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	start := time.Now()
	err := fn(ctx)
	switch {
	case err == nil:
		br.Success()
	case errors.Is(err, context.Canceled) && !errors.Is(ctx.Err(), context.DeadlineExceeded):
		br.Release()
	default:
		if br.Failure() {
			c.log.Warn("llm circuit opened", "op", op, "cool_down", DefaultBreakerCoolDown)
		}
	}
	if err != nil {
		c.log.Warn("llm call failed", append([]any{"op", op, "elapsed", time.Since(start).Round(time.Millisecond)}, describe(err)...)...)
	}
	return err
}

// describe turns an endpoint error into log attributes: a short kind, the
// HTTP status when there is one, and the error itself (which holds the
// endpoint's message, never the request).
func describe(err error) []any {
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	kind := "error"
	status := 0
	switch {
	case errors.Is(err, context.DeadlineExceeded):
		kind = "timeout"
	case errors.Is(err, context.Canceled):
		kind = "canceled"
	case errors.As(err, &apiErr):
		kind, status = "http", apiErr.HTTPStatusCode
	case errors.As(err, &reqErr):
		kind, status = "http", reqErr.HTTPStatusCode
	case errors.Is(err, ErrBadResponse):
		kind = "bad_response"
	}
	attrs := []any{"kind", kind}
	if status != 0 {
		attrs = append(attrs, "status", status)
	}
	return append(attrs, "err", err)
}
