package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// aboutCommand is /about: what Candor is and is not, and what it stores.
type aboutCommand struct{}

func (aboutCommand) definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "about",
		Type:        discordgo.ChatApplicationCommand,
		Description: "What Candor is, what it is not, and what it stores",
	}
}

func (aboutCommand) run(ctx context.Context, c *call) {
	o := replyOptions{ephemeral: c.private(), render: renderOptions{share: c.private(), links: true}}
	c.reply(ctx, o, func(context.Context) bot.Reply { return c.a.bot.About() })
}
