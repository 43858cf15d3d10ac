package safety

// Action is what the bot should do with a message instead of, or before,
// searching the knowledge base.
type Action string

// The actions a [Verdict] can carry.
const (
	// ActionNone means no intervention: go on to the knowledge search.
	ActionNone Action = ""
	// ActionCrisis means the message shows risk of harm: lead with
	// emergency and crisis lines and give no knowledge answer.
	ActionCrisis Action = "crisis"
	// ActionRefuse means the message asks for clinical advice: decline that
	// part kindly and point to a professional.
	ActionRefuse Action = "refuse"
	// ActionDecline means the request is out of scope (explicit content,
	// sexting or role-play, harassment).
	ActionDecline Action = "decline"
	// ActionChitchat means greetings, thanks and small talk.
	ActionChitchat Action = "chitchat"
)

// Categories of crisis. A non-crisis verdict with Support set uses one of
// these too, naming the kind of support resources to show.
const (
	CategorySuicide        = "suicide"
	CategorySelfHarm       = "self-harm"
	CategorySexualViolence = "sexual-violence"
	CategoryAbuse          = "abuse" // includes intimate-partner violence and coercion
	CategoryMinor          = "minor" // a minor sexually approached or abused
	CategoryDanger         = "danger"
)

// Categories of the other actions.
const (
	CategoryClinicalAdvice  = "clinical-advice"
	CategoryExplicit        = "explicit"
	CategorySextingRoleplay = "sexting-roleplay"
	CategoryHarassment      = "harassment"
	CategoryGreeting        = "greeting"
	CategoryThanks          = "thanks"
	CategorySmalltalk       = "smalltalk"
)

// Crisis-line categories: which kind of line to show first.
const (
	LineSuicideCrisis  = "suicide-crisis"
	LineSexualViolence = "sexual-violence"
	LineDomesticAbuse  = "domestic-abuse"
	LineChildAbuse     = "child-abuse"
	LineLGBTQYouth     = "lgbtq-youth"
)

// Verdict is the outcome of triage for one message.
type Verdict struct {
	// Action is what to do; ActionNone means go on to the knowledge search.
	Action Action
	// Category refines the action: a crisis kind for crisis (and for a
	// support verdict), "clinical-advice" for refuse, "explicit",
	// "sexting-roleplay" or "harassment" for decline, "greeting", "thanks"
	// or "smalltalk" for chitchat, and "" otherwise.
	Category string
	// Rule is the stable, human-readable name of the rule that decided,
	// such as "suicide/first-person-intent" or "clinical/dose-question";
	// it is "" when no rule fired.
	Rule string
	// Support asks for support resources for Category alongside a normal
	// answer: someone asks how to support another person who was
	// assaulted, abused, is self-harming or suicidal, or the learned model
	// sees plausible but unclear risk. Action is then ActionNone, except
	// on a model's harmful-request decline that may also hide a crisis,
	// where the decline carries crisis lines.
	Support bool
	// ForSender marks support lines meant for the sender themselves (a
	// survivor asking how to go on, support/past-sexual-violence), not
	// for someone they are helping; the model's support tier is always
	// for the sender too.
	ForSender bool
	// ForHelper marks crisis help for someone else in danger now (a
	// friend's goodbye and then no answer, an attack heard live), asked
	// for by the person trying to help: the reply is worded to them.
	ForHelper bool
	// Youth is set when the person said they are under 18, by an explicit
	// age ("I'm 15") or by saying they are a minor or underage.
	Youth bool
	// LineCategory names the crisis-line category to show first: one of
	// the Line constants, or "" to show the region's default lines.
	LineCategory string
	// Class is the learned model's class when the model decided ("" when
	// a rule did or nothing fired), Probability the calibrated probability
	// behind the decision (for a crisis, of all crisis classes together),
	// and Variant the model variant ("full" or "ngram").
	Class       string
	Probability float64
	Variant     string
	// ChildSafety is set on a harmful-request decline that involves
	// children: the reply adds a confidential line for people worried
	// about their own sexual thoughts.
	ChildSafety bool
	// Withhold is set when the model reads the message as more likely a
	// harmful request than not (HarmfulUnsure) but below its decline
	// threshold: the bot gives no knowledge-base entry as its answer, and
	// otherwise replies as usual (no decline).
	Withhold bool
	// Sure is set on the model's crisis verdicts whose probability reaches
	// the model's CrisisSure threshold. Below it the bot may answer a
	// question its knowledge base answers well and add crisis lines.
	Sure bool
	// Violence is set on a harmful-request decline that states intent to
	// hurt someone: the reply adds the emergency number.
	Violence bool
	// SmallTalk is set when nothing else was decided and the model reads
	// the message as more likely small talk than not (offtopic-chitchat
	// at least SmallTalkLikely): the bot then gives an entry only when
	// the search is more sure of it than not.
	SmallTalk bool
}

// IsCrisisCategory reports whether category is one of the crisis categories
// (suicide, self-harm, sexual-violence, abuse, minor, danger).
func IsCrisisCategory(category string) bool {
	switch category {
	case CategorySuicide, CategorySelfHarm, CategorySexualViolence, CategoryAbuse, CategoryMinor, CategoryDanger:
		return true
	}
	return false
}

// lineFor is the default crisis line for a crisis category.
func lineFor(category string) string {
	switch category {
	case CategorySuicide, CategorySelfHarm:
		return LineSuicideCrisis
	case CategorySexualViolence:
		return LineSexualViolence
	case CategoryAbuse:
		return LineDomesticAbuse
	case CategoryMinor:
		return LineChildAbuse
	}
	return ""
}
