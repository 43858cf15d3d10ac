package main

import (
	"context"
	"log/slog"
	"strings"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/llm"
	"github.com/candorbot/candor/knowledge"
)

// addLLM wires the optional LLM pieces: rephrasing when CANDOR_LLM_MODEL is
// set, semantic search when CANDOR_EMBED_MODEL is set. An embedding
// endpoint that fails at start-up only turns semantic search off.
func addLLM(ctx context.Context, cfg Config, kb *knowledge.Base, st appStore, log *slog.Logger, bc *bot.Config) error {
	if cfg.LLMModel == "" && cfg.EmbedModel == "" {
		return nil
	}
	lc := llm.Config{
		BaseURL:    cfg.LLMBaseURL,
		APIKey:     cfg.LLMAPIKey,
		Model:      cfg.LLMModel,
		EmbedModel: cfg.EmbedModel,
		Timeout:    cfg.LLMTimeout,
		Logger:     log,
	}
	lc.Cache = llmCache(st)
	client, err := llm.New(lc)
	if err != nil {
		return err
	}
	if cfg.LLMModel != "" {
		bc.Rephraser = client
	}
	if cfg.EmbedModel != "" {
		docs := make([]llm.Doc, 0, kb.Len())
		for _, e := range kb.Entries() {
			docs = append(docs, llm.Doc{ID: e.ID, Text: e.Title + "\n" + strings.Join(e.Questions, "\n") + "\n" + e.Body})
		}
		r, err := llm.NewRanker(ctx, client, docs)
		if err != nil {
			log.Warn("semantic search off: embedding the knowledge base failed", "err", err)
			return nil
		}
		bc.Ranker = r
	}
	return nil
}
