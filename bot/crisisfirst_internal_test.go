package bot

import (
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// Beside an unsure crisis reading, the answer comes first only when it
// holds the message well; a child at risk or danger at home always gets
// the crisis reply first.
func TestCrisisFirst(t *testing.T) {
	for _, c := range []struct {
		class             string
		probability, conf float64
		want              bool
	}{
		// "I've already worked out how ... how fast do the changes
		// reverse?" found an unrelated entry at 0.43
		{safety.ClassSuicide, 0.765, 0.43, true},
		{safety.ClassSuicide, unsureStrong, unsureAnswerBar - 0.01, true},
		// a strong answer keeps the answer first, with lines
		{safety.ClassSuicide, 0.765, unsureAnswerBar, false},
		{safety.ClassSelfHarm, 0.79, 0.91, false},
		// a weaker reading keeps the answer first at any confidence
		{safety.ClassSexualViolence, unsureStrong - 0.01, 0.26, false},
		// a child at risk, danger at home: always the crisis reply first
		{safety.ClassMinor, 0.59, 0.92, true},
		{safety.ClassMinor, 0.51, 0.20, true},
		{safety.ClassAbuseHome, 0.69, 0.91, true},
	} {
		if got := crisisFirst(c.class, c.probability, c.conf); got != c.want {
			t.Errorf("crisisFirst(%s, %.3f, %.2f) = %v, want %v", c.class, c.probability, c.conf, got, c.want)
		}
	}
}
