package discord_test

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/discord"
	"github.com/candorbot/candor/internal/fakediscord"
)

var msgIDs atomic.Int64

// mention builds a message mentioning the bot (botID) in the test guild.
func mention(botID, text string) *discordgo.MessageCreate {
	id := fmt.Sprint(800000000000000000 + msgIDs.Add(1))
	return &discordgo.MessageCreate{Message: &discordgo.Message{
		ID: id, ChannelID: testChannel, GuildID: testGuild,
		Content:  "<@" + botID + "> " + text,
		Author:   &discordgo.User{ID: testUser, Username: "someone"},
		Mentions: []*discordgo.User{{ID: botID, Bot: true}},
	}}
}

func (h *harness) handleMessage(m *discordgo.MessageCreate) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	h.adapter.HandleMessage(ctx, m)
}

func (h *harness) channelMessages(channel string) int {
	return h.fake.Count(func(r fakeRequest) bool { return r.Method == "POST" && r.Path == "/channels/"+channel+"/messages" })
}

func TestMentions(t *testing.T) {
	t.Run("a mention gets the /ask reply as a reply to the message", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		mc := mention(h.fake.BotID, "what is sex therapy?")
		h.handleMessage(mc)
		m := h.message(t, "POST", "/channels/"+testChannel+"/messages")
		checkLimits(t, m)
		if m.MessageReference == nil || m.MessageReference.MessageID != mc.ID {
			t.Errorf("message_reference = %+v, want a reply to %s", m.MessageReference, mc.ID)
		}
		if len(m.Embeds) != 1 || !strings.Contains(m.Embeds[0].Footer.Text, "Education, not medical advice") {
			t.Errorf("embeds = %+v", m.Embeds)
		}
		if _, ok := m.button("share:"); ok {
			t.Error("a public reply has a share button")
		}
		if m.AllowedMentions == nil || len(m.AllowedMentions.Parse) != 0 {
			t.Error("reply may ping")
		}
	})

	t.Run("a direct message is answered", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		mc := mention(h.fake.BotID, "")
		mc.GuildID, mc.ChannelID, mc.Mentions, mc.Content = "", "dm-1", nil, "what is sensate focus"
		h.handleMessage(mc)
		m := h.message(t, "POST", "/channels/dm-1/messages")
		if len(m.Embeds) == 0 {
			t.Errorf("no answer: %+v", m)
		}
	})

	t.Run("an empty mention says what Candor is", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		h.handleMessage(mention(h.fake.BotID, ""))
		m := h.message(t, "POST", "/channels/"+testChannel+"/messages")
		if !strings.Contains(m.embedText(), "Candor") {
			t.Errorf("got %s", m.embedText())
		}
	})

	ignored := []struct {
		name   string
		change func(t testing.TB, h *harness, m *discordgo.MessageCreate)
	}{
		{"no mention", func(t testing.TB, h *harness, m *discordgo.MessageCreate) { m.Mentions = nil }},
		{"another user mentioned", func(t testing.TB, h *harness, m *discordgo.MessageCreate) {
			m.Mentions = []*discordgo.User{{ID: "499"}}
		}},
		{"from a bot", func(t testing.TB, h *harness, m *discordgo.MessageCreate) { m.Author.Bot = true }},
		{"from itself", func(t testing.TB, h *harness, m *discordgo.MessageCreate) { m.Author.ID = h.fake.BotID }},
		{"from a webhook", func(t testing.TB, h *harness, m *discordgo.MessageCreate) { m.WebhookID = "wh" }},
		{"outside the mention channels", func(t testing.TB, h *harness, m *discordgo.MessageCreate) {
			h.setSettings(t, func(s *bot.GuildSettings) { s.MentionChannels = []string{"other"} })
		}},
	}
	for _, tc := range ignored {
		t.Run("ignored: "+tc.name, func(t *testing.T) {
			h := newHarness(t, harnessOptions{})
			mc := mention(h.fake.BotID, "what is sex therapy?")
			tc.change(t, h, mc)
			h.handleMessage(mc)
			// A channel lookup (GET) is allowed; no message may be sent.
			if n := h.fake.Count(func(r fakeRequest) bool { return r.Method != "GET" }); n != 0 {
				t.Errorf("%d requests, want none:\n%s", n, h.describe())
			}
		})
	}

	t.Run("answered in a thread of a listed mention channel", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		const thread = "300000000000000077"
		h.fake.AddChannel(fakediscord.Channel{ID: thread, GuildID: testGuild, Type: 11, ParentID: testChannel})
		h.setSettings(t, func(s *bot.GuildSettings) { s.MentionChannels = []string{testChannel} })
		mc := mention(h.fake.BotID, "what is sex therapy?")
		mc.ChannelID = thread
		h.handleMessage(mc)
		if h.channelMessages(thread) != 1 {
			t.Errorf("no reply in the thread:\n%s", h.describe())
		}
		t.Run("but not in a thread of another channel", func(t *testing.T) {
			const elsewhere = "300000000000000078"
			h.fake.AddChannel(fakediscord.Channel{ID: elsewhere, GuildID: testGuild, Type: 11, ParentID: "300000000000000099"})
			mc := mention(h.fake.BotID, "what is sex therapy?")
			mc.ChannelID = elsewhere
			h.handleMessage(mc)
			if n := h.channelMessages(elsewhere); n != 0 {
				t.Errorf("%d replies in a thread of an unlisted channel", n)
			}
		})
	})

	t.Run("answered in a listed mention channel", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		h.setSettings(t, func(s *bot.GuildSettings) { s.MentionChannels = []string{testChannel} })
		h.handleMessage(mention(h.fake.BotID, "what is sex therapy?"))
		if h.channelMessages(testChannel) != 1 {
			t.Errorf("no reply:\n%s", h.describe())
		}
	})

	t.Run("a crisis mention goes to DMs, with only a note in the channel", func(t *testing.T) {
		h := newHarness(t, harnessOptions{})
		alert := "310000000000000009"
		h.setSettings(t, func(s *bot.GuildSettings) { s.AlertChannel = alert })
		h.handleMessage(mention(h.fake.BotID, crisisText))
		dm := h.message(t, "POST", "/channels/dm-"+testUser+"/messages")
		if len(dm.Embeds) == 0 {
			t.Errorf("DM has no crisis lines: %+v", dm)
		}
		note := h.message(t, "POST", "/channels/"+testChannel+"/messages")
		if len(note.Embeds) != 0 || !strings.Contains(note.Content, "direct message") {
			t.Errorf("channel reply = %+v, want only a note", note)
		}
		a := h.message(t, "POST", "/channels/"+alert+"/messages")
		if strings.Contains(a.Content, "killing") || strings.Contains(a.Content, testUser) {
			t.Errorf("alert leaks: %q", a.Content)
		}
	})

	t.Run("rate-limited mentions get one polite answer, then silence", func(t *testing.T) {
		h := newHarness(t, harnessOptions{configure: func(c *discord.Config) {
			c.RateLimit = discord.RateLimit{UserPerMinute: 1, GuildPerMinute: -1}
		}})
		for range 4 {
			h.handleMessage(mention(h.fake.BotID, "what is sex therapy?"))
		}
		if n := h.channelMessages(testChannel); n != 2 {
			t.Fatalf("%d replies, want the answer and one refusal", n)
		}
		m := h.message(t, "POST", "/channels/"+testChannel+"/messages")
		if !strings.Contains(m.Content, "wait a minute") {
			t.Errorf("refusal = %q", m.Content)
		}
	})
}
