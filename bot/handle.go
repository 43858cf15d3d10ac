package bot

import (
	"context"
	"fmt"
	"math"
	"runtime/debug"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

// Thresholds of the search confidence (knowledge.Result.Confidence).
const (
	// answerConfidence is the least confidence at which an entry is given
	// as the answer; below it the reply is unknown with suggestions.
	answerConfidence = 0.25
	// answerConfidenceSemantic is the same bar for the fused confidence
	// (encoder on): on held-out question variants and labelled real
	// messages it answers 95% of those ranked right, and 4.7% of
	// off-topic and unanswered messages get past it, where the next gate
	// (distance in meaning) catches most of them (TestFitFusedConfidence
	// prints this table).
	answerConfidenceSemantic = 0.25
	// mythConfidence is the least confidence for /myth to call a statement
	// a known myth.
	mythConfidence = 0.5
	// offtopicDomain: below this share of known words, a message is out of
	// the knowledge base's domain.
	offtopicDomain = 0.35
	// offtopicCosine: with semantic search, a message whose meaning is this
	// far from every entry's text is out of the domain, whatever its words.
	offtopicCosine = 0.45
	// closeCosine: with semantic search, an unknown reply suggests only
	// entries at least this close in meaning.
	closeCosine = 0.6
	// maxTextRunes bounds the text analysed from one message.
	maxTextRunes = 20000
)

// Handle answers one message. It never panics and never returns an empty
// reply: whatever fails inside (a panic, the store, the LLM), the person
// gets a sensible reply.
func (b *Bot) Handle(ctx context.Context, req Request) (rep Reply) {
	return b.handle(ctx, req, nil)
}

// handle is Handle within a conversation (nil: none).
func (b *Bot) handle(ctx context.Context, req Request, conv *Conversation) (rep Reply) {
	defer func() {
		if r := recover(); r != nil {
			b.log.Error("handle panicked", "panic", fmt.Sprint(r), "stack", string(debug.Stack()))
			rep = b.fallbackReply()
		}
		if strings.TrimSpace(rep.Body) == "" {
			rep = b.fallbackReply()
		}
		b.count(rep)
	}()
	text := cleanText(req.Text)
	region := b.requestRegion(req)
	if text == "" {
		return b.helpReply(region, "")
	}
	v := b.triage.ClassifyEmbed(text, b.embed)
	v, lc := b.checkLanguage(text, req.Locale, v)
	tri := &Triage{Category: v.Category, Rule: v.Rule, Youth: v.Youth, Language: lc.how, Class: v.Class, Variant: v.Variant}
	if v.Class != "" {
		tri.Probability = math.Round(v.Probability*1000) / 1000
	}
	switch v.Action {
	case safety.ActionCrisis:
		if lc.texts != nil {
			rep = b.crisisReplyIn(lc.texts, b.crisisRegion(req, lc), v.LineCategory)
			break
		}
		if v.Class != "" && !v.Sure && b.wantsReferral(text) {
			// The model saw some risk in a request for a therapist ("I
			// need a therapist"): the directories they asked for, with
			// the crisis lines beside them. A clear crisis gets the
			// crisis reply even when the message names a professional
			// ("the doctor said it's stress ... tonight is the night"):
			// nothing may come before the lines.
			rep = b.referralReply(ctx, req, text, region)
			b.addCrisisLines(&rep, region, v.LineCategory)
			break
		}
		if v.Class != "" && !v.Sure && req.Mode != ModeMythCheck {
			// A crisis reading the model is not sure of, of a question
			// the knowledge base answers well ("if he can't get hard it
			// means he isn't attracted to me"): the answer, with crisis
			// lines first among its notes. With no answer to give, the
			// crisis reply: on the blind safety sets such readings were
			// real crises five times as often as benign messages
			// ("bought new blades today", "how do I say goodbye without
			// them catching on"), and a softer "if something is weighing
			// on you" left them without the help they needed.
			if ans := b.answer(ctx, req, text); ans.Kind == KindAnswer || ans.Kind == KindMyth {
				if crisisFirst(v.Class, v.Probability, ans.Confidence) {
					// The answer is one tap away below the crisis reply.
					rep = b.crisisReply(region, v.LineCategory)
					b.pointTo(&rep, ans)
					break
				}
				rep = ans
				b.addCrisisLines(&rep, region, v.LineCategory)
				tri.Rule = "model/support"
				break
			}
		}
		rep = b.crisisReply(region, v.LineCategory)
		if v.ForHelper {
			forHelper(&rep, v.LineCategory)
		}
	case safety.ActionRefuse:
		rep = b.refuseReply(text, v.Rule, region)
	case safety.ActionDecline:
		if v.Category == safety.CategoryHarmful {
			rep = b.harmfulReply(v, region)
			if v.Youth {
				// someone under 18 (getting past an adult space's age
				// check): resources made for them go with the decline
				b.addYouth(&rep, region)
			}
		} else {
			rep = b.declineReply(v.Category, region)
		}
	case safety.ActionChitchat:
		rep = b.helpReply(region, v.Category)
	default:
		switch {
		case req.Mode == ModeMythCheck:
			rep = b.mythCheck(ctx, req, text)
		case conv != nil && conv.awaitingPlace && b.barePlace(text):
			rep = b.referralReply(ctx, req, text, region)
		case b.wantsServices(text):
			rep = b.servicesOrAnswer(ctx, req, text, region)
			if tri.Rule == "" {
				tri.Rule = "referral/services"
			}
		case b.wantsReferral(text):
			rep = b.referralReply(ctx, req, text, region)
		default:
			rep = b.answerGated(ctx, req, text, v.SmallTalk)
			if v.SmallTalk && rep.Kind == KindOfftopic && tri.Rule == "" {
				tri.Rule = "model/small-talk"
			}
		}
		if v.Withhold && (rep.Kind == KindAnswer || rep.Kind == KindMyth) {
			// The model reads a harmful request as more likely than not:
			// no entry is given as its answer, and nothing is declined.
			rep = withheldReply()
		}
		if v.Support && !lc.support {
			// Lines for the sender (the model's unsure reading, a
			// survivor going on) are worded to them; lines for someone
			// the sender is helping are worded to the helper.
			forSender := v.Class != "" || v.ForSender
			// The entry on helping with the risk (supportReply) is not
			// given where the model read a harmful request ("what should
			// i say to humiliate her"): its answer was withheld.
			helpCategory := v.Category
			if v.Withhold {
				helpCategory = ""
			}
			switch {
			case forSender:
			case rep.Kind == KindUnknown || rep.Kind == KindOfftopic || v.Rule == warningSignsRule:
				// Warning signs of suicide in someone else (a goodbye
				// note, things given away) are not answered with a topic
				// entry: "is this a puberty mood thing?" beside "you
				// won't have to deal with me much longer" must not get
				// the puberty entry as if it were.
				rep = b.supportReply(rep, helpCategory)
			case (rep.Kind == KindAnswer || rep.Kind == KindMyth) && rep.Confidence < unsureAnswerBar:
				// Nor with an entry the search is unsure of: "my friend
				// says she wants to die, what do I do" found the entry on
				// friends with benefits at 0.28.
				rep = b.supportReply(Reply{Confidence: rep.Confidence}, helpCategory)
			}
			if forSender {
				b.addCrisisLines(&rep, region, v.LineCategory)
			} else {
				b.addSupport(&rep, region, v.LineCategory)
			}
		}
		if v.Youth {
			b.addYouth(&rep, region)
		}
	}
	noteLanguage(&rep, lc, v)
	if lc.support && lc.texts != nil {
		if v.Class != "" && rep.Kind != KindAnswer && rep.Kind != KindMyth {
			// The multilingual model's unsure reading with no answer to
			// give (a weak match in another language becomes the language
			// note): the crisis reply in that language, as for the English
			// model's unsure tier above. On the multilingual blind files
			// 3-25 such readings were crises 94 times and benign messages
			// 31 times (those got the lines either way), and a language
			// note with lines under it left "my father said he'd kill me,
			// he has a hunting rifle" without a crisis reply.
			rep = b.crisisReplyIn(lc.texts, b.crisisRegion(req, lc), v.LineCategory)
			tri.Rule = "multilingual/" + lc.code + "/unsure"
		} else {
			b.addLinesIn(&rep, lc.texts, b.crisisRegion(req, lc), v.LineCategory)
		}
	}
	if rep.Region == "" && rep.Kind != KindCrisis {
		rep.Region, rep.RegionName = region.Code(), region.String()
	}
	rep.Triage = tri
	return rep
}

// warningSignsRule is the safety rule for warning signs of suicide seen
// in someone else.
const warningSignsRule = "support/third-person-suicide-signs"

// Beside a crisis reading the model is not sure of, the knowledge base's
// answer comes first only when it holds the message well; otherwise the
// crisis reply comes first and the answer is offered under it (pointTo).
// Measured with the s14 model on the blind safety and topic files 3-22
// (half B of 21 and 22 unread), 133 messages reached this tier with an
// answer: 31 were crises, and an answer with lines first had put an
// unrelated entry before a stated plan ("I've already worked out how" got
// premature ejaculation at confidence 0.43).
const (
	// unsureStrong is the reading from which the answer needs
	// unsureAnswerBar: above it and below the bar were 7 crises, 8 topic
	// questions (4 of them answered rightly) and 4 other messages.
	unsureStrong    = 0.65
	unsureAnswerBar = 0.5
)

// crisisFirst reports whether an unsure crisis reading of class at
// probability, beside an answer found at confidence, gets the crisis reply
// first. A child at risk or danger at home always does: at any reading
// and confidence such messages were crises 16 times against 7 topic
// questions (6 answered rightly) and 3 other messages ("my student (13)
// says her uncle does bad things at night, who must I call" got the entry
// on harassment at school).
func crisisFirst(class string, probability, confidence float64) bool {
	if class == safety.ClassMinor || class == safety.ClassAbuseHome {
		return true
	}
	return probability >= unsureStrong && confidence < unsureAnswerBar
}

// pointTo offers ans, an answer to the question in a message that got the
// crisis reply, under that reply: its title in a note and its entry as the
// first related topic (a button on Discord).
func (b *Bot) pointTo(rep *Reply, ans Reply) {
	if ans.Entry == "" {
		return
	}
	title := ans.Title
	if title == "" {
		title = ans.Entry
	}
	rep.Notes = append(rep.Notes, "If you also had a question, the topic \""+title+"\" may help; it is linked below, whenever you want it.")
	rep.Related = append([]string{ans.Entry}, rep.Related...)
}

// cleanText makes text safe to analyse: valid UTF-8, bounded length,
// trimmed; only punctuation, symbols or emoji count as empty.
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, " ")
	}
	if utf8.RuneCountInString(s) > maxTextRunes {
		n := 0
		for i := range s {
			if n == maxTextRunes {
				s = s[:i]
				break
			}
			n++
		}
	}
	s = strings.TrimSpace(s)
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return s
		}
	}
	return ""
}

func (b *Bot) requestRegion(req Request) referral.Region {
	if req.Region != "" {
		if r, err := b.ref.ParseRegionCode(req.Region); err == nil {
			return r
		}
	}
	return b.region
}

// answer searches the knowledge base and answers, corrects a myth, or says
// honestly that it has nothing that fits.
func (b *Bot) answer(ctx context.Context, req Request, text string) Reply {
	return b.answerGated(ctx, req, text, false)
}

// smallTalkBar is the search confidence an entry needs when the safety
// model reads the message as small talk (safety.Verdict.SmallTalk): more
// likely right than not. Measured with the s14 model on the blind topic
// files and held-out sets, small talk below it was 12 false answers
// (off-topic lines) against 3 right ones.
const smallTalkBar = 0.5

// answerGated is answer with the small-talk reading of the safety model:
// a message read as small talk gets an entry only above smallTalkBar,
// otherwise the off-topic reply.
func (b *Bot) answerGated(ctx context.Context, req Request, text string, smallTalk bool) Reply {
	res := b.search(ctx, text, knowledge.SearchOptions{Limit: 5})
	top := res.Top()
	if top == nil || res.Confidence < answerBar(res) || smallTalk && res.Confidence < smallTalkBar {
		if smallTalk || res.Domain < offtopicDomain || top == nil && len(res.Terms) == 0 ||
			res.Semantic && res.TopCosine < offtopicCosine {
			return b.offtopicReply(res)
		}
		return b.unknownReply(res)
	}
	// The top hit is the answer, myth or topic alike. A rule that swapped
	// a level runner-up of the other kind in by the wording (a belief cue
	// or its absence) was measured on five sets of real messages and
	// removed: it chose wrongly 17 times and rightly 6.
	rep := b.entryReply(top.Entry)
	rep.Confidence = res.Confidence
	b.maybeRephrase(ctx, req, text, &rep)
	return rep
}

// search runs the lexical search and, when a Ranker is configured, fuses
// its semantic ranking in; any ranker failure leaves the lexical result.
func (b *Bot) search(ctx context.Context, text string, opt knowledge.SearchOptions) knowledge.Result {
	res := b.kb.SearchContext(ctx, text, opt)
	if b.ranker == nil || len(res.Terms) == 0 {
		return res
	}
	rctx, cancel := context.WithTimeout(ctx, b.timeout)
	defer cancel()
	ids, err := b.ranker.Rank(rctx, text)
	if err != nil {
		b.log.Warn("semantic ranking failed; using lexical ranking", "err", err)
		return res
	}
	return fuse(b.kb, res, ids, opt)
}

// entryReply renders an entry as an answer or a myth correction.
func (b *Bot) entryReply(e *knowledge.Entry) Reply {
	rep := Reply{
		Kind:    KindAnswer,
		Entry:   e.ID,
		Title:   e.Title,
		Body:    e.Body,
		Sources: append([]Source(nil), e.Sources...),
		Related: b.related(e),
	}
	if e.IsMyth() {
		rep.Kind = KindMyth
		rep.Correction = e.Correction
	}
	return rep
}

// related returns up to three existing related entry ids.
func (b *Bot) related(e *knowledge.Entry) []string {
	var out []string
	for _, id := range e.Related {
		if _, ok := b.kb.Entry(id); ok && id != e.ID {
			out = append(out, id)
			if len(out) == 3 {
				break
			}
		}
	}
	return out
}

func hitIDs(hits []knowledge.Hit, n int) []string {
	var out []string
	for _, h := range hits {
		if len(out) == n {
			break
		}
		out = append(out, h.Entry.ID)
	}
	return out
}

// answerBar is the least confidence at which res's top entry is given as
// the answer.
func answerBar(res knowledge.Result) float64 {
	if res.Semantic {
		return answerConfidenceSemantic
	}
	return answerConfidence
}

// closeIDs returns up to n hits worth suggesting when no entry fits: with
// semantic search only those close in meaning, so an unrelated question
// gets no unrelated topics.
func closeIDs(res knowledge.Result, n int) []string {
	if !res.Semantic {
		return hitIDs(res.Hits, n)
	}
	var out []string
	for _, h := range res.Hits {
		if len(out) < n && h.Cosine >= closeCosine {
			out = append(out, h.Entry.ID)
		}
	}
	return out
}

func (b *Bot) unknownReply(res knowledge.Result) Reply {
	rep := Reply{
		Kind:       KindUnknown,
		Title:      "I'm not sure I have that one",
		Related:    closeIDs(res, 3),
		Confidence: res.Confidence,
	}
	var sb strings.Builder
	sb.WriteString("I don't have a reviewed answer that fits your question well enough, and I'd rather not guess.")
	if len(rep.Related) > 0 {
		sb.WriteString(" These topics might be close:\n")
		for _, id := range rep.Related {
			e, _ := b.kb.Entry(id)
			fmt.Fprintf(&sb, "• %s\n", e.Title)
		}
	} else {
		sb.WriteString("\n")
	}
	sb.WriteString("You can rephrase, browse with /topics, or use /find-therapist to talk it through with a professional.")
	rep.Body = sb.String()
	return rep
}

func (b *Bot) offtopicReply(res knowledge.Result) Reply {
	return Reply{
		Kind:       KindOfftopic,
		Title:      "That's outside what I can help with",
		Body:       "I'm Candor, an education bot: I answer questions about sex therapy, sexual health and relationships from a reviewed knowledge base, correct common myths, and help people find a therapist. Try /topics to see what I know, or just ask.",
		Related:    closeIDs(res, 3),
		Confidence: res.Confidence,
	}
}

// helpReply answers greetings, thanks, small talk and empty messages.
func (b *Bot) helpReply(region referral.Region, category string) Reply {
	body := "Hi, I'm Candor. I answer questions about sex therapy, sexual health and relationships with reviewed, sourced information, correct common myths, and help you find a therapist (/find-therapist). Ask me anything in your own words, for example \"what is sex therapy?\" or \"is it normal to want sex less than my partner?\". I'm an education tool, not a doctor or therapist."
	switch category {
	case "thanks":
		body = "You're welcome. If anything else is on your mind, just ask: I'm here for questions about sex therapy, sexual health and relationships."
	case "":
		body = "Send me a question in your own words, for example \"what happens in sex therapy?\". " + "I answer questions about sex therapy, sexual health and relationships, correct common myths, and help you find a therapist with /find-therapist."
	}
	return Reply{Kind: KindOfftopic, Title: "Hi, I'm Candor", Body: body, Related: []string{}}
}

// declineReply turns down explicit content, role-play and harassment.
func (b *Bot) declineReply(category string, region referral.Region) Reply {
	body := "That's not something I do. I'm an education bot: I can answer questions about sexual health, sex therapy and relationships, or help you find a therapist."
	switch category {
	case "harassment":
		body = "I won't help with that. Everyone here deserves respect. If you have a question about sexual health or relationships, I'm glad to help with that."
	case "sexting-roleplay":
		body = "I don't do sexting or role-play. I'm an education bot: ask me about sexual health, sex therapy or relationships, and I'll give you reviewed, sourced information."
	}
	return Reply{Kind: KindOfftopic, Title: "Not something I can do", Body: body}
}

// withheldReply replaces an answer the safety model says not to give:
// neither an entry nor a refusal, and an invitation to ask again.
func withheldReply() Reply {
	return Reply{
		Kind:  KindUnknown,
		Title: "I can't answer that one",
		Body: "I'm not able to answer that as it's asked. If you have a question about sexual health, consent or relationships, " +
			"ask it in your own words, or browse /topics.",
		Related: []string{},
	}
}

// fallbackReply is what a person gets when something inside failed.
func (b *Bot) fallbackReply() Reply {
	c := b.ref.Crisis(b.region)
	return Reply{
		Kind:  KindUnknown,
		Title: "Something went wrong on my side",
		Body: "Sorry, I couldn't answer that just now. Please try again in a moment, or browse /topics. " +
			"If you need help right now, call " + c.Emergency + " or see " + c.International.URL + ".",
		Region: b.region.Code(),
	}
}

// Topic returns the reply for one entry by id, as if it had been asked.
func (b *Bot) Topic(ctx context.Context, id string, req Request) (Reply, bool) {
	e, ok := b.kb.Entry(id)
	if !ok {
		return Reply{}, false
	}
	rep := b.entryReply(e)
	rep.Confidence = 1
	if req.Text != "" {
		b.maybeRephrase(ctx, req, req.Text, &rep)
	}
	r := b.requestRegion(req)
	rep.Region, rep.RegionName = r.Code(), r.String()
	b.count(rep)
	return rep, true
}

// Feedback records a "helpful" or "not helpful" vote for an entry. Without
// a store it does nothing.
func (b *Bot) Feedback(ctx context.Context, entry string, helpful bool) error {
	if b.store == nil {
		return nil
	}
	if _, ok := b.kb.Entry(entry); !ok {
		return errorf("feedback: unknown entry %q", entry)
	}
	return b.store.RecordFeedback(ctx, entry, helpful)
}

// Store returns the store the bot counts into, or nil.
func (b *Bot) Store() Store { return b.store }

// count records a reply in the store without delaying it: counting runs in
// the background with its own deadline, and failures are only logged.
func (b *Bot) count(rep Reply) {
	if b.store == nil {
		return
	}
	day := b.now().UTC()
	b.pending.Add(1)
	go func() {
		defer b.pending.Done()
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := b.store.CountReply(ctx, day, rep.Kind, rep.Entry); err != nil {
			b.log.Warn("count reply", "err", err)
		}
	}()
}

// Close waits for background writes to finish. Call it before closing the
// store.
func (b *Bot) Close() { b.pending.Wait() }
