// Package llm is Candor's optional LLM adapter: it implements bot.Rephraser
// (rewording a curated answer so it reads as a reply to the person's
// question) and bot.Ranker (semantic search by embeddings) against any
// OpenAI-compatible endpoint, through github.com/sashabaranov/go-openai.
//
// Nothing here may change what Candor says. Every rephrasing passes Guard,
// which rejects output that adds numbers, doses, drug or product names,
// links, contact details or clinical advice the curated text lacks, and
// every failure (timeout, endpoint error, open circuit, guard rejection) is
// returned as an error so the core shows the curated text instead. The
// person's question is treated as untrusted data: it is fenced in the
// prompt and never logged. Rephrasings, which may restate the question,
// are cached only in memory (bounded, with a TTL) and never reach storage;
// the persistent Cache holds only embeddings of curated entries.
package llm
