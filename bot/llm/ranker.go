package llm

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"

	openai "github.com/sashabaranov/go-openai"

	"github.com/candorbot/candor/bot"
)

var _ bot.Ranker = (*Ranker)(nil)

// RankLimit is how many entry ids Rank returns at most.
const RankLimit = 20

// embedBatch is how many texts go in one embeddings request.
const embedBatch = 64

// Doc is one knowledge-base entry to rank: its id and the text to embed
// (title, question variants and body).
type Doc struct {
	ID, Text string
}

// Ranker ranks entries by the cosine similarity of their embeddings to a
// message's (it is a bot.Ranker). Entry vectors are computed once, by
// NewRanker; Rank embeds only the message. It is safe for concurrent use.
type Ranker struct {
	c       *Client
	ids     []string
	vectors [][]float32 // unit length, same order as ids
}

// NewRanker embeds entries (reusing vectors found in the Client's Cache,
// keyed by a hash of the embedding model and the text, and storing new
// ones there) and returns a Ranker over them. It returns an error wrapped
// with "new ranker: " when no embedding model is configured (ErrDisabled),
// entries is empty or has a duplicate or empty id, or the endpoint fails
// (the caller then runs with lexical search only).
func NewRanker(ctx context.Context, c *Client, entries []Doc) (*Ranker, error) {
	if c == nil || c.embedModel == "" {
		return nil, fmt.Errorf("new ranker: embedding model: %w", ErrDisabled)
	}
	if len(entries) == 0 {
		return nil, errors.New("new ranker: no entries")
	}
	r := &Ranker{c: c, ids: make([]string, len(entries)), vectors: make([][]float32, len(entries))}
	seen := map[string]bool{}
	keys := make([]string, len(entries))
	var missing []int
	for i, d := range entries {
		if d.ID == "" || seen[d.ID] {
			return nil, fmt.Errorf("new ranker: empty or duplicate entry id %q", d.ID)
		}
		seen[d.ID] = true
		r.ids[i] = d.ID
		keys[i] = hashKey("embed:", c.embedModel, d.Text)
		if c.cache != nil {
			v, ok, err := c.cache.GetVector(ctx, keys[i])
			if err != nil {
				c.log.Warn("embedding cache get failed", "entry", d.ID, "err", err)
			}
			if ok && len(v) > 0 {
				r.vectors[i] = v
				continue
			}
		}
		missing = append(missing, i)
	}
	for chunk := range slices.Chunk(missing, embedBatch) {
		texts := make([]string, len(chunk))
		for j, i := range chunk {
			texts[j] = entries[i].Text
		}
		vs, err := c.embedTexts(ctx, texts)
		if err != nil {
			return nil, fmt.Errorf("new ranker: %w", err)
		}
		for j, i := range chunk {
			r.vectors[i] = vs[j]
			if c.cache != nil {
				if err := c.cache.PutVector(ctx, keys[i], vs[j]); err != nil {
					c.log.Warn("embedding cache put failed", "entry", entries[i].ID, "err", err)
				}
			}
		}
	}
	dim := len(r.vectors[0])
	for i, v := range r.vectors {
		if len(v) != dim {
			return nil, fmt.Errorf("new ranker: entry %s: %w: vector length %d, want %d", r.ids[i], ErrBadResponse, len(v), dim)
		}
		r.vectors[i] = unit(v)
	}
	return r, nil
}

// Rank returns up to RankLimit entry ids, most similar to text first. It
// returns an error wrapped with "rank: " (the caller then uses lexical
// ranking only) when text is empty, the breaker is open (ErrCircuitOpen),
// or the endpoint fails or times out.
func (r *Ranker) Rank(ctx context.Context, text string) ([]string, error) {
	if strings.TrimSpace(text) == "" {
		return nil, errors.New("rank: empty text")
	}
	vs, err := r.c.embedTexts(ctx, []string{text})
	if err != nil {
		return nil, fmt.Errorf("rank: %w", err)
	}
	q := vs[0]
	if len(q) != len(r.vectors[0]) {
		return nil, fmt.Errorf("rank: %w: vector length %d, want %d", ErrBadResponse, len(q), len(r.vectors[0]))
	}
	q = unit(q)
	type scored struct {
		i     int
		score float32
	}
	all := make([]scored, len(r.ids))
	for i, v := range r.vectors {
		all[i] = scored{i, dot(q, v)}
	}
	slices.SortStableFunc(all, func(a, b scored) int { return cmp.Compare(b.score, a.score) })
	out := make([]string, min(RankLimit, len(all)))
	for j := range out {
		out[j] = r.ids[all[j].i]
	}
	return out, nil
}

// embedTexts embeds texts in one request, in order, through the embed
// breaker and within the Client's timeout.
func (c *Client) embedTexts(ctx context.Context, texts []string) ([][]float32, error) {
	out := make([][]float32, len(texts))
	err := c.call(ctx, c.embed, "embed", func(ctx context.Context) error {
		resp, err := c.api.CreateEmbeddings(ctx, openai.EmbeddingRequestStrings{
			Input: texts,
			Model: openai.EmbeddingModel(c.embedModel),
		})
		if err != nil {
			return err
		}
		if len(resp.Data) != len(texts) {
			return fmt.Errorf("%w: %d embeddings for %d texts", ErrBadResponse, len(resp.Data), len(texts))
		}
		for _, e := range resp.Data {
			if e.Index < 0 || e.Index >= len(texts) || len(e.Embedding) == 0 || out[e.Index] != nil {
				return fmt.Errorf("%w: embedding index %d", ErrBadResponse, e.Index)
			}
			out[e.Index] = e.Embedding
		}
		return nil
	})
	if err != nil {
		if !errors.Is(err, ErrCircuitOpen) {
			c.metrics(MetricEmbedError)
		}
		return nil, fmt.Errorf("embed: %w", err)
	}
	return out, nil
}

// unit returns v scaled to length 1 (a zero vector stays zero), so cosine
// similarity is a dot product.
func unit(v []float32) []float32 {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	out := make([]float32, len(v))
	if sum == 0 {
		return out
	}
	n := float32(1 / math.Sqrt(sum))
	for i, x := range v {
		out[i] = x * n
	}
	return out
}

func dot(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}
