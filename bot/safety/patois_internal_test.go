package safety

import "testing"

// TestPatois checks the words the Patois pass resolves by their
// neighbours, and that it leaves English alone.
func TestPatois(t *testing.T) {
	n := newNormalizer()
	for in, want := range map[string]string{
		"mi fi tek it":                    "should i take it",
		"mi stepfaada beat mi mada":       "my stepdad beat my mom",
		"him a go kill her":               "he is going to kill her",
		"mi waan dead":                    "i want to die",
		"mi an mi likkle sister":          "i and my little sister",
		"mi cyaan tek it nuh more":        "i can not take it no more",
		"i broke up with him 2 years ago": "i broke up with him 2 years ago",
		"give it a go at the gym":         "give it a go at the gym",
		"two years ago an mri was clear":  "two years ago an mri was clear",
		"is it an std":                    "is it an std",
	} {
		if got := n.normalize(in).all; got != want {
			t.Errorf("%q -> %q, want %q", in, got, want)
		}
	}
}
