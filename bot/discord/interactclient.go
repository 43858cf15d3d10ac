package discord

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// interactClient sends what belongs to one interaction (its callback, the
// edits of its original response and its follow-ups) straight over the
// session's *http.Client instead of through discordgo's REST layer.
//
// discordgo keeps one rate-limit bucket per distinct URL and never frees
// it; interaction URLs carry the interaction's token, so every interaction
// left a bucket behind (discordgo issue #1333). It also routes every
// "edit original response" through one shared bucket and holds that
// bucket's lock for the whole round trip, which serialised all deferred
// replies of the process. Interaction-token endpoints are not under the
// bot's global rate limit and each token has its own limits, so this client
// keeps no shared state at all: it honours a 429's Retry-After for the one
// request that got it, and retries server errors and network failures with
// a doubling backoff.
type interactClient struct {
	// http is the session's client, so DISCORD_API_URL (its rewriting
	// transport) and the pooled connections are shared with discordgo.
	http      *http.Client
	token     string
	userAgent string
	// retries is how often a 5xx or network failure is retried.
	retries int
	backoff time.Duration
	// max429 is how many 429s one request may wait out; maxWait caps one
	// such wait.
	max429  int
	maxWait time.Duration
}

// callback sends the interaction response (POST /interactions/{id}/{token}/callback).
func (c *interactClient) callback(ctx context.Context, i *discordgo.Interaction, r *discordgo.InteractionResponse) error {
	return c.do(ctx, http.MethodPost, discordgo.EndpointInteractionResponse(i.ID, i.Token), r)
}

// editOriginal edits the original response
// (PATCH /webhooks/{app}/{token}/messages/@original).
func (c *interactClient) editOriginal(ctx context.Context, i *discordgo.Interaction, e *discordgo.WebhookEdit) error {
	return c.do(ctx, http.MethodPatch, discordgo.EndpointInteractionResponseActions(i.AppID, i.Token), e)
}

// deleteOriginal deletes the original response.
func (c *interactClient) deleteOriginal(ctx context.Context, i *discordgo.Interaction) error {
	return c.do(ctx, http.MethodDelete, discordgo.EndpointInteractionResponseActions(i.AppID, i.Token), nil)
}

// followup sends a follow-up message (POST /webhooks/{app}/{token}).
func (c *interactClient) followup(ctx context.Context, i *discordgo.Interaction, p *discordgo.WebhookParams) error {
	return c.do(ctx, http.MethodPost, discordgo.EndpointFollowupMessage(i.AppID, i.Token), p)
}

// do sends one request, retrying as the type's comment says. A callback
// retried after a failure that Discord then reports as already
// acknowledged (code 40060) counts as done. Errors are *discordgo.RESTError
// for Discord's refusals (so errors.go reads them like discordgo's), or
// the network or context error.
func (c *interactClient) do(ctx context.Context, method, url string, body any) error {
	var payload []byte
	if body != nil {
		var err error
		if payload, err = json.Marshal(body); err != nil {
			return fmt.Errorf("encode request: %w", err)
		}
	}
	wait := c.backoff
	failures, limited := 0, 0
	for attempt := 0; ; attempt++ {
		retryAfter, err := c.once(ctx, method, url, payload)
		if err == nil {
			return nil
		}
		if attempt > 0 && discordCode(err) == codeAlreadyAcknowledged {
			return nil
		}
		if ctx.Err() != nil {
			return err
		}
		var pause time.Duration
		switch st := httpStatus(err); {
		case st == http.StatusTooManyRequests:
			limited++
			if limited > c.max429 || retryAfter > c.maxWait {
				return err
			}
			pause = retryAfter
		case st >= 500 || (st == 0 && retryable(err)):
			failures++
			if failures > c.retries {
				return err
			}
			pause = wait
			wait *= 2
		default:
			return err
		}
		t := time.NewTimer(pause)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		}
	}
}

// once makes one attempt. For a 429 it also returns how long Discord asked
// to wait.
func (c *interactClient) once(ctx context.Context, method, url string, payload []byte) (time.Duration, error) {
	var rd io.Reader
	if payload != nil {
		rd = bytes.NewReader(payload)
	}
	req, err := http.NewRequestWithContext(ctx, method, url, rd)
	if err != nil {
		return 0, err
	}
	if payload != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	req.Header.Set("Authorization", c.token)
	req.Header.Set("User-Agent", c.userAgent)
	resp, err := c.http.Do(req)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	if resp.StatusCode < 300 {
		// Drain (bounded) so the connection goes back to the pool.
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 1<<20))
		return 0, nil
	}
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	rest := &discordgo.RESTError{Request: req, Response: resp, ResponseBody: b}
	var msg discordgo.APIErrorMessage
	if json.Unmarshal(b, &msg) == nil {
		rest.Message = &msg
	}
	if resp.StatusCode == http.StatusTooManyRequests {
		return retryAfter(resp.Header, b), rest
	}
	return 0, rest
}

// retryAfter reads how long a 429 asks to wait: the Retry-After header
// (seconds, possibly fractional), else X-RateLimit-Reset-After, else the
// body's retry_after; one second when none says.
func retryAfter(h http.Header, body []byte) time.Duration {
	for _, k := range []string{"Retry-After", "X-RateLimit-Reset-After"} {
		if v := strings.TrimSpace(h.Get(k)); v != "" {
			if f, err := strconv.ParseFloat(v, 64); err == nil && f >= 0 {
				return time.Duration(f * float64(time.Second))
			}
		}
	}
	var b struct {
		RetryAfter float64 `json:"retry_after"`
	}
	if json.Unmarshal(body, &b) == nil && b.RetryAfter > 0 {
		return time.Duration(b.RetryAfter * float64(time.Second))
	}
	return time.Second
}
