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
	settings := a.settings(ctx, m.GuildID)
	if !dm && len(settings.MentionChannels) > 0 && !slices.Contains(settings.MentionChannels, m.ChannelID) {
		return
	}
	source := "mention"
	if dm {
		source = "dm"
	}
	a.metrics.interaction(source)

	if ok, first := a.users.allow(m.Author.ID); !ok {
		a.metrics.limited("user")
		if first {
			a.sendReply(ctx, m, notice(a.limitedText(rateLimitedText, settings.Region)))
		}
		return
	}
	if ok, first := a.guilds.allow(m.GuildID); !ok {
		a.metrics.limited("guild")
		if first {
			a.sendReply(ctx, m, notice(a.limitedText(guildLimitedText, settings.Region)))
		}
		return
	}

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
