package knowledge

import (
	"context"
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode"
)

// Embedder turns a text into a unit-length sentence vector. The built-in
// encoder (knowledge/encoder) implements it. It must be safe for
// concurrent use.
type Embedder interface {
	// Embed returns the L2-normalised embedding of text, never nil.
	Embed(text string) []float32
	// Dim is the length of the vectors Embed returns.
	Dim() int
	// Fingerprint names the model and its weights, so vectors made by
	// another model are never mixed in.
	Fingerprint() string
}

// SemanticTexts returns the texts of an entry that get a sentence vector:
// its title, each question variant and, for a myth, its claim.
func SemanticTexts(e *Entry) []string {
	out := make([]string, 0, len(e.Questions)+2)
	out = append(out, e.Title)
	out = append(out, e.Questions...)
	if e.Claim != "" {
		out = append(out, e.Claim)
	}
	return out
}

// SemanticOptions tune the semantic half of search.
type SemanticOptions struct {
	// MaxConcurrent bounds how many encoder calls run at once, so a burst
	// of questions cannot take every CPU from the rest of the process (a
	// Discord acknowledgement must still go out within 3 seconds). Default:
	// GOMAXPROCS − 1 (at least 1): one core stays free for the network.
	MaxConcurrent int
	// Weight is the share of meaning in a fused score, in (0, 1]: a hit's
	// score is Weight × cosine + (1 − Weight) × lexical score. Default
	// DefaultSemanticWeight.
	Weight float64
}

// DefaultSemanticWeight is the tuned share of meaning in fused scores,
// chosen on leave-one-variant-out ranking of the embedded base
// (TestFitFusedConfidence prints the sweep).
const DefaultSemanticWeight = 0.5

// semIndex is the semantic half of a Base: one unit vector per entry text,
// flattened row by row.
type semIndex struct {
	emb   Embedder
	known *Vectors // the base's own texts, for exact-text queries
	mat   []float32
	dim   int
	tdoc  []int32 // text row -> entry
	// cent holds one unit vector per entry, the normalised mean of its
	// texts' vectors, flattened row by row.
	cent  []float32
	slots chan struct{}
	w     float64
	// recase restores the base's own case of acronyms and names before a
	// query is embedded (see recaser).
	recase recaser
	// xmat holds one unit vector per example message (Base.
	// WithExamples), flattened; xdoc[r] the entries example r stands for.
	xmat []float32
	xdoc [][]int32
}

// WithEncoder returns a copy of the base whose search fuses meaning (the
// cosine similarity of sentence vectors) with the lexical ranking, and
// whose confidence uses both. Vectors of the entries' texts are taken from
// pre when pre was made by the same model (see Embedder.Fingerprint) and
// computed with emb otherwise, in parallel. It also returns the vectors of
// exactly this base's texts, for the caller to cache.
func (b *Base) WithEncoder(emb Embedder, pre *Vectors, opt SemanticOptions) (*Base, *Vectors) {
	if pre != nil && (pre.Model() != emb.Fingerprint() || pre.Dim() != emb.Dim()) {
		pre = nil
	}
	dim := emb.Dim()
	var texts []string
	var tdoc []int32
	for d, e := range b.entries {
		for _, t := range SemanticTexts(e) {
			texts = append(texts, t)
			tdoc = append(tdoc, int32(d))
		}
	}
	nEntry := len(texts)
	// Example messages (WithExamples) get one row each, standing for
	// every entry they are labelled with.
	var xdoc [][]int32
	xrow := map[string]int{}
	for d, exs := range b.examples {
		for _, t := range exs {
			r, ok := xrow[t]
			if !ok {
				r = len(xdoc)
				xrow[t] = r
				texts = append(texts, t)
				xdoc = append(xdoc, nil)
			}
			xdoc[r] = append(xdoc[r], int32(d))
		}
	}
	rows := make([][]float32, len(texts))
	var missing []int
	for i, t := range texts {
		if v, ok := pre.Lookup(t); ok {
			rows[i] = v
		} else {
			missing = append(missing, i)
		}
	}
	if len(missing) > 0 {
		var wg sync.WaitGroup
		next := make(chan int)
		for w := 0; w < runtime.GOMAXPROCS(0); w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					rows[i] = emb.Embed(texts[i])
				}
			}()
		}
		for _, i := range missing {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	known := NewVectors(emb.Fingerprint(), dim)
	mat := make([]float32, 0, nEntry*dim)
	xmat := make([]float32, 0, (len(texts)-nEntry)*dim)
	for i, t := range texts {
		known.Add(t, rows[i])
		if i < nEntry {
			mat = append(mat, rows[i]...)
		} else {
			xmat = append(xmat, rows[i]...)
		}
	}
	n := opt.MaxConcurrent
	if n <= 0 {
		n = max(runtime.GOMAXPROCS(0)-1, 1)
	}
	w := opt.Weight
	if w <= 0 || w > 1 {
		w = DefaultSemanticWeight
	}
	cent := make([]float32, len(b.entries)*dim)
	for i, d := range tdoc {
		row := cent[int(d)*dim : (int(d)+1)*dim]
		for k, x := range rows[i] {
			row[k] += x
		}
	}
	for d := range b.entries {
		normalize(cent[d*dim : (d+1)*dim])
	}
	// Case is learned from the edited prose only: question variants are
	// written the way people type, often in lower case.
	var prose []string
	for _, e := range b.entries {
		prose = append(prose, e.Title, e.Claim, e.Correction, e.Body)
	}
	c := *b
	c.sem = &semIndex{emb: emb, known: known, mat: mat, dim: dim, tdoc: tdoc, cent: cent, slots: make(chan struct{}, n), w: w, recase: newRecaser(prose), xmat: xmat, xdoc: xdoc}
	return &c, known
}

// Semantic reports whether search uses sentence vectors.
func (b *Base) Semantic() bool { return b.sem != nil }

// embed returns the query's vector: the stored one when the text is one of
// the base's own, else the encoder's, waiting for a free encoder slot. The
// text is embedded without quotation marks (see plainQuotes) and with the
// base's case restored (see recaser), so "what is 'pep'" gets the vector
// of "what is PEP". It returns false when ctx ends first.
func (s *semIndex) embed(ctx context.Context, text string) ([]float32, bool) {
	if v, ok := s.known.Lookup(text); ok {
		return v, true
	}
	if t := plainQuotes(text); t != text {
		text = t
		if v, ok := s.known.Lookup(text); ok {
			return v, true
		}
	}
	if t := s.recase.apply(text); t != text {
		text = t
		if v, ok := s.known.Lookup(text); ok {
			return v, true
		}
	}
	select {
	case s.slots <- struct{}{}:
	case <-ctx.Done():
		return nil, false
	}
	defer func() { <-s.slots }()
	if ctx.Err() != nil {
		return nil, false
	}
	return s.emb.Embed(text), true
}

// plainQuotes drops quotation marks from a message before it is embedded,
// keeping apostrophes inside words ("kid's", "don't"). People put the word
// they ask about in scare quotes ("what does 'ace' mean?"), and the
// encoder's word pieces for a quoted word are not those of the word: the
// quoted question lands far from every entry's variants, which are written
// without quotes. Curly quotes count as straight ones, and so does
// whatever Normalize reads as an apostrophe.
func plainQuotes(text string) string {
	if !strings.ContainsAny(text, "'\"\u2018\u2019\u201c\u201d`\u00b4\u02bc") {
		return text
	}
	rs := []rune(text)
	var b strings.Builder
	b.Grow(len(text))
	word := func(i int) bool {
		return i >= 0 && i < len(rs) && (unicode.IsLetter(rs[i]) || unicode.IsDigit(rs[i]))
	}
	for i, r := range rs {
		switch {
		case r == '"' || r == '\u201c' || r == '\u201d':
			continue
		case r == '\'' || isApostrophe(r):
			if word(i-1) && word(i+1) {
				b.WriteRune('\'')
			}
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// entryCosines fills, for each entry d, best[d] with the highest cosine
// between q and any text of entry d, top3[d] with the mean of its three
// highest (fewer when the entry has fewer texts), and cent[d] with the
// cosine between q and the entry's centroid. Each slice holds one slot
// per entry; best must be reset to -1.
//
// via[d] is the example row that gave entry d its best cosine, or -1 when
// one of its own texts did.
func (s *semIndex) entryCosines(q []float32, best, top3, cent []float64, via []int) {
	dim := s.dim
	tops := make([][3]float64, len(best))
	counts := make([]int, len(best))
	for d := range tops {
		tops[d] = [3]float64{-1, -1, -1}
	}
	for r, d := range s.tdoc {
		c := float64(dot(q, s.mat[r*dim:(r+1)*dim]))
		if c > best[d] {
			best[d] = c
		}
		counts[d]++
		t := &tops[d]
		switch {
		case c > t[0]:
			t[2], t[1], t[0] = t[1], t[0], c
		case c > t[1]:
			t[2], t[1] = t[1], c
		case c > t[2]:
			t[2] = c
		}
	}
	// Examples lift an entry's best cosine only; the agreement features
	// are the curated texts'.
	for d := range via {
		via[d] = -1
	}
	for r, ds := range s.xdoc {
		c := float64(dot(q, s.xmat[r*dim:(r+1)*dim]))
		for _, d := range ds {
			if c > best[d] {
				best[d] = c
				via[d] = r
			}
		}
	}
	for d, t := range tops {
		k := min(counts[d], 3)
		var sum float64
		for _, c := range t[:k] {
			sum += c
		}
		if k > 0 {
			top3[d] = sum / float64(k)
		}
		cent[d] = float64(dot(q, s.cent[d*dim:(d+1)*dim]))
	}
}

// dot is the inner product of two vectors of equal length. It is marked
// norace: it only reads, and the race detector would make it the slowest
// part of every test that searches.
//
//go:norace
func dot(a, b []float32) float32 {
	b = b[:len(a)]
	var s0, s1, s2, s3 float32
	i := 0
	for ; i+4 <= len(a); i += 4 {
		s0 += a[i] * b[i]
		s1 += a[i+1] * b[i+1]
		s2 += a[i+2] * b[i+2]
		s3 += a[i+3] * b[i+3]
	}
	for ; i < len(a); i++ {
		s0 += a[i] * b[i]
	}
	return s0 + s1 + s2 + s3
}

// fusedSearch ranks every entry by the fused score of one text; lexical
// holds that text's lexical hits (a generous limit, so that the lexical
// score of any likely entry is known). ok is false when the encoder could
// not be reached before ctx ended.
func (b *Base) fusedSearch(ctx context.Context, text string, lexical Result, opt SearchOptions) (Result, bool) {
	q, ok := b.sem.embed(ctx, text)
	if !ok {
		return lexical, false
	}
	return b.fuseWith(q, lexical, opt), true
}

// fuseWith fuses a query vector with a lexical result.
func (b *Base) fuseWith(q []float32, lexical Result, opt SearchOptions) Result {
	n := len(b.entries)
	best := make([]float64, n)
	for i := range best {
		best[i] = -1
	}
	top3 := make([]float64, n)
	cent := make([]float64, n)
	via := make([]int, n)
	b.sem.entryCosines(q, best, top3, cent, via)
	doc := make(map[*Entry]int, n)
	lex := make(map[*Entry]Hit, len(lexical.Hits))
	for _, h := range lexical.Hits {
		lex[h.Entry] = h
	}
	res := Result{Terms: lexical.Terms, Corrected: lexical.Corrected, Domain: lexical.Domain, Semantic: true}
	// Five at least: the runner-up of the confidence may be past a top
	// hit's co-answers.
	keep := max(opt.Limit, 5)
	hits := make([]Hit, 0, keep)
	top2 := [2]float64{-1, -1}
	for d, e := range b.entries {
		c := best[d]
		if c > top2[0] {
			top2[1], top2[0] = top2[0], c
		} else if c > top2[1] {
			top2[1] = c
		}
		if opt.Kind != "" && e.Kind != opt.Kind {
			continue
		}
		doc[e] = d
		h := lex[e]
		h.Entry = e
		h.Lexical = h.Score
		h.Cosine = c
		h.Score = b.sem.w*max(c, 0) + (1-b.sem.w)*h.Lexical
		hits = insertTop(hits, h, keep)
	}
	res.TopCosine = max(top2[0], 0)
	if len(hits) > 0 {
		t := hits[0]
		var f [NumFeatures]float64
		f[0], f[2], f[3], f[4], f[5] = t.Score, t.Cosine, t.Lexical, t.Coverage, res.Domain
		// The runner-up is the best hit that is not a co-answer of the
		// top one: an entry lifted by the same labelled example, which
		// its labellers found answers the message as well, is not a
		// rival ("my husband's getting snipped": vasectomy and male
		// contraception both, each at the same cosine).
		ru := 1
		for td := doc[t.Entry]; ru < len(hits) && via[td] >= 0 && via[doc[hits[ru].Entry]] == via[td]; ru++ {
		}
		f[1] = t.Score
		if ru < len(hits) {
			f[1] = t.Score - hits[ru].Score
		}
		// The closest other entry in meaning, whatever its kind.
		other := top2[0]
		if t.Cosine >= top2[0] {
			other = top2[1]
		}
		f[6] = t.Cosine - other
		if len(lexical.Hits) > 0 && lexical.Hits[0].Entry == t.Entry {
			f[7] = 1
		}
		if t.Cosine >= top2[0] {
			f[8] = 1
		}
		f[9] = math.Log1p(float64(len(lexical.Terms)))
		// How the top entry's texts agree as a whole, not only its one
		// closest text, and against the runner-up; and whether the
		// runner-up is a sibling the entries name as related, whose
		// closeness signals a confusable pair.
		td := doc[t.Entry]
		f[10], f[11] = top3[td], cent[td]
		if ru < len(hits) {
			u := hits[ru]
			ud := doc[u.Entry]
			f[12] = cent[td] - cent[ud]
			f[13] = top3[td] - top3[ud]
			if slices.Contains(t.Entry.Related, u.Entry.ID) || slices.Contains(u.Entry.Related, t.Entry.ID) {
				f[14] = 1
				if t.Score > 0 {
					f[15] = u.Score / t.Score
				}
			}
		}
		res.Features = f[:]
		res.Confidence = fusedConfidence(f)
	}
	if len(hits) > opt.Limit {
		hits = hits[:opt.Limit]
	}
	res.Hits = hits
	return res
}

// NumFeatures is the number of inputs of the fused confidence, in the
// order of Result.Features: the top fused score, its margin over the
// runner-up, the top entry's cosine and lexical score, the lexical
// coverage of the message, the share of its words the base knows, the
// top entry's cosine margin over the closest other entry, and whether the
// words alone and the meaning alone rank the same entry first (1 or 0),
// the log of the number of analysed terms (long messages score lower
// for the same fit); then the top entry's mean cosine over its three
// closest texts and its cosine with the entry's centroid, the margins of
// both over the runner-up, whether the runner-up is a related entry (1 or
// 0), and if so the runner-up's score as a share of the top one.
const NumFeatures = 16

// fusedConfidence is the probability that the top hit is the right entry,
// from a logistic over the features. The weights were fitted by
// TestFitFusedConfidence on the embedded entries' question variants, each
// held out in turn (positives when it still finds its entry), on labelled
// real messages, and on off-topic and in-domain-but-unanswered messages
// (negatives).
func fusedConfidence(x [NumFeatures]float64) float64 {
	z := fusedBias
	for i, w := range fusedW {
		z += w * x[i]
	}
	return 1 / (1 + math.Exp(-z))
}

// Fitted weights of fusedConfidence, in the order of FusedFeatures.
var fusedW = [NumFeatures]float64{-0.440, 10.094, -3.111, 2.232, -0.051, 5.044, -0.109, 0.246, 0.258, 0.603, -4.115, 11.911, 3.428, 0.186, 0.037, 0.298}

const fusedBias = -10.928
