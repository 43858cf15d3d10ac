package discord

import (
	"context"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// checkMythsName is the message context-menu command's name.
const checkMythsName = "Check for myths"

// checkMythsCommand is the "Check for myths" message command: a myth check
// of the target message's text, shown only to the person who asked, with a
// button to post the correction in the channel.
type checkMythsCommand struct{}

func (checkMythsCommand) definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name: checkMythsName,
		Type: discordgo.MessageApplicationCommand,
	}
}

func (checkMythsCommand) run(ctx context.Context, c *call) {
	data := c.commandData()
	var target *discordgo.Message
	if data.Resolved != nil {
		target = data.Resolved.Messages[data.TargetID]
	}
	if target == nil || strings.TrimSpace(target.Content) == "" {
		_ = c.sendNow(ctx, withEphemeral(notice("That message has no text I can check.")))
		return
	}
	o := replyOptions{
		ephemeral: true,
		alert:     true,
		render:    renderOptions{feedback: true, related: true, links: true},
		decorate: func(rep bot.Reply, m *message) {
			id := "myth-post:" + rep.Entry + ":" + target.ID
			if rep.Kind != bot.KindMyth || rep.Entry == "" || !fitsID(id) || len(m.Components) >= maxRows {
				return
			}
			row := discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{Label: "Post the correction in the channel", Style: discordgo.PrimaryButton, CustomID: id},
			}}
			m.Components = append([]discordgo.MessageComponent{row}, m.Components...)
		},
	}
	text := target.Content
	c.reply(ctx, o, func(ctx context.Context) bot.Reply {
		return c.a.bot.Handle(ctx, c.request(text, bot.ModeMythCheck))
	})
}

// mythPostButton posts a myth's reviewed correction publicly in the
// channel, pointing at the message it corrects; args is
// "<entry-id>:<message-id>".
func mythPostButton(ctx context.Context, c *call, args string) {
	entry, msgID, _ := strings.Cut(args, ":")
	e, ok := c.a.bot.Knowledge().Entry(entry)
	if !ok || !e.IsMyth() {
		_ = c.sendNow(ctx, withEphemeral(notice("That correction is no longer available.")))
		return
	}
	content := "A note on a common myth."
	if msgID != "" {
		guild := c.i.GuildID
		if guild == "" {
			guild = "@me"
		}
		content = fmt.Sprintf("A note on [this message](https://discord.com/channels/%s/%s/%s), about a common myth.",
			guild, c.i.ChannelID, msgID)
	}
	o := replyOptions{
		ephemeral: false,
		render:    renderOptions{feedback: true, links: true},
		decorate:  func(_ bot.Reply, m *message) { m.Content = content },
	}
	c.reply(ctx, o, func(ctx context.Context) bot.Reply {
		rep, _ := c.a.bot.Topic(ctx, entry, c.request("", bot.ModeMythCheck))
		return rep
	})
}
