package llm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	openai "github.com/sashabaranov/go-openai"

	"github.com/candorbot/candor/bot"
)

var _ bot.Rephraser = (*Client)(nil)

// ErrKind is returned by Rephrase for a reply kind it does not reword
// (anything but answers and myth corrections).
var ErrKind = errors.New("kind not rephrased")

// ErrNoQuestion is returned by Rephrase when there is no question to reply
// to (a topic picked by id): the curated text is already the best reply.
var ErrNoQuestion = errors.New("no question")

// maxCompletionTokens bounds the model's output; Guard's length limit is
// the real bound, this one only stops a runaway answer early.
const maxCompletionTokens = 1500

// Rephrase rewords in.Body so it reads as a reply to in.Question, in the
// curated language, adding nothing. The result is body text only:
// title, correction and sources stay the curated ones. Any error means the
// caller shows the curated body; all are wrapped with "rephrase: ", and
// errors.Is matches ErrKind, ErrNoQuestion, ErrDisabled, ErrCircuitOpen,
// ErrBadResponse, context.DeadlineExceeded, ErrRejected and the Guard
// reasons (ErrAddsDose, ErrAddsClaim, ErrTruncated, ...). A *openai.APIError or
// *openai.RequestError carries an endpoint's HTTP status.
func (c *Client) Rephrase(ctx context.Context, in bot.RephraseInput) (string, error) {
	switch {
	case in.Kind != bot.KindAnswer && in.Kind != bot.KindMyth:
		return "", fmt.Errorf("rephrase: %w: %q", ErrKind, in.Kind)
	case c.model == "":
		return "", fmt.Errorf("rephrase: chat model: %w", ErrDisabled)
	case strings.TrimSpace(in.Body) == "":
		return "", fmt.Errorf("rephrase: entry %s: empty body", in.EntryID)
	case normalizeQuestion(in.Question) == "":
		return "", fmt.Errorf("rephrase: %w", ErrNoQuestion)
	}
	ctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	curated := curatedText(in)
	key := c.cacheKey(in)
	if c.rephrased != nil {
		if text, ok := c.rephrased.get(key); ok {
			c.metrics(MetricCacheHit)
			return text, nil
		}
	}

	var resp openai.ChatCompletionResponse
	err := c.call(ctx, c.chat, "rephrase", func(ctx context.Context) error {
		var err error
		resp, err = c.api.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
			Model: c.model,
			Messages: []openai.ChatCompletionMessage{
				{Role: openai.ChatMessageRoleSystem, Content: SystemPrompt},
				{Role: openai.ChatMessageRoleUser, Content: userMessage(in)},
			},
			MaxCompletionTokens: maxCompletionTokens,
		})
		if err == nil && len(resp.Choices) == 0 {
			err = fmt.Errorf("%w: no choices", ErrBadResponse)
		}
		return err
	})
	if err != nil {
		if !errors.Is(err, ErrCircuitOpen) {
			c.metrics(MetricRephraseError)
		}
		return "", fmt.Errorf("rephrase: entry %s: %w", in.EntryID, err)
	}

	choice := resp.Choices[0]
	text := strings.TrimSpace(choice.Message.Content)
	switch choice.FinishReason {
	case openai.FinishReasonLength:
		err = reject(ErrTruncated, "finish_reason length")
	case openai.FinishReasonContentFilter:
		err = reject(ErrEmpty, "finish_reason content_filter")
	default:
		err = Guard(curated, text)
	}
	if err != nil {
		c.metrics(MetricRephraseRejected)
		c.log.Info("rephrasing rejected", "entry", in.EntryID, "model", c.model, "reason", err)
		return "", fmt.Errorf("rephrase: entry %s: %w", in.EntryID, err)
	}
	c.metrics(MetricRephraseOK)
	if c.rephrased != nil {
		c.rephrased.put(key, text)
	}
	return text, nil
}

// cacheKey identifies a rephrasing: the entry and a hash of its curated
// text (so an edited entry is rephrased afresh), the normalised question,
// the model and the prompt version. The key and the rephrasing live only in
// the Client's bounded in-memory cache.
func (c *Client) cacheKey(in bot.RephraseInput) string {
	content := sha256.Sum256([]byte(curatedText(in)))
	return hashKey("rephrase:", PromptVersion, c.model, string(in.Kind), in.EntryID,
		hex.EncodeToString(content[:]), normalizeQuestion(in.Question))
}
