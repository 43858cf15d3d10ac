package knowledge

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"unicode"
)

//go:embed content
var content embed.FS

//go:embed lexicon/general.txt
var generalLexicon string

// embeddedVectors are the built-in encoder's vectors of the embedded
// entries' texts, rebuilt by `go run ./tools/kbvectors` whenever entries
// change (a test fails when they are stale).
//
//go:embed vectors.bin
var embeddedVectors []byte

// EmbeddedVectors returns the precomputed sentence vectors of the embedded
// knowledge base, or nil when none are committed. It returns an error when
// the file is corrupt.
func EmbeddedVectors() (*Vectors, error) {
	if len(embeddedVectors) == 0 {
		return nil, nil
	}
	v, err := ReadVectors(bytes.NewReader(embeddedVectors))
	if err != nil {
		return nil, fmt.Errorf("embedded vectors: %w", err)
	}
	return v, nil
}

// Embedded returns the curated knowledge base that ships inside the binary.
func Embedded() fs.FS {
	sub, err := fs.Sub(content, "content")
	if err != nil {
		panic(err) // the directory is embedded at build time
	}
	return sub
}

// Base is a loaded knowledge base: its entries, by id, and the search index
// over them. It is immutable and safe for concurrent use.
type Base struct {
	entries []*Entry
	byID    map[string]*Entry
	tags    map[string][]*Entry
	index   *Index
	lex     *Lexicon
	sem     *semIndex // nil: lexical search only
	// examples[d] are the labelled example messages of entry d (see
	// WithExamples); nil when there are none.
	examples [][]string
}

// Load parses the knowledge base in fsys and builds its index. Errors name
// the file, line and problem.
func Load(fsys fs.FS) (*Base, error) {
	entries, lx, err := ParseFS(fsys)
	if err != nil {
		return nil, err
	}
	return NewBase(entries, lx)
}

// LoadEmbedded loads the curated knowledge base that ships with Candor.
func LoadEmbedded() (*Base, error) { return Load(Embedded()) }

// LoadMerged loads base, then adds the entries of extra, an entry of extra
// replacing one of base with the same id. Lexicons are combined.
func LoadMerged(base, extra fs.FS) (*Base, error) {
	a, la, err := ParseFS(base)
	if err != nil {
		return nil, err
	}
	b, lb, err := ParseFS(extra)
	if err != nil {
		return nil, err
	}
	byID := map[string]int{}
	for i, e := range a {
		byID[e.ID] = i
	}
	for _, e := range b {
		if i, ok := byID[e.ID]; ok {
			a[i] = e
		} else {
			a = append(a, e)
		}
	}
	sort.Slice(a, func(i, j int) bool { return a[i].ID < a[j].ID })
	return NewBase(a, la.Merge(lb))
}

// NewBase indexes entries. It returns an error when two entries share an id.
// The engine's general-English lexicon is always added to lx, unless lx
// already holds it (the Lexicon of a base made here): then lx itself is
// used, so a base rebuilt from another's entries and lexicon shares the
// lexicon's memo of analysed text.
func NewBase(entries []*Entry, lx *Lexicon) (*Base, error) {
	if lx == nil || !lx.withGeneral {
		general, err := ParseLexicon("lexicon/general.txt", strings.NewReader(generalLexicon))
		if err != nil {
			return nil, fmt.Errorf("general lexicon: %w", err)
		}
		lx = general.Merge(lx)
		lx.withGeneral = true
	}
	b := &Base{entries: entries, byID: map[string]*Entry{}, tags: map[string][]*Entry{}, lex: lx}
	for _, e := range entries {
		if prev, dup := b.byID[e.ID]; dup {
			return nil, &ParseError{File: e.File, Msg: fmt.Sprintf("duplicate id %q (also in %s)", e.ID, prev.File)}
		}
		b.byID[e.ID] = e
		for _, t := range e.Tags {
			t = strings.ToLower(strings.TrimSpace(t))
			if t != "" {
				b.tags[t] = append(b.tags[t], e)
			}
		}
	}
	b.index = NewIndex(entries, lx)
	return b, nil
}

// Entries returns all entries, sorted by id. The slice must not be changed.
func (b *Base) Entries() []*Entry { return b.entries }

// Len returns the number of entries.
func (b *Base) Len() int { return len(b.entries) }

// Entry returns the entry with the given id.
func (b *Base) Entry(id string) (*Entry, bool) {
	e, ok := b.byID[id]
	return e, ok
}

// Search ranks the entries for a message; see SearchContext.
func (b *Base) Search(text string, opt SearchOptions) Result {
	return b.SearchContext(context.Background(), text, opt)
}

// KnowsEveryWord reports whether text has at least two analysed terms and
// the base's words include all of them, none by a typo correction. It
// runs the lexical analysis only, never the encoder.
func (b *Base) KnowsEveryWord(text string) bool {
	r := b.index.Search(text, SearchOptions{Limit: 1})
	return len(r.Terms) >= 2 && r.Domain >= 1 && len(r.Corrected) == 0
}

// SearchContext ranks the entries for a message. With an encoder (see
// WithEncoder) the ranking fuses meaning with words; when ctx ends before
// an encoder slot is free, the lexical ranking is returned instead. A
// message of several sentences is also ranked sentence by sentence:
// people wrap their question in context ("work has been insane. why has
// my sex drive dropped?"), and the sentence that asks is often clearer
// than the whole. The result with the highest confidence wins, a single
// sentence's discounted by sentenceDiscount since it ignores the rest of
// the message; with an encoder, a sentence may win only with an entry
// the whole message ranks among its sentenceAgree best.
func (b *Base) SearchContext(ctx context.Context, text string, opt SearchOptions) Result {
	if opt.Limit <= 0 {
		opt.Limit = 5
	}
	parts := sentences(text)
	if b.sem == nil {
		res := b.index.Search(text, opt)
		for _, p := range parts[:min(len(parts), 8)] {
			if len(parts) < 2 {
				break
			}
			if r := b.index.Search(p, opt); len(r.Terms) >= 2 {
				res = betterSentence(res, r)
			}
		}
		return res
	}
	lo := opt
	lo.Limit = max(opt.Limit, lexicalPool)
	lex := b.index.Search(text, lo)
	if len(parts) < 2 {
		if !hasLetters(text) {
			return trim(lex, opt.Limit)
		}
		r, ok := b.fusedSearch(ctx, text, lex, opt)
		if !ok {
			return trim(lex, opt.Limit)
		}
		return r
	}
	// Several sentences: embed each (the encoder's cost follows the
	// tokens, so this costs about what the whole message would), rank each,
	// and rank the whole message by the mean of their vectors, which is
	// close to the whole message's own vector since the encoder pools by
	// mean.
	if len(parts) > maxSemanticSentences {
		parts = parts[:maxSemanticSentences]
	}
	vecs := make([][]float32, 0, len(parts))
	for _, p := range parts {
		v, ok := b.sem.embed(ctx, p)
		if !ok {
			return trim(lex, opt.Limit)
		}
		vecs = append(vecs, v)
	}
	mean := make([]float32, b.sem.dim)
	for _, v := range vecs {
		for i, x := range v {
			mean[i] += x
		}
	}
	normalize(mean)
	// A sentence may win only with an entry the whole message also ranks
	// near the top (sentenceAgree): a side remark can be matched
	// confidently to something the message is not about ("every time i
	// finish i get this screaming headache ... lasts an hour" went to the
	// myth that sex should last for ages on "lasts an hour").
	wide := opt
	wide.Limit = max(opt.Limit, sentenceAgree)
	res := b.fuseWith(mean, lex, wide)
	agree := make(map[*Entry]bool, len(res.Hits))
	for _, h := range res.Hits {
		agree[h.Entry] = true
	}
	res = trim(res, opt.Limit)
	for i, p := range parts {
		r := b.fuseWith(vecs[i], b.index.Search(p, lo), opt)
		if t := r.Top(); t == nil || !agree[t.Entry] {
			continue
		}
		res = betterSentence(res, r)
	}
	return res
}

// sentenceAgree is how many of the whole message's best entries a single
// sentence's best entry must be among to stand for the message.
const sentenceAgree = 5

// betterSentence returns the whole message's ranking or one sentence's,
// whichever is more confident once the sentence's confidence is discounted
// by sentenceDiscount.
func betterSentence(whole, part Result) Result {
	if c := part.Confidence * sentenceDiscount; c > whole.Confidence {
		part.Confidence = c
		part.Domain = max(part.Domain, whole.Domain)
		part.TopCosine = max(part.TopCosine, whole.TopCosine)
		return part
	}
	return whole
}

// lexicalPool is how many lexical hits a fused search looks at: enough that
// any entry the words point to has its lexical score known.
const lexicalPool = 30

// maxSemanticSentences bounds the encoder calls one long message costs.
const maxSemanticSentences = 4

func trim(r Result, n int) Result {
	if len(r.Hits) > n {
		r.Hits = r.Hits[:n]
	}
	return r
}

func hasLetters(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// sentenceDiscount scales the confidence of a ranking made from one
// sentence of a longer message.
const sentenceDiscount = 0.9

// sentences splits a message at sentence ends and line breaks, keeping
// parts of three words or more. A shorter part is a fragment that names
// what the next sentence asks about ("herpes. how common is it really?",
// "Penis fracture. Real thing?"): it is joined to the next part, or to the
// last one when nothing follows, rather than dropped. It looks at the
// first 2,000 bytes only.
func sentences(text string) []string {
	if len(text) > 2000 {
		text = text[:2000]
	}
	var out []string
	frag := ""
	for _, p := range strings.FieldsFunc(text, func(r rune) bool {
		return r == '.' || r == '?' || r == '!' || r == '\n' || r == ';'
	}) {
		p = strings.TrimSpace(p)
		if !hasLetters(p) {
			continue
		}
		if frag != "" {
			p = frag + " " + p
			frag = ""
		}
		if len(strings.Fields(p)) < 3 {
			frag = p
			continue
		}
		out = append(out, p)
		if len(out) == 8 {
			break
		}
	}
	if frag != "" && len(out) > 0 && len(out) < 8 {
		out[len(out)-1] += " " + frag
	}
	return out
}

// Lexicon returns the synonym lexicon in use.
func (b *Base) Lexicon() *Lexicon { return b.lex }

// Tags returns every tag, sorted.
func (b *Base) Tags() []string {
	out := make([]string, 0, len(b.tags))
	for t := range b.tags {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

// ByTag returns the entries with a tag, sorted by title.
func (b *Base) ByTag(tag string) []*Entry {
	es := append([]*Entry(nil), b.tags[strings.ToLower(tag)]...)
	sort.Slice(es, func(i, j int) bool { return es[i].Title < es[j].Title })
	return es
}

// Suggest returns up to n entries for what a person has typed so far
// (autocomplete): titles containing the text first, then search hits.
// Empty text gives the first n entries by title.
func (b *Base) Suggest(text string, n int) []*Entry {
	if n <= 0 {
		return nil
	}
	text = strings.TrimSpace(text)
	var out []*Entry
	seen := map[string]bool{}
	add := func(e *Entry) {
		if len(out) < n && !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	sorted := append([]*Entry(nil), b.entries...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Title < sorted[j].Title })
	if text == "" {
		for _, e := range sorted {
			add(e)
		}
		return out
	}
	low := strings.ToLower(text)
	for _, e := range sorted {
		if strings.HasPrefix(strings.ToLower(e.Title), low) {
			add(e)
		}
	}
	for _, e := range sorted {
		if strings.Contains(strings.ToLower(e.Title), low) {
			add(e)
		}
	}
	for _, h := range b.index.Search(text, SearchOptions{Limit: n}).Hits {
		add(h.Entry)
	}
	return out
}

// WithParams returns a copy of the base indexed with other ranking
// weights, for experiments.
func (b *Base) WithParams(p Params) *Base {
	c := *b
	c.index = newIndex(b.entries, b.examples, b.lex, p)
	return &c
}

// WithExamples returns a copy of the base that searches with labelled
// example messages (see Example) as more ways of asking for their entries: in the
// words, as a field of their own (Params.WExamples) and as variants a
// message can match; in meaning, once WithEncoder is called on the copy,
// as texts whose cosine can raise an entry's best, never its agreement
// features (mean of the three closest texts, centroid), which stay those
// of the curated texts. Examples naming no entry of the base are ignored,
// so the embedded examples leave a base loaded from elsewhere (--kb)
// unchanged; it also returns how many were used.
func (b *Base) WithExamples(exs []Example) (*Base, int) {
	c := *b
	c.examples = make([][]string, len(b.entries))
	doc := make(map[string]int, len(b.entries))
	for d, e := range b.entries {
		doc[e.ID] = d
	}
	used := 0
	for _, ex := range exs {
		ok := false
		for _, id := range ex.Entries {
			if d, has := doc[id]; has && !slices.Contains(c.examples[d], ex.Text) {
				c.examples[d] = append(c.examples[d], ex.Text)
				ok = true
			}
		}
		if ok {
			used++
		}
	}
	if used == 0 {
		return b, 0
	}
	c.index = newIndex(b.entries, c.examples, b.lex, b.index.p)
	return &c, used
}
