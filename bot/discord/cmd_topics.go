package discord

import (
	"context"
	"strconv"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/knowledge"
)

// topicsCommand is /topics: browse the entries by tag with select menus
// (tags, then the entries with that tag, then the entry itself).
type topicsCommand struct{}

func (topicsCommand) definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:        "topics",
		Type:        discordgo.ChatApplicationCommand,
		Description: "Browse everything Candor can explain, by subject",
	}
}

func (topicsCommand) run(ctx context.Context, c *call) {
	kb := c.a.bot.Knowledge()
	m := message{
		Content:    "Browse Candor's topics: pick a subject.",
		Components: rowsToComponents(tagMenus(kb.Tags(), "", maxRows)),
		Ephemeral:  true,
	}
	if len(m.Components) == 0 {
		m.Content = "There are no topics to browse yet."
	}
	if err := c.sendNow(ctx, m); err != nil {
		c.a.log.Error("topics", "err", err)
	}
}

// topicsTagMenu shows the entries with the chosen tag, keeping the tag
// menu so another subject can be picked.
func topicsTagMenu(ctx context.Context, c *call, _ string) {
	kb := c.a.bot.Knowledge()
	vals := c.componentData().Values
	if len(vals) == 0 {
		_ = c.sendNow(ctx, withEphemeral(notice("Pick a subject from the menu.")))
		return
	}
	tag := vals[0]
	rows := tagMenus(kb.Tags(), tag, maxRows-1)
	rows = append(rows, entryMenus(kb.ByTag(tag), maxRows-len(rows))...)
	m := message{Content: "**" + truncate(tag, 100) + "**: pick an entry.", Components: rowsToComponents(rows)}
	if err := c.update(ctx, m); err != nil {
		c.a.log.Error("topics tag", "err", err)
	}
}

// topicsEntryMenu answers with the chosen entry.
func topicsEntryMenu(ctx context.Context, c *call, _ string) {
	vals := c.componentData().Values
	if len(vals) == 0 {
		_ = c.sendNow(ctx, withEphemeral(notice("Pick an entry from the menu.")))
		return
	}
	id := vals[0]
	if _, ok := c.a.bot.Knowledge().Entry(id); !ok {
		_ = c.sendNow(ctx, withEphemeral(notice("That entry is no longer available.")))
		return
	}
	c.reply(ctx, c.standard(), func(ctx context.Context) bot.Reply {
		rep, _ := c.a.bot.Topic(ctx, id, c.request("", bot.ModeAuto))
		return rep
	})
}

// tagMenus lays tags out in select menus of 25 options, at most maxMenus
// of them; chosen is shown selected.
func tagMenus(tags []string, chosen string, maxMenus int) []discordgo.ActionsRow {
	var opts []discordgo.SelectMenuOption
	for _, t := range tags {
		if len(t) > maxSelectValue {
			continue
		}
		opts = append(opts, discordgo.SelectMenuOption{Label: truncate(t, maxSelectLabel), Value: t, Default: t == chosen})
	}
	return menus("topics-tag", "Choose a subject", opts, maxMenus)
}

// entryMenus lays entries out in select menus of 25 options.
func entryMenus(entries []*knowledge.Entry, maxMenus int) []discordgo.ActionsRow {
	var opts []discordgo.SelectMenuOption
	for _, e := range entries {
		if len(e.ID) > maxSelectValue {
			continue
		}
		desc := ""
		if e.IsMyth() {
			desc = "Myth: " + e.Claim
		} else if len(e.Questions) > 0 {
			desc = e.Questions[0]
		}
		opts = append(opts, discordgo.SelectMenuOption{
			Label: truncate(e.Title, maxSelectLabel), Value: e.ID, Description: truncate(desc, maxSelectDescription),
		})
	}
	return menus("topics-entry", "Choose an entry", opts, maxMenus)
}

// menus splits options into string select menus, 25 options each, with
// custom_ids prefix:0, prefix:1...
func menus(prefix, placeholder string, opts []discordgo.SelectMenuOption, maxMenus int) []discordgo.ActionsRow {
	var rows []discordgo.ActionsRow
	for page := 0; len(opts) > 0 && len(rows) < maxMenus; page++ {
		n := min(len(opts), maxSelectOptions)
		ph := placeholder
		if page > 0 {
			ph += " (more)"
		}
		one := 1
		rows = append(rows, discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.SelectMenu{
			MenuType:    discordgo.StringSelectMenu,
			CustomID:    prefix + ":" + strconv.Itoa(page),
			Placeholder: ph,
			MinValues:   &one,
			MaxValues:   1,
			Options:     opts[:n],
		}}})
		opts = opts[n:]
	}
	return rows
}
