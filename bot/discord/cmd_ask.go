package discord

import (
	"context"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// entryValuePrefix marks an autocomplete choice that names an entry.
const entryValuePrefix = "id:"

// askCommand is /ask question: the core's answer, with entry titles
// suggested as the person types.
type askCommand struct{}

func (askCommand) definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "ask",
		Type:        discordgo.ChatApplicationCommand,
		Description: "Ask a question about sex therapy, sexual health or relationships",
		Options: []*discordgo.ApplicationCommandOption{{
			Type:         discordgo.ApplicationCommandOptionString,
			Name:         "question",
			Description:  "Your question, in your own words",
			Required:     true,
			Autocomplete: true,
			MaxLength:    1000,
		}},
	}
}

func (askCommand) run(ctx context.Context, c *call) {
	q := stringOption(c.commandData().Options, "question")
	if id, ok := strings.CutPrefix(q, entryValuePrefix); ok {
		if _, known := c.a.bot.Knowledge().Entry(id); known {
			c.reply(ctx, c.standard(), func(ctx context.Context) bot.Reply {
				rep, _ := c.a.bot.Topic(ctx, id, c.request("", bot.ModeAuto))
				return rep
			})
			return
		}
	}
	c.reply(ctx, c.standard(), func(ctx context.Context) bot.Reply {
		return c.a.bot.Handle(ctx, c.request(q, bot.ModeAuto))
	})
}

// autocomplete suggests entry titles matching what has been typed; a
// choice's value names the entry ("id:<entry-id>").
func (askCommand) autocomplete(ctx context.Context, c *call) []*discordgo.ApplicationCommandOptionChoice {
	var typed string
	for _, o := range c.commandData().Options {
		if o.Focused {
			typed, _ = o.Value.(string)
		}
	}
	return entryChoices(c.a.bot.Knowledge().Suggest(strings.TrimSpace(typed), maxChoices))
}
