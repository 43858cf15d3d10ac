package discord

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// adminPermissions may use /candor-admin (Manage Server); Discord hides the
// command from others by default, and the handler checks again.
const adminPermissions int64 = discordgo.PermissionManageGuild

// adminCommand is /candor-admin: a server's own settings and listings.
//
//	region set code:
//	visibility mode:private|public
//	mention-channels add|remove channel: / clear
//	alert-channel set channel: / off
//	listing add name: region: [url:] [phone:] ... / remove id: / list
//	rephrase state:on|off
type adminCommand struct{}

func (adminCommand) definition() *discordgo.ApplicationCommand {
	perms := adminPermissions
	textChannels := []discordgo.ChannelType{
		discordgo.ChannelTypeGuildText, discordgo.ChannelTypeGuildNews,
		discordgo.ChannelTypeGuildPublicThread, discordgo.ChannelTypeGuildPrivateThread, discordgo.ChannelTypeGuildForum,
	}
	channel := func(desc string) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionChannel, Name: "channel", Description: desc,
			Required: true, ChannelTypes: textChannels,
		}
	}
	alertChannel := &discordgo.ApplicationCommandOption{
		Type: discordgo.ApplicationCommandOptionChannel, Name: "channel", Description: "The moderators' channel",
		Required: true, ChannelTypes: alertChannelTypes,
	}
	str := func(name, desc string, required bool, maxLen int) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{
			Type: discordgo.ApplicationCommandOptionString, Name: name, Description: desc, Required: required, MaxLength: maxLen,
		}
	}
	sub := func(name, desc string, opts ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: name, Description: desc, Options: opts}
	}
	group := func(name, desc string, subs ...*discordgo.ApplicationCommandOption) *discordgo.ApplicationCommandOption {
		return &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommandGroup, Name: name, Description: desc, Options: subs}
	}
	choices := func(vals ...string) []*discordgo.ApplicationCommandOptionChoice {
		var out []*discordgo.ApplicationCommandOptionChoice
		for _, v := range vals {
			out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
		}
		return out
	}
	minID := 1.0
	return &discordgo.ApplicationCommand{
		Name:                     "candor-admin",
		Type:                     discordgo.ChatApplicationCommand,
		Description:              "Candor's settings for this server",
		DefaultMemberPermissions: &perms,
		// Servers only: it changes a server's settings.
		Contexts: &[]discordgo.InteractionContextType{discordgo.InteractionContextGuild},
		Options: []*discordgo.ApplicationCommandOption{
			group("region", "The server's default region",
				sub("set", "Set the default region for crisis lines and referrals",
					str("code", "Country or region code, e.g. US, GB, US-IL, AU-NSW", true, 10))),
			sub("visibility", "Who sees replies to slash commands",
				&discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionString, Name: "mode", Required: true,
					Description: "private: only the person who asked (default); public: the channel",
					Choices:     choices("private", "public"),
				}),
			group("mention-channels", "Channels where Candor answers mentions (default: all)",
				sub("add", "Answer mentions in a channel", channel("The channel")),
				sub("remove", "Stop answering mentions in a channel", channel("The channel")),
				sub("clear", "Answer mentions in every channel")),
			group("alert-channel", "A channel told (without any text or name) when someone may need support",
				sub("set", "Post support notices in a channel", alertChannel),
				sub("off", "Post no support notices (default)")),
			group("listing", "This server's own vetted referrals",
				sub("add", "Add a referral listing",
					str("name", "Name of the practice or service", true, 100),
					str("region", "Where it serves: US, US-IL, GB...", true, 10),
					str("url", "Web address (https://...)", false, 300),
					str("phone", "Phone number", false, 40),
					str("services", "What it offers", false, 200),
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionBoolean, Name: "telehealth", Description: "Offers online sessions"},
					str("cost", "Cost notes, e.g. sliding scale", false, 100),
					str("languages", "Languages offered", false, 100)),
				sub("remove", "Remove a listing by its number",
					&discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionInteger, Name: "id", Description: "The listing's number (see list)", Required: true, MinValue: &minID}),
				sub("list", "Show this server's listings")),
			sub("rephrase", "Let an AI reword answers to fit the question (reviewed text stays one click away)",
				&discordgo.ApplicationCommandOption{
					Type: discordgo.ApplicationCommandOptionString, Name: "state", Required: true,
					Description: "on or off", Choices: choices("on", "off"),
				}),
		},
	}
}

// isAdmin reports whether the member may change the server's settings.
func isAdmin(i *discordgo.Interaction) bool {
	if i.Member == nil || i.GuildID == "" {
		return false
	}
	p := i.Member.Permissions
	return p&discordgo.PermissionAdministrator != 0 || p&adminPermissions != 0
}

func (adminCommand) run(ctx context.Context, c *call) {
	say := func(text string) {
		if err := c.sendNow(ctx, withEphemeral(notice(text))); err != nil {
			c.a.log.Error("admin reply", "err", err)
		}
	}
	if !isAdmin(c.i) {
		say("Only people with the Manage Server permission can change Candor's settings.")
		return
	}
	if c.a.store == nil {
		say("This Candor has no storage configured, so server settings can't be saved. Ask its operator.")
		return
	}
	path, opts := subcommand(c.commandData().Options)
	c.privateText(ctx, func(ctx context.Context) string {
		text, err := c.admin(ctx, path, opts)
		if err != nil {
			c.a.metrics.failed("admin")
			c.a.log.Error("admin", "command", path, "guild", c.i.GuildID, "err", err)
			return "Sorry, I couldn't save that just now. Please try again."
		}
		c.a.log.Info("admin", "command", path, "guild", c.i.GuildID)
		return text
	})
}

// privateText answers with the private text produce returns; when the
// store (or Discord, checking a channel) is slow and the text is not ready
// by the interaction's defer deadline, the interaction is acknowledged
// with a private deferred response first and the text edited in.
func (c *call) privateText(ctx context.Context, produce func(ctx context.Context) string) {
	done := make(chan string, 1)
	go func() { done <- produce(ctx) }()
	var text string
	left := c.a.deferAfter - c.a.now().Sub(c.start)
	if c.a.deferAfter < 0 {
		left = 0
	}
	t := time.NewTimer(max(left, 0))
	defer t.Stop()
	select {
	case text = <-done:
	case <-t.C:
		err := c.respond(ctx, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseDeferredChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral},
		})
		if err != nil {
			c.a.log.Error("defer admin reply", "err", err, "guild", c.i.GuildID)
		}
		select {
		case text = <-done:
		case <-ctx.Done():
			text = failedText
		}
	}
	if err := c.sendNow(ctx, withEphemeral(notice(text))); err != nil {
		c.a.log.Error("admin reply", "err", err)
	}
}

// subcommand returns the "group sub" path of an invocation and the
// options of the innermost subcommand.
func subcommand(opts []*discordgo.ApplicationCommandInteractionDataOption) (string, []*discordgo.ApplicationCommandInteractionDataOption) {
	var path []string
	for len(opts) == 1 && (opts[0].Type == discordgo.ApplicationCommandOptionSubCommandGroup || opts[0].Type == discordgo.ApplicationCommandOptionSubCommand) {
		path = append(path, opts[0].Name)
		opts = opts[0].Options
	}
	return strings.Join(path, " "), opts
}

// admin carries out one admin subcommand and returns what to tell the
// admin; the error is a storage failure.
func (c *call) admin(ctx context.Context, path string, opts []*discordgo.ApplicationCommandInteractionDataOption) (string, error) {
	st, g := c.a.store, c.i.GuildID
	s, err := st.GuildSettings(ctx, g)
	if err != nil {
		return "", fmt.Errorf("load settings: %w", err)
	}
	s.GuildID = g
	save := func(msg string) (string, error) {
		if err := st.SaveGuildSettings(ctx, s); err != nil {
			return "", fmt.Errorf("save settings: %w", err)
		}
		c.a.cache.put(s)
		return msg, nil
	}
	switch path {
	case "region set":
		code := strings.ToUpper(stringOption(opts, "code"))
		r, err := c.a.bot.Referrals().ParseRegionCode(code)
		if err != nil {
			return fmt.Sprintf("I don't know the region %q. Use a code such as US, GB, US-IL or AU-NSW.", truncate(code, 20)), nil
		}
		s.Region = r.Code()
		return save(fmt.Sprintf("Default region set to %s (%s).", r.String(), r.Code()))
	case "visibility":
		switch stringOption(opts, "mode") {
		case "public":
			s.Visibility = bot.VisibilityPublic
			return save("Replies to slash commands are now public in the channel. Crisis replies stay private.")
		default:
			s.Visibility = bot.VisibilityPrivate
			return save("Replies to slash commands are now private to the person who asked.")
		}
	case "mention-channels add":
		ch := channelOption(opts)
		if !slices.Contains(s.MentionChannels, ch) {
			s.MentionChannels = append(s.MentionChannels, ch)
		}
		return save(fmt.Sprintf("I'll answer mentions in <#%s>%s.", ch, otherChannels(s.MentionChannels)))
	case "mention-channels remove":
		ch := channelOption(opts)
		s.MentionChannels = slices.DeleteFunc(s.MentionChannels, func(x string) bool { return x == ch })
		if len(s.MentionChannels) == 0 {
			return save(fmt.Sprintf("Removed <#%s>. No channels are listed, so I answer mentions everywhere.", ch))
		}
		return save(fmt.Sprintf("I'll no longer answer mentions in <#%s>.", ch))
	case "mention-channels clear":
		s.MentionChannels = nil
		return save("I'll answer mentions in every channel.")
	case "alert-channel set":
		ch := channelOption(opts)
		if msg := c.checkAlertChannel(ctx, ch); msg != "" {
			return msg, nil
		}
		s.AlertChannel = ch
		return save(fmt.Sprintf("When someone may need support, I'll post a notice in <#%s>: only the channel, never what they wrote or who they are.", ch))
	case "alert-channel off":
		s.AlertChannel = ""
		return save("Support notices are off.")
	case "rephrase":
		on := stringOption(opts, "state") == "on"
		s.Rephrase = on
		msg := "Answers will use the reviewed text as written."
		if on {
			msg = "Answers may be reworded by AI to fit the question, with the reviewed text one click away."
			if !c.a.rephrase {
				msg += " (This Candor has no AI model configured, so for now answers use the reviewed text.)"
			}
		}
		return save(msg)
	case "listing add":
		return c.addListing(ctx, opts)
	case "listing remove":
		id := intOption(opts, "id")
		ok, err := st.RemoveListing(ctx, g, id)
		if err != nil {
			return "", fmt.Errorf("remove listing: %w", err)
		}
		if !ok {
			return fmt.Sprintf("There is no listing #%d on this server. See /candor-admin listing list.", id), nil
		}
		return fmt.Sprintf("Removed listing #%d.", id), nil
	case "listing list":
		ls, err := st.Listings(ctx, g)
		if err != nil {
			return "", fmt.Errorf("listings: %w", err)
		}
		return listingsText(ls), nil
	}
	return "I don't know that setting.", nil
}

// checkAlertChannel returns why channel id cannot take support notices,
// or "" when it can: it must be a text, announcement or thread channel of
// this server (Discord's option filter is only a hint to the client).
func (c *call) checkAlertChannel(ctx context.Context, id string) string {
	if id == "" {
		return "Please pick a channel."
	}
	typ, known := discordgo.ChannelType(0), false
	if r := c.commandData().Resolved; r != nil {
		if ch := r.Channels[id]; ch != nil {
			typ, known = ch.Type, true
		}
	}
	ci, err := c.a.channel(ctx, id)
	if err != nil {
		c.a.log.Warn("alert channel check", "guild", c.i.GuildID, "err", err)
		return "I couldn't check that channel (I may not be able to see it). Make sure I can view and post in it, then try again."
	}
	if ci.guildID != c.i.GuildID {
		return "That channel isn't in this server."
	}
	if !known {
		typ = ci.typ
	}
	if !slices.Contains(alertChannelTypes, typ) || !slices.Contains(alertChannelTypes, ci.typ) {
		return "Support notices need a text or announcement channel (or a thread): forum, media, voice and category channels can't take them."
	}
	return ""
}

func (c *call) addListing(ctx context.Context, opts []*discordgo.ApplicationCommandInteractionDataOption) (string, error) {
	l := bot.Listing{
		GuildID:    c.i.GuildID,
		Name:       stringOption(opts, "name"),
		URL:        stringOption(opts, "url"),
		Phone:      stringOption(opts, "phone"),
		Region:     strings.ToUpper(stringOption(opts, "region")),
		Services:   stringOption(opts, "services"),
		Telehealth: boolOption(opts, "telehealth"),
		Cost:       stringOption(opts, "cost"),
		Languages:  stringOption(opts, "languages"),
	}
	if err := l.Validate(); err != nil {
		return "I can't add that listing: " + bot.EscapeMarkdown(err.Error()) + ".", nil
	}
	n, err := c.a.store.AddListing(ctx, l)
	if errors.Is(err, bot.ErrTooManyListings) {
		return fmt.Sprintf("This server already has %d listings, the most it can keep. Remove one first (see /candor-admin listing list).", bot.MaxGuildListings), nil
	}
	if err != nil {
		return "", fmt.Errorf("add listing: %w", err)
	}
	return fmt.Sprintf("Added listing #%d: %s (%s). /find-therapist shows it first for that region.", n, bot.EscapeMarkdown(l.Name), l.Region), nil
}

// listingsText lists a server's listings, by their numbers within the
// server, within a message's 2,000 characters.
func listingsText(ls []bot.Listing) string {
	if len(ls) == 0 {
		return "This server has no listings yet. Add one with /candor-admin listing add."
	}
	var b strings.Builder
	b.WriteString("This server's listings:")
	for i, l := range ls {
		// Every field is what an admin typed: escaped, so it shows as
		// written. The URL was checked to hold no space or angle bracket.
		line := fmt.Sprintf("\n#%d **%s** (%s)", l.ID, bot.EscapeMarkdown(l.Name), bot.EscapeMarkdown(l.Region))
		if l.URL != "" {
			line += " <" + l.URL + ">"
		}
		if l.Phone != "" {
			line += " " + bot.EscapeMarkdown(l.Phone)
		}
		if runeLen(b.String())+runeLen(line) > maxContent-40 {
			fmt.Fprintf(&b, "\n… and %d more.", len(ls)-i)
			break
		}
		b.WriteString(line)
	}
	return b.String()
}

func otherChannels(chs []string) string {
	n := len(chs) - 1
	switch {
	case n <= 0:
		return " only"
	case n == 1:
		return " and 1 other channel"
	}
	return " and " + strconv.Itoa(n) + " other channels"
}

// channelOption returns the id in the "channel" option.
func channelOption(opts []*discordgo.ApplicationCommandInteractionDataOption) string {
	return stringOption(opts, "channel")
}

// intOption returns an integer option's value, or 0.
func intOption(opts []*discordgo.ApplicationCommandInteractionDataOption, name string) int64 {
	o := option(opts, name)
	if o == nil {
		return 0
	}
	switch v := o.Value.(type) {
	case float64:
		return int64(v)
	case int:
		return int64(v)
	case int64:
		return v
	case string:
		n, _ := strconv.ParseInt(v, 10, 64)
		return n
	}
	return 0
}
