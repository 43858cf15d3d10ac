// Package safety triages every incoming message before any knowledge search.
//
// A [Classifier] decides, deterministically and without network or model
// calls, whether a message shows risk of harm (crisis), asks for clinical
// advice Candor must not give (refuse), is out of scope (decline), is small
// talk (chitchat), or should go on to the knowledge search, possibly with
// support resources alongside the answer.
//
// The classifier works on phrases, not keywords. A message is normalised
// (lower case, folded quotes, expanded contractions and common slang), split
// into clauses, and matched against a few dozen named rules. Each rule pairs
// patterns that need a first-person or intent reading ("I want to die", "he
// hits me", "should I stop my sertraline") with guards for negation ("I'm not
// suicidal"), definitions ("what is suicide?"), hypotheticals and idioms
// ("this anxiety is killing me"). The [Verdict] names the rule that decided,
// so every decision can be explained; docs/safety.md describes the rules and
// their boundaries.
package safety
