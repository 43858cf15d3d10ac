package discord

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// crisisCommand is /crisis [region:]: emergency and crisis lines, always
// shown only to the person who asked.
type crisisCommand struct{}

func (crisisCommand) definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "crisis",
		Type:        discordgo.ChatApplicationCommand,
		Description: "Emergency numbers and crisis lines, shown only to you",
		Options: []*discordgo.ApplicationCommandOption{{
			Type:        discordgo.ApplicationCommandOptionString,
			Name:        "region",
			Description: "Country or region code, e.g. US, GB, US-IL (default: this server's)",
			MaxLength:   10,
		}},
	}
}

// run gives the lines privately. It posts no alert notice: looking up the
// lines is not a sign of crisis, and a notice would deter people.
func (crisisCommand) run(ctx context.Context, c *call) {
	req := c.request("", bot.ModeAuto)
	if r := strings.ToUpper(stringOption(c.commandData().Options, "region")); r != "" {
		req.Region = r
	}
	o := replyOptions{ephemeral: true, render: renderOptions{links: true}}
	c.reply(ctx, o, func(context.Context) bot.Reply { return c.a.bot.Crisis(req) })
}
