package safety

import "testing"

// TestWithoutSpans checks that benign idioms are cut out of the text the
// multilingual model reads, by words in spaced scripts and by bytes in
// unspaced ones, and that the other clauses stay whole.
func TestWithoutSpans(t *testing.T) {
	clauses := []string{"alguien tiene mis fotos y quiere dinero", "mi padre me mata si se entera"}
	got := withoutSpans(clauses, []span{{clause: 1, from: 0, to: 4}})
	if want := "alguien tiene mis fotos y quiere dinero | si se entera"; got != want {
		t.Errorf("word spans: got %q, want %q", got, want)
	}
	ja := []string{"テストまじで死ぬ", "写真ばらまくって脅されてる"}
	// The byte span covers "死ぬ" (6 bytes) at the end of the first clause.
	n := len(ja[0])
	got = withoutSpans(ja, []span{{clause: 0, from: -n, to: -(n - 6)}})
	if want := "テストまじで | 写真ばらまくって脅されてる"; got != want {
		t.Errorf("byte spans: got %q, want %q", got, want)
	}
	if got := withoutSpans([]string{"me muero de risa"}, []span{{clause: 0, from: 0, to: 4}}); got != "" {
		t.Errorf("an idiom alone: got %q, want nothing left", got)
	}
}

// TestWithoutSpansMixed checks a clause with both a word span and a byte
// span: each cuts only its own text.
func TestWithoutSpansMixed(t *testing.T) {
	c := "lol 死ぬ ok mama me mata"
	// "死ぬ" is bytes 4..10; "me mata" are words 4 and 5.
	got := withoutSpans([]string{c}, []span{{clause: 0, from: -10, to: -4}, {clause: 0, from: 4, to: 6}})
	if want := "lol ok mama"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
