package safety

import (
	"regexp"
	"strconv"
	"strings"
)

// Classifier triages messages. Build one with [New] and share it: Classify
// is safe for concurrent use, deterministic, and does no I/O.
type Classifier struct {
	norm    *normalizer
	index   *litIndex
	guards  *shared
	crisis  []*rule
	minorSx []*rule
	harmful []*rule
	refuse  []*rule
	decline []*rule
	support []*rule

	youthAge, youthFlat, youthLead *regexp.Regexp
	otherAge, lgbtq                *regexp.Regexp
	adultContext                   *regexp.Regexp
	chat                           *chitchatter
	notAgeUnits                    map[string]bool

	model                 *Model
	childCue, violenceCue *regexp.Regexp
	// safeHowTo and tamperCue: see safeProtection.
	safeHowTo, tamperCue *regexp.Regexp
	// safeTell, safeTeachChild and deceiveCue: see safeAsk.
	safeTell, safeTeachChild, safeChildTopic, deceiveCue *regexp.Regexp
	// safeTalkRisk and ownChild: see safeAsk.
	safeTalkRisk, talkAboutIt, riskTopic, ownChild, childAsks *regexp.Regexp
	// feelingsAsk and reachCue: see ownFeelings.
	feelingsAsk, reachCue *regexp.Regexp
	// consentAsk and loopholeCue: see consentCheck.
	consentAsk, loopholeCue *regexp.Regexp
	// therapyAsk: see therapyFor.
	therapyAsk *regexp.Regexp
	// fictionFrame, craftAsk, fictionRisk, noticeAsk and noticeRisk: see
	// fictionCraft.
	fictionFrame, craftAsk, fictionRisk, noticeAsk, noticeRisk *regexp.Regexp
	// studentAsked and studentTopic: see studentQuestion.
	studentAsked, studentTopic *regexp.Regexp
	// sideEffectAsk and ownDecision: see generalSideEffect.
	sideEffectAsk, ownDecision *regexp.Regexp
	// bodySymptom and selfInjury: see symptomOnly.
	bodySymptom, selfInjury *regexp.Regexp
	// effectAsk: see ownEffectAsk; movedOn: see decide; chessTalk: see
	// chessOnly.
	effectAsk, movedOn, chessTalk *regexp.Regexp
	// pastWhen, resolvedNow, pastTopic and pastRisk: see pastResolved;
	// jokeOff and victimCue: see jokedOff; ownErection and svCue: see
	// ownErectionOnly; studyFrame and whyAsk: see studyOnly; claimDoubt
	// and requestCue: see doubtsClaim.
	// odHarmless: see harmlessOD; parentPhrase: see towardsAnother.
	pastWhen, resolvedNow, pastTopic, pastRisk, jokeOff, victimCue, ownErection, svCue, studyFrame, whyAsk, claimDoubt, requestCue, odHarmless, parentPhrase, dieFromAsk, giveUpActivity *regexp.Regexp
	// claimAsk: see generalClaim (a claim checked, or a known thing).
	claimAsk *regexp.Regexp
	// careFor and forceCue: see caringAsk.
	careFor, forceCue *regexp.Regexp
	// tellPartner and tellRisk: see tellsPartner.
	tellPartner, tellRisk *regexp.Regexp
	// medMechanism and medDisclaimer: see generalMedMechanism.
	medMechanism, medDisclaimer *regexp.Regexp
	// testTiming: see generalTestTiming.
	testTiming *regexp.Regexp
	// groomCut and selfHarmCue: see everydayCutOnly.
	groomCut, selfHarmCue *regexp.Regexp
	// bereaved, goingOnAfter and griefRisk: see grievingForward.
	bereaved, goingOnAfter, griefRisk *regexp.Regexp
	// carerSpeaks and vaccineAdmin: see carerVaccineQuestion.
	carerSpeaks, vaccineAdmin *regexp.Regexp
	// protectAsk and covertCue: see carerProtectsOnline.
	protectAsk, covertCue, fromAnEx *regexp.Regexp
	// bodyArt and artRisk: see bodyArtOnly.
	bodyArt, artRisk *regexp.Regexp
	// deathIdiom and idiomRisk find figures of speech about dying (figurativeOnly).
	deathIdiom, idiomRisk *regexp.Regexp
	// chokeIdiom and chokeRisk find choking on a drink or a laugh (everydayChokeOnly).
	chokeIdiom, chokeRisk *regexp.Regexp
	// bodyWorry, sexContext and bodyWorryRisk: see bodyWorryOnly.
	bodyWorry, sexContext, bodyWorryRisk *regexp.Regexp
	// medMarks, bodyImage and medRisk: see medicalMarksOnly.
	medMarks, bodyImage, medRisk *regexp.Regexp
}

// RuleInfo describes one rule, for documentation and inspection.
type RuleInfo struct {
	// Name is the stable rule name a Verdict carries in Rule.
	Name string
	// Action and Category are what the rule decides.
	Action   Action
	Category string
	// Support is set for rules that add support resources to an answer.
	Support bool
	// Doc says in one sentence what the rule recognises.
	Doc string
}

// New builds a Classifier, compiling every rule once. It panics only if a
// built-in pattern is malformed, which the package tests rule out.
func New() *Classifier {
	cc := newCompiler(macros())
	build := func(specs []spec) []*rule {
		out := make([]*rule, len(specs))
		for i, s := range specs {
			out[i] = cc.rule(s)
		}
		return out
	}
	c := &Classifier{
		norm: newNormalizer(),
		guards: &shared{
			negation:     cc.compile(`\b(?:not|never|no longer|nor|no)\b (?:(?:i|am|be|being|really|actually|ever|going|to|want|wanting|planning|plan|trying|try|feel|feeling|felt|thinking|think|thought|about|of|would|will|could|at|all|a|any|been|have|had|was|were|did|do|currently|intend|intending|even|that|so|gonna|anymore|suicidal|seriously|sure) ){0,3}(?:suicidal|suicide|kill|killing|end|ending|take|taking|hurt|hurting|harm|harming|cut|cutting|die|dying|dead|self|abused|abusive|assaulted|raped|rape|molested|groped|unsafe|danger|hit|hits|hitting|touched|forced|forces|force|forcing|pressured|coerced|victim|survivor|overdose|attempt|attempted|threatened|threatening|drugged|spiked|violent|beaten|beat|hurts)\b`),
			definition:   cc.compile(`^(?:what (?:is|are|does|do|s) |what is the (?:definition|meaning)|define |definition of|meaning of|explain |how (?:common|prevalent) |why do (?:people|some people|men|women) |statistics|facts about|is it true that)`),
			meaning:      cc.compile(`^(?:{fill}what (?:does|do|did|is) {g4}(?:mean|stand for|short for)|what is the meaning of|meaning of|what is meant by)\b`),
			hypothetical: cc.compile(`\b(?:if|in case|suppose|imagine|what if|what would happen if|how would i know if) (?:i|you|someone|somebody|a person|he|she|they|my {w}) (?:ever )?(?:get|gets|am|were|become|becomes|is|are|was|got|try|tries|tried)\b`),
			firstPerson:  cc.compile(`(?:^| )(?:i|me|my|myself|mine)(?: |$)`),
		},
		crisis:  build(falseAccusationVeto(crisisSpecs())),
		minorSx: build(minorSexualSpecs()),
		harmful: build(harmfulSpecs()),
		refuse:  build(clinicalSpecs()),
		decline: build(declineSpecs()),
		support: build(supportSpecs()),

		youthAge:     regexp.MustCompile(`\b(?:i am|i just turned|i turned|i will be|me|my age is|age|aged|as a|being a|i am a) (?:(?:only|just|a|an|now|still|barely|literally) )*([0-9]{1,2})(?: ([a-z0-9]+))?`),
		youthFlat:    regexp.MustCompile(`\bi am (?:a |still a |only a |just a |literally a )?(?:minor|underage|under age|under 18|not 18 yet|not an adult yet|not yet 18|not 18|not even 18)\b`),
		youthLead:    regexp.MustCompile(`^([0-9]{1,2}) (?:f|m|nb|ftm|mtf|yo|y o|year old|years old|yr old|yrs old|here|male|female|girl|boy|trans|enby)\b`),
		otherAge:     regexp.MustCompile(`\b([0-9]{2}) ?(?:year old|years old|yr old|yrs old|yo|y o)\b|\b(?:he|she|they|boyfriend|girlfriend|partner|bf|gf|guy|man|woman) (?:is|are|was) ([0-9]{2})\b`),
		adultContext: regexp.MustCompile(`\b(?:sex\w*|nudes?|pics|pictures|photos|naked|touch\w*|kiss\w*|dating|date|dated|boyfriend|girlfriend|hook up|relationship|sleep with|slept with|wants|asking|asked|meet|meeting|messag\w*|texting|texts|dm\w*|snap\w*|chat\w*|flirt\w*)\b`),
		lgbtq:        regexp.MustCompile(`\b(?:gay|lesbian|bi|bisexual|pan|pansexual|trans|transgender|queer|nonbinary|non binary|enby|lgbt|lgbtq|lgbtqia|questioning|asexual|ace|genderqueer|genderfluid|closeted|came out|coming out)\b`),

		chat:        newChitchatter(),
		notAgeUnits: notAgeUnits(),
	}
	c.index = cc.finish()
	return c
}

// Rules lists every rule in the order they are tried, for documentation
// and inspection. Rules sharing a name appear once.
func (c *Classifier) Rules() []RuleInfo {
	var out []RuleInfo
	seen := map[string]bool{}
	add := func(rs []*rule, support bool) {
		for _, r := range rs {
			if seen[r.name] {
				continue
			}
			seen[r.name] = true
			out = append(out, RuleInfo{Name: r.name, Action: r.action, Category: r.category, Support: support, Doc: r.doc})
		}
	}
	add(c.crisis, false)
	add(c.minorSx, false)
	add(c.harmful, false)
	add(c.refuse, false)
	add(c.decline, false)
	add(c.support, true)
	for _, ch := range []struct{ name, cat, doc string }{
		{"chitchat/greeting", CategoryGreeting, "The whole message is a greeting, optionally with small talk."},
		{"chitchat/thanks", CategoryThanks, "The whole message is thanks or an acknowledgement that something helped."},
		{"chitchat/smalltalk", CategorySmalltalk, "The whole message is small talk or a question about Candor itself."},
	} {
		out = append(out, RuleInfo{Name: ch.name, Action: ActionChitchat, Category: ch.cat, Doc: ch.doc})
	}
	return out
}

// Classify triages one message. It never panics and accepts any input:
// empty, very long, invalid UTF-8, emoji, Markdown or Discord mentions. Its
// cost is linear in the length of text.
//
// With a model attached ([Classifier.WithModel]) the model decides what the
// rules leave open, reading n-grams only; [Classifier.ClassifyVec] gives it
// the sentence vector too.
func (c *Classifier) Classify(text string) Verdict {
	return c.ClassifyVec(text, nil)
}

// classifyRules applies the deterministic rules alone.
func (c *Classifier) classifyRules(m *message) Verdict {
	var v Verdict
	if len(m.clauses) == 0 {
		return v
	}
	youthAge, youth := c.youth(m)
	v.Youth = youth
	f := c.index.scan(m)

	if r := c.first(c.crisis, m, f, youth); r != nil {
		v.ForHelper = r.forHelper
		return c.crisisVerdict(v, r.name, r.category, r.line, m)
	}
	if youth && c.adultGap(m, youthAge) {
		return c.crisisVerdict(v, "minor/adult-contact", CategoryMinor, LineChildAbuse, m)
	}
	for _, group := range [][]*rule{c.minorSx, c.harmful, c.refuse, c.decline} {
		if r := c.first(group, m, f, youth); r != nil {
			v.Action, v.Category, v.Rule = r.action, r.category, r.name
			v.Violence, v.ChildSafety = r.violence, r.childSafety
			return v
		}
	}
	if r := c.first(c.support, m, f, youth); r != nil {
		v.Category, v.Rule, v.Support, v.ForSender = r.category, r.name, true, r.forSender
		v.LineCategory = lineFor(r.category)
		return v
	}
	if cat, ok := c.chat.classify(m.clauses); ok {
		v.Action, v.Category, v.Rule = ActionChitchat, cat, "chitchat/"+cat
	}
	return v
}

func (c *Classifier) crisisVerdict(v Verdict, rule, category, line string, m *message) Verdict {
	v.Action, v.Rule = ActionCrisis, rule
	// A minor's disclosure of sexual violence or abuse is child abuse.
	if v.Youth && (category == CategorySexualViolence || category == CategoryAbuse) {
		category, line = CategoryMinor, LineChildAbuse
	}
	if v.Youth && (category == CategorySuicide || category == CategorySelfHarm) && c.lgbtq.MatchString(m.all) {
		line = LineLGBTQYouth
	}
	v.Category, v.LineCategory = category, line
	return v
}

func (c *Classifier) first(rules []*rule, m *message, f *found, youth bool) *rule {
	for _, r := range rules {
		if r.matches(m, f, youth, c.guards) {
			return r
		}
	}
	return nil
}

// notAgeUnits lists words after "I'm <n>" that show the number is not an
// age ("I'm 12 weeks pregnant").
func notAgeUnits() map[string]bool {
	return map[string]bool{
		"weeks": true, "week": true, "wks": true, "months": true, "month": true, "days": true, "day": true, "dpo": true,
		"hours": true, "hour": true, "hrs": true, "hr": true, "minutes": true, "minute": true, "mins": true, "min": true,
		"seconds": true, "secs": true, "percent": true, "pounds": true, "lbs": true, "lb": true, "kg": true, "kgs": true,
		"kilos": true, "stone": true, "inches": true, "inch": true, "in": true, "cm": true, "mm": true, "feet": true,
		"foot": true, "ft": true, "times": true, "mg": true, "ml": true, "dollars": true, "bucks": true, "miles": true,
		"km": true, "pm": true, "am": true, "oclock": true, "out": true, "of": true, "x": true, "points": true,
		"drinks": true, "beers": true, "shots": true, "pills": true, "steps": true, "cups": true, "th": true, "st": true, "nd": true, "rd": true,
	}
}

// youth reports whether the sender says they are under 18, and the age
// they gave (0 when they said "minor" or "underage" without a number).
func (c *Classifier) youth(m *message) (int, bool) {
	youth, age := false, 0
	if strings.ContainsAny(m.all, "0123456789") {
		youth, age = c.numericAge(m)
	}
	if !youth && strings.Contains(m.all, "i am ") &&
		(strings.Contains(m.all, "minor") || strings.Contains(m.all, "under") || strings.Contains(m.all, " 18") || strings.Contains(m.all, "adult")) {
		youth = c.youthFlat.MatchString(m.all)
	}
	return age, youth
}

// numericAge finds an age under 18 the sender gives for themselves.
func (c *Classifier) numericAge(m *message) (bool, int) {
	youth, age := false, 0
	note := func(n int) {
		if n >= 5 && n <= 17 && (age == 0 || n < age) {
			youth, age = true, n
		}
	}
	for _, cl := range m.clauses {
		if len(cl) > 0 && cl[0] >= '0' && cl[0] <= '9' {
			if sm := c.youthLead.FindStringSubmatch(cl); sm != nil {
				n, _ := strconv.Atoi(sm[1])
				note(n)
			}
		}
	}
	for _, sm := range c.youthAge.FindAllStringSubmatch(m.all, 20) {
		next := sm[2]
		if c.notAgeUnits[next] || (next != "" && next[0] >= '0' && next[0] <= '9') {
			continue
		}
		n, _ := strconv.Atoi(sm[1])
		note(n)
	}
	return youth, age
}

// adultGap reports whether a young sender mentions an adult of a clearly
// older age in a sexual or dating context ("I'm 15 and my 25 year old
// boyfriend wants to have sex").
func (c *Classifier) adultGap(m *message, youthAge int) bool {
	if youthAge == 0 || !c.adultContext.MatchString(m.all) {
		return false
	}
	for _, sm := range c.otherAge.FindAllStringSubmatch(m.all, 20) {
		s := sm[1]
		if s == "" {
			s = sm[2]
		}
		n, _ := strconv.Atoi(s)
		if n >= 18 && n < 100 && (n-youthAge >= 5 || youthAge <= 15) {
			return true
		}
	}
	return false
}
