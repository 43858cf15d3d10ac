package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// mythCommand is /myth statement: a correction when the statement is a
// known myth, otherwise "not a known myth" and the closest topic.
type mythCommand struct{}

func (mythCommand) definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "myth",
		Type:        discordgo.ChatApplicationCommand,
		Description: "Check whether something you heard is a common myth",
		Options: []*discordgo.ApplicationCommandOption{{
			Type:        discordgo.ApplicationCommandOptionString,
			Name:        "statement",
			Description: "What you heard or read",
			Required:    true,
			MaxLength:   1000,
		}},
	}
}

func (mythCommand) run(ctx context.Context, c *call) {
	text := stringOption(c.commandData().Options, "statement")
	c.reply(ctx, c.standard(), func(ctx context.Context) bot.Reply {
		return c.a.bot.Handle(ctx, c.request(text, bot.ModeMythCheck))
	})
}
