package bot

import (
	"fmt"
	"strings"

	"github.com/candorbot/candor/bot/lang"
	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/referral"
)

// languageCheck is what Handle learns about a message not in English.
type languageCheck struct {
	// code is the language to reply in where it matters; "en" for English
	// and for languages without curated replies.
	code string
	// texts are the curated replies in that language; nil for English.
	texts *safety.LangReplies
	// how says how the language was found, for Triage.
	how string
	// multi is set when a crisis phrase in another language matched.
	multi bool
	// support is set when the multilingual model saw a plausible but
	// unclear crisis: the reply gets the crisis lines in that language.
	support bool
	// mixes is set for a language written mixed with English (see
	// safety.Language.MixesEnglish).
	mixes bool
	// home is the language's home region (safety.Language.HomeRegion).
	home string
}

// checkLanguage identifies the message's language and, when the English
// rules found no crisis, looks for crisis phrases in the other covered
// languages. It returns the verdict to act on: v unchanged, or a crisis
// verdict from a phrase in another language.
func (b *Bot) checkLanguage(text, locale string, v safety.Verdict) (safety.Verdict, languageCheck) {
	det := b.langID.Detect(text, locale)
	if det.Reason == lang.ReasonTrigrams && det.Code != lang.English && b.kb.KnowsEveryWord(text) {
		// Letter trigrams alone named another language, but every word
		// is one the (English) knowledge base uses, spelled as it does:
		// "painful ejaculation causes" is English, whatever its
		// trigrams say.
		det = lang.Result{Code: lang.English, Reason: reasonKnownWords}
	}
	lc := languageCheck{code: det.Code, how: det.Code + "/" + det.Reason}
	// A code-switched message ("aku udah nulis surat buat ortu, just in
	// case") is read in its other language too: the phrases and the
	// multilingual model look at that language rather than English.
	prefer := det.Code
	if det.Mixed != "" {
		prefer = det.Mixed
	}
	if v.Action != safety.ActionCrisis {
		if mv := b.multi.Classify(text, prefer, localeLanguage(locale)); mv.Action == safety.ActionCrisis {
			youth := v.Youth
			v = mv.Verdict
			v.Youth = youth
			lc.code, lc.multi = mv.Langs[0], true
			if det.Code != lc.code {
				lc.how = lc.code + "/phrase"
			}
		} else if mv.Support && (v.Action == safety.ActionNone || v.Action == safety.ActionChitchat) {
			// Plausible but unclear risk in another language: the usual
			// reply, with the crisis lines in that language.
			youth := v.Youth
			v = mv.Verdict
			v.Youth = youth
			lc.code, lc.support = mv.Langs[0], true
		}
	}
	if lc.code == lang.English {
		return v, languageCheck{code: lang.English}
	}
	if l, ok := b.multi.Language(lc.code); ok {
		lc.texts, lc.mixes, lc.home = &l.Replies, l.MixesEnglish, l.HomeRegion
	} else {
		lc.code, lc.texts = lang.English, nil
	}
	return v, lc
}

// localeLanguage is the language subtag of a Discord locale ("pt" for
// "pt-BR").
func localeLanguage(locale string) string {
	l, _, _ := strings.Cut(strings.ReplaceAll(locale, "_", "-"), "-")
	return strings.ToLower(strings.TrimSpace(l))
}

// crisisRegion is the region for crisis lines in another language: the
// request's region (the server's setting or one the person named), else
// the country of the Discord locale, else none, which shows the
// international directory. The bot's default region is not used: it says
// nothing about where someone writing another language lives. A language
// with a home region (Tagalog) uses it before an English locale.
func (b *Bot) crisisRegion(req Request, lc languageCheck) referral.Region {
	if req.Region != "" {
		if r, err := b.ref.ParseRegionCode(req.Region); err == nil {
			return r
		}
	}
	// A language Discord has no locale for is written under an English
	// one, which says nothing about the country: its home region is the
	// better guess.
	if lc.home != "" && (req.Locale == "" || localeLanguage(req.Locale) == "en") {
		if r, err := b.ref.ParseRegionCode(lc.home); err == nil {
			return r
		}
	}
	if r, ok := b.ref.RegionForLocale(req.Locale); ok {
		return r
	}
	return referral.Region{}
}

// emergencyIn writes the curated emergency sentence of a language: call
// the region's number, or the local emergency number when the region is
// unknown.
func emergencyIn(sb *strings.Builder, t *safety.LangReplies, number string) {
	if number != "" {
		fmt.Fprintf(sb, t.Emergency+"\n", number)
	} else {
		sb.WriteString(t.NoEmergency + "\n")
	}
}

// crisisReplyIn is crisisReply in another language: the curated texts of
// that language around the region's lines, which keep their own names.
func (b *Bot) crisisReplyIn(t *safety.LangReplies, region referral.Region, lineCategory string) Reply {
	c := b.ref.Crisis(region)
	var sb strings.Builder
	emergencyIn(&sb, t, c.Emergency)
	lines := c.Lines
	if lineCategory != "" {
		lines = c.ForCategory(lineCategory)
	}
	if len(lines) > maxCrisisLines {
		lines = lines[:maxCrisisLines]
	}
	for _, l := range lines {
		sb.WriteString("• ")
		sb.WriteString(neutralLine(l))
		sb.WriteByte('\n')
	}
	sb.WriteString("• ")
	fmt.Fprintf(&sb, t.Elsewhere, c.International.URL)
	sb.WriteString("\n\n")
	caring := t.Caring[lineCategory]
	if caring == "" {
		caring = t.Caring[""]
	}
	sb.WriteString(caring)
	rep := Reply{
		Kind:       KindCrisis,
		Title:      t.CrisisTitle,
		Body:       sb.String(),
		Links:      crisisLinks(c, lines),
		Region:     c.Region.Code(),
		RegionName: c.Region.String(),
		Confidence: 1,
	}
	if c.Emergency == "" {
		rep.Links = []Link{c.International}
	}
	return rep
}

// neutralLine renders a crisis line with symbols instead of English verbs:
// name, phone, text, web chat.
func neutralLine(l referral.Line) string {
	parts := []string{"**" + l.Name + "**"}
	if l.Phone != "" {
		parts = append(parts, "☎ "+l.Phone)
	}
	if l.Text != "" {
		parts = append(parts, "✉ "+l.Text)
	}
	if l.Chat != "" {
		parts = append(parts, "💬 "+l.Chat)
	}
	if l.Phone == "" && l.Text == "" && l.Chat == "" && l.URL != "" {
		parts = append(parts, l.URL)
	}
	return strings.Join(parts, " · ")
}

// addLinesIn adds crisis lines to a reply in another language: the
// curated emergency sentence of that language, then the region's lines,
// as the support tier of the multilingual model.
func (b *Bot) addLinesIn(rep *Reply, t *safety.LangReplies, region referral.Region, lineCategory string) {
	c := b.ref.Crisis(region)
	var sb strings.Builder
	emergencyIn(&sb, t, c.Emergency)
	lines := c.ForCategory(lineCategory)
	if len(lines) > 2 {
		lines = lines[:2]
	}
	for _, l := range lines {
		sb.WriteString("• " + neutralLine(l) + "\n")
		if l.URL != "" {
			rep.Links = append(rep.Links, Link{Title: l.Name, URL: l.URL, Description: formatLine(l), Kind: "crisis"})
		}
	}
	sb.WriteString("• ")
	fmt.Fprintf(&sb, t.Elsewhere, c.International.URL)
	rep.Body = strings.TrimRight(rep.Body, "\n") + "\n\n" + sb.String()
}

// noteLanguage tells someone writing another language that Candor answers
// in English, in their language. A reply that would call the message off
// topic only because it is not English becomes the note itself, with what
// Candor can do; any other reply gets the note on top.
// foreignAnswerConfidence is the least search confidence at which a message
// in another language is answered with an English entry.
const foreignAnswerConfidence = 0.8

func noteLanguage(rep *Reply, lc languageCheck, v safety.Verdict) {
	if lc.texts == nil || rep.Kind == KindCrisis {
		return
	}
	// English search reads another language's words as typos of English
	// ones ("me muero de risa" came out as an entry): only a near-certain
	// match is worth showing; otherwise the person gets the note.
	// A language written mixed with English (Taglish) is searched as
	// English is: its English words carry the question.
	weak := (rep.Kind == KindAnswer || rep.Kind == KindMyth) && rep.Confidence < foreignAnswerConfidence && !lc.mixes
	if (rep.Kind == KindOfftopic || weak) && (v.Action == safety.ActionNone || v.Action == safety.ActionChitchat) {
		*rep = Reply{
			Kind:  KindUnknown,
			Title: lc.texts.NoteTitle,
			Body: lc.texts.EnglishNote + "\n\n" +
				"Candor answers in English for now: ask me your question in English, or browse /topics. If you need help right now, use /crisis.",
			Related: rep.Related,
			Region:  rep.Region, RegionName: rep.RegionName,
		}
		return
	}
	rep.Body = "*" + lc.texts.EnglishNote + "*\n\n" + rep.Body
}

// reasonKnownWords is the language reason when the knowledge base knew
// every word of a message the trigrams gave to another language.
const reasonKnownWords = "kb-words"
