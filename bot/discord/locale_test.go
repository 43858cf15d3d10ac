package discord_test

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
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
