package discord_test

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

func TestFeedbackButtons(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	ctx := context.Background()
	for _, tc := range []struct {
		name                string
		id, user, message   string
		helpful, notHelpful int
	}{
		{"a vote counts", "fb:1:" + topicEntry, testUser, "m-1", 1, 0},
		{"a vote on another reply counts", "fb:1:" + topicEntry, testUser, "m-2", 2, 0},
		{"a second vote on the same reply does not", "fb:1:" + topicEntry, testUser, "m-1", 2, 0},
		{"nor does changing it", "fb:0:" + topicEntry, testUser, "m-1", 2, 0},
		{"another person's vote on it counts", "fb:0:" + topicEntry, "400000000000000002", "m-1", 2, 1},
	} {
		ic := h.button(tc.id, &discordgo.Message{ID: tc.message, ChannelID: testChannel})
		ic.Member.User.ID = tc.user
		h.do(ic)
		m := h.callback(t, ic).Data
		if !m.ephemeral() || m.Content == "" {
			t.Errorf("%s: want an ephemeral thank-you, got %+v", tc.id, m)
		}
		y, n, err := h.store.Feedback(ctx, topicEntry)
		if err != nil {
			t.Fatal(err)
		}
		if y != tc.helpful || n != tc.notHelpful {
			t.Errorf("%s: feedback = %d/%d, want %d/%d", tc.name, y, n, tc.helpful, tc.notHelpful)
		}
	}
	t.Run("an unknown entry is thanked but not counted", func(t *testing.T) {
		ic := h.button("fb:1:no-such-entry", nil)
		h.do(ic)
		if m := h.callback(t, ic).Data; !m.ephemeral() {
			t.Errorf("got %+v", m)
		}
	})
}

func TestShareButton(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	t.Run("reposts the private message's embeds and link buttons publicly", func(t *testing.T) {
		embed := &discordgo.MessageEmbed{Title: "Consent", Description: "Body", Footer: &discordgo.MessageEmbedFooter{Text: "Education, not medical advice"}}
		msg := &discordgo.Message{ID: "600000000000000001", Flags: discordgo.MessageFlagsEphemeral, Embeds: []*discordgo.MessageEmbed{embed},
			Components: []discordgo.MessageComponent{
				&discordgo.ActionsRow{Components: []discordgo.MessageComponent{
					&discordgo.Button{Label: "Helpful", Style: discordgo.SuccessButton, CustomID: "fb:1:consent"},
					&discordgo.Button{Label: "Share in channel", Style: discordgo.PrimaryButton, CustomID: "share:consent"},
				}},
				&discordgo.ActionsRow{Components: []discordgo.MessageComponent{
					&discordgo.Button{Label: "Directory", Style: discordgo.LinkButton, URL: "https://example.org/dir"},
				}},
			}}
		ic := h.button("share:consent", msg)
		h.do(ic)
		m := h.callback(t, ic).Data
		if m.ephemeral() {
			t.Error("shared message is ephemeral")
		}
		if len(m.Embeds) != 1 || m.Embeds[0].Title != "Consent" {
			t.Errorf("embeds = %+v", m.Embeds)
		}
		bs := m.buttons()
		if len(bs) != 1 || bs[0].URL != "https://example.org/dir" {
			t.Errorf("buttons = %+v, want only the link button", bs)
		}
	})
	t.Run("regenerates the entry when Discord sent no message", func(t *testing.T) {
		ic := h.button("share:"+topicEntry, nil)
		h.do(ic)
		m := h.callback(t, ic).Data
		e, _ := h.bot.Knowledge().Entry(topicEntry)
		if m.ephemeral() || len(m.Embeds) == 0 || m.Embeds[0].Title != e.Title {
			t.Errorf("got flags %d, embeds %+v", m.Flags, m.Embeds)
		}
	})
}

func TestTopicButton(t *testing.T) {
	h := newHarness(t, harnessOptions{})
	ic := h.button("topic:"+mythEntry, nil)
	h.do(ic)
	m := h.callback(t, ic).Data
	e, _ := h.bot.Knowledge().Entry(mythEntry)
	if m.Embeds[0].Title != e.Title {
		t.Errorf("title = %q, want %q", m.Embeds[0].Title, e.Title)
	}
	if !m.ephemeral() {
		t.Error("topic reply in a private server is public")
	}
}

// reworder is a Rephraser that marks its output.
type reworder struct{}

func (reworder) Rephrase(_ context.Context, in bot.RephraseInput) (string, error) {
	return "REWORDED: " + in.Body, nil
}

func TestRephrasedReply(t *testing.T) {
	h := newHarness(t, harnessOptions{rephraser: reworder{}})
	ic := h.slash("ask", opt("question", "what is sex therapy"))
	h.do(ic)
	m := h.callback(t, ic).Data
	if !strings.Contains(m.Embeds[0].Description, "REWORDED") {
		t.Skipf("the core did not rephrase this answer: %q", m.Embeds[0].Description)
	}
	if !strings.Contains(m.Embeds[0].Footer.Text, "Reworded by AI") {
		t.Errorf("footer %q does not say the answer was reworded", m.Embeds[0].Footer.Text)
	}
	b, ok := m.button("reviewed:")
	if !ok {
		t.Fatalf("no reviewed-answer button in %+v", m.Components)
	}

	press := h.button(b.CustomID, nil)
	h.do(press)
	r := h.callback(t, press).Data
	if !r.ephemeral() {
		t.Error("reviewed answer is not ephemeral")
	}
	if strings.Contains(r.Embeds[0].Description, "REWORDED") || strings.Contains(r.Embeds[0].Footer.Text, "Reworded") {
		t.Errorf("reviewed answer is the reworded one: %q", r.Embeds[0].Description)
	}
	id := strings.TrimPrefix(b.CustomID, "reviewed:")
	e, _ := h.bot.Knowledge().Entry(id)
	if !strings.Contains(r.Embeds[0].Description, firstWords(e.Body, 5)) {
		t.Errorf("reviewed answer does not start like the curated entry %s", id)
	}
}

func firstWords(s string, n int) string {
	f := strings.Fields(s)
	return strings.Join(f[:min(n, len(f))], " ")
}
