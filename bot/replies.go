package bot

import (
	"context"
	"fmt"
	"regexp"
	"strings"

	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

// maxCrisisLines is how many lines a detected crisis shows.
const maxCrisisLines = 4

// crisisReply leads with the emergency number and the crisis lines of the
// region, the lines of the detected category first, then one caring
// sentence. Nothing from the knowledge base is added on top.
func (b *Bot) crisisReply(region referral.Region, lineCategory string) Reply {
	c := b.ref.Crisis(region)
	var sb strings.Builder
	fmt.Fprintf(&sb, "**If you are in danger right now, call %s.**\n", c.Emergency)
	lines := c.Lines
	if lineCategory != "" {
		// A detected crisis: the lines for it first, and few enough to read.
		lines = c.ForCategory(lineCategory)
		if len(lines) > maxCrisisLines {
			lines = lines[:maxCrisisLines]
		}
	}
	for _, l := range lines {
		sb.WriteString("• ")
		sb.WriteString(formatLine(l))
		sb.WriteByte('\n')
	}
	fmt.Fprintf(&sb, "• Elsewhere: %s lists free helplines in most countries.\n\n", c.International.URL)
	sb.WriteString(caringSentence(lineCategory))
	return Reply{
		Kind:       KindCrisis,
		Title:      "Help is available right now",
		Body:       sb.String(),
		Links:      crisisLinks(c, lines),
		Region:     c.Region.Code(),
		RegionName: c.Region.String(),
		Confidence: 1,
	}
}

func crisisLinks(c referral.Crisis, lines []referral.Line) []Link {
	out := []Link{{Title: "Emergency: " + c.Emergency, Kind: "emergency", Description: "Call " + c.Emergency + " if you are in danger right now."}}
	for _, l := range lines {
		if l.URL != "" {
			out = append(out, Link{Title: l.Name, URL: l.URL, Description: formatLine(l), Kind: "crisis"})
		}
	}
	return append(out, c.International)
}

// formatLine renders a crisis line in one line: name, then how to reach it.
func formatLine(l referral.Line) string {
	if c := l.Contact(); c != "" {
		return "**" + l.Name + "**: " + c
	}
	return "**" + l.Name + "**"
}

// helperSentence closes a crisis reply for someone worried about another
// person: the emergency call is theirs to make, and the lines advise them
// too.
const helperSentence = "Thank you for looking out for them. If you think they are in danger right now, call the emergency number (where they are, if they are far away) and, if it is safe for you, stay with them or keep trying to reach them. These services also advise people who are worried about someone else."

// forHelper words a crisis reply to the helper rather than to the person
// at risk.
func forHelper(rep *Reply, lineCategory string) {
	rep.Body = strings.TrimSuffix(rep.Body, caringSentence(lineCategory)) + helperSentence
	rep.Title = "Help for them, right now"
}

func caringSentence(category string) string {
	switch category {
	case "sexual-violence":
		return "What happened is not your fault, and you deserve support. These services are free and confidential, and they will listen at your pace."
	case "domestic-abuse":
		return "You deserve to be safe. These services are confidential and can help you think through options, whenever you are ready."
	case "child-abuse":
		return "Thank you for telling me. What happened is not your fault. These services can help keep you, or the child you are worried about, safe, and they will listen."
	default:
		return "I'm really glad you reached out. You don't have to go through this alone: these people are there to listen, right now."
	}
}

// Crisis returns the crisis lines for the request's region (the /crisis
// command).
func (b *Bot) Crisis(req Request) Reply {
	rep := b.crisisReply(b.requestRegion(req), "")
	rep.Triage = &Triage{Rule: "crisis/command"}
	b.count(rep)
	return rep
}

// refuseReply declines clinical advice warmly, says why, offers the general
// entry on the subject where there is one, and points to professionals.
func (b *Bot) refuseReply(text, rule string, region referral.Region) Reply {
	var what string
	switch {
	case strings.Contains(rule, "diagnos"):
		what = "I can't tell whether you personally have a condition."
	case strings.Contains(rule, "dose"):
		what = "I can't advise on doses."
	case strings.Contains(rule, "stop-start"), strings.Contains(rule, "medication"):
		what = "I can't advise on starting, stopping or choosing a medicine."
	case strings.Contains(rule, "test"):
		what = "I can't interpret personal test results."
	case strings.Contains(rule, "therapist"), strings.Contains(rule, "treatment"):
		what = "I can't be your therapist or make a treatment plan for you."
	default:
		what = "I can't give personal medical advice."
	}
	var sb strings.Builder
	sb.WriteString("That's a really reasonable thing to want to know. ")
	sb.WriteString(what)
	sb.WriteString(" I'm an education tool: I can't examine you or know your history, and getting this wrong could hurt you. ")
	sb.WriteString("A doctor, a pharmacist (for medicine questions) or a sex therapist can look at your situation properly. Use /find-therapist to find one near you.")
	if strings.Contains(rule, "medication") || strings.Contains(rule, "dose") || strings.Contains(rule, "stop-start") {
		sb.WriteString(" Please don't change or stop a medicine without talking to the person who prescribed it.")
	}
	rep := Reply{Kind: KindRefuse, Title: "I can't advise on that, but here's who can", Confidence: 1}
	res := b.kb.Search(text, knowledge.SearchOptions{Limit: 3, Kind: knowledge.KindTopic})
	if top := res.Top(); top != nil && res.Confidence >= answerConfidence/2 {
		e := top.Entry
		rep.Entry = e.ID
		rep.Sources = append([]Source(nil), e.Sources...)
		rep.Related = b.related(e)
		fmt.Fprintf(&sb, "\n\nWhat I can share is general information. **%s:** %s", e.Title, firstParagraph(e.Body))
	}
	rep.Body = sb.String()
	rep.Links = []Link{{Title: "Find a therapist", Description: "Use /find-therapist with your city or region.", Kind: "directory"}}
	return rep
}

// firstParagraph returns the opening paragraph of a body, with the list
// that follows it when it ends in a colon.
func firstParagraph(body string) string {
	paras := strings.Split(strings.TrimSpace(body), "\n\n")
	out := paras[0]
	if strings.HasSuffix(out, ":") && len(paras) > 1 {
		out += "\n\n" + paras[1]
	}
	return strings.TrimSpace(out)
}

// mythCheck checks a statement against the myth entries only (/myth and the
// "Check for myths" context menu).
func (b *Bot) mythCheck(ctx context.Context, req Request, text string) Reply {
	res := b.search(ctx, text, knowledge.SearchOptions{Limit: 3, Kind: knowledge.KindMyth})
	if top := res.Top(); top != nil && res.Confidence >= mythConfidence {
		rep := b.entryReply(top.Entry)
		rep.Confidence = res.Confidence
		b.maybeRephrase(ctx, req, text, &rep)
		return rep
	}
	all := b.search(ctx, text, knowledge.SearchOptions{Limit: 3})
	rep := Reply{
		Kind:       KindUnknown,
		Title:      "Not a myth I know of",
		Body:       "That doesn't match any of the common misconceptions I know about. That doesn't make it true or false: I only check against a reviewed list.",
		Related:    hitIDs(all.Hits, 3),
		Confidence: res.Confidence,
	}
	if top := all.Top(); top != nil && all.Confidence >= answerConfidence/2 {
		rep.Body += "\n\nThe closest topic I have is **" + top.Entry.Title + "**."
	}
	return rep
}

// Referral intent: a request for a professional, personally or for a place.
var (
	professionalRe = regexp.MustCompile(`(?i)\b(sex ?therapists?|therapists?|therapy|counsell?ors?|counsell?ing|sexologists?|psychologists?|psychiatrists?|psychotherapists?|specialists?|professionals?|clinics?|doctors?|providers?|somebody to talk to|someone to talk to)\b`)
	personalAskRe  = regexp.MustCompile(`(?i)\b(referrals?|refer me|refer us|near me|nearby|near by|close to me|around me|in my area|in my city|in my town|local|locally|help me find|help us find|find me|find us|can you find|could you find|recommend (me |us )?(a|an|some)|recommendations? for|give me (some |a few )?(names|links|directories|options)|directories|i need (a|an|to find|to see|to book)|we need (a|an|to find|to see)|i want (a|an|to find|to see|to book)|we want (a|an|to find|to see|to book)|book (a|an|in with)|i am looking for|im looking for|i'm looking for|we're looking for|looking for an? |search for an? |where can i (find|get|see) an? [a-z ]{0,20}(near|in|around)|near (me|us|here|where (i|we) live|my (home|house|place|area|city|town|work))|in my (area|city|town|region|neighbou?rhood|state|county|province)|(i am|i'm|im|we are|we're|i live|we live|living|based) (near|close to)|(is|are) there (a |an |any )?([a-z]+ ){0,2}(therapists?|counsell?ors?|sexologists?|psychologists?|doctors?|clinics?) (who|that|which)|how (do|can|would|should|does) (i|we|you|one|someone) (even |actually |ever )?(find|get) (a|an) ([a-z-]+ ){0,3}(therapists?|counsell?ors?|sexologists?|psychologists?|doctors?) (who|that|thats|that's|which|who's|whos)|there is (a |an )?([a-z]+ )?(therapists?|doctors?|counsell?ors?) (who|that))\b`)
)

// professionalStems holds a literal that every match of professionalRe
// contains (lower-cased), so most messages skip the regexp.
var professionalStems = []string{"therap", "counsel", "sexolog", "psycholog", "psychiatr", "specialist",
	"professional", "clinic", "doctor", "provider", "to talk to"}

// mayNameProfessional reports whether text may match professionalRe: it
// contains one of professionalStems, ignoring case.
func mayNameProfessional(text string) bool {
	lower := strings.ToLower(text)
	for _, s := range professionalStems {
		if strings.Contains(lower, s) {
			return true
		}
	}
	return false
}

// wantsReferral reports whether a message asks to find a professional.
// General questions about how to find one ("how do I find a certified sex
// therapist?") are education and answered from the knowledge base.
func (b *Bot) wantsReferral(text string) bool {
	if !mayNameProfessional(text) || !professionalRe.MatchString(text) {
		return false
	}
	if personalAskRe.MatchString(text) {
		return true
	}
	return b.ref.FindLocation(text).Found
}

// Sexual-health services: a request for a place to get tested or to get
// contraception is not a request for a therapist.
var (
	serviceNeedRe = regexp.MustCompile(`(?i)\b(st[di]s?|hiv|get tested|getting tested|tested|testing|check-?ups?|screening|sexual[- ]health|gum|family planning|contracepti\w*|birth control|morning[- ]after pill|plan b|iuds?|implants?|pep|prep|pregnancy tests?)\b`)
	therapyWordRe = regexp.MustCompile(`(?i)\b(therap\w*|counsell?\w*|sexolog\w*|psycholog\w*|psychiatr\w*|psychotherap\w*|to talk to)\b`)
	placeWordRe   = regexp.MustCompile(`(?i)\b(where|somewhere|clinics?|centres?|centers?|services?|places?|near me|nearby|near by|close to me|around me|in my (area|city|town)|locally)\b`)
	findRe        = regexp.MustCompile(`(?i)^\W*(can you |could you |pls |please )?(find|locate|show me|search for|look up|list)\b`)
)

// wantsServices reports whether a message asks where to find a
// sexual-health service (STI testing, contraception) near the person or in
// a place it names. Questions about such services ("what happens at a
// sexual health clinic") are education and answered from the knowledge
// base; a request that names a therapist is a referral to directories.
func (b *Bot) wantsServices(text string) bool {
	if !serviceNeedRe.MatchString(text) || therapyWordRe.MatchString(text) {
		return false
	}
	if !placeWordRe.MatchString(text) && !(mayNameProfessional(text) && professionalRe.MatchString(text)) {
		return false
	}
	return personalAskRe.MatchString(text) || findRe.MatchString(text) || b.ref.FindLocation(text).Found
}

// servicesEntries are the entries a services reply points to, when the
// loaded base has them.
var servicesEntries = []string{"sti-testing", "sexual-health-check-ups", "contraception-basics"}

// finderEntries are the entries that say no more than the finder reply
// itself (servicesEntries, and where to get tested or get condoms): a
// services request whose best entry is one of them gets the finder.
var finderEntries = func() map[string]bool {
	m := map[string]bool{"hiv-testing-options": true, "home-sti-test-kits": true,
		"free-condoms-and-low-cost-contraception": true, "finding-low-cost-sexual-health-care": true}
	for _, id := range servicesEntries {
		m[id] = true
	}
	return m
}()

// servicesAnswerBar is the search confidence above which a services request
// is also a question an entry answers. On the blind topic files, requests
// whose best entry was wrong sat at 0.45 or below and those whose entry
// answered them at 0.68 or above.
const servicesAnswerBar = 0.6

// servicesOrAnswer answers a request for a sexual-health service. When the
// message also asks something a specific entry answers ("can I get
// emergency contraception without a prescription, or do I need a
// doctor?"), the person gets that entry with the region's finders added
// under it; otherwise the finder reply.
func (b *Bot) servicesOrAnswer(ctx context.Context, req Request, text string, fallback referral.Region) Reply {
	fin := b.servicesReply(text, fallback)
	// Decided on the search alone, so that the LLM rephrases only an
	// answer that is given.
	res := b.search(ctx, text, knowledge.SearchOptions{Limit: 5})
	top := res.Top()
	if top == nil || res.Confidence < max(answerBar(res), servicesAnswerBar) || finderEntries[top.Entry.ID] {
		return fin
	}
	ans := b.entryReply(top.Entry)
	ans.Confidence = res.Confidence
	b.maybeRephrase(ctx, req, text, &ans)
	ans.Region, ans.RegionName = fin.Region, fin.RegionName
	ans.Notes = append(ans.Notes, fin.Notes...)
	if len(fin.Links) == 0 {
		ans.Notes = append(ans.Notes, "Where to go: a sexual-health or family-planning clinic, a pharmacy or your doctor can help.")
		return ans
	}
	var names []string
	for _, l := range fin.Links {
		names = append(names, l.Title)
		ans.Links = append(ans.Links, l)
	}
	ans.Notes = append(ans.Notes, fmt.Sprintf("Where to go in %s: %s (linked below); a pharmacy or your doctor can help too.", fin.RegionName, strings.Join(names, "; ")))
	return ans
}

// servicesReply gives the sexual-health service finders for the region
// named in the message (or the request's), and the entries that explain
// what to expect.
func (b *Bot) servicesReply(text string, fallback referral.Region) Reply {
	region, note, _ := b.messageRegion(text, fallback)
	rep := Reply{
		Kind:       KindReferral,
		Title:      "Finding sexual-health services",
		Region:     region.Code(),
		RegionName: region.String(),
		Confidence: 1,
	}
	if note != "" {
		rep.Notes = append(rep.Notes, note)
	}
	rep.Links = b.ref.Services(region)
	var sb strings.Builder
	switch {
	case len(rep.Links) > 0:
		fmt.Fprintf(&sb, "Here's where to look for sexual-health services (STI testing, contraception) in **%s**:\n", region.String())
		for _, l := range rep.Links {
			writeLinkLine(&sb, l.Title, l.URL, l.Description)
		}
		sb.WriteString("\n\nYour doctor, or a sexual-health or family-planning clinic, can also help.")
	case region.IsZero():
		sb.WriteString("A sexual-health or family-planning clinic, or your doctor, can test for STIs and help with contraception. " +
			"Tell me your country or city and I'll show an official clinic finder where I have one.")
	default:
		fmt.Fprintf(&sb, "I don't have a checked clinic finder for **%s** yet. "+
			"A sexual-health or family-planning clinic, or your doctor, can test for STIs and help with contraception; "+
			"your health service's own website usually lists the nearest.", region.String())
	}
	var titles []string
	for _, id := range servicesEntries {
		if e, ok := b.kb.Entry(id); ok {
			rep.Related = append(rep.Related, id)
			titles = append(titles, "**"+e.Title+"**")
		}
	}
	if len(titles) > 0 {
		sb.WriteString("\n\nWhat to expect: ask me about " + strings.Join(titles, ", ") + ".")
	}
	rep.Body = sb.String()
	return rep
}

// referralReply gives local listings, directory links for the region named
// in the message (or the request's), a checklist and the crisis line.
func (b *Bot) referralReply(ctx context.Context, req Request, text string, fallback referral.Region) Reply {
	region, note, found := b.messageRegion(text, fallback)
	f := referral.Filter{Online: onlineRe.MatchString(text), LowCost: lowCostRe.MatchString(text)}
	if m := focusRe.FindString(text); m != "" {
		f.Focus = strings.ToLower(m)
	}
	rep := b.referral(ctx, req.GuildID, region, f, !found)
	if note != "" {
		rep.Notes = append([]string{note}, rep.Notes...)
	}
	return rep
}

// messageRegion returns the place a message names, with the parser's note
// about it, or fallback (and found false) when it names none.
func (b *Bot) messageRegion(text string, fallback referral.Region) (region referral.Region, note string, found bool) {
	loc := b.ref.FindLocation(text)
	if !loc.Found {
		return fallback, "", false
	}
	return loc.Region, loc.Note, true
}

// writeLinkLine writes one bullet of a list of links: "• [title](url):
// description", or the title alone when there is no URL.
func writeLinkLine(sb *strings.Builder, title, url, desc string) {
	if url != "" {
		fmt.Fprintf(sb, "\n• [%s](%s)", title, url)
	} else {
		fmt.Fprintf(sb, "\n• %s", title)
	}
	if desc != "" {
		sb.WriteString(": " + desc)
	}
}

var (
	onlineRe  = regexp.MustCompile(`(?i)\b(online|telehealth|video|virtual|remote|zoom)\b`)
	lowCostRe = regexp.MustCompile(`(?i)\b(cheap|low[- ]cost|affordable|sliding scale|free|can'?t afford|no insurance|low income)\b`)
	focusRe   = regexp.MustCompile(`(?i)\b(lgbtq\+?|lgbt|queer|gay|lesbian|trans|transgender|nonbinary|bisexual|couples?|kink|poly(amorous)?)\b`)
)

// FindTherapist returns the referral reply for a location given directly
// (the /find-therapist command); an empty location gives the international
// directories and a hint.
func (b *Bot) FindTherapist(ctx context.Context, req Request, location string, f referral.Filter) Reply {
	location = cleanText(location)
	region := referral.Region{}
	var note string
	unknown := true
	if location != "" {
		loc := b.ref.ParseLocation(location)
		if loc.Found {
			region, note, unknown = loc.Region, loc.Note, false
		}
	}
	rep := b.referral(ctx, req.GuildID, region, f, unknown)
	if note != "" {
		rep.Notes = append([]string{note}, rep.Notes...)
	}
	rep.Triage = &Triage{Rule: "referral/command"}
	b.count(rep)
	return rep
}

func (b *Bot) referral(ctx context.Context, guildID string, region referral.Region, f referral.Filter, unknown bool) Reply {
	ref := b.ref.Referral(region, f)
	rep := Reply{
		Kind:       KindReferral,
		Title:      "Finding a therapist",
		Region:     ref.Region.Code(),
		RegionName: ref.Region.String(),
		Confidence: 1,
	}
	var sb strings.Builder
	if region.IsZero() {
		sb.WriteString("Here are directories that list sex therapists and other qualified professionals.")
	} else {
		fmt.Fprintf(&sb, "Here's where to look for a sex therapist near **%s**.", ref.Region.String())
	}
	local := b.localListings(ctx, guildID, region)
	if len(local) > 0 {
		sb.WriteString(" This server keeps its own list, shown first.")
		rep.Links = append(rep.Links, local...)
	}
	rep.Links = append(rep.Links, ref.Directories...)
	sb.WriteString("\n")
	for _, l := range rep.Links {
		// A server's own listings are text its admins typed: escaped, so a
		// name cannot plant a masked link or formatting.
		title, desc := l.Title, l.Description
		if l.Kind == "local" {
			title, desc = EscapeMarkdown(title), EscapeMarkdown(desc)
		}
		writeLinkLine(&sb, title, l.URL, desc)
	}
	sb.WriteString("\n\n**Before you book:**")
	for _, c := range ref.Checklist {
		sb.WriteString("\n• " + c)
	}
	if ref.CrisisLine != "" {
		sb.WriteString("\n\n" + ref.CrisisLine)
	}
	rep.Body = sb.String()
	if unknown && ref.Hint != "" {
		rep.Notes = append(rep.Notes, ref.Hint)
	}
	return rep
}

// localListings returns a guild's own listings for the region (the store
// filters them, at most MaxLocalListings), labelled as the server's list.
// Store failures only lose the local part.
func (b *Bot) localListings(ctx context.Context, guildID string, region referral.Region) []Link {
	if b.store == nil || guildID == "" || region.IsZero() {
		return nil
	}
	ls, err := b.store.FindListings(ctx, listingQuery(guildID, region))
	if err != nil {
		b.log.Warn("local listings", "err", err)
		return nil
	}
	var out []Link
	for _, l := range ls {
		desc := "From this server's own list"
		var extra []string
		for _, s := range []string{l.Services, l.Phone, l.Cost, l.Languages} {
			if s != "" {
				extra = append(extra, s)
			}
		}
		if l.Telehealth {
			extra = append(extra, "offers telehealth")
		}
		if len(extra) > 0 {
			desc += ": " + strings.Join(extra, "; ")
		}
		out = append(out, Link{Title: l.Name, URL: l.URL, Description: desc, Kind: "local"})
	}
	return out
}

// listingQuery selects the listings that serve region: the same place, one
// containing it, or one inside it ("UK" is an alias of "GB").
func listingQuery(guildID string, region referral.Region) ListingQuery {
	q := ListingQuery{GuildID: guildID, Within: region.Code(), Limit: MaxLocalListings}
	for _, c := range []string{region.Country, region.Subdivision} {
		if c != "" {
			q.Regions = append(q.Regions, c)
		}
	}
	if region.Country == "GB" {
		q.Regions = append(q.Regions, "UK")
	}
	return q
}

// supportEntries are the entries that say, step by step, how to help
// someone at risk, by the category of the risk.
var supportEntries = map[string]string{
	safety.CategorySuicide:        "supporting-someone-with-suicidal-thoughts",
	safety.CategorySelfHarm:       "supporting-someone-who-self-harms",
	safety.CategorySexualViolence: "supporting-a-survivor",
	safety.CategoryAbuse:          "helping-someone-in-an-abusive-relationship",
}

// supportReply answers someone asking how to support another person at
// risk of category when the search found no entry it is sure of: the
// loaded base's entry on helping with that risk, or, without one, warm
// words; addSupport adds the lines.
func (b *Bot) supportReply(unknown Reply, category string) Reply {
	if id, ok := supportEntries[category]; ok {
		if e, ok := b.kb.Entry(id); ok {
			rep := b.entryReply(e)
			rep.Confidence = unknown.Confidence
			return rep
		}
	}
	return Reply{
		Kind:  KindUnknown,
		Title: "Supporting someone you care about",
		Body: "It's kind of you to look out for them. I don't have a reviewed answer for this exact question, " +
			"but the services below support the person affected and the people around them, and you can contact them for advice yourself.",
		Related:    unknown.Related,
		Confidence: unknown.Confidence,
	}
}

// addSupport adds support lines to a normal answer, for someone asking how
// to support another person.
func (b *Bot) addSupport(rep *Reply, region referral.Region, lineCategory string) {
	if parts, _ := b.linkLines(rep, region, lineCategory); len(parts) > 0 {
		rep.Notes = append(rep.Notes, "Supporting someone can be heavy. These services also help friends and partners: "+strings.Join(parts, "; ")+".")
	}
}

// addCrisisLines adds the region's crisis lines for category to a normal
// answer, for a message that may show risk but is not clear (the model's
// support tier): the person gets the answer and a way to talk to someone.
func (b *Bot) addCrisisLines(rep *Reply, region referral.Region, lineCategory string) {
	parts, emergency := b.linkLines(rep, region, lineCategory)
	note := "If things feel heavy right now, you don't have to carry it alone. If you are in danger, call " + emergency + "."
	if len(parts) > 0 {
		note += " Free, confidential support: " + strings.Join(parts, "; ") + "."
	}
	rep.Notes = append([]string{note}, rep.Notes...)
}

// linkLines adds links for the region's first two lines of category to rep
// and returns the lines as text, with the region's emergency number.
func (b *Bot) linkLines(rep *Reply, region referral.Region, lineCategory string) ([]string, string) {
	c := b.ref.Crisis(region)
	lines := c.ForCategory(lineCategory)
	if len(lines) > 2 {
		lines = lines[:2]
	}
	var parts []string
	for _, l := range lines {
		parts = append(parts, formatLine(l))
		if l.URL != "" {
			rep.Links = append(rep.Links, Link{Title: l.Name, URL: l.URL, Description: formatLine(l), Kind: "crisis"})
		}
	}
	return parts, c.Emergency
}

// addYouth adds youth-appropriate resources for someone under 18.
func (b *Bot) addYouth(rep *Reply, region referral.Region) {
	c := b.ref.Crisis(region)
	var parts []string
	for _, l := range c.Lines {
		if l.Category == "child-abuse" || l.Category == "lgbtq-youth" || strings.Contains(strings.ToLower(l.Name), "kids") || strings.Contains(strings.ToLower(l.Name), "youth") || strings.Contains(strings.ToLower(l.Name), "child") {
			parts = append(parts, formatLine(l))
			if l.URL != "" {
				rep.Links = append(rep.Links, Link{Title: l.Name, URL: l.URL, Description: formatLine(l), Kind: "youth"})
			}
		}
	}
	note := "Because you mentioned you're under 18: a trusted adult, a school nurse or counsellor, or your doctor can help too."
	if len(parts) > 0 {
		note += " Free, confidential lines for young people: " + strings.Join(parts, "; ") + "."
	}
	rep.Notes = append(rep.Notes, note)
}

// About says what Candor is and is not, and what it stores.
func (b *Bot) About() Reply {
	return Reply{
		Kind:  KindAnswer,
		Title: "About Candor",
		Body: "Candor answers questions about sex therapy, sexual health and relationships from a curated knowledge base " +
			fmt.Sprintf("of %d reviewed entries, each with its sources. ", b.kb.Len()) +
			"It corrects common myths, helps you find a therapist (/find-therapist) and shows crisis lines (/crisis).\n\n" +
			"**What it is not:** a doctor or a therapist. It can't diagnose you, advise on medicines or doses, or make a treatment plan; it will say so and point you to someone who can.\n\n" +
			"**What it stores:** nothing of what you write. It keeps only counts: how many replies of each kind and topic per day, and how many people found a topic helpful. No message text and no user ids.",
		Confidence: 1,
	}
}
