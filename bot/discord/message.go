package discord

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// crisisDMNote is said in the channel when crisis lines went to a DM.
const crisisDMNote = "I've sent you a direct message."

// HandleMessage answers a message that mentions the bot, or a direct
// message, with the same reply /ask gives, as a reply to the message. It
// ignores bots (itself included), webhooks, messages that do not mention
// the bot, and channels outside the server's mention channels when it has
// set some. It returns when the reply has been sent or has failed (logged).
// Run calls it for every MESSAGE_CREATE; it is exported for tests.
func (a *Adapter) HandleMessage(ctx context.Context, mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil || mc.Author == nil {
		return
	}
	m := mc.Message
	_, botID := a.ids()
	if m.Author.Bot || m.WebhookID != "" || (botID != "" && m.Author.ID == botID) {
		return
	}
	dm := m.GuildID == ""
	if !dm && !mentions(m, botID) {
		return
	}
	start := a.now()
	source := "mention"
	if dm {
		source = "dm"
	}
	// Rate limits first: they need no store. The polite notice goes only
	// where mentions are known to be answered.
	if ok, first := a.users.allow(m.Author.ID); !ok {
		a.metrics.limited("user")
		if cs := a.cachedSettings(m.GuildID); first && (dm || (cs.known && a.channelAllowed(ctx, cs.GuildSettings, m))) {
			a.sendReply(ctx, m, notice(a.limitedText(rateLimitedText, cs.Region)))
		}
		return
	}
	if ok, first := a.guilds.allow(m.GuildID); !ok {
		a.metrics.limited("guild")
		if cs := a.cachedSettings(m.GuildID); first && cs.known && a.channelAllowed(ctx, cs.GuildSettings, m) {
			a.sendReply(ctx, m, notice(a.limitedText(guildLimitedText, cs.Region)))
		}
		return
	}
	gs := a.settings(ctx, m.GuildID)
	settings := gs.GuildSettings
	if !dm && !gs.known {
		// The store has never answered for this server, so whether this
		// channel is allowed is unknown: stay silent in the channel, but
		// still send crisis lines privately.
		a.metrics.failed("settings_unknown")
		a.log.Warn("mention not answered: server settings unavailable", "guild", m.GuildID)
		a.crisisOnly(ctx, m, botID, settings)
		return
	}
	if !dm && !a.channelAllowed(ctx, settings, m) {
		return
	}
	a.metrics.interaction(source)

	ch := bot.ChannelGuild
	if dm {
		ch = bot.ChannelDM
	}
	req := bot.Request{
		Text:       stripMention(m.Content, botID),
		Region:     settings.Region,
		GuildID:    m.GuildID,
		UserID:     m.Author.ID,
		ChannelID:  m.ChannelID,
		Channel:    ch,
		NoRephrase: !settings.Rephrase,
		Locale:     a.messageLocale(ctx, m.Author.ID, m.GuildID),
	}
	// Show "typing…" if the answer takes a while.
	typing := time.AfterFunc(a.deferAfter, func() { _ = a.session.ChannelTyping(m.ChannelID, discordgo.WithContext(ctx)) })
	var rep bot.Reply
	if strings.TrimSpace(req.Text) == "" {
		rep = a.bot.About()
	} else {
		rep = a.bot.Handle(ctx, req)
	}
	typing.Stop()

	out := a.render(rep, renderOptions{feedback: true, related: true, links: true})
	var err error
	if rep.Kind == bot.KindCrisis && !dm {
		// Crisis lines go privately to the person; the channel only learns
		// that a DM was sent. If DMs are closed, help beats privacy.
		if derr := a.sendDM(ctx, m.Author.ID, out); derr == nil {
			out = notice(crisisDMNote)
		} else {
			a.log.Warn("crisis DM failed; replying in channel", "guild", m.GuildID, "err", derr)
		}
		err = a.sendReply(ctx, m, out)
		a.alert(ctx, settings, m.GuildID, m.ChannelID)
	} else {
		err = a.sendReply(ctx, m, out)
	}
	if err != nil {
		a.log.Error("deliver reply", "source", source, "err", err, "guild", m.GuildID)
		return
	}
	a.metrics.reply(rep.Kind, a.now().Sub(start))
	a.log.Info("replied", "source", source, "kind", string(rep.Kind), "entry", rep.Entry,
		"guild", m.GuildID, "ms", a.now().Sub(start).Milliseconds())
}

// channelAllowed reports whether mentions are answered in m's channel:
// every channel when the server lists none, else a listed channel or a
// thread of one.
func (a *Adapter) channelAllowed(ctx context.Context, s bot.GuildSettings, m *discordgo.Message) bool {
	if len(s.MentionChannels) == 0 || slices.Contains(s.MentionChannels, m.ChannelID) {
		return true
	}
	parent := a.threadParent(ctx, m.ChannelID)
	return parent != "" && slices.Contains(s.MentionChannels, parent)
}

// crisisOnly answers a mention whose server settings are unknown: only a
// crisis reply, and only by direct message; nothing in the channel.
func (a *Adapter) crisisOnly(ctx context.Context, m *discordgo.Message, botID string, s bot.GuildSettings) {
	req := bot.Request{
		Text: stripMention(m.Content, botID), GuildID: m.GuildID, UserID: m.Author.ID,
		ChannelID: m.ChannelID, Channel: bot.ChannelGuild, NoRephrase: true,
		Locale: a.messageLocale(ctx, m.Author.ID, m.GuildID),
	}
	if strings.TrimSpace(req.Text) == "" {
		return
	}
	rep := a.bot.Handle(ctx, req)
	if rep.Kind != bot.KindCrisis {
		return
	}
	if err := a.sendDM(ctx, m.Author.ID, a.render(rep, renderOptions{links: true})); err != nil {
		a.log.Warn("crisis DM failed", "guild", m.GuildID, "err", err)
	}
}

// mentions reports whether m mentions the user botID.
func mentions(m *discordgo.Message, botID string) bool {
	if botID == "" {
		return false
	}
	for _, u := range m.Mentions {
		if u != nil && u.ID == botID {
			return true
		}
	}
	return false
}

var mentionRe = regexp.MustCompile(`<@!?[0-9]+>`)

// stripMention removes mentions of the bot (and collapses the rest of the
// mention markup) from a message's text.
func stripMention(text, botID string) string {
	if botID != "" {
		text = strings.NewReplacer("<@"+botID+">", " ", "<@!"+botID+">", " ").Replace(text)
	}
	text = mentionRe.ReplaceAllString(text, "someone")
	return strings.Join(strings.Fields(text), " ")
}

// sendReply posts out as a reply to m, pinging nobody.
func (a *Adapter) sendReply(ctx context.Context, m *discordgo.Message, out message) error {
	fail := false
	return a.retry(ctx, "message", func() error {
		_, err := a.session.ChannelMessageSendComplex(m.ChannelID, &discordgo.MessageSend{
			Content:    out.Content,
			Embeds:     out.Embeds,
			Components: out.Components,
			Reference: &discordgo.MessageReference{
				MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID, FailIfNotExists: &fail,
			},
			AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx))
		return err
	})
}

// sendDM sends out to a user's direct messages.
func (a *Adapter) sendDM(ctx context.Context, userID string, out message) error {
	var ch *discordgo.Channel
	err := a.retry(ctx, "dm_channel", func() error {
		var err error
		ch, err = a.session.UserChannelCreate(userID, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		return err
	}
	return a.retry(ctx, "dm", func() error {
		_, err := a.session.ChannelMessageSendComplex(ch.ID, &discordgo.MessageSend{
			Content: out.Content, Embeds: out.Embeds, Components: out.Components, AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx))
		return err
	})
}

// alert posts the guild's "someone may need support" notice: the channel
// only, with a jump link; never the text, never the person.
func (a *Adapter) alert(ctx context.Context, s bot.GuildSettings, guildID, channelID string) {
	if s.AlertChannel == "" || guildID == "" || channelID == "" {
		return
	}
	text := fmt.Sprintf("Someone in <#%s> may need support. Candor has shown them crisis resources privately. "+
		"Jump to the channel: https://discord.com/channels/%s/%s", channelID, guildID, channelID)
	err := a.retry(ctx, "alert", func() error {
		_, err := a.session.ChannelMessageSendComplex(s.AlertChannel, &discordgo.MessageSend{
			Content: text, AllowedMentions: noMentions(),
		}, discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		a.log.Warn("alert notice", "guild", guildID, "err", err)
		return
	}
	a.log.Info("alert notice posted", "guild", guildID)
}
