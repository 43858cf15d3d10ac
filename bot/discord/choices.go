package discord

import (
	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/knowledge"
)

// entryChoices turns entries into autocomplete choices: the title (cut to
// 100 characters) shown, "id:<entry-id>" sent; at most 25.
func entryChoices(entries []*knowledge.Entry) []*discordgo.ApplicationCommandOptionChoice {
	out := []*discordgo.ApplicationCommandOptionChoice{}
	for _, e := range entries {
		v := entryValuePrefix + e.ID
		if len(v) > maxChoiceValue {
			continue
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: truncate(e.Title, maxChoiceName), Value: v})
		if len(out) == maxChoices {
			break
		}
	}
	return out
}
