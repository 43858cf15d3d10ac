package safety

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"strings"
)

// scope says where a rule's patterns look.
type scope uint8

const (
	// inClause matches each clause on its own, so word gaps and guards
	// stay within one clause (the scope of a negation).
	inClause scope = iota
	// inMessage matches the whole message, clauses joined by " | ", for
	// rules that combine evidence from several sentences.
	inMessage
	// inClauseWide matches the any patterns in each clause, like
	// inClause, and the all and unless patterns against the whole
	// message: the statement must be in one clause, the evidence for and
	// against it may be anywhere ("my daughter is 14. her coach sends her
	// sexual messages"). It costs what inClause costs, since all and
	// unless only run after a clause matches.
	inClauseWide
)

// guard names a shared veto applied within the scope of a match.
type guard uint8

const (
	// guardNegation vetoes a match whose trigger word is negated
	// ("I'm not suicidal", "he has never hit me").
	guardNegation guard = 1 << iota
	// guardDefinition vetoes definitional questions with no first person
	// ("what is suicide?") and questions about what a word means ("what
	// does kms mean").
	guardDefinition
	// guardHypothetical vetoes future hypotheticals ("what if I get raped").
	guardHypothetical
)

// youthNeed restricts a rule to messages from, or not from, a minor.
type youthNeed int8

const (
	youthAny youthNeed = iota
	youthOnly
	youthNever
)

// spec is the source form of a rule: pattern strings with {macros}.
type spec struct {
	name     string
	doc      string
	action   Action
	category string
	line     string // crisis line; defaults to lineFor(category)
	scope    scope
	any      []string // at least one must match
	all      []string // and every one of these must match too
	unless   []string // any match vetoes
	// unlessMessage vetoes like unless, but is matched against the whole
	// message whatever the scope: for a clause rule whose veto needs what
	// another sentence says.
	unlessMessage []string
	guards        guard
	needFP        bool // the scope must contain a first-person word
	// violence marks a harmful-request decline that states intent to
	// hurt someone: the verdict carries Violence.
	violence bool
	// childSafety marks a harmful-request decline about sexual interest in
	// children: the verdict carries ChildSafety, and the reply adds a
	// confidential line for people worried about their own thoughts.
	childSafety bool
	// forSender marks a support rule about the sender's own experience:
	// the verdict carries ForSender.
	forSender bool
	// forHelper marks a crisis rule about someone else in danger now,
	// told by the person trying to help: the verdict carries ForHelper.
	forHelper bool
	youth     youthNeed
	// gate lists words of which the message must contain at least one
	// before any pattern runs, for rules whose patterns begin with common
	// words ("write", "tell") and would otherwise run on most messages.
	gate []string
}

// pattern is a compiled regexp with a literal prefilter: the regexp can
// only match text containing at least one of lits. When filtered, mask
// holds the literals' ids in the classifier's litIndex.
type pattern struct {
	re       *regexp.Regexp
	lits     []string
	filtered bool
	mask     mask
}

// possible reports whether the literals found in the text (bits) allow a
// match.
func (p *pattern) possible(bits []uint64) bool {
	return !p.filtered || p.mask.hits(bits)
}

func (p *pattern) match(s string, bits []uint64) bool {
	return p.possible(bits) && p.re.MatchString(s)
}

// rule is a compiled spec.
type rule struct {
	spec
	anyP, allP, unlessP, unlessMsgP []*pattern
}

// shared holds the compiled shared guards.
type shared struct {
	negation, definition, meaning, hypothetical, firstPerson *pattern
}

// compiler expands macros and compiles patterns, registering their
// literals in one index.
type compiler struct {
	expand  *strings.Replacer
	index   *litIndex
	pending []*pattern
}

func newCompiler(macros map[string]string) *compiler {
	// Macros may use other macros: expand the table to a fixed point.
	for range 4 {
		pairs := make([]string, 0, 2*len(macros))
		for k, v := range macros {
			pairs = append(pairs, "{"+k+"}", v)
		}
		r := strings.NewReplacer(pairs...)
		for k, v := range macros {
			macros[k] = r.Replace(v)
		}
	}
	pairs := make([]string, 0, 2*len(macros))
	for k, v := range macros {
		pairs = append(pairs, "{"+k+"}", v)
	}
	return &compiler{expand: strings.NewReplacer(pairs...), index: newLitIndex()}
}

// finish builds the literal index once every pattern is compiled.
func (c *compiler) finish() *litIndex {
	for _, p := range c.pending {
		if p.lits == nil {
			continue
		}
		if ids, ok := c.index.add(p.lits); ok {
			p.filtered = true
			p.mask = newMask(ids)
		}
	}
	c.index.build()
	return c.index
}

// compile expands and compiles one pattern. It panics on a malformed
// pattern: the patterns are constants of this package, and the tests
// build every rule.
func (c *compiler) compile(src string) *pattern {
	expr := c.expand.Replace(src)
	if i := strings.Index(expr, "{"); i >= 0 && i+1 < len(expr) && expr[i+1] >= 'a' && expr[i+1] <= 'z' {
		panic(fmt.Sprintf("safety: unknown macro in %q", src))
	}
	re := regexp.MustCompile(expr)
	tree, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		panic(fmt.Sprintf("safety: parse %q: %v", src, err))
	}
	p := &pattern{re: re, lits: requiredLiterals(tree.Simplify())}
	c.pending = append(c.pending, p)
	return p
}

func (c *compiler) compileAll(srcs []string) []*pattern {
	out := make([]*pattern, len(srcs))
	for i, s := range srcs {
		out[i] = c.compile(s)
	}
	return out
}

func (c *compiler) rule(s spec) *rule {
	if s.line == "" && s.action == ActionCrisis {
		s.line = lineFor(s.category)
	}
	return &rule{spec: s, anyP: c.compileAll(s.any), allP: c.compileAll(s.all), unlessP: c.compileAll(s.unless), unlessMsgP: c.compileAll(s.unlessMessage)}
}

// requiredLiterals returns strings of which every match of re contains at
// least one, or nil when no useful set (each at least 3 bytes) is known.
func requiredLiterals(re *syntax.Regexp) []string {
	best := bestOf(lits(re).all())
	if len(best) == 0 || minLen(best) < 3 {
		return nil
	}
	return best
}

// maxProduct caps the cross products built for concatenations.
const maxProduct = 256

// litInfo describes a node for prefiltering. When exact, the node matches
// exactly one of set (zero-width assertions match ""). Otherwise every match
// contains one of the candidate sets in cands; cands is empty when nothing
// is known.
type litInfo struct {
	exact bool
	set   []string
	cands [][]string
}

func (l litInfo) all() [][]string {
	if l.exact {
		return append([][]string{l.set}, l.cands...)
	}
	return l.cands
}

func lits(re *syntax.Regexp) litInfo {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return litInfo{}
		}
		return litInfo{exact: true, set: []string{string(re.Rune)}}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return litInfo{exact: true, set: []string{""}}
	case syntax.OpCharClass:
		var set []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) >= 16 {
					return litInfo{}
				}
				set = append(set, string(r))
			}
		}
		return litInfo{exact: true, set: set}
	case syntax.OpCapture:
		return lits(re.Sub[0])
	case syntax.OpQuest:
		sub := lits(re.Sub[0])
		if sub.exact && len(sub.set) < maxProduct {
			return litInfo{exact: true, set: append(append([]string{}, sub.set...), "")}
		}
		return litInfo{}
	case syntax.OpPlus:
		return litInfo{cands: lits(re.Sub[0]).all()}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return litInfo{cands: lits(re.Sub[0]).all()}
		}
		return litInfo{}
	case syntax.OpAlternate:
		subs := make([]litInfo, len(re.Sub))
		exact := true
		for i, sub := range re.Sub {
			subs[i] = lits(sub)
			exact = exact && subs[i].exact
		}
		var union []string
		if exact {
			for _, s := range subs {
				union = append(union, s.set...)
			}
			return litInfo{exact: true, set: union}
		}
		for _, s := range subs {
			b := bestOf(s.all())
			if len(b) == 0 {
				return litInfo{}
			}
			union = append(union, b...)
		}
		return litInfo{cands: [][]string{union}}
	case syntax.OpConcat:
		var out litInfo
		run := []string{""}
		flush := func() {
			if len(run) > 0 && !(len(run) == 1 && run[0] == "") {
				out.cands = append(out.cands, run)
			}
			run = []string{""}
		}
		exact := true
		for _, sub := range re.Sub {
			l := lits(sub)
			if l.exact && len(run)*len(l.set) <= maxProduct {
				next := make([]string, 0, len(run)*len(l.set))
				for _, a := range run {
					for _, b := range l.set {
						next = append(next, a+b)
					}
				}
				run = next
				continue
			}
			exact = false
			flush()
			if l.exact {
				out.cands = append(out.cands, l.set)
			}
			out.cands = append(out.cands, l.cands...)
		}
		if exact {
			return litInfo{exact: true, set: run}
		}
		flush()
		return out
	}
	return litInfo{}
}

// bestOf picks the most selective candidate set: the longest shortest
// literal, then the fewest literals. Every prefix of a required literal is
// required too, so each set is also tried cut to prefixes of a few lengths,
// which collapses long cross products ("do i still have ...", "do i still
// got ...") into a handful of short strings. Sets holding "" are useless.
func bestOf(cands [][]string) []string {
	var best []string
	bestScore := 0
	for _, c := range cands {
		if len(c) == 0 || minLen(c) == 0 {
			continue
		}
		longest := 0
		for _, s := range c {
			longest = max(longest, len(s))
		}
		for _, n := range []int{0, 6, 8, 10} {
			t := c
			if n > 0 {
				if n >= longest {
					continue
				}
				t = prefixes(c, n)
			}
			if score := litScore(t); best == nil || score > bestScore {
				best, bestScore = t, score
			}
		}
	}
	return best
}

// prefixes cuts each string to at most n bytes and removes duplicates.
func prefixes(set []string, n int) []string {
	seen := make(map[string]bool, len(set))
	var out []string
	for _, s := range set {
		if len(s) > n {
			s = s[:n]
		}
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// litScore rates a literal set as a prefilter. The automaton finds any
// number of literals in one pass, so length (selectivity) counts most.
func litScore(set []string) int {
	m := minLen(set)
	if m > 10 {
		m = 10
	}
	n, sum := 0, 0
	for k := len(set); k > 1; k >>= 1 {
		n++
	}
	for _, s := range set {
		sum += len(s)
	}
	avg := sum / len(set)
	if avg > 10 {
		avg = 10
	}
	return m*10 - n + avg
}

func minLen(s []string) int {
	m := -1
	for _, x := range s {
		if m < 0 || len(x) < m {
			m = len(x)
		}
	}
	return m
}

// matches reports whether r fires on m, whose literals are in f.
func (r *rule) matches(m *message, f *found, youth bool, g *shared) bool {
	switch r.youth {
	case youthOnly:
		if !youth {
			return false
		}
	case youthNever:
		if youth {
			return false
		}
	}
	if r.gate != nil {
		open := false
		for _, w := range r.gate {
			if strings.Contains(m.padded, w) {
				open = true
				break
			}
		}
		if !open {
			return false
		}
	}
	for _, p := range r.unlessMsgP {
		if p.match(m.all, f.all) {
			return false
		}
	}
	if r.scope == inMessage {
		return r.matchText(m.all, f.all, g)
	}
	// Skip the clause loop when no pattern can match anywhere.
	can := false
	for _, p := range r.anyP {
		if p.possible(f.all) {
			can = true
			break
		}
	}
	if !can {
		return false
	}
	for i, cl := range m.clauses {
		if r.scope == inClauseWide {
			if r.matchAny(cl, f.clauses[i]) && r.matchRest(m.all, f.all, g) {
				return true
			}
			continue
		}
		if r.matchText(cl, f.clauses[i], g) {
			return true
		}
	}
	return false
}

func (r *rule) matchText(s string, bits []uint64, g *shared) bool {
	return r.matchAny(s, bits) && r.matchRest(s, bits, g)
}

// matchAny reports whether one of the any patterns matches s.
func (r *rule) matchAny(s string, bits []uint64) bool {
	for _, p := range r.anyP {
		if p.match(s, bits) {
			return true
		}
	}
	return false
}

// matchRest applies the all patterns, the first-person need, the unless
// patterns and the guards to s.
func (r *rule) matchRest(s string, bits []uint64, g *shared) bool {
	for _, p := range r.allP {
		if !p.match(s, bits) {
			return false
		}
	}
	if r.needFP && !g.firstPerson.match(s, bits) {
		return false
	}
	for _, p := range r.unlessP {
		if p.match(s, bits) {
			return false
		}
	}
	if r.guards&guardNegation != 0 && g.negation.match(s, bits) {
		return false
	}
	if r.guards&guardDefinition != 0 && (g.meaning.match(s, bits) || g.definition.match(s, bits) && !g.firstPerson.match(s, bits)) {
		return false
	}
	if r.guards&guardHypothetical != 0 && g.hypothetical.match(s, bits) {
		return false
	}
	return true
}
