package discord

import (
	"errors"
	"fmt"
	"net/url"

	"github.com/bwmarrin/discordgo"
)

// redacted wraps an error from discordgo with a message safe to log: no
// URL (interaction and webhook URLs carry tokens) and no response body.
type redacted struct{ err error }

func (r redacted) Error() string { return safeErr(r.err) }
func (r redacted) Unwrap() error { return r.err }

// redact returns err with a loggable message, or nil.
func redact(err error) error {
	if err == nil {
		return nil
	}
	var r redacted
	if errors.As(err, &r) {
		return err
	}
	return redacted{err}
}

// safeErr describes err without URLs, tokens or message text.
func safeErr(err error) string {
	if err == nil {
		return ""
	}
	var r redacted
	if errors.As(err, &r) {
		err = r.err
	}
	var rest *discordgo.RESTError
	if errors.As(err, &rest) {
		s := "HTTP " + rest.Response.Status
		if rest.Message != nil && rest.Message.Code != 0 {
			s += fmt.Sprintf(" (code %d)", rest.Message.Code)
		}
		return s
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		return "rate limited, retry after " + rl.RetryAfter.String()
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Op + ": " + ue.Err.Error()
	}
	return err.Error()
}

// httpStatus returns the status of a Discord REST error, or 0.
func httpStatus(err error) int {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil {
		return rest.Response.StatusCode
	}
	return 0
}

// discordCode returns Discord's JSON error code of a REST error, or 0.
func discordCode(err error) int {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Message != nil {
		return rest.Message.Code
	}
	return 0
}
