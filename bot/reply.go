package bot

import (
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/referral"
)

// Kind says what sort of reply Candor gives.
type Kind string

// The reply kinds. Every Reply has exactly one.
const (
	// KindAnswer is an educational answer from the knowledge base.
	KindAnswer Kind = "answer"
	// KindMyth corrects a misconception from a myth entry: correction first.
	KindMyth Kind = "myth"
	// KindRefuse declines clinical advice kindly and says where to get it.
	KindRefuse Kind = "refuse"
	// KindCrisis leads with emergency and crisis lines for the region.
	KindCrisis Kind = "crisis"
	// KindReferral gives therapist directory links for a region.
	KindReferral Kind = "referral"
	// KindUnknown means in scope but nothing in the knowledge base fits well
	// enough; the reply suggests topics instead of guessing.
	KindUnknown Kind = "unknown"
	// KindOfftopic means outside what Candor is for.
	KindOfftopic Kind = "offtopic"
)

// Kinds lists every reply kind, in a stable order.
var Kinds = []Kind{KindAnswer, KindMyth, KindRefuse, KindCrisis, KindReferral, KindUnknown, KindOfftopic}

// Channel says where a message came from.
type Channel string

// The channels a request may come from.
const (
	ChannelConsole Channel = "console"
	ChannelDM      Channel = "dm"
	ChannelGuild   Channel = "guild"
)

// Mode narrows what a request asks for.
type Mode string

// The request modes.
const (
	// ModeAuto answers whatever the message needs (the default).
	ModeAuto Mode = ""
	// ModeMythCheck checks a statement against the myth entries only
	// (the /myth command and the "Check for myths" context menu).
	ModeMythCheck Mode = "myth-check"
)

// Request is one message to answer, with its context. Candor never stores
// Text or UserID.
type Request struct {
	Text string `json:"text"`
	// Region is an ISO 3166 code ("US", "GB", "US-IL"); empty means the
	// guild's or the configured default.
	Region    string  `json:"region,omitempty"`
	GuildID   string  `json:"guild_id,omitempty"`
	UserID    string  `json:"-"`
	ChannelID string  `json:"channel_id,omitempty"`
	Channel   Channel `json:"channel,omitempty"`
	Mode      Mode    `json:"mode,omitempty"`
	// NoRephrase turns LLM rephrasing off for this request (per-guild switch).
	NoRephrase bool `json:"-"`
	// Locale is the Discord locale of the person or, failing that, the
	// guild's preferred locale ("pt-BR", "de"); empty when unknown. It is
	// a hint for the message's language and, for crisis lines in another
	// language, for the country when Region is empty.
	Locale string `json:"locale,omitempty"`
}

// Source is where a reply's facts come from.
type Source = knowledge.Source

// Link is a link to show a person: a directory, a crisis line, a local listing.
type Link = referral.Link

// Triage explains which safety rule decided a reply, so curators can
// understand a decision (`candor ask --json` shows it).
type Triage struct {
	// Category is what the rule detected: "suicide", "self-harm",
	// "sexual-violence", "abuse", "minor", "danger", "clinical-advice",
	// "explicit", "harassment", "chitchat", "support", "youth", or "" when no
	// rule fired.
	Category string `json:"category,omitempty"`
	// Rule names the rule that fired.
	Rule string `json:"rule,omitempty"`
	// Youth is set when the person said they are under 18.
	Youth bool `json:"youth,omitempty"`
	// Language is the message's language when it is not English ("es"),
	// and how it was found ("es/words"); "" for English.
	Language string `json:"language,omitempty"`
	// Class is the learned model's class when the model decided (Rule
	// then starts with "model/"), Probability its calibrated probability
	// (for a crisis, of all crisis classes together) and Variant the
	// model variant: "full" (sentence vector and n-grams) or "ngram".
	Class       string  `json:"class,omitempty"`
	Probability float64 `json:"probability,omitempty"`
	Variant     string  `json:"variant,omitempty"`
}

// Reply is Candor's answer to a Request. It is never empty: Body always
// holds something a person can read.
type Reply struct {
	Kind  Kind   `json:"kind"`
	Entry string `json:"entry,omitempty"`
	Title string `json:"title,omitempty"`
	// Correction is the one-sentence correction of a myth reply; it is
	// shown before Body.
	Correction string   `json:"correction,omitempty"`
	Body       string   `json:"body"`
	Sources    []Source `json:"sources,omitempty"`
	// Related holds up to three related entry ids (for unknown replies: the
	// closest topics).
	Related []string `json:"related,omitempty"`
	// Region is the ISO code of the region the reply used, or empty.
	Region string `json:"region,omitempty"`
	// RegionName is the human form of Region.
	RegionName string `json:"region_name,omitempty"`
	Links      []Link `json:"links,omitempty"`
	// Notes are short extra lines (a checklist, a crisis line, a hint).
	Notes      []string `json:"notes,omitempty"`
	Confidence float64  `json:"confidence"`
	Triage     *Triage  `json:"triage,omitempty"`
	// Rephrased is set when an LLM reworded the curated Body; Curated then
	// holds the reviewed text.
	Rephrased bool   `json:"rephrased,omitempty"`
	Curated   string `json:"curated,omitempty"`
}
