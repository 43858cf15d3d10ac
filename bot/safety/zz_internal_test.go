package safety

import (
	"fmt"
	"sort"
	"testing"
	"time"
)

func TestZZPatternCost(t *testing.T) {
	c := New()
	msgs := []string{
		"What causes erectile dysfunction?", "can stress cause ED",
		"My partner wants sex way more often than I do. Is that normal?", "is it normal for libido to change over time",
		"I feel self conscious about my body during sex, is that common", "this performance anxiety is killing me, any tips?",
		"how do I kill a python process", "What does consent mean?",
		"Should I stop taking my antidepressant because it kills my libido?", "How many mg of sildenafil should I take?",
		"Do I have erectile dysfunction? I couldn't get hard twice last week",
		"I'm not suicidal, just curious how common depression is after a breakup", "I want to kill myself",
		"my partner forces me to have sex when I say no", "how do I support a partner who was assaulted?",
		"find a therapist near Austin, Texas", "hi", "thanks!",
		"<@123456789> **hey** can you help me find a sex therapist in Toronto? 🙏",
		"I'm 16 and wondering if it's normal to not be interested in sex yet",
	}
	type stat struct {
		name string
		runs int
		dur  time.Duration
		lits []string
	}
	stats := map[string]*stat{}
	timeP := func(key string, p *pattern, s string, bits []uint64) bool {
		st := stats[key]
		if st == nil {
			st = &stat{name: key, lits: p.lits}
			stats[key] = st
		}
		if !p.possible(bits) {
			return false
		}
		st.runs++
		t0 := time.Now()
		var ok bool
		for range 20 {
			ok = p.re.MatchString(s)
		}
		st.dur += time.Since(t0) / 20
		return ok
	}
	all := [][]*rule{c.crisis, c.minorSx, c.refuse, c.decline, c.support}
	for _, m := range msgs {
		nm := c.norm.normalize(m)
		f := c.index.scan(&nm)
		for _, g := range all {
			for _, r := range g {
				texts := nm.clauses
				bits := f.clauses
				if r.scope == inMessage {
					texts = []string{nm.all}
					bits = [][]uint64{f.all}
				}
				for k, s := range texts {
					hit := false
					for i, p := range r.anyP {
						if timeP(fmt.Sprintf("%s/any/%d", r.name, i), p, s, bits[k]) {
							hit = true
							break
						}
					}
					if !hit {
						continue
					}
					for i, p := range r.allP {
						timeP(fmt.Sprintf("%s/all/%d", r.name, i), p, s, bits[k])
					}
					for i, p := range r.unlessP {
						timeP(fmt.Sprintf("%s/unless/%d", r.name, i), p, s, bits[k])
					}
					for i, p := range []*pattern{c.guards.negation, c.guards.definition, c.guards.meaning, c.guards.firstPerson} {
						timeP(fmt.Sprintf("guard/%d", i), p, s, bits[k])
					}
				}
			}
		}
	}
	var list []*stat
	var total time.Duration
	for _, s := range stats {
		list = append(list, s)
		total += s.dur
	}
	sort.Slice(list, func(i, j int) bool { return list[i].dur > list[j].dur })
	fmt.Println("total per 20 msgs", total)
	for _, s := range list[:22] {
		l := s.lits
		if len(l) > 4 {
			l = l[:4]
		}
		fmt.Printf("%-48s runs=%3d %9v %q\n", s.name, s.runs, s.dur, l)
	}
}
