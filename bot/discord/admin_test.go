package discord_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/internal/fakediscord"
)

// asAdmin gives the interaction's member the Manage Server permission.
func asAdmin(ic *discordgo.InteractionCreate) *discordgo.InteractionCreate {
	ic.Member.Permissions = discordgo.PermissionManageGuild
	return ic
}

func TestAdminPermissions(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	for _, tc := range []struct {
		name  string
		perms int64
		ok    bool
	}{
		{"a member without permissions is refused", discordgo.PermissionSendMessages, false},
		{"Manage Server may", discordgo.PermissionManageGuild, true},
		{"Administrator may", discordgo.PermissionAdministrator, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ic := h.slash("candor-admin", sub("visibility", opt("mode", "public")))
			ic.Member.Permissions = tc.perms
			h.do(ic)
			m := h.callback(t, ic).Data
			if !m.ephemeral() {
				t.Error("admin reply is public")
			}
			if refused := strings.Contains(m.Content, "Manage Server"); refused == tc.ok {
				t.Errorf("reply %q, want allowed=%v", m.Content, tc.ok)
			}
		})
	}
	t.Run("in a DM nobody is admin", func(t *testing.T) {
		ic := asAdmin(h.slash("candor-admin", sub("visibility", opt("mode", "public"))))
		ic.GuildID = ""
		h.do(ic)
		if m := h.callback(t, ic).Data; !strings.Contains(m.Content, "Manage Server") {
			t.Errorf("got %q", m.Content)
		}
	})
	t.Run("the command is hidden from non-admins and absent from DMs", func(t *testing.T) {
		for _, d := range h.adapter.Registry().Definitions() {
			if d.Name != "candor-admin" {
				continue
			}
			if d.DefaultMemberPermissions == nil || *d.DefaultMemberPermissions != discordgo.PermissionManageGuild {
				t.Errorf("default_member_permissions = %v", d.DefaultMemberPermissions)
			}
			if d.Contexts == nil || !slices.Equal(*d.Contexts, []discordgo.InteractionContextType{discordgo.InteractionContextGuild}) {
				t.Errorf("admin command contexts = %v, want servers only", d.Contexts)
			}
		}
	})
}

func TestAdminSettings(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.fake.AddChannel(fakediscord.Channel{ID: "c-9", GuildID: testGuild, Type: 0})
	ctx := context.Background()
	settings := func() bot.GuildSettings {
		s, err := h.store.GuildSettings(ctx, testGuild)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	run := func(t *testing.T, o *discordgo.ApplicationCommandInteractionDataOption) string {
		t.Helper()
		ic := asAdmin(h.slash("candor-admin", o))
		h.do(ic)
		m := h.callback(t, ic).Data
		if !m.ephemeral() {
			t.Error("admin reply is public")
		}
		checkLimits(t, m)
		return m.Content
	}
	steps := []struct {
		name  string
		opt   *discordgo.ApplicationCommandInteractionDataOption
		reply string
		check func(bot.GuildSettings) bool
	}{
		{"visibility public", sub("visibility", opt("mode", "public")), "public",
			func(s bot.GuildSettings) bool { return s.Visibility == bot.VisibilityPublic }},
		{"visibility private", sub("visibility", opt("mode", "private")), "private",
			func(s bot.GuildSettings) bool { return s.Visibility == bot.VisibilityPrivate }},
		{"region set", group("region", sub("set", opt("code", "gb"))), "GB",
			func(s bot.GuildSettings) bool { return s.Region == "GB" }},
		{"region set rejects nonsense", group("region", sub("set", opt("code", "ZZ-99"))), "don't know",
			func(s bot.GuildSettings) bool { return s.Region == "GB" }},
		{"mention-channels add", group("mention-channels", sub("add", opt("channel", "c-1"))), "<#c-1>",
			func(s bot.GuildSettings) bool { return slices.Equal(s.MentionChannels, []string{"c-1"}) }},
		{"mention-channels add another", group("mention-channels", sub("add", opt("channel", "c-2"))), "<#c-2>",
			func(s bot.GuildSettings) bool { return slices.Equal(s.MentionChannels, []string{"c-1", "c-2"}) }},
		{"mention-channels remove", group("mention-channels", sub("remove", opt("channel", "c-1"))), "<#c-1>",
			func(s bot.GuildSettings) bool { return slices.Equal(s.MentionChannels, []string{"c-2"}) }},
		{"mention-channels clear", group("mention-channels", sub("clear")), "every channel",
			func(s bot.GuildSettings) bool { return len(s.MentionChannels) == 0 }},
		{"alert-channel set", group("alert-channel", sub("set", opt("channel", "c-9"))), "<#c-9>",
			func(s bot.GuildSettings) bool { return s.AlertChannel == "c-9" }},
		{"alert-channel off", group("alert-channel", sub("off")), "off",
			func(s bot.GuildSettings) bool { return s.AlertChannel == "" }},
		{"rephrase off", sub("rephrase", opt("state", "off")), "reviewed text",
			func(s bot.GuildSettings) bool { return !s.Rephrase }},
		{"rephrase on without a model says so", sub("rephrase", opt("state", "on")), "no AI model",
			func(s bot.GuildSettings) bool { return s.Rephrase }},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			got := run(t, st.opt)
			if !strings.Contains(got, st.reply) {
				t.Errorf("reply %q lacks %q", got, st.reply)
			}
			if s := settings(); !st.check(s) {
				t.Errorf("settings after %s: %+v", st.name, s)
			}
		})
	}

	t.Run("listings", func(t *testing.T) {
		got := run(t, group("listing", sub("add", opt("name", "Lakeside Counseling"), opt("region", "us-il"),
			opt("url", "https://lakeside.example.org"), opt("telehealth", true))))
		if !strings.Contains(got, "Added listing #") {
			t.Fatalf("add: %q", got)
		}
		ls, err := h.store.Listings(ctx, testGuild)
		if err != nil || len(ls) != 1 || ls[0].Region != "US-IL" || !ls[0].Telehealth {
			t.Fatalf("listings = %+v, %v", ls, err)
		}
		if got := run(t, group("listing", sub("add", opt("name", "No contact"), opt("region", "US")))); !strings.Contains(got, "can't add") {
			t.Errorf("invalid listing: %q", got)
		}
		if got := run(t, group("listing", sub("list"))); !strings.Contains(got, "Lakeside Counseling") {
			t.Errorf("list: %q", got)
		}
		if got := run(t, group("listing", sub("remove", opt("id", float64(ls[0].ID))))); !strings.Contains(got, "Removed") {
			t.Errorf("remove: %q", got)
		}
		if got := run(t, group("listing", sub("remove", opt("id", float64(ls[0].ID))))); !strings.Contains(got, "no listing") {
			t.Errorf("remove again: %q", got)
		}
		if got := run(t, group("listing", sub("list"))); !strings.Contains(got, "no listings") {
			t.Errorf("empty list: %q", got)
		}
	})

	t.Run("listing text shows as written and cannot plant a link", func(t *testing.T) {
		for _, bad := range []string{"https://ok.example/)[Claim Nitro](https://evil.example", "https://ok.example/a b", "https://ok.example/<x>", "javascript:alert(1)"} {
			got := run(t, group("listing", sub("add", opt("name", "Clinic"), opt("region", "US"), opt("url", bad))))
			if !strings.Contains(got, "can't add") {
				t.Errorf("url %q: %q", bad, got)
			}
		}
		got := run(t, group("listing", sub("add", opt("name", "**Free** _Nitro_ ||now||"), opt("region", "US"), opt("phone", "555-0100"))))
		if !strings.Contains(got, `Added listing #`) || !strings.Contains(got, `\*\*Free\*\* \_Nitro\_ \|\|now\|\|`) {
			t.Errorf("add: %q", got)
		}
		got = run(t, group("listing", sub("list")))
		if !strings.Contains(got, `**\*\*Free\*\* \_Nitro\_ \|\|now\|\|**`) || !strings.Contains(got, `555-0100`) {
			t.Errorf("list: %q", got)
		}
	})

	t.Run("listing numbers count this server's listings only", func(t *testing.T) {
		for i := range 3 {
			if _, err := h.store.AddListing(ctx, bot.Listing{GuildID: "another-guild", Name: fmt.Sprint("Elsewhere ", i), Phone: "555", Region: "US"}); err != nil {
				t.Fatal(err)
			}
		}
		ls, _ := h.store.Listings(ctx, testGuild)
		var highest int64
		for _, l := range ls {
			highest = max(highest, l.ID)
		}
		want := fmt.Sprintf("Added listing #%d:", highest+1)
		got := run(t, group("listing", sub("add", opt("name", "Numbered"), opt("region", "US"), opt("phone", "555"))))
		if !strings.Contains(got, want) {
			t.Errorf("add: %q, want %q", got, want)
		}
	})
}

func TestAdminWithoutStore(t *testing.T) {
	h := newHarness(t, harnessOptions{noStore: true})
	ic := asAdmin(h.slash("candor-admin", sub("visibility", opt("mode", "public"))))
	h.do(ic)
	if m := h.callback(t, ic).Data; !strings.Contains(m.Content, "no storage") {
		t.Errorf("got %q", m.Content)
	}
	t.Run("replies still work with default settings", func(t *testing.T) {
		ic := h.slash("ask", opt("question", "what is sex therapy"))
		h.do(ic)
		if m := h.callback(t, ic).Data; !m.ephemeral() || len(m.Embeds) == 0 {
			t.Errorf("got %+v", m)
		}
	})
}

func TestAdminAlertChannelIsChecked(t *testing.T) {
	const other = "200000000000000999"
	for _, tc := range []struct {
		name  string
		ch    fakediscord.Channel
		known bool
		ok    bool
		reply string
	}{
		{"a text channel of this server", fakediscord.Channel{ID: "c-text", GuildID: testGuild, Type: 0}, true, true, "<#c-text>"},
		{"a thread of this server", fakediscord.Channel{ID: "c-thread", GuildID: testGuild, Type: 11, ParentID: "c-text"}, true, true, "<#c-thread>"},
		{"a forum is refused", fakediscord.Channel{ID: "c-forum", GuildID: testGuild, Type: 15}, true, false, "forum"},
		{"a media channel is refused", fakediscord.Channel{ID: "c-media", GuildID: testGuild, Type: 16}, true, false, "forum, media"},
		{"a voice channel is refused", fakediscord.Channel{ID: "c-voice", GuildID: testGuild, Type: 2}, true, false, "voice"},
		{"a category is refused", fakediscord.Channel{ID: "c-cat", GuildID: testGuild, Type: 4}, true, false, "category"},
		{"another server's channel is refused", fakediscord.Channel{ID: "c-elsewhere", GuildID: other, Type: 0}, true, false, "isn't in this server"},
		{"a channel Discord does not know is refused", fakediscord.Channel{ID: "c-unknown"}, false, false, "couldn't check"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			h := newHarness(t, harnessOptions{})
			if tc.known {
				h.fake.AddChannel(tc.ch)
			}
			ic := asAdmin(h.slash("candor-admin", group("alert-channel", sub("set", opt("channel", tc.ch.ID)))))
			h.do(ic)
			m := h.callback(t, ic).Data
			if !strings.Contains(m.Content, tc.reply) {
				t.Errorf("reply %q lacks %q", m.Content, tc.reply)
			}
			s, err := h.store.GuildSettings(context.Background(), testGuild)
			if err != nil {
				t.Fatal(err)
			}
			if got := s.AlertChannel == tc.ch.ID; got != tc.ok {
				t.Errorf("alert channel = %q, want set=%v", s.AlertChannel, tc.ok)
			}
		})
	}
	t.Run("the option offers no forum, media or voice channels", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		for _, d := range h.adapter.Registry().Definitions() {
			if d.Name != "candor-admin" {
				continue
			}
			for _, g := range d.Options {
				if g.Name != "alert-channel" {
					continue
				}
				for _, s := range g.Options {
					for _, o := range s.Options {
						for _, typ := range o.ChannelTypes {
							switch typ {
							case discordgo.ChannelTypeGuildForum, discordgo.ChannelTypeGuildMedia, discordgo.ChannelTypeGuildVoice,
								discordgo.ChannelTypeGuildCategory, discordgo.ChannelTypeGuildStageVoice:
								t.Errorf("alert-channel %s offers channel type %d", s.Name, typ)
							}
						}
					}
				}
			}
		}
	})
}
