package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/candorbot/candor/bot"
)

// defaultWidth is the line width when neither COLUMNS nor a terminal says.
const defaultWidth = 80

// outputWidth is the width to wrap replies to: COLUMNS when set, else the
// terminal's width when stdout is one, else defaultWidth.
func outputWidth(e *env) int {
	if n, err := strconv.Atoi(strings.TrimSpace(e.getenv("COLUMNS"))); err == nil && n > 0 {
		return max(n, 20)
	}
	if f, ok := e.stdout.(*os.File); ok {
		if n := terminalWidth(f); n > 0 {
			return max(n, 20)
		}
	}
	return defaultWidth
}

// printReply prints a reply as indented JSON or as a person reads it,
// wrapped to width.
func printReply(w io.Writer, b *bot.Bot, rep bot.Reply, asJSON bool, width int) error {
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	renderReply(w, b, rep, width)
	return nil
}

// renderReply prints a reply as a person reads it in a terminal, wrapped to
// width: title, correction, body, links the body does not already show,
// notes, sources, related topics.
func renderReply(w io.Writer, b *bot.Bot, rep bot.Reply, width int) {
	var sb strings.Builder
	if rep.Title != "" {
		fmt.Fprintf(&sb, "== %s ==\n", rep.Title)
	}
	if rep.Correction != "" {
		fmt.Fprintf(&sb, "Myth check: %s\n\n", plainMarkdown(rep.Correction))
	}
	body := strings.TrimSpace(plainMarkdown(rep.Body))
	sb.WriteString(body + "\n")
	var notes []string
	for _, n := range rep.Notes {
		notes = append(notes, plainMarkdown(n))
	}
	shown := body + "\n" + strings.Join(notes, "\n")
	links := func() {
		first := true
		for _, l := range rep.Links {
			if l.URL == "" || strings.Contains(shown, l.URL) {
				continue
			}
			if first {
				sb.WriteString("\n")
				first = false
			}
			fmt.Fprintf(&sb, "  -> %s: %s\n", l.Title, l.URL)
		}
	}
	if rep.Kind != bot.KindReferral && rep.Kind != bot.KindCrisis {
		links()
	}
	for _, n := range notes {
		fmt.Fprintf(&sb, "\n%s\n", n)
	}
	if rep.Kind == bot.KindCrisis {
		links()
	}
	if len(rep.Sources) > 0 {
		sb.WriteString("\nSources:\n")
		for _, s := range rep.Sources {
			fmt.Fprintf(&sb, "  - %s <%s>\n", s.Title, s.URL)
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
			fmt.Fprintf(&sb, "\n%s: %s\n", label, strings.Join(titles, " · "))
		}
	}
	if rep.Rephrased {
		sb.WriteString("\n(Reworded by an AI model from the reviewed answer.)\n")
	}
	switch rep.Kind {
	case bot.KindAnswer, bot.KindMyth, bot.KindRefuse:
		sb.WriteString("\nEducation, not medical advice.\n")
	}
	io.WriteString(w, wrapText(sb.String(), width))
}

// plainMarkdown renders Discord Markdown for a terminal: no bold markers
// or code backticks, [text](url) as "text <url>", and backslash escapes
// (from a server's own listings) undone.
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
			break
		}
		b.WriteString(s[:j])
		b.WriteString(s[j+1 : i])
		b.WriteString(" <" + s[i+2:i+k] + ">")
		s = s[i+k+1:]
	}
	return unescapeMarkdown(b.String())
}

// unescapeMarkdown drops code backticks and undoes backslash escapes of
// punctuation (an escaped backtick stays, as a plain one).
func unescapeMarkdown(s string) string {
	if !strings.ContainsAny(s, "`\\") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && strings.IndexByte(asciiPunct, s[i+1]) >= 0:
			b.WriteByte(s[i+1])
			i++
		case c == '`':
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

const asciiPunct = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// wrapText wraps each line of s to width characters at spaces. A line
// that starts with spaces and a bullet ("• ", "- ", "-> ", "1. ") keeps
// its continuation lines under the bullet's text. A word longer than the
// width (a URL) gets a line of its own rather than being broken.
func wrapText(s string, width int) string {
	var out strings.Builder
	lines := strings.Split(s, "\n")
	for li, line := range lines {
		if li > 0 {
			out.WriteByte('\n')
		}
		if utf8.RuneCountInString(line) <= width {
			out.WriteString(line)
			continue
		}
		indent := strings.Repeat(" ", utf8.RuneCountInString(hangingPrefix(line)))
		col := 0
		for i, word := range wrapUnits(line) {
			n := utf8.RuneCountInString(word)
			switch {
			case i == 0:
				lead := line[:strings.Index(line, word)]
				out.WriteString(lead + word)
				col = utf8.RuneCountInString(lead) + n
			case col+1+n > width:
				out.WriteString("\n" + indent + word)
				col = len(indent) + n
			default:
				out.WriteString(" " + word)
				col += 1 + n
			}
		}
	}
	return out.String()
}

// wrapUnits splits line at spaces, except between groups of digits, so a
// phone number ("0808 500 2222") is never broken across lines.
func wrapUnits(line string) []string {
	var out []string
	for _, w := range strings.Fields(line) {
		if n := len(out); n > 0 && isDigit(out[n-1][len(out[n-1])-1]) && (isDigit(w[0]) || w[0] == '(') {
			out[n-1] += " " + w
			continue
		}
		out = append(out, w)
	}
	return out
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// hangingPrefix returns the leading spaces and list marker of line.
func hangingPrefix(line string) string {
	rest := strings.TrimLeft(line, " ")
	lead := line[:len(line)-len(rest)]
	for _, m := range []string{"• ", "- ", "* ", "-> "} {
		if strings.HasPrefix(rest, m) {
			return lead + m
		}
	}
	if i := strings.Index(rest, ". "); i > 0 && i <= 3 && strings.Trim(rest[:i], "0123456789") == "" {
		return lead + rest[:i+2]
	}
	return lead
}
