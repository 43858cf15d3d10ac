package safety_test

import (
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// TestCodedSuicideThoughts checks that suicidal thoughts named in coded
// slang ("unalive", "sewerslide") reach crisis help by a rule, as
// "suicidal thoughts" does, and that other "thoughts" do not.
func TestCodedSuicideThoughts(t *testing.T) {
	c := safety.New()
	for _, text := range []string{"the unalive thoughts are really loud today", "having sewerslide thoughts again", "unalive thoughts rn", "my suicide thoughts came back"} {
		if v := c.Classify(text); v.Action != safety.ActionCrisis || v.Rule != "suicide/suicidal-feelings" {
			t.Errorf("%q: %s (rule %q), want crisis by suicide/suicidal-feelings", text, v.Action, v.Rule)
		}
	}
	for _, text := range []string{"what are suicide thoughts like for people with depression", "how do i help a friend with suicide thoughts", "i don't have suicide thoughts, just low mood"} {
		if v := c.Classify(text); v.Action == safety.ActionCrisis {
			t.Errorf("%q: crisis by %q, want none", text, v.Rule)
		}
	}
}

// TestIndirectDisclosures checks disclosures said in passing inside an
// education question: self-harm as the second of two acts, sex that was
// not the person's choice, a family member who makes them do it.
func TestIndirectDisclosures(t *testing.T) {
	c := safety.New()
	for _, tc := range []struct{ text, rule string }{
		{"how do i get over jealousy?? every time she texts another guy i punch walls and then cut myself after", "self-harm/first-person-act"},
		{"how much bleeding is normal after the first time? it wasn't really my choice and it was yesterday", "sexual-violence/not-my-choice"},
		{"how do i make sex hurt less? my stepdad says i have to keep doing it", "sexual-violence/not-my-choice"},
	} {
		if v := c.Classify(tc.text); v.Action != safety.ActionCrisis || v.Rule != tc.rule {
			t.Errorf("%q: %s (rule %q), want crisis by %s", tc.text, v.Action, v.Rule, tc.rule)
		}
	}
	for _, text := range []string{
		"i cooked dinner and then cut myself on the knife by accident",
		"the first time was not what i expected, is that normal",
		"sex was my choice but i regret it now",
		"it wasn't my choice of restaurant but the date was fine",
		"my dad makes me do my homework before gaming",
		"my mom says i have to keep doing it, the piano practice i mean",
	} {
		if v := c.Classify(text); v.Action == safety.ActionCrisis {
			t.Errorf("%q: crisis by %q, want none", text, v.Rule)
		}
	}
}
