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
