package knowledge

import (
	"maps"
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
)

// Params are the weights of the ranking. DefaultParams holds the tuned
// values; other values exist for experiments and tests.
type Params struct {
	// K1 is the BM25 term-frequency saturation.
	K1 float64
	// Field weights and length normalisations of the BM25F ranking:
	// question variants and titles say what an entry answers; the body only
	// supports it.
	// Labelled example messages (Base.WithExamples) are a field of
	// their own: one person's wording says less than a variant written
	// for the entry.
	WTitle, WQuestions, WClaim, WTags, WBody, WExamples float64
	BTitle, BQuestions, BClaim, BTags, BBody, BExamples float64
	// TypoWeight discounts a query word that was corrected for a typo.
	TypoWeight float64
	// Alpha blends best-variant similarity (Alpha) with whole-entry BM25F.
	Alpha float64
	// BodyDF is how much an entry whose body alone holds a term counts
	// toward the term's document frequency: words every answer uses in
	// passing ("find a therapist", "talk to a doctor") should not lose
	// their weight in questions about them.
	BodyDF float64
	// Recall blends, into a variant's similarity, the share of the
	// variant's own weight that the message contains: a long message that
	// holds a whole question variant plus other words still matches it.
	Recall float64
	// Exact adds Exact × similarity^8: a bonus that only a near-verbatim
	// match of a question variant earns, so an entry's own phrasings
	// always find it.
	Exact float64
	// ExampleMatch scales how well a message matches a labelled example
	// (a variant of the examples field) against a curated variant: one
	// person's wording of an entry's subject is weaker evidence than a
	// phrasing written for it.
	ExampleMatch float64
}

// DefaultParams returns the tuned ranking weights.
func DefaultParams() Params {
	return Params{
		K1:     1.2,
		WTitle: 3, WQuestions: 2, WClaim: 2, WTags: 1.5, WBody: 1, WExamples: 1,
		BTitle: 0.3, BQuestions: 0.6, BClaim: 0.3, BTags: 0.2, BBody: 0.75, BExamples: 0.6,
		TypoWeight:   0.7,
		Alpha:        0.2,
		Exact:        0.5,
		Recall:       0.5,
		ExampleMatch: 0.8,
		BodyDF:       0,
	}
}

type posting struct {
	doc int32
	sat float32 // BM25F saturated term frequency, tf~/(k1+tf~)
}

type vposting struct {
	variant int32
	w       float32 // idf weight, L2-normalised over the variant
}

// Index ranks entries for a message. It is built once and is safe for
// concurrent use: nothing in it changes after NewIndex.
type Index struct {
	entries []*Entry
	an      *analyzer

	termID   map[string]int32
	idf      []float64
	unkIDF   float64
	postings [][]posting
	vpost    [][]vposting
	vdoc     []int32   // variant -> entry
	vmass    []float64 // variant -> sum of its terms' IDF
	vex      []bool    // variant -> is a labelled example
	typos    *typoIndex
	p        Params
	scratch  sync.Pool
}

type field struct {
	text   string
	weight float64
	b      float64
	kind   int
}

// NewIndex analyses and indexes entries with a lexicon (nil for none),
// with the default ranking weights.
func NewIndex(entries []*Entry, lx *Lexicon) *Index {
	return NewIndexParams(entries, lx, DefaultParams())
}

// NewIndexParams is NewIndex with explicit ranking weights.
func NewIndexParams(entries []*Entry, lx *Lexicon, p Params) *Index {
	return newIndex(entries, nil, lx, p)
}

// newIndex indexes entries with, for each entry d, its labelled example
// messages examples[d] (examples may be nil).
func newIndex(entries []*Entry, examples [][]string, lx *Lexicon, p Params) *Index {
	an := newAnalyzer(lx)
	ix := &Index{entries: entries, an: an, termID: map[string]int32{}, p: p}
	n := len(entries)

	// Fields in order: title, questions, claim, tags, examples (the
	// asked fields), then body.
	type docFields struct {
		tf  [6]map[string]int
		len [6]int
	}
	const nf, askedFields = 6, 5
	w := [nf]float64{p.WTitle, p.WQuestions, p.WClaim, p.WTags, p.WExamples, p.WBody}
	bs := [nf]float64{p.BTitle, p.BQuestions, p.BClaim, p.BTags, p.BExamples, p.BBody}
	docs := make([]docFields, n)
	var sumLen [nf]float64
	df := map[string]int{}
	dfQ := map[string]int{} // entries whose asked fields hold the term
	var variants [][]string // analysed terms of each variant
	vocab := map[string]int{}

	id := func(t string) int32 {
		if i, ok := ix.termID[t]; ok {
			return i
		}
		i := int32(len(ix.termID))
		ix.termID[t] = i
		return i
	}
	for d, e := range entries {
		var exs []string
		if examples != nil {
			exs = examples[d]
		}
		texts := [nf][]string{{e.Title}, e.Questions, {e.Claim}, {strings.Join(e.Tags, " ")}, exs, {e.Body}}
		seen := map[string]bool{}
		seenQ := map[string]bool{}
		for f := 0; f < nf; f++ {
			docs[d].tf[f] = map[string]int{}
			for _, t := range texts[f] {
				if t == "" {
					continue
				}
				at := an.indexed(t)
				for _, wd := range at.words {
					vocab[wd]++
				}
				terms := at.terms
				for _, term := range terms {
					docs[d].tf[f][term]++
					seen[term] = true
					if f < askedFields {
						seenQ[term] = true
					}
				}
				docs[d].len[f] += len(terms)
				if f == 0 || f == 1 || f == 2 || f == 4 {
					variants = append(variants, terms)
					ix.vdoc = append(ix.vdoc, int32(d))
					ix.vex = append(ix.vex, f == 4)
				}
			}
			sumLen[f] += float64(docs[d].len[f])
		}
		for t := range seen {
			df[t]++
			id(t)
		}
		for t := range seenQ {
			dfQ[t]++
		}
	}
	var avg [nf]float64
	for f := range avg {
		avg[f] = math.Max(sumLen[f]/math.Max(float64(n), 1), 1)
	}
	ix.idf = make([]float64, len(ix.termID))
	var sum float64
	asked := 0
	for t, i := range ix.termID {
		ix.idf[i] = bm25IDF(n, float64(dfQ[t])+p.BodyDF*float64(df[t]-dfQ[t]))
		if dfQ[t] > 0 {
			sum += ix.idf[i]
			asked++
		}
	}
	// A word the base has never seen (a name, a rare typo) weighs as much
	// as half an average term of the questions: it lowers confidence
	// without swamping it. So does a word that only answers' bodies use
	// ("16" in "people aged 16 and over"): it is weak evidence of what a
	// message asks about.
	ix.unkIDF = bm25IDF(n, 0)
	if asked > 0 {
		ix.unkIDF = 0.5 * sum / float64(asked)
	}
	for t, i := range ix.termID {
		if dfQ[t] == 0 {
			ix.idf[i] = min(ix.idf[i], ix.unkIDF)
		}
	}
	ix.postings = make([][]posting, len(ix.termID))
	for d := range docs {
		acc := map[string]float64{}
		for f := 0; f < nf; f++ {
			norm := 1 - bs[f] + bs[f]*float64(docs[d].len[f])/avg[f]
			for t, c := range docs[d].tf[f] {
				acc[t] += w[f] * float64(c) / norm
			}
		}
		for t, tf := range acc {
			i := ix.termID[t]
			ix.postings[i] = append(ix.postings[i], posting{doc: int32(d), sat: float32(tf / (p.K1 + tf))})
		}
	}
	ix.vpost = make([][]vposting, len(ix.termID))
	for v, terms := range variants {
		uniq := map[string]bool{}
		// Summed in the variant's term order, never the map's: a float
		// sum in random order differs in its last bits from one build
		// to the next.
		var norm, mass float64
		for _, t := range terms {
			if !uniq[t] {
				uniq[t] = true
				x := ix.idf[ix.termID[t]]
				norm += x * x
				mass += x
			}
		}
		ix.vmass = append(ix.vmass, mass)
		norm = math.Sqrt(norm)
		if norm == 0 {
			continue
		}
		for t := range uniq {
			i := ix.termID[t]
			ix.vpost[i] = append(ix.vpost[i], vposting{variant: int32(v), w: float32(ix.idf[i] / norm)})
		}
	}
	if lx != nil {
		for w := range lx.words {
			// Lexicon words are always correction targets: the
			// lexicon was written to be matched.
			if vocab[w] < minTypoCount {
				vocab[w] = minTypoCount
			}
		}
	}
	ix.typos = newTypoIndex(vocab, an)
	ix.scratch.New = ix.newScratch
	return ix
}

func bm25IDF(n int, df float64) float64 {
	return math.Log(1 + (float64(n)-df+0.5)/(df+0.5))
}

// Hit is one ranked entry.
type Hit struct {
	Entry *Entry
	// Score is the blended relevance in [0, 1].
	Score float64
	// Similarity is the cosine similarity with the entry's closest
	// question variant, title or claim.
	Similarity float64
	// Coverage is the share of the message's weight (by IDF) that the
	// entry matches.
	Coverage float64
	// Cosine is the highest cosine similarity between the message's
	// sentence vector and the entry's title, variants or claim (semantic
	// search only; 0 otherwise).
	Cosine float64
	// Lexical is the lexical score alone when Score is fused with Cosine.
	Lexical float64
}

// Result is the ranking of one message.
type Result struct {
	Hits []Hit
	// Terms are the analysed query terms (stems and ~concepts), for
	// curators inspecting a decision.
	Terms []string
	// Corrected lists typo corrections made, as "typo->word".
	Corrected []string
	// Domain is the share of the message's distinct terms that the
	// knowledge base knows at all: near 0 means out of domain. It counts
	// terms rather than weighing them, so one name or unknown word does
	// not push an on-topic message out of the domain.
	Domain float64
	// Confidence is the calibrated confidence that Hits[0] is the right
	// entry, in [0, 1].
	Confidence float64
	// Semantic is true when the ranking fused sentence vectors in.
	Semantic bool
	// TopCosine is the highest cosine similarity between the message and
	// any entry's text (semantic search only): far off-topic messages sit
	// well below in-domain ones.
	TopCosine float64
	// Features are the inputs of the fused confidence (see NumFeatures),
	// for fitting and for curators inspecting a decision; nil without
	// semantic search.
	Features []float64
}

// Top returns the best hit, or nil.
func (r *Result) Top() *Hit {
	if len(r.Hits) == 0 {
		return nil
	}
	return &r.Hits[0]
}

// SearchOptions narrow a search.
type SearchOptions struct {
	// Limit is how many hits to return (default 5).
	Limit int
	// Kind keeps only entries of that kind when set.
	Kind Kind
}

// Search ranks entries for a message.
func (ix *Index) Search(text string, opt SearchOptions) Result {
	if opt.Limit <= 0 {
		opt.Limit = 5
	}
	q := ix.an.query(text, ix)
	res := Result{Terms: q.terms, Corrected: q.corrected}
	if len(q.terms) == 0 || len(ix.entries) == 0 {
		return res
	}
	// Query weights: one per distinct term, discounted for typo fixes.
	type qterm struct {
		id  int32
		w   float64
		idf float64
	}
	var qts []qterm
	var totalIDF, qnorm float64
	known := 0
	// In a fixed order: sums of floats depend on their order, and map
	// order changes per call, so the same message would otherwise score
	// differently in the last bits from one search to the next (and a tie
	// could break either way).
	for _, t := range slices.Sorted(maps.Keys(q.weights)) {
		wt := q.weights[t]
		i, ok := ix.termID[t]
		x := ix.unkIDF
		if ok {
			x = ix.idf[i]
		}
		totalIDF += x * wt
		qnorm += (x * wt) * (x * wt)
		if ok {
			known++
			qts = append(qts, qterm{id: i, w: wt, idf: x})
		}
	}
	qnorm = math.Sqrt(qnorm)
	if totalIDF > 0 {
		res.Domain = float64(known) / float64(len(q.weights))
	}
	if len(qts) == 0 {
		return res
	}
	sc := ix.scratch.Get().(*scratch)
	defer ix.putScratch(sc)
	for _, qt := range qts {
		for _, p := range ix.postings[qt.id] {
			if sc.bm[p.doc] == 0 {
				sc.docs = append(sc.docs, p.doc)
			}
			sc.bm[p.doc] += qt.idf * qt.w * float64(p.sat)
			sc.cov[p.doc] += qt.idf * qt.w
		}
		qv := qt.idf * qt.w / qnorm
		for _, vp := range ix.vpost[qt.id] {
			if sc.vsim[vp.variant] == 0 {
				sc.vars = append(sc.vars, vp.variant)
			}
			sc.vsim[vp.variant] += qv * float64(vp.w)
			sc.vhit[vp.variant] += qt.idf * min(qt.w, 1)
		}
	}
	for _, v := range sc.vars {
		s := sc.vsim[v]
		if m := ix.vmass[v]; m > 0 && ix.p.Recall > 0 {
			s = (1-ix.p.Recall)*s + ix.p.Recall*min(sc.vhit[v]/m, 1)
		}
		if ix.vex[v] {
			s *= ix.p.ExampleMatch
		}
		if d := ix.vdoc[v]; s > sc.best[d] {
			sc.best[d] = s
		}
	}
	keep := max(opt.Limit, 2)
	hits := make([]Hit, 0, keep)
	for _, d := range sc.docs {
		if opt.Kind != "" && ix.entries[d].Kind != opt.Kind {
			continue
		}
		best := sc.best[d]
		bmNorm := sc.bm[d] / totalIDF
		s2 := best * best
		s8 := s2 * s2 * s2 * s2
		score := (ix.p.Alpha*best + (1-ix.p.Alpha)*bmNorm + ix.p.Exact*s8) / (1 + ix.p.Exact)
		hits = insertTop(hits, Hit{Entry: ix.entries[d], Score: score, Similarity: best, Coverage: sc.cov[d] / totalIDF}, keep)
	}
	// Confidence needs the runner-up even when only one hit is wanted.
	if len(hits) < 2 {
		res.Confidence = confidence(hits)
	} else {
		res.Confidence = confidence(hits[:2])
	}
	if len(hits) > opt.Limit {
		hits = hits[:opt.Limit]
	}
	res.Hits = hits
	return res
}

// confidence maps the top hit's score, its margin over the runner-up and
// its coverage of the message to a probability that it is the right entry.
// The logistic's weights were fitted by TestFitConfidence
// on the embedded entries' own question variants, each held out of the
// index in turn (positives when it still found its entry), and on
// out-of-domain questions (negatives).
func confidence(hits []Hit) float64 {
	if len(hits) == 0 {
		return 0
	}
	top := hits[0].Score
	margin := top
	if len(hits) > 1 {
		margin = top - hits[1].Score
	}
	z := confTop*top + confMargin*margin + confCoverage*hits[0].Coverage + confBias
	return 1 / (1 + math.Exp(-z))
}

// Fitted weights of confidence.
const (
	confTop      = 3.068
	confMargin   = 7.675
	confCoverage = 2.316
	confBias     = -4.097
)

// before orders hits: higher score first, then id, so rankings are
// deterministic.
func before(a, b Hit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	return a.Entry.ID < b.Entry.ID
}

// insertTop inserts h into hits, kept sorted and at most k long.
func insertTop(hits []Hit, h Hit, k int) []Hit {
	if len(hits) == k && !before(h, hits[k-1]) {
		return hits
	}
	i := sort.Search(len(hits), func(i int) bool { return before(h, hits[i]) })
	if len(hits) < k {
		hits = append(hits, Hit{})
	}
	copy(hits[i+1:], hits[i:len(hits)-1])
	hits[i] = h
	return hits
}

// scratch holds one search's accumulators; only the touched slots are
// reset after use, so a search costs what its postings cost, not the size
// of the knowledge base.
type scratch struct {
	bm, cov, best []float64
	vsim, vhit    []float64
	docs, vars    []int32
}

func (ix *Index) newScratch() any {
	n, v := len(ix.entries), len(ix.vdoc)
	return &scratch{
		bm: make([]float64, n), cov: make([]float64, n), best: make([]float64, n),
		vsim: make([]float64, v), vhit: make([]float64, v),
	}
}

func (ix *Index) putScratch(sc *scratch) {
	for _, d := range sc.docs {
		sc.bm[d], sc.cov[d], sc.best[d] = 0, 0, 0
	}
	for _, v := range sc.vars {
		sc.vsim[v], sc.vhit[v] = 0, 0
	}
	sc.docs, sc.vars = sc.docs[:0], sc.vars[:0]
	ix.scratch.Put(sc)
}
