package discord

import (
	"context"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// shareButton posts a private reply in the channel for everyone: the same
// embeds and link buttons, without the private reply's own buttons. args
// is the entry id, used when Discord did not include the message.
func shareButton(ctx context.Context, c *call, args string) {
	if m := c.i.Message; m != nil && len(m.Embeds) > 0 {
		out := message{Embeds: m.Embeds, Components: linkRows(m.Components)}
		if err := c.sendNow(ctx, out); err != nil {
			c.a.log.Error("share", "err", err, "guild", c.i.GuildID)
			return
		}
		c.a.log.Info("shared", "guild", c.i.GuildID, "entry", args)
		return
	}
	if _, ok := c.a.bot.Knowledge().Entry(args); !ok {
		_ = c.sendNow(ctx, withEphemeral(notice("That answer can't be shared any more. Try the command again.")))
		return
	}
	o := replyOptions{render: renderOptions{feedback: true, links: true}}
	c.reply(ctx, o, func(ctx context.Context) bot.Reply {
		rep, _ := c.a.bot.Topic(ctx, args, c.request("", bot.ModeAuto))
		return rep
	})
}

// linkRows keeps the rows of link buttons from a message's components.
func linkRows(comps []discordgo.MessageComponent) []discordgo.MessageComponent {
	out := []discordgo.MessageComponent{}
	for _, comp := range comps {
		var row *discordgo.ActionsRow
		switch r := comp.(type) {
		case *discordgo.ActionsRow:
			row = r
		case discordgo.ActionsRow:
			row = &r
		default:
			continue
		}
		var keep []discordgo.MessageComponent
		for _, b := range row.Components {
			switch btn := b.(type) {
			case *discordgo.Button:
				if btn.Style == discordgo.LinkButton {
					keep = append(keep, *btn)
				}
			case discordgo.Button:
				if btn.Style == discordgo.LinkButton {
					keep = append(keep, btn)
				}
			}
		}
		if len(keep) > 0 {
			out = append(out, discordgo.ActionsRow{Components: keep})
		}
	}
	return out
}

// feedbackButton records a "helpful" (args "1:<entry>") or "not helpful"
// ("0:<entry>") vote: the entry and the vote, nothing about the person.
// Each person's vote counts once per reply (see voteSet).
func feedbackButton(ctx context.Context, c *call, args string) {
	helpful := len(args) > 2 && args[0] == '1'
	entry := ""
	if len(args) > 2 {
		entry = args[2:]
	}
	reply := "entry:" + entry // Discord always sends the message; tests may not
	if c.i.Message != nil && c.i.Message.ID != "" {
		reply = c.i.Message.ID
	}
	if !c.a.votes.first(c.userID, reply) {
		_ = c.sendNow(ctx, withEphemeral(notice("You've already rated this answer. Thank you!")))
		return
	}
	text := "Thanks for letting me know."
	if err := c.a.bot.Feedback(ctx, entry, helpful); err != nil {
		c.a.metrics.failed("feedback")
		c.a.log.Warn("feedback", "entry", entry, "err", err)
		text = "Thanks. I couldn't record that just now, but I appreciate it."
	}
	if !helpful {
		text += " If something was missing or unclear, /topics may have a closer match."
	}
	_ = c.sendNow(ctx, withEphemeral(notice(text)))
}

// topicButton answers with a related topic's entry; args is its id.
func topicButton(ctx context.Context, c *call, args string) {
	if _, ok := c.a.bot.Knowledge().Entry(args); !ok {
		_ = c.sendNow(ctx, withEphemeral(notice("That topic is no longer available. Try /topics.")))
		return
	}
	c.reply(ctx, c.standard(), func(ctx context.Context) bot.Reply {
		rep, _ := c.a.bot.Topic(ctx, args, c.request("", bot.ModeAuto))
		return rep
	})
}

// reviewedButton shows the curated, human-reviewed text of a reworded
// answer, privately; args is the entry id.
func reviewedButton(ctx context.Context, c *call, args string) {
	if _, ok := c.a.bot.Knowledge().Entry(args); !ok {
		_ = c.sendNow(ctx, withEphemeral(notice("That entry is no longer available. Try /topics.")))
		return
	}
	o := replyOptions{ephemeral: true, render: renderOptions{feedback: true, links: true}}
	c.reply(ctx, o, func(ctx context.Context) bot.Reply {
		req := c.request("", bot.ModeAuto)
		req.NoRephrase = true
		rep, _ := c.a.bot.Topic(ctx, args, req)
		return rep
	})
}
