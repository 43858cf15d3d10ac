package discord

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// Polite answers of the adapter itself.
const (
	rateLimitedText = "You're asking faster than I can answer well. Please wait a minute and try again. " +
		"If you need help right now, use /crisis."
	guildLimitedText = "This server is asking me a lot right now. Please try again in a minute. " +
		"If you need help right now, use /crisis."
	failedText = "Sorry, something went wrong on my side. Please try again in a moment."
)

// call is one interaction being answered.
type call struct {
	a        *Adapter
	i        *discordgo.Interaction
	userID   string
	settings bot.GuildSettings
	// settingsKnown is false when the settings are the closed ones because
	// the store never answered.
	settingsKnown bool
	// start is when the interaction was created (from its snowflake id),
	// or when it arrived if the id says nothing sensible.
	start time.Time
	// acked is set once the interaction has been acknowledged.
	acked bool
	// direct, for an interaction that came over the HTTP endpoint, takes
	// the first response back to that request.
	direct *direct
}

// HandleInteraction answers one interaction (slash command, context-menu
// command, autocomplete, button or select menu) and returns when the reply
// has been delivered or has failed (failures are logged and counted). Run
// calls it for every INTERACTION_CREATE; it is exported so tests can drive
// the adapter with interactions they build.
func (a *Adapter) HandleInteraction(ctx context.Context, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		return
	}
	i := ic.Interaction
	c := &call{a: a, i: i, start: createdAt(i.ID, a.now()), direct: directFrom(ctx)}
	switch {
	case i.Member != nil && i.Member.User != nil:
		c.userID = i.Member.User.ID
	case i.User != nil:
		c.userID = i.User.ID
	}
	defer func() {
		if r := recover(); r != nil {
			a.metrics.failed("panic")
			a.log.Error("interaction panicked", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
		}
	}()

	switch i.Type {
	case discordgo.InteractionApplicationCommandAutocomplete:
		a.metrics.interaction("autocomplete")
		a.registry.autocomplete(ctx, c)
	case discordgo.InteractionApplicationCommand:
		a.metrics.interaction("command")
		if !c.allowed(ctx) {
			return
		}
		c.loadSettings(ctx)
		a.registry.command(ctx, c)
	case discordgo.InteractionMessageComponent:
		a.metrics.interaction("component")
		if !c.allowed(ctx) {
			return
		}
		c.loadSettings(ctx)
		a.registry.component(ctx, c)
	case discordgo.InteractionPing:
		_ = c.respond(ctx, &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong})
	default:
		a.log.Debug("interaction type not handled", "type", i.Type.String())
	}
}

// loadSettings reads the guild's settings (from memory, mostly), waiting
// for the store no longer than leaves time to acknowledge the interaction.
func (c *call) loadSettings(ctx context.Context) {
	if c.a.deferAfter > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithDeadline(ctx, c.start.Add(c.a.deferAfter))
		defer cancel()
	}
	s := c.a.settings(ctx, c.i.GuildID)
	c.settings, c.settingsKnown = s.GuildSettings, s.known
}

// snowflakeEpoch is Discord's epoch (2015-01-01) in Unix milliseconds.
const snowflakeEpoch = 1420070400000

// maxInteractionAge bounds a believable creation time: an interaction's
// token is valid for 15 minutes.
const maxInteractionAge = 15 * time.Minute

// createdAt returns when the interaction with snowflake id was created,
// or now when the id is not a snowflake or says a time in the future
// (clock skew) or older than an interaction can be.
func createdAt(id string, now time.Time) time.Time {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return now
	}
	t := time.UnixMilli(int64(n>>22) + snowflakeEpoch)
	if t.After(now) || now.Sub(t) > maxInteractionAge {
		return now
	}
	return t
}

// allowed applies the rate limits before anything is read from the
// store, answering politely when one is hit. /crisis is never limited,
// and the polite answer itself carries the region's emergency and crisis
// numbers: a limit must never stand between someone and help.
func (c *call) allowed(ctx context.Context) bool {
	if c.i.Type == discordgo.InteractionApplicationCommand && c.i.ApplicationCommandData().Name == "crisis" {
		return true
	}
	if ok, _ := c.a.users.allow(c.userID); !ok {
		c.a.metrics.limited("user")
		c.a.log.Info("rate limited", "scope", "user", "guild", c.i.GuildID)
		c.sendNow(ctx, withEphemeral(notice(c.a.limitedText(rateLimitedText, c.a.cachedSettings(c.i.GuildID).Region))))
		return false
	}
	if ok, _ := c.a.guilds.allow(c.i.GuildID); !ok {
		c.a.metrics.limited("guild")
		c.a.log.Info("rate limited", "scope", "guild", "guild", c.i.GuildID)
		c.sendNow(ctx, withEphemeral(notice(c.a.limitedText(guildLimitedText, c.a.cachedSettings(c.i.GuildID).Region))))
		return false
	}
	return true
}

// limitedText adds the region's one-line crisis summary to a rate-limit
// notice.
func (a *Adapter) limitedText(base, regionCode string) string {
	region := a.bot.DefaultRegion()
	if r, err := a.bot.Referrals().ParseRegionCode(regionCode); err == nil && regionCode != "" {
		region = r
	}
	if s := a.bot.Referrals().Crisis(region).Summary; s != "" {
		return base + "\n" + s
	}
	return base
}

// request builds the core's request for text.
func (c *call) request(text string, mode bot.Mode) bot.Request {
	ch := bot.ChannelGuild
	if c.i.GuildID == "" {
		ch = bot.ChannelDM
	}
	locale := string(c.i.Locale)
	c.a.rememberLocale(c.userID, locale)
	if locale == "" && c.i.GuildLocale != nil {
		locale = string(*c.i.GuildLocale)
	}
	return bot.Request{
		Text:       text,
		Locale:     locale,
		Region:     c.settings.Region,
		GuildID:    c.i.GuildID,
		UserID:     c.userID,
		ChannelID:  c.i.ChannelID,
		Channel:    ch,
		Mode:       mode,
		NoRephrase: !c.settings.Rephrase,
	}
}

// private reports whether replies default to ephemeral here.
func (c *call) private() bool { return c.settings.Visibility != bot.VisibilityPublic }

// replyOptions says how a reply to an interaction is delivered.
type replyOptions struct {
	// ephemeral makes the reply visible to the invoker only. Crisis
	// replies are always ephemeral whatever this says.
	ephemeral bool
	render    renderOptions
	// alert posts the guild's alert notice for a crisis reply.
	alert bool
	// decorate may change the rendered message (e.g. add a button).
	decorate func(rep bot.Reply, m *message)
}

// standard returns the options of an ordinary answer to this call.
func (c *call) standard() replyOptions {
	priv := c.private()
	return replyOptions{
		ephemeral: priv,
		alert:     true,
		render:    renderOptions{share: priv, feedback: true, related: true, links: true},
	}
}

// busyReplies is how many replies may be in progress before the next one
// is acknowledged at once with a deferred response: a few per core, so an
// ordinary server never sees it, and a burst of hundreds is acknowledged as
// it arrives.
var busyReplies = int64(4 * runtime.GOMAXPROCS(0))

// reply runs produce under the three-second rule and delivers its reply:
// when it is ready within DeferAfter it is the interaction's response;
// otherwise the interaction is acknowledged with a deferred response and
// the reply edits it in when ready.
func (c *call) reply(ctx context.Context, o replyOptions, produce func(ctx context.Context) bot.Reply) {
	a := c.a
	done := make(chan bot.Reply, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				a.metrics.failed("panic")
				a.log.Error("reply panicked", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
				done <- bot.Reply{Kind: bot.KindUnknown, Title: "Something went wrong", Body: failedText}
			}
		}()
		done <- produce(ctx)
	}()
	var rep bot.Reply
	deferred, deferredEphemeral := false, false
	// In a burst (more replies in progress than busyReplies), this one
	// queues behind the others for the CPU: it is acknowledged at once,
	// not when every timer of the burst fires together at DeferAfter and
	// their acknowledgements compete with each other near the deadline.
	busy := a.replying.Add(1) > busyReplies
	defer a.replying.Add(-1)
	// ready is nil (never ready) when the adapter always defers.
	var ready <-chan bot.Reply = done
	var wait <-chan time.Time
	if left := a.deferAfter - a.now().Sub(c.start); a.deferAfter > 0 && left > 0 && !busy {
		timer := time.NewTimer(left)
		defer timer.Stop()
		wait = timer.C
	} else {
		ready = nil
		now := make(chan time.Time)
		close(now)
		wait = now
	}
	select {
	case rep = <-ready:
	case <-wait:
		deferred, deferredEphemeral = true, o.ephemeral
		a.metrics.deferral()
		var flags discordgo.MessageFlags
		if o.ephemeral {
			flags = discordgo.MessageFlagsEphemeral
		}
		err := c.respond(ctx, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: flags},
		})
		if err != nil {
			a.log.Error("defer interaction", "err", err, "guild", c.i.GuildID)
		}
		select {
		case rep = <-done:
		case <-ctx.Done():
			rep = bot.Reply{Kind: bot.KindUnknown, Title: "Something went wrong", Body: failedText}
		}
	}
	crisis := rep.Kind == bot.KindCrisis
	eph := o.ephemeral || crisis
	ro := o.render
	ro.share = ro.share && eph && !crisis
	m := a.render(rep, ro)
	m.Ephemeral = eph
	if o.decorate != nil {
		o.decorate(rep, &m)
	}
	var err error
	switch {
	case !deferred:
		err = c.sendNow(ctx, m)
	case crisis && !deferredEphemeral:
		// The deferred response is public; a crisis reply must not be.
		if derr := c.deleteOriginal(ctx); derr != nil {
			a.log.Warn("delete public placeholder", "err", derr)
		}
		err = c.followup(ctx, m)
	default:
		err = c.edit(ctx, m)
	}
	if err != nil {
		a.metrics.failed("reply")
		a.log.Error("deliver reply", "err", err, "kind", string(rep.Kind), "deferred", deferred, "guild", c.i.GuildID)
		return
	}
	a.metrics.reply(rep.Kind, a.now().Sub(c.start))
	a.log.Info("replied", "source", "interaction", "kind", string(rep.Kind), "entry", rep.Entry,
		"guild", c.i.GuildID, "deferred", deferred, "ms", a.now().Sub(c.start).Milliseconds())
	if crisis && o.alert {
		if !c.settingsKnown && c.i.GuildID != "" {
			a.metrics.failed("alert_settings_unknown")
			a.log.Warn("crisis alert not posted: server settings unavailable", "guild", c.i.GuildID)
		}
		a.alert(ctx, c.settings, c.i.GuildID, c.i.ChannelID)
	}
}

// withEphemeral marks m ephemeral.
func withEphemeral(m message) message {
	m.Ephemeral = true
	return m
}

func (m message) flags() discordgo.MessageFlags {
	if m.Ephemeral {
		return discordgo.MessageFlagsEphemeral
	}
	return 0
}

// noMentions keeps Candor's messages from pinging anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// sendNow answers the interaction with a new message (response type 4), or
// edits the deferred response when the interaction is already
// acknowledged.
func (c *call) sendNow(ctx context.Context, m message) error {
	if c.acked {
		return c.edit(ctx, m)
	}
	return c.respond(ctx, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{
			Content:         m.Content,
			Embeds:          m.Embeds,
			Components:      m.Components,
			Flags:           m.flags(),
			AllowedMentions: noMentions(),
		},
	})
}

// update replaces the message the component belongs to (response type 7).
func (c *call) update(ctx context.Context, m message) error {
	return c.respond(ctx, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{
			Content:         m.Content,
			Embeds:          m.Embeds,
			Components:      m.Components,
			AllowedMentions: noMentions(),
		},
	})
}

// respond sends the interaction response: in the HTTP response when the
// interaction came through InteractionsHandler and its request still
// waits, otherwise through the adapter's own interaction client (retrying
// 429s, 5xx and network errors).
func (c *call) respond(ctx context.Context, r *discordgo.InteractionResponse) error {
	if handled, err := c.respondDirect(ctx, r); handled {
		if err != nil {
			c.a.metrics.failed("respond")
			return fmt.Errorf("respond: %w", err)
		}
		c.acked = true
		return nil
	}
	err := c.a.ic.callback(ctx, c.i, r)
	if err != nil {
		c.a.metrics.failed("respond")
		return fmt.Errorf("respond: %w", redact(err))
	}
	c.acked = true
	return nil
}

// edit replaces the original (deferred) response.
func (c *call) edit(ctx context.Context, m message) error {
	content := m.Content
	embeds := m.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	comps := m.Components
	if comps == nil {
		comps = []discordgo.MessageComponent{}
	}
	err := c.a.ic.editOriginal(ctx, c.i, &discordgo.WebhookEdit{
		Content: &content, Embeds: &embeds, Components: &comps, AllowedMentions: noMentions(),
	})
	if err != nil {
		c.a.metrics.failed("edit")
		return fmt.Errorf("edit: %w", redact(err))
	}
	return nil
}

// deleteOriginal deletes the original (deferred) response.
func (c *call) deleteOriginal(ctx context.Context) error {
	if err := c.a.ic.deleteOriginal(ctx, c.i); err != nil {
		c.a.metrics.failed("delete_original")
		return fmt.Errorf("delete original: %w", redact(err))
	}
	return nil
}

// followup sends an extra message for the interaction.
func (c *call) followup(ctx context.Context, m message) error {
	err := c.a.ic.followup(ctx, c.i, &discordgo.WebhookParams{
		Content: m.Content, Embeds: m.Embeds, Components: m.Components,
		Flags: m.flags(), AllowedMentions: noMentions(),
	})
	if err != nil {
		c.a.metrics.failed("followup")
		return fmt.Errorf("followup: %w", redact(err))
	}
	return nil
}

// Discord's JSON error code for "interaction has already been acknowledged".
const codeAlreadyAcknowledged = 40060

// retry runs f (a discordgo REST call on the bot's own routes), retrying a
// bounded number of times with doubling waits when Discord answers 5xx or
// the network fails. 429s never reach here: discordgo waits and retries
// them itself. The error is redacted.
func (a *Adapter) retry(ctx context.Context, op string, f func() error) error {
	wait := a.backoff
	for attempt := 0; ; attempt++ {
		err := f()
		if err == nil {
			return nil
		}
		if attempt >= a.retries || !retryable(err) || ctx.Err() != nil {
			a.metrics.failed(op)
			return fmt.Errorf("%s: %w", op, redact(err))
		}
		a.log.Warn("discord call failed, retrying", "op", op, "attempt", attempt+1, "err", safeErr(err))
		select {
		case <-time.After(wait):
		case <-ctx.Done():
			return fmt.Errorf("%s: %w", op, ctx.Err())
		}
		wait *= 2
	}
}

// retryable reports whether an error is worth retrying: a server error or a
// network failure, not a refusal.
func retryable(err error) bool {
	if st := httpStatus(err); st != 0 {
		return st >= 500
	}
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) {
		return false
	}
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		return false
	}
	return !errors.Is(err, discordgo.ErrJSONUnmarshal)
}

// option returns a command option by name, searching subcommands too.
func option(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) *discordgo.ApplicationCommandInteractionDataOption {
	for _, o := range opts {
		if o.Name == name {
			return o
		}
	}
	return nil
}

// stringOption returns a string option's trimmed value, or "".
func stringOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) string {
	if o := option(opts, name); o != nil {
		if s, ok := o.Value.(string); ok {
			return strings.TrimSpace(s)
		}
	}
	return ""
}

// boolOption returns a boolean option's value, or false.
func boolOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) bool {
	o := option(opts, name)
	if o == nil {
		return false
	}
	b, _ := o.Value.(bool)
	return b
}
