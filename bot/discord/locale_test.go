package discord_test

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/internal/fakediscord"
)

// The interaction's locale reaches the core: a German crisis message from a
// de client gets the German crisis reply with Germany's emergency number.
func TestInteractionLocaleReachesTheCore(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	ic := h.slash("ask", opt("question", "ich will nicht mehr leben"))
	ic.Locale = discordgo.German
	h.do(ic)
	m := h.callback(t, ic).Data
	var text strings.Builder
	text.WriteString(m.Content)
	for _, e := range m.Embeds {
		text.WriteString(e.Title + "\n" + e.Description + "\n")
		for _, f := range e.Fields {
			text.WriteString(f.Name + "\n" + f.Value + "\n")
		}
	}
	got := text.String()
	if !strings.Contains(got, "Es gibt jetzt sofort Hilfe") || !strings.Contains(got, "112") {
		t.Errorf("want the German crisis reply with 112, got:\n%s", got)
	}
	if !m.ephemeral() {
		t.Error("crisis reply is not private")
	}
}

// A mention carries no locale, so the server's preferred locale stands in:
// a Portuguese crisis mention in a pt-BR server gets the Portuguese crisis
// reply with Brazil's lines, privately; the locale is looked up once per
// server, and a server Discord cannot describe still gets its reply.
func TestMentionUsesTheGuildLocale(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	h.fake.AddGuild(fakediscord.Guild{ID: testGuild, Name: "t", PreferredLocale: "pt-BR"})
	for i := 0; i < 2; i++ {
		h.handleMessage(mention(h.fake.BotID, "quero me matar"))
	}
	dm := h.message(t, "POST", "/channels/dm-"+testUser+"/messages")
	if got := dm.embedText(); !strings.Contains(got, "188") {
		t.Errorf("want the Portuguese crisis reply with Brazil's CVV 188, got:\n%s", got)
	}
	if n := h.fake.Count(func(r fakeRequest) bool { return r.Method == "GET" && r.Path == "/guilds/"+testGuild }); n != 1 {
		t.Errorf("%d guild lookups for two mentions, want 1 (cached)", n)
	}

	h2 := newHarness(t, harnessOptions{}) // no guild known: 404
	h2.handleMessage(mention(h2.fake.BotID, "what is sex therapy?"))
	if h2.channelMessages(testChannel) != 1 {
		t.Errorf("no reply when the guild lookup failed:\n%s", h2.describe())
	}
}

// A DM carries no locale and has no server to ask, so the locale of the
// sender's last interaction stands in: after a /ask from a pt-BR client,
// a Portuguese crisis DM gets Brazil's lines, where before it got none
// for Brazil.
func TestDMUsesTheSendersInteractionLocale(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	dmMsg := func() *discordgo.MessageCreate {
		m := mention(h.fake.BotID, "quero me matar")
		m.GuildID, m.ChannelID, m.Mentions = "", "dm-chan", nil
		m.Content = "quero me matar"
		return m
	}
	h.handleMessage(dmMsg())
	before := h.message(t, "POST", "/channels/dm-chan/messages").embedText()
	if strings.Contains(before, "188") {
		t.Fatalf("Brazil's CVV 188 without any locale; the test cannot tell the difference:\n%s", before)
	}

	ic := h.slash("ask", opt("question", "what is sex therapy?"))
	ic.Locale = discordgo.PortugueseBR
	h.do(ic)
	h.handleMessage(dmMsg())
	if n := h.channelMessages("dm-chan"); n != 2 {
		t.Fatalf("%d DM replies, want 2:\n%s", n, h.describe())
	}
	if got := h.message(t, "POST", "/channels/dm-chan/messages").embedText(); !strings.Contains(got, "188") {
		t.Errorf("want Brazil's CVV 188 after a pt-BR interaction, got:\n%s", got)
	}
}
