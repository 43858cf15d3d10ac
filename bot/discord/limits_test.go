package discord_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/candorbot/candor/knowledge"
)

// extremeKB is a knowledge base built to break every Discord limit: a huge
// entry with a long title and many sources, 40 entries with 150-character
// titles sharing one tag, and 30 tags.
func extremeKB(tb testing.TB) *knowledge.Base {
	tb.Helper()
	var entries []*knowledge.Entry
	var para []string
	for i := range 60 {
		para = append(para, strings.Repeat(fmt.Sprintf("Sentence %d of a very long curated answer. ", i), 8))
	}
	var sources []knowledge.Source
	for i := range 60 {
		sources = append(sources, knowledge.Source{
			Title: fmt.Sprintf("A source with a long descriptive title number %d %s", i, strings.Repeat("x", 60)),
			URL:   fmt.Sprintf("https://example.org/source/%d", i),
		})
	}
	var related []string
	for i := range 10 {
		related = append(related, fmt.Sprintf("entry-%02d", i))
	}
	entries = append(entries, &knowledge.Entry{
		ID: "huge", Kind: knowledge.KindTopic,
		Title:     strings.Repeat("A very long title ", 20),
		Questions: []string{"huge question"}, Tags: []string{"common", "huge"},
		Related: related, Sources: sources, Reviewed: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
		Body: strings.Join(para, "\n\n"),
	})
	for i := range 40 {
		entries = append(entries, &knowledge.Entry{
			ID: fmt.Sprintf("entry-%02d", i), Kind: knowledge.KindTopic,
			Title:     fmt.Sprintf("%02d %s", i, strings.Repeat("long entry title ", 9)),
			Questions: []string{fmt.Sprintf("question number %d about things", i)},
			Tags:      []string{"common", fmt.Sprintf("tag-%02d", i%30)},
			Sources:   []knowledge.Source{{Title: "S", URL: "https://example.org"}},
			Reviewed:  time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC),
			Body:      "A short body.",
		})
	}
	kb, err := knowledge.NewBase(entries, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return kb
}

func TestDiscordLimits(t *testing.T) {
	h := newHarness(t, harnessOptions{kb: extremeKB(t)})

	t.Run("a huge answer is cut to fit, with a pointer to /topics", func(t *testing.T) {
		ic := h.slash("ask", opt("question", "id:huge"))
		h.do(ic)
		m := h.callback(t, ic).Data
		checkLimits(t, m)
		if !strings.Contains(m.embedText(), "/topics") {
			t.Error("cut answer does not point to /topics")
		}
		if !strings.HasPrefix(m.Embeds[0].Description, "Sentence 0") {
			t.Errorf("description starts %q", m.Embeds[0].Description[:40])
		}
	})

	t.Run("autocomplete offers at most 25 short choices", func(t *testing.T) {
		for _, typed := range []string{"", "long entry", "title"} {
			ic := h.autocomplete("ask", "question", typed)
			h.do(ic)
			m := h.callback(t, ic).Data
			checkLimits(t, m)
			if typed == "" && len(m.Choices) != 25 {
				t.Errorf("%d choices for an empty question, want 25", len(m.Choices))
			}
		}
	})

	t.Run("topic menus split tags and entries 25 to a menu", func(t *testing.T) {
		ic := h.slash("topics")
		h.do(ic)
		m := h.callback(t, ic).Data
		checkLimits(t, m)
		if n := len(m.menus()); n != 2 {
			t.Errorf("%d tag menus for 32 tags, want 2", n)
		}
		sel := h.selectMenu("topics-tag:0", "common")
		h.do(sel)
		u := h.callback(t, sel).Data
		checkLimits(t, u)
		entries := 0
		for _, mm := range u.menus() {
			if strings.HasPrefix(mm.CustomID, "topics-entry:") {
				entries += len(mm.Options)
			}
		}
		if entries != 41 {
			t.Errorf("%d entries offered for tag common, want 41", entries)
		}
	})

	t.Run("related topics that do not fit as buttons still fit the message", func(t *testing.T) {
		ic := h.button("topic:huge", nil)
		h.do(ic)
		checkLimits(t, h.callback(t, ic).Data)
	})
}
