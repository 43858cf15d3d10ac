package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/referral"
)

// focusChoices are the specialisms /find-therapist can filter on.
var focusChoices = []string{"lgbtq", "trans", "couples", "kink", "polyamory"}

// findTherapistCommand is /find-therapist location: [focus:] [online:]
// [low-cost:]: directory links for a place, the server's own listings first.
type findTherapistCommand struct{}

func (findTherapistCommand) definition() *discordgo.ApplicationCommand {
	var choices []*discordgo.ApplicationCommandOptionChoice
	for _, f := range focusChoices {
		choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: f, Value: f})
	}
	return &discordgo.ApplicationCommand{
		Name:        "find-therapist",
		Type:        discordgo.ChatApplicationCommand,
		Description: "Find directories of sex therapists for a place",
		Options: []*discordgo.ApplicationCommandOption{
			{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "location",
				Description: "A city, state or country, e.g. Chicago, Ontario, UK",
				Required:    true,
				MaxLength:   100,
			},
			{
				Type:        discordgo.ApplicationCommandOptionString,
				Name:        "focus",
				Description: "A specialism to look for",
				Choices:     choices,
			},
			{
				Type:        discordgo.ApplicationCommandOptionBoolean,
				Name:        "online",
				Description: "Only therapists who see people online",
			},
			{
				Type:        discordgo.ApplicationCommandOptionBoolean,
				Name:        "low-cost",
				Description: "Prefer low-cost or sliding-scale options",
			},
		},
	}
}

func (findTherapistCommand) run(ctx context.Context, c *call) {
	opts := c.commandData().Options
	loc := stringOption(opts, "location")
	f := referral.Filter{
		Focus:   stringOption(opts, "focus"),
		Online:  boolOption(opts, "online"),
		LowCost: boolOption(opts, "low-cost"),
	}
	c.reply(ctx, c.standard(), func(ctx context.Context) bot.Reply {
		return c.a.bot.FindTherapist(ctx, c.request("", bot.ModeAuto), loc, f)
	})
}
