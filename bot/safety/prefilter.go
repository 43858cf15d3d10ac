package safety

// The prefilter finds, in one pass over a message, which of the rules'
// required literals occur in which clause, so a regexp only runs where one
// of its literals occurs. It is an Aho-Corasick automaton over the
// normalised alphabet, compiled to a full transition table.

const (
	alphabet = 38 // a-z, 0-9, space, bar
	noClass  = -1
)

func classOf(b byte) int {
	switch {
	case b >= 'a' && b <= 'z':
		return int(b - 'a')
	case b >= '0' && b <= '9':
		return 26 + int(b-'0')
	case b == ' ':
		return 36
	case b == '|':
		return 37
	}
	return noClass
}

// litIndex assigns ids to literals and builds the automaton.
type litIndex struct {
	ids   map[string]int32
	lits  []string
	delta [][alphabet]int32
	out   [][]int32 // literal ids ending at each state, suffixes included
	words int       // bitset length in uint64s
}

func newLitIndex() *litIndex {
	return &litIndex{ids: map[string]int32{}}
}

// add registers the literals of a pattern and reports whether all of them
// are in the automaton's alphabet (otherwise the pattern is not filtered).
func (x *litIndex) add(lits []string) ([]int32, bool) {
	out := make([]int32, 0, len(lits))
	for _, l := range lits {
		for i := 0; i < len(l); i++ {
			if classOf(l[i]) == noClass {
				return nil, false
			}
		}
		id, ok := x.ids[l]
		if !ok {
			id = int32(len(x.lits))
			x.ids[l] = id
			x.lits = append(x.lits, l)
		}
		out = append(out, id)
	}
	return out, true
}

// build compiles the automaton once every literal is added.
func (x *litIndex) build() {
	x.words = (len(x.lits) + 63) / 64
	total := 1
	for _, l := range x.lits {
		total += len(l)
	}
	x.delta = make([][alphabet]int32, 1, total)
	x.out = make([][]int32, 1, total)
	for id, l := range x.lits {
		s := int32(0)
		for i := 0; i < len(l); i++ {
			c := classOf(l[i])
			if x.delta[s][c] == 0 {
				x.delta = append(x.delta, [alphabet]int32{})
				x.out = append(x.out, nil)
				x.delta[s][c] = int32(len(x.delta) - 1)
			}
			s = x.delta[s][c]
		}
		x.out[s] = append(x.out[s], int32(id))
	}
	// Breadth-first: turn the trie into a full transition table and merge
	// each state's outputs with those of its failure state.
	fail := make([]int32, len(x.delta))
	queue := make([]int32, 0, len(x.delta))
	for c := 0; c < alphabet; c++ {
		if t := x.delta[0][c]; t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		x.out[s] = append(x.out[s], x.out[fail[s]]...)
		for c := 0; c < alphabet; c++ {
			t := x.delta[s][c]
			if t == 0 {
				x.delta[s][c] = x.delta[fail[s]][c]
				continue
			}
			fail[t] = x.delta[fail[s]][c]
			queue = append(queue, t)
		}
	}
}

// found is the result of scanning one message: a bitset of literal ids per
// clause and for the whole message.
type found struct {
	words   int
	all     []uint64
	clauses [][]uint64
}

// scan runs the automaton over m.all once. A literal is recorded in the
// clause where it ends; one spanning a clause break is recorded only for
// the message, where it can match.
func (x *litIndex) scan(m *message) *found {
	f := &found{words: x.words, all: make([]uint64, x.words)}
	if x.words == 0 {
		return f
	}
	buf := make([]uint64, x.words*len(m.clauses))
	f.clauses = make([][]uint64, len(m.clauses))
	for i := range f.clauses {
		f.clauses[i] = buf[i*x.words : (i+1)*x.words]
	}
	// Clauses are laid out in m.all separated by " | ".
	s, clause, start := int32(0), 0, 0
	text := m.all
	for i := 0; i < len(text); i++ {
		c := classOf(text[i])
		if c == noClass {
			s = 0
			continue
		}
		s = x.delta[s][c]
		if text[i] == '|' && i > 0 && text[i-1] == ' ' {
			clause++
			start = i + 2
		}
		for _, id := range x.out[s] {
			bit := uint64(1) << (uint(id) & 63)
			f.all[id>>6] |= bit
			if clause < len(f.clauses) && i-len(x.lits[id])+1 >= start {
				f.clauses[clause][id>>6] |= bit
			}
		}
	}
	return f
}

// mask is a sparse bitset of literal ids.
type mask []maskWord

type maskWord struct {
	i int
	m uint64
}

func newMask(ids []int32) mask {
	byWord := map[int]uint64{}
	for _, id := range ids {
		byWord[int(id>>6)] |= uint64(1) << (uint(id) & 63)
	}
	out := make(mask, 0, len(byWord))
	for i, m := range byWord {
		out = append(out, maskWord{i, m})
	}
	return out
}

func (m mask) hits(bits []uint64) bool {
	for _, w := range m {
		if bits[w.i]&w.m != 0 {
			return true
		}
	}
	return false
}
