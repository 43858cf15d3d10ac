package bot_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

var (
	loadOnce sync.Once
	kb       *knowledge.Base
	ref      *referral.Data
	loadErr  error
)

// newBot builds a Bot over the embedded knowledge base and referral data.
func newBot(tb testing.TB, mod func(*bot.Config)) *bot.Bot {
	tb.Helper()
	loadOnce.Do(func() {
		kb, loadErr = knowledge.LoadEmbedded()
		if loadErr == nil {
			ref, loadErr = referral.Load()
		}
	})
	if loadErr != nil {
		tb.Fatal(loadErr)
	}
	cfg := bot.Config{KB: kb, Referral: ref, DefaultRegion: "US"}
	if mod != nil {
		mod(&cfg)
	}
	b, err := bot.New(cfg)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(b.Close)
	return b
}

func ask(tb testing.TB, b *bot.Bot, text string) bot.Reply {
	tb.Helper()
	return b.Handle(context.Background(), bot.Request{Text: text})
}

// failingStore fails every call, like a locked or broken database.
type failingStore struct{ calls sync.WaitGroup }

var errBroken = errors.New("database is locked")

func (*failingStore) CountReply(context.Context, time.Time, bot.Kind, string) error { return errBroken }
func (*failingStore) RecordFeedback(context.Context, string, bool) error            { return errBroken }
func (*failingStore) GuildSettings(context.Context, string) (bot.GuildSettings, error) {
	return bot.GuildSettings{}, errBroken
}
func (*failingStore) SaveGuildSettings(context.Context, bot.GuildSettings) error { return errBroken }
func (*failingStore) Listings(context.Context, string) ([]bot.Listing, error)    { return nil, errBroken }
func (*failingStore) FindListings(context.Context, bot.ListingQuery) ([]bot.Listing, error) {
	return nil, errBroken
}
func (*failingStore) AddListing(context.Context, bot.Listing) (int64, error) { return 0, errBroken }
func (*failingStore) RemoveListing(context.Context, string, int64) (bool, error) {
	return false, errBroken
}
func (*failingStore) ReplaceListings(context.Context, string, []bot.Listing) error {
	return errBroken
}
func (*failingStore) Ping(context.Context) error { return errBroken }

// panickingRephraser panics, like a bug in an adapter.
type panickingRephraser struct{}

func (panickingRephraser) Rephrase(context.Context, bot.RephraseInput) (string, error) {
	panic("boom")
}

// slowRephraser waits for its context, like an LLM endpoint that hangs.
type slowRephraser struct{}

func (slowRephraser) Rephrase(ctx context.Context, _ bot.RephraseInput) (string, error) {
	<-ctx.Done()
	return "", ctx.Err()
}

// fixedRephraser returns a fixed rewording.
type fixedRephraser struct{ text string }

func (f fixedRephraser) Rephrase(context.Context, bot.RephraseInput) (string, error) {
	return f.text, nil
}
