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
