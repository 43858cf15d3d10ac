package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/candorbot/candor/bot"
)

// printReply prints a reply as indented JSON or as a person reads it.
func printReply(w io.Writer, b *bot.Bot, rep bot.Reply, asJSON bool) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	renderReply(w, b, rep)
	return nil
}

// renderReply prints a reply as a person reads it in a terminal: title,
// correction, body, links, notes, sources, related topics.
func renderReply(w io.Writer, b *bot.Bot, rep bot.Reply) {
	if rep.Title != "" {
		fmt.Fprintf(w, "== %s ==\n", rep.Title)
	}
	if rep.Correction != "" {
		fmt.Fprintf(w, "Myth check: %s\n\n", rep.Correction)
	}
	fmt.Fprintln(w, strings.TrimSpace(plainMarkdown(rep.Body)))
	if rep.Kind != bot.KindReferral && rep.Kind != bot.KindCrisis {
		for _, l := range rep.Links {
			if l.URL != "" {
				fmt.Fprintf(w, "  -> %s: %s\n", l.Title, l.URL)
			}
		}
	}
	for _, n := range rep.Notes {
		fmt.Fprintf(w, "\n%s\n", plainMarkdown(n))
	}
	if rep.Kind == bot.KindCrisis {
		fmt.Fprintln(w)
		for _, l := range rep.Links {
			if l.URL != "" {
				fmt.Fprintf(w, "  -> %s: %s\n", l.Title, l.URL)
			}
		}
	}
	if len(rep.Sources) > 0 {
		fmt.Fprintln(w, "\nSources:")
		for _, s := range rep.Sources {
			fmt.Fprintf(w, "  - %s <%s>\n", s.Title, s.URL)
		}
	}
	if len(rep.Related) > 0 {
		var titles []string
		for _, id := range rep.Related {
			if e, ok := b.Knowledge().Entry(id); ok {
				titles = append(titles, e.Title)
			}
		}
		label := "Related topics"
		if rep.Kind == bot.KindUnknown || rep.Kind == bot.KindOfftopic {
			label = "You could ask about"
		}
		if len(titles) > 0 {
			fmt.Fprintf(w, "\n%s: %s\n", label, strings.Join(titles, " · "))
		}
	}
	if rep.Rephrased {
		fmt.Fprintln(w, "\n(Reworded by an AI model from the reviewed answer.)")
	}
	switch rep.Kind {
	case bot.KindAnswer, bot.KindMyth, bot.KindRefuse:
		fmt.Fprintln(w, "\nEducation, not medical advice.")
	}
}

// plainMarkdown drops the bold markers and renders [text](url) links as
// "text <url>" for a terminal.
func plainMarkdown(s string) string {
	s = strings.ReplaceAll(s, "**", "")
	var b strings.Builder
	for {
		i := strings.Index(s, "](")
		j := strings.LastIndex(s[:max(i, 0)], "[")
		k := -1
		if i >= 0 {
			k = strings.IndexByte(s[i:], ')')
		}
		if i < 0 || j < 0 || k < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:j])
		b.WriteString(s[j+1 : i])
		b.WriteString(" <" + s[i+2:i+k] + ">")
		s = s[i+k+1:]
	}
}
