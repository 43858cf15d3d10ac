// Package bot is Candor's application core: it takes a person's message and
// returns the right reply (an educational answer, a myth correction, a kind
// refusal of clinical advice, crisis lines, therapist referrals), with no
// Discord, SQL or HTTP in it. Adapters in bot/discord, bot/sqlite and bot/llm
// plug into the interfaces defined here.
package bot

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"sync"
	"time"

	"github.com/candorbot/candor/bot/lang"
	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

// Rephraser rewords a curated answer so it reads as a reply to the
// person's question, adding nothing. bot/llm implements it.
type Rephraser interface {
	// Rephrase returns the reworded body, or an error when the curated body
	// must be used instead (timeout, endpoint failure, output guard).
	Rephrase(ctx context.Context, in RephraseInput) (string, error)
}

// RephraseInput is what a Rephraser may see: the curated entry and the
// person's (untrusted) question.
type RephraseInput struct {
	Question   string
	Kind       Kind
	EntryID    string
	Title      string
	Correction string
	Body       string
}

// Ranker ranks entries for a message by meaning (embeddings). bot/llm
// implements it; the core fuses its ranking with the lexical one.
type Ranker interface {
	// Rank returns entry ids, best first, or an error when only the lexical
	// ranking should be used.
	Rank(ctx context.Context, text string) ([]string, error)
}

// Config holds what a Bot is built from. KB and Referral are required.
type Config struct {
	KB       *knowledge.Base
	Referral *referral.Data
	// Store counts replies; nil keeps nothing.
	Store Store
	// Rephraser rewords answers; nil leaves curated text as it is.
	Rephraser Rephraser
	// Ranker adds semantic ranking; nil uses lexical search only.
	Ranker Ranker
	// Safety is the learned safety model, consulted for what the
	// deterministic rules leave open; nil keeps the rules alone.
	Safety *safety.Model
	// MultiSafety is the multilingual crisis model, consulted for messages
	// in another covered language that no curated phrase matches; nil
	// keeps the phrases alone.
	MultiSafety *safety.Model
	// Embedder gives Safety the message's sentence vector; nil lets the
	// model read n-grams only. Share it with the knowledge base's encoder
	// through a small cache so the message is embedded once.
	Embedder safety.Embedder
	// DefaultRegion is the region code used when a request names none
	// (CANDOR_REGION, default "US").
	DefaultRegion string
	// RephraseTimeout bounds a rephrasing or ranking call (default 8s).
	RephraseTimeout time.Duration
	Now             func() time.Time
	Logger          *slog.Logger
}

// Bot answers requests. It is safe for concurrent use.
type Bot struct {
	kb       *knowledge.Base
	ref      *referral.Data
	store    Store
	rephrase Rephraser
	ranker   Ranker
	region   referral.Region
	timeout  time.Duration
	now      func() time.Time
	log      *slog.Logger
	triage   *safety.Classifier
	multi    *safety.Multilingual
	langID   *lang.Detector
	embed    safety.Embedder
	pending  sync.WaitGroup
}

// New builds a Bot. It returns an error when a required piece is missing or
// the default region is not a known region code.
func New(cfg Config) (*Bot, error) {
	if cfg.KB == nil {
		return nil, errorf("new bot: no knowledge base")
	}
	if cfg.Referral == nil {
		return nil, errorf("new bot: no referral data")
	}
	b := &Bot{
		kb:       cfg.KB,
		ref:      cfg.Referral,
		store:    cfg.Store,
		rephrase: cfg.Rephraser,
		ranker:   cfg.Ranker,
		timeout:  cfg.RephraseTimeout,
		now:      cfg.Now,
		log:      cfg.Logger,
		triage:   safety.New().WithModel(cfg.Safety),
		embed:    cfg.Embedder,
	}
	var err error
	if b.multi, err = safety.NewMultilingual(); err != nil {
		return nil, errorf("new bot: %w", err)
	}
	b.multi = b.multi.WithModel(cfg.MultiSafety)
	if b.langID, err = lang.New(); err != nil {
		return nil, errorf("new bot: %w", err)
	}
	if b.timeout <= 0 {
		b.timeout = 8 * time.Second
	}
	if b.now == nil {
		b.now = time.Now
	}
	if b.log == nil {
		b.log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	code := cfg.DefaultRegion
	if code == "" {
		code = "US"
	}
	r, err := cfg.Referral.ParseRegionCode(code)
	if err != nil {
		return nil, errorf("new bot: default region %q: %w", code, err)
	}
	b.region = r
	return b, nil
}

// Knowledge returns the loaded knowledge base (for autocomplete and topic
// browsing in adapters).
func (b *Bot) Knowledge() *knowledge.Base { return b.kb }

// Referrals returns the referral data (regions, directories, crisis lines).
func (b *Bot) Referrals() *referral.Data { return b.ref }

// DefaultRegion returns the region used when a request names none.
func (b *Bot) DefaultRegion() referral.Region { return b.region }

func errorf(format string, args ...any) error { return fmt.Errorf(format, args...) }
