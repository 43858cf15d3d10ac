package encoder

import (
	"strings"
	"unicode/utf16"

	"golang.org/x/text/unicode/norm"
)

// wordMark is sentencepiece's word-boundary mark, U+2581.
const wordMark = '▁'

// reservedPieces is how many pieces at the start of the vocabulary (unknown,
// <s>, </s>, three extra ids) never take part in segmentation.
const reservedPieces = 6

// tokenizer is the unigram (Viterbi) segmenter of @energetic-ai/embeddings
// 0.2.0 (lib/tokenizer.ts and lib/trie.ts), reproduced decision for
// decision so that token ids equal the reference's, quirks included:
//
//   - only U+0020 spaces become "▁" (tabs and newlines stay as they are);
//   - a position where no piece starts becomes the unknown piece (id 0)
//     of length one, scoring 0;
//   - for each end position candidates are tried by ascending start, and one
//     replaces the best so far when its score is >= the best or the best is
//     exactly 0;
//   - the backtrack steps back by the chosen piece's length in UTF-16 code
//     units (JavaScript string length);
//   - runs of consecutive unknown ids collapse into one.
type tokenizer struct {
	pieces []piece
	u16len []int // JavaScript length of each piece
	// trie edges: (node, rune) -> child node; node 0 is the root.
	edges map[edge]int32
	// per node: vocabulary id when a piece ends there, else -1.
	ends []int32
}

type edge struct {
	node int32
	r    rune
}

func newTokenizer(pieces []piece) *tokenizer {
	t := &tokenizer{
		pieces: pieces,
		u16len: make([]int, len(pieces)),
		edges:  make(map[edge]int32, 3*len(pieces)),
		ends:   []int32{-1},
	}
	for id, p := range pieces {
		t.u16len[id] = len(utf16.Encode([]rune(p.text)))
		if id < reservedPieces || p.text == "" {
			continue
		}
		node := int32(0)
		for _, r := range p.text {
			e := edge{node, r}
			child, ok := t.edges[e]
			if !ok {
				child = int32(len(t.ends))
				t.ends = append(t.ends, -1)
				t.edges[e] = child
			}
			node = child
		}
		// A duplicate piece replaces the earlier one, as in the reference trie.
		t.ends[node] = int32(id)
	}
	return t
}

// encode returns the token ids of text, all of them (the model uses the
// first maxTokens).
func (t *tokenizer) encode(text string) []int {
	s := norm.NFKC.String(text)
	if s == "" {
		return nil
	}
	syms := []rune(string(wordMark) + strings.ReplaceAll(s, " ", string(wordMark)))
	n := len(syms)
	best := make([]float64, n+1)
	words := make([]int32, n+1)
	// Every candidate ending at e starts before e, so visiting starts in
	// ascending order settles best[i] before any candidate starting at i is
	// tried, and tries the candidates of each end in ascending start order,
	// which is the order of the reference's loop over end positions.
	for i := 0; i < n; i++ {
		found := false
		node := int32(0)
		for j := i; j < n; j++ {
			child, ok := t.edges[edge{node, syms[j]}]
			if !ok {
				break
			}
			node = child
			if id := t.ends[node]; id >= 0 {
				found = true
				t.relax(best, words, i, j+1, t.pieces[id].score, id)
			}
		}
		if !found {
			t.relax(best, words, i, i+1, 0, 0)
		}
	}
	var rev []int
	for it := n; it > 0; {
		id := int(words[it])
		rev = append(rev, id)
		it -= t.u16len[id]
	}
	ids := make([]int, 0, len(rev))
	prevUnk := false
	for k := len(rev) - 1; k >= 0; k-- {
		// The reference merges unknowns while walking the reversed list; the
		// result is the same walking it forwards.
		id := rev[k]
		if !(prevUnk && id == 0) {
			ids = append(ids, id)
		}
		prevUnk = id == 0
	}
	return ids
}

func (t *tokenizer) relax(best []float64, words []int32, start, end int, score float64, id int32) {
	s := score + best[start]
	if best[end] == 0 || s >= best[end] {
		best[end] = s
		words[end] = id
	}
}
