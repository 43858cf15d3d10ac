package discord

import (
	"net/url"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/candorbot/candor/bot"
)

// footerText is on every answer embed.
const footerText = "Education, not medical advice"

// bodyReserve is the least room an answer's body keeps in its embed when
// sources, links and notes compete for the 6,000 characters.
const bodyReserve = 1500

// topicsPointer ends an answer too long for one message.
const topicsPointer = "\n\n… The full entry is in /topics."

// Embed colours by reply kind.
var kindColor = map[bot.Kind]int{
	bot.KindAnswer:   0x5865F2,
	bot.KindMyth:     0xF1C40F,
	bot.KindRefuse:   0x95A5A6,
	bot.KindCrisis:   0xE74C3C,
	bot.KindReferral: 0x2ECC71,
	bot.KindUnknown:  0x95A5A6,
	bot.KindOfftopic: 0x95A5A6,
}

// defaultTitle names a reply that has no title of its own.
var defaultTitle = map[bot.Kind]string{
	bot.KindAnswer:   "Candor",
	bot.KindMyth:     "Myth check",
	bot.KindRefuse:   "That's one for a professional",
	bot.KindCrisis:   "If you need help right now",
	bot.KindReferral: "Finding a therapist",
	bot.KindUnknown:  "I'm not sure I have that one",
	bot.KindOfftopic: "That's outside what I can help with",
}

// message is a rendered reply, ready for any of Discord's message calls.
type message struct {
	Content    string
	Embeds     []*discordgo.MessageEmbed
	Components []discordgo.MessageComponent
	Ephemeral  bool
}

// renderOptions says which buttons a rendered reply carries.
type renderOptions struct {
	// share adds "Share in channel" (private slash-command replies).
	share bool
	// feedback adds "Helpful" / "Not helpful" for replies about an entry.
	feedback bool
	// related adds buttons for related topics.
	related bool
	// links turns link URLs into link buttons.
	links bool
	// extra rows are added first (a command's own buttons).
	extra []discordgo.ActionsRow
}

// render turns a reply into an embed and components within Discord's limits.
func (a *Adapter) render(rep bot.Reply, o renderOptions) message {
	kb := a.bot.Knowledge()
	title := rep.Title
	if title == "" {
		title = defaultTitle[rep.Kind]
	}
	if title == "" {
		title = "Candor"
	}
	e := &discordgo.MessageEmbed{Title: truncate(title, maxEmbedTitle), Color: kindColor[rep.Kind]}

	footer := footerText
	if rep.Rephrased {
		footer += " · Reworded by AI from a reviewed entry"
	}
	if rep.RegionName != "" && (rep.Kind == bot.KindCrisis || rep.Kind == bot.KindReferral) {
		footer += " · " + rep.RegionName
	}
	e.Footer = &discordgo.MessageEmbedFooter{Text: truncate(footer, maxFooter)}

	// Rows: action buttons, then related topics, then links.
	var rows []discordgo.ActionsRow
	rows = append(rows, o.extra...)
	var actions []discordgo.MessageComponent
	if o.feedback && rep.Entry != "" && fitsID("fb:1:"+rep.Entry) {
		actions = append(actions,
			discordgo.Button{Label: "Helpful", Style: discordgo.SuccessButton, CustomID: "fb:1:" + rep.Entry},
			discordgo.Button{Label: "Not helpful", Style: discordgo.SecondaryButton, CustomID: "fb:0:" + rep.Entry})
	}
	if o.share && rep.Kind != bot.KindCrisis && fitsID("share:"+rep.Entry) {
		actions = append(actions, discordgo.Button{Label: "Share in channel", Style: discordgo.PrimaryButton, CustomID: "share:" + rep.Entry})
	}
	if rep.Rephrased && rep.Entry != "" && fitsID("reviewed:"+rep.Entry) {
		actions = append(actions, discordgo.Button{Label: "Show the reviewed answer", Style: discordgo.SecondaryButton, CustomID: "reviewed:" + rep.Entry})
	}
	if len(actions) > 0 && len(rows) < maxRows {
		rows = append(rows, discordgo.ActionsRow{Components: actions})
	}

	var fields []*discordgo.MessageEmbedField
	if len(rep.Related) > 0 && o.related {
		var buttons []discordgo.MessageComponent
		var names []string
		for _, id := range rep.Related {
			ent, ok := kb.Entry(id)
			if !ok {
				continue
			}
			names = append(names, ent.Title)
			if fitsID("topic:"+id) && len(buttons) < maxRowButtons {
				buttons = append(buttons, discordgo.Button{Label: truncate(ent.Title, maxButtonLabel), Style: discordgo.SecondaryButton, CustomID: "topic:" + id})
			}
		}
		if len(buttons) > 0 && len(rows) < maxRows {
			rows = append(rows, discordgo.ActionsRow{Components: buttons})
		} else if len(names) > 0 {
			fields = append(fields, &discordgo.MessageEmbedField{Name: "Related topics", Value: truncate(strings.Join(names, " · "), maxFieldValue)})
		}
	}

	// Links: buttons while rows remain (5 a row), the rest in the embed
	// unless the body already lists them.
	var rest []bot.Link
	if o.links {
		var row []discordgo.MessageComponent
		for _, l := range rep.Links {
			if !webURL(l.URL) || len(rows) >= maxRows {
				rest = append(rest, l)
				continue
			}
			row = append(row, discordgo.Button{Label: truncate(l.Title, maxButtonLabel), Style: discordgo.LinkButton, URL: l.URL})
			if len(row) == maxRowButtons {
				rows = append(rows, discordgo.ActionsRow{Components: row})
				row = nil
			}
		}
		if len(row) > 0 {
			rows = append(rows, discordgo.ActionsRow{Components: row})
		}
	} else {
		rest = rep.Links
	}
	if lines := linkLines(rest, rep.Body); len(lines) > 0 {
		fields = append(fields, fieldLines("Where to get help", lines)...)
	}
	if len(rep.Notes) > 0 {
		var lines []string
		for _, n := range rep.Notes {
			lines = append(lines, "• "+n)
		}
		fields = append(fields, fieldLines("Good to know", lines)...)
	}
	if len(rep.Sources) > 0 {
		var lines []string
		for _, s := range rep.Sources {
			if webURL(s.URL) {
				lines = append(lines, "["+escapeLinkText(s.Title)+"]("+s.URL+")")
			} else {
				lines = append(lines, s.Title)
			}
		}
		fields = append(fields, fieldLines("Sources", lines)...)
	}
	if len(fields) > maxFields-1 {
		fields = fields[:maxFields-1]
	}

	// The body gets what the rest leaves of the 6,000-character budget:
	// the description first, then continuation fields, then a cut with a
	// pointer to /topics. Extra fields give way (last first) so that at
	// least bodyReserve characters of the body show.
	text := rep.Body
	if rep.Correction != "" {
		text = "**" + rep.Correction + "**\n\n" + text
	}
	used := runeLen(e.Title) + runeLen(e.Footer.Text)
	for _, f := range fields {
		used += runeLen(f.Name) + runeLen(f.Value)
	}
	reserve := min(runeLen(text), bodyReserve)
	for len(fields) > 0 && used+reserve > maxEmbedTotal {
		last := fields[len(fields)-1]
		used -= runeLen(last.Name) + runeLen(last.Value)
		fields = fields[:len(fields)-1]
	}
	budget := maxEmbedTotal - used
	desc, more := fitBody(text, budget, maxFields-len(fields))
	e.Description = desc
	e.Fields = append(more, fields...)
	return message{Embeds: []*discordgo.MessageEmbed{e}, Components: rowsToComponents(rows)}
}

// fitBody splits text into a description and continuation fields within
// budget characters and at most maxMore fields; whatever does not fit is
// cut, and the cut is marked with a pointer to /topics.
func fitBody(text string, budget, maxMore int) (string, []*discordgo.MessageEmbedField) {
	const contName = "…"
	ptr := runeLen(topicsPointer)
	if budget < ptr+1 {
		budget = ptr + 1
	}
	if runeLen(text) <= min(budget, maxEmbedDescription) {
		return text, nil
	}
	chunks := splitText(text, maxEmbedDescription-ptr)
	desc := chunks[0]
	avail := budget - ptr // the pointer's room is kept back
	if runeLen(desc) > avail {
		return truncate(desc, avail) + topicsPointer, nil
	}
	avail -= runeLen(desc)
	var more []*discordgo.MessageEmbedField
	cut := false
	for _, c := range splitText(strings.Join(chunks[1:], "\n\n"), maxFieldValue-ptr) {
		cost := runeLen(contName) + runeLen(c)
		if len(more) >= maxMore || cost > avail {
			cut = true
			break
		}
		more = append(more, &discordgo.MessageEmbedField{Name: contName, Value: c})
		avail -= cost
	}
	if cut {
		if len(more) > 0 {
			more[len(more)-1].Value += topicsPointer
		} else {
			desc += topicsPointer
		}
	}
	return desc, more
}

// fieldLines packs lines into fields of at most 1,024 characters, the
// first named name and the rest continuing it.
func fieldLines(name string, lines []string) []*discordgo.MessageEmbedField {
	var out []*discordgo.MessageEmbedField
	var cur []string
	n := 0
	flush := func() {
		if len(cur) == 0 {
			return
		}
		fname := name
		if len(out) > 0 {
			fname = name + " (continued)"
		}
		out = append(out, &discordgo.MessageEmbedField{Name: truncate(fname, maxFieldName), Value: strings.Join(cur, "\n")})
		cur, n = nil, 0
	}
	for _, l := range lines {
		l = truncate(l, maxFieldValue)
		if n+runeLen(l)+1 > maxFieldValue {
			flush()
		}
		cur = append(cur, l)
		n += runeLen(l) + 1
	}
	flush()
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}

// linkLines describes links for the embed, leaving out those the body
// already shows.
func linkLines(links []bot.Link, body string) []string {
	var out []string
	for _, l := range links {
		if l.URL != "" && strings.Contains(body, l.URL) {
			continue
		}
		if l.URL == "" && l.Title != "" && strings.Contains(body, l.Title) {
			continue
		}
		title, desc := l.Title, l.Description
		if l.Kind == "local" {
			// A server's own listing: text its admins typed.
			title, desc = bot.EscapeMarkdown(title), bot.EscapeMarkdown(desc)
		}
		var s string
		if webURL(l.URL) {
			s = "[" + escapeLinkText(title) + "](" + l.URL + ")"
		} else {
			s = "**" + title + "**"
		}
		if desc != "" {
			s += ": " + desc
		}
		out = append(out, s)
	}
	return out
}

// webURL reports whether u can be a link button's URL.
func webURL(u string) bool {
	p, err := url.Parse(u)
	return err == nil && (p.Scheme == "https" || p.Scheme == "http") && p.Host != "" && len(u) <= 512
}

// escapeLinkText keeps a title from breaking a Markdown link.
func escapeLinkText(s string) string {
	return strings.NewReplacer("[", "(", "]", ")").Replace(s)
}

// fitsID reports whether a custom_id is within Discord's limit.
func fitsID(id string) bool { return len(id) <= maxCustomID }

func rowsToComponents(rows []discordgo.ActionsRow) []discordgo.MessageComponent {
	if len(rows) > maxRows {
		rows = rows[:maxRows]
	}
	out := make([]discordgo.MessageComponent, 0, len(rows))
	for _, r := range rows {
		out = append(out, r)
	}
	return out
}

// notice renders a short plain message.
func notice(text string) message {
	return message{Content: truncate(text, maxContent)}
}
