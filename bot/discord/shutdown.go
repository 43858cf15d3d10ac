package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// restartingText answers what arrives while Candor shuts down.
const restartingText = "Candor is restarting. Please try again in a moment."

// HandleLateInteraction answers an interaction that arrived while the
// adapter shuts down: /crisis, autocomplete and pings are answered as
// usual (they are quick and need no store); everything else gets a short,
// private "restarting" notice carrying the region's crisis lines. Run
// calls it during shutdown; it is exported for tests.
func (a *Adapter) HandleLateInteraction(ctx context.Context, ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		return
	}
	i := ic.Interaction
	a.metrics.interaction("late")
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		if d, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok && d.Name == "crisis" {
			a.HandleInteraction(ctx, ic)
			return
		}
	case discordgo.InteractionMessageComponent:
	default:
		a.HandleInteraction(ctx, ic)
		return
	}
	c := &call{a: a, i: i, start: createdAt(i.ID, a.now()), direct: directFrom(ctx)}
	text := a.limitedText(restartingText, a.cachedSettings(i.GuildID).Region)
	if err := c.sendNow(ctx, withEphemeral(notice(text))); err != nil {
		a.log.Warn("restarting notice", "err", err, "guild", i.GuildID)
	}
}

// HandleLateMessage answers a mention or DM that arrived while the adapter
// shuts down: crisis lines by direct message when the message shows risk,
// otherwise a short "restarting" reply where mentions are known to be
// answered. Run calls it during shutdown; it is exported for tests.
func (a *Adapter) HandleLateMessage(ctx context.Context, mc *discordgo.MessageCreate) {
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
	a.metrics.interaction("late")
	cs := a.cachedSettings(m.GuildID)
	req := bot.Request{
		Text: stripMention(m.Content, botID), Region: cs.Region, GuildID: m.GuildID, UserID: m.Author.ID,
		ChannelID: m.ChannelID, Channel: bot.ChannelGuild, NoRephrase: true,
	}
	if dm {
		req.Channel = bot.ChannelDM
	}
	if req.Text != "" {
		if rep := a.bot.Handle(ctx, req); rep.Kind == bot.KindCrisis {
			if err := a.sendDM(ctx, m.Author.ID, a.render(rep, renderOptions{links: true})); err != nil {
				a.log.Warn("crisis DM during shutdown", "guild", m.GuildID, "err", err)
			}
			return
		}
	}
	if dm || (cs.known && a.channelAllowed(ctx, cs.GuildSettings, m)) {
		_ = a.sendReply(ctx, m, notice(a.limitedText(restartingText, cs.Region)))
	}
}
