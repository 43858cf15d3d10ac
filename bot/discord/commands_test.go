package discord_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/discord"
)

const (
	topicEntry = "what-is-sex-therapy"
	mythEntry  = "myth-sexual-contact-with-therapist"
	crisisText = "I've been thinking about killing myself since the breakup"
)

func TestAsk(t *testing.T) {
	t.Run("private by default, with share and feedback buttons", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		ic := h.slash("ask", opt("question", "what is sex therapy"))
		h.do(ic)
		resp := h.callback(t, ic)
		if resp.Type != int(discordgo.InteractionResponseChannelMessageWithSource) {
			t.Fatalf("response type = %d, want 4", resp.Type)
		}
		m := resp.Data
		checkLimits(t, m)
		if !m.ephemeral() {
			t.Errorf("flags = %d, want ephemeral (64)", m.Flags)
		}
		if len(m.Embeds) != 1 || m.Embeds[0].Title == "" || m.Embeds[0].Description == "" {
			t.Fatalf("want one embed with a title and a body, got %+v", m.Embeds)
		}
		if f := m.Embeds[0].Footer; f == nil || !strings.Contains(f.Text, "Education, not medical advice") {
			t.Errorf("footer = %+v, want the education disclaimer", f)
		}
		for _, prefix := range []string{"share:", "fb:1:", "fb:0:"} {
			if _, ok := m.button(prefix); !ok {
				t.Errorf("no %q button in %+v", prefix, m.Components)
			}
		}
		if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
			t.Errorf("allowed_mentions = %+v, want nobody pinged", m.AllowedMentions)
		}
	})

	t.Run("public when the server chose public, without a share button", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		h.setSettings(t, func(s *bot.GuildSettings) { s.Visibility = bot.VisibilityPublic })
		ic := h.slash("ask", opt("question", "what is sex therapy"))
		h.do(ic)
		m := h.callback(t, ic).Data
		if m.ephemeral() {
			t.Errorf("flags = %d, want public", m.Flags)
		}
		if _, ok := m.button("share:"); ok {
			t.Error("public reply has a share button")
		}
	})

	t.Run("an autocomplete choice answers with that entry and its sources", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		e, _ := h.bot.Knowledge().Entry(topicEntry)
		ic := h.slash("ask", opt("question", "id:"+topicEntry))
		h.do(ic)
		m := h.callback(t, ic).Data
		if got := m.Embeds[0].Title; got != e.Title {
			t.Errorf("title = %q, want %q", got, e.Title)
		}
		var sources string
		for _, f := range m.Embeds[0].Fields {
			if f.Name == "Sources" {
				sources = f.Value
			}
		}
		if !strings.Contains(sources, "]("+e.Sources[0].URL+")") {
			t.Errorf("sources field %q does not link %s", sources, e.Sources[0].URL)
		}
		if _, ok := m.button("fb:1:" + topicEntry); !ok {
			t.Error("no feedback button for the entry")
		}
	})

	t.Run("related topics become buttons", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		ic := h.slash("ask", opt("question", "id:"+topicEntry))
		h.do(ic)
		m := h.callback(t, ic).Data
		e, _ := h.bot.Knowledge().Entry(topicEntry)
		if len(e.Related) == 0 {
			t.Skip("entry has no related topics")
		}
		if _, ok := m.button("topic:"); !ok {
			t.Errorf("no related-topic button in %+v", m.Components)
		}
	})
}

func TestAskAutocomplete(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	for _, typed := range []string{"", "sex ther", "myth", "zzzzqqq"} {
		t.Run("typed "+typed, func(t *testing.T) {
			ic := h.autocomplete("ask", "question", typed)
			h.do(ic)
			resp := h.callback(t, ic)
			if resp.Type != int(discordgo.InteractionApplicationCommandAutocompleteResult) {
				t.Fatalf("type = %d, want 8", resp.Type)
			}
			checkLimits(t, resp.Data)
			if typed == "" && len(resp.Data.Choices) == 0 {
				t.Error("no suggestions for an empty question")
			}
			for _, c := range resp.Data.Choices {
				v, _ := c.Value.(string)
				id, ok := strings.CutPrefix(v, "id:")
				if _, known := h.bot.Knowledge().Entry(id); !ok || !known {
					t.Errorf("choice value %q does not name an entry", v)
				}
			}
		})
	}
}

func TestMyth(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	t.Run("a known myth is corrected", func(t *testing.T) {
		e, _ := h.bot.Knowledge().Entry(mythEntry)
		ic := h.slash("myth", opt("statement", e.Claim))
		h.do(ic)
		m := h.callback(t, ic).Data
		checkLimits(t, m)
		if !strings.Contains(m.Embeds[0].Description, "**"+e.Correction+"**") {
			t.Errorf("description does not lead with the correction:\n%s", m.Embeds[0].Description)
		}
	})
	t.Run("anything else still gets a kind reply", func(t *testing.T) {
		ic := h.slash("myth", opt("statement", "the moon is made of cheese"))
		h.do(ic)
		m := h.callback(t, ic).Data
		checkLimits(t, m)
		if len(m.Embeds) == 0 || m.Embeds[0].Description == "" {
			t.Errorf("empty reply: %+v", m)
		}
	})
}

func TestCheckForMyths(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	target := &discordgo.Message{ID: "500000000000000001", ChannelID: testChannel,
		Content: "does sex therapy involve having sex with the therapist"}
	ic := h.messageCommand("Check for myths", target)
	h.do(ic)
	m := h.callback(t, ic).Data
	checkLimits(t, m)
	if !m.ephemeral() {
		t.Errorf("myth check is not ephemeral (flags %d)", m.Flags)
	}
	b, ok := m.button("myth-post:")
	if !ok {
		t.Fatalf("no post-correction button in %+v", m.Components)
	}
	if want := "myth-post:" + mythEntry + ":" + target.ID; b.CustomID != want {
		t.Errorf("custom_id = %q, want %q", b.CustomID, want)
	}

	t.Run("the button posts the correction publicly with a jump link", func(t *testing.T) {
		press := h.button(b.CustomID, nil)
		h.do(press)
		pm := h.callback(t, press).Data
		if pm.ephemeral() {
			t.Error("posted correction is ephemeral")
		}
		link := "https://discord.com/channels/" + testGuild + "/" + testChannel + "/" + target.ID
		if !strings.Contains(pm.Content, link) {
			t.Errorf("content %q lacks jump link %s", pm.Content, link)
		}
		e, _ := h.bot.Knowledge().Entry(mythEntry)
		if !strings.Contains(pm.embedText(), e.Correction) {
			t.Error("posted message lacks the correction")
		}
	})

	t.Run("a message without text is explained", func(t *testing.T) {
		ic := h.messageCommand("Check for myths", &discordgo.Message{ID: "500000000000000002", ChannelID: testChannel})
		h.do(ic)
		m := h.callback(t, ic).Data
		if !m.ephemeral() || !strings.Contains(m.Content, "no text") {
			t.Errorf("got %+v", m)
		}
	})
}

func TestTopics(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	kb := h.bot.Knowledge()
	ic := h.slash("topics")
	h.do(ic)
	m := h.callback(t, ic).Data
	checkLimits(t, m)
	if !m.ephemeral() {
		t.Error("topic browser is not ephemeral")
	}
	menus := m.menus()
	if len(menus) == 0 || !strings.HasPrefix(menus[0].CustomID, "topics-tag:") {
		t.Fatalf("want a tag menu, got %+v", m.Components)
	}
	tag := menus[0].Options[0].Value

	sel := h.selectMenu(menus[0].CustomID, tag)
	h.do(sel)
	upd := h.callback(t, sel)
	if upd.Type != int(discordgo.InteractionResponseUpdateMessage) {
		t.Fatalf("tag choice answered with type %d, want 7 (update)", upd.Type)
	}
	checkLimits(t, upd.Data)
	var entryMenu wireComponent
	for _, mm := range upd.Data.menus() {
		if strings.HasPrefix(mm.CustomID, "topics-entry:") {
			entryMenu = mm
		}
	}
	if len(entryMenu.Options) != min(25, len(kb.ByTag(tag))) {
		t.Fatalf("entry menu has %d options, want %d", len(entryMenu.Options), len(kb.ByTag(tag)))
	}

	id := entryMenu.Options[0].Value
	pick := h.selectMenu(entryMenu.CustomID, id)
	h.do(pick)
	rm := h.callback(t, pick).Data
	e, _ := kb.Entry(id)
	if rm.Embeds[0].Title != e.Title {
		t.Errorf("entry reply title = %q, want %q", rm.Embeds[0].Title, e.Title)
	}
}

func TestFindTherapist(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	ctx := context.Background()
	if _, err := h.store.AddListing(ctx, bot.Listing{GuildID: testGuild, Name: "Lakeside Counseling", URL: "https://lakeside.example.org",
		Region: "US-IL"}); err != nil {
		t.Fatal(err)
	}
	ic := h.slash("find-therapist", opt("location", "Chicago"), opt("online", true), opt("focus", "couples"))
	h.do(ic)
	m := h.callback(t, ic).Data
	checkLimits(t, m)
	var links []wireComponent
	for _, b := range m.buttons() {
		if b.Style == int(discordgo.LinkButton) {
			links = append(links, b)
			if !strings.HasPrefix(b.URL, "http") || b.CustomID != "" {
				t.Errorf("bad link button %+v", b)
			}
		}
	}
	if len(links) == 0 {
		t.Fatalf("no link buttons in %+v", m.Components)
	}
	if links[0].URL != "https://lakeside.example.org" {
		t.Errorf("first link = %s, want the server's own listing first", links[0].URL)
	}
}

func TestCrisis(t *testing.T) {
	t.Run("the command is always private and posts no alert", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		h.setSettings(t, func(s *bot.GuildSettings) {
			s.Visibility = bot.VisibilityPublic
			s.AlertChannel = "310000000000000009"
		})
		ic := h.slash("crisis", opt("region", "gb"))
		h.do(ic)
		m := h.callback(t, ic).Data
		checkLimits(t, m)
		if !m.ephemeral() {
			t.Error("crisis reply is not ephemeral")
		}
		if _, ok := m.button("share:"); ok {
			t.Error("crisis reply can be shared")
		}
		if n := h.fake.Count(func(r fakeRequest) bool { return strings.HasPrefix(r.Path, "/channels/") }); n != 0 {
			t.Errorf("%d channel messages, want no alert for the command", n)
		}
	})

	t.Run("a crisis message gets a private reply and an alert without text or person", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		alert := "310000000000000009"
		h.setSettings(t, func(s *bot.GuildSettings) {
			s.Visibility = bot.VisibilityPublic
			s.AlertChannel = alert
		})
		ic := h.slash("ask", opt("question", crisisText))
		h.do(ic)
		m := h.callback(t, ic).Data
		if !m.ephemeral() {
			t.Fatal("crisis reply in a public server is not ephemeral")
		}
		if _, ok := m.button("share:"); ok {
			t.Error("crisis reply can be shared")
		}
		n := h.message(t, "POST", "/channels/"+alert+"/messages")
		if !strings.Contains(n.Content, "https://discord.com/channels/"+testGuild+"/"+testChannel) {
			t.Errorf("alert %q lacks the jump link", n.Content)
		}
		for _, secret := range []string{"killing", "breakup", testUser} {
			if strings.Contains(n.Content, secret) {
				t.Errorf("alert %q contains %q", n.Content, secret)
			}
		}
		if n.AllowedMentions == nil || len(n.AllowedMentions.Parse) != 0 {
			t.Error("alert may ping")
		}
	})

	t.Run("a deferred public placeholder is replaced by a private followup", func(t *testing.T) {
		h := newHarness(t, harnessOptions{configure: func(c *discord.Config) { c.DeferAfter = -1 }})
		h.setSettings(t, func(s *bot.GuildSettings) { s.Visibility = bot.VisibilityPublic })
		ic := h.slash("ask", opt("question", crisisText))
		h.do(ic)
		resp := h.callback(t, ic)
		if resp.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) || resp.Data.ephemeral() {
			t.Fatalf("want a public deferral, got type %d flags %d", resp.Type, resp.Data.Flags)
		}
		h.request(t, "DELETE", originalPath(ic))
		f := h.message(t, "POST", "/webhooks/"+ic.AppID+"/"+ic.Token)
		if !f.ephemeral() || len(f.Embeds) == 0 {
			t.Errorf("followup flags %d, %d embeds: want an ephemeral crisis reply", f.Flags, len(f.Embeds))
		}
	})
}

func TestDeferredReply(t *testing.T) {
	h := newHarness(t, harnessOptions{configure: func(c *discord.Config) { c.DeferAfter = -1 }})
	ic := h.slash("ask", opt("question", "what is sex therapy"))
	h.do(ic)
	resp := h.callback(t, ic)
	if resp.Type != int(discordgo.InteractionResponseDeferredChannelMessageWithSource) {
		t.Fatalf("type = %d, want 5 (deferred)", resp.Type)
	}
	if !resp.Data.ephemeral() {
		t.Error("deferral is not ephemeral in a private server")
	}
	m := h.message(t, "PATCH", originalPath(ic))
	checkLimits(t, m)
	if len(m.Embeds) != 1 || m.Embeds[0].Description == "" {
		t.Errorf("edit carries no answer: %+v", m)
	}
}

func TestAbout(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	ic := h.slash("about")
	h.do(ic)
	m := h.callback(t, ic).Data
	checkLimits(t, m)
	if !strings.Contains(m.embedText(), "Candor") {
		t.Errorf("about reply: %s", m.embedText())
	}
}

func TestUnknownCommandAndButton(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	ic := h.slash("no-such-command")
	h.do(ic)
	if m := h.callback(t, ic).Data; !m.ephemeral() || m.Content == "" {
		t.Errorf("unknown command: %+v", m)
	}
	b := h.button("nope:1", nil)
	h.do(b)
	if m := h.callback(t, b).Data; !m.ephemeral() || m.Content == "" {
		t.Errorf("unknown button: %+v", m)
	}
}
