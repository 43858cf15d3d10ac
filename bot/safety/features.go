package safety

import (
	"math"
	"sort"
	"strings"
	"unicode"
)

// maxFeatureRunes bounds the text the learned model reads from one message.
const maxFeatureRunes = 2000

// fnv64 hashes s with FNV-1a, seeded so each feature block has its own
// hash function.
func fnv64(seed uint64, s string) uint64 {
	h := uint64(14695981039346656037) ^ seed
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// modelWords lower-cases text, drops apostrophes ("i'm" -> "im") and splits
// it on everything that is not a letter or a digit.
func modelWords(text string) []string {
	var sb strings.Builder
	n := 0
	for _, r := range text {
		if n == maxFeatureRunes {
			break
		}
		n++
		switch {
		case r == '\'' || r == '\u2019' || r == '\u2018':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			sb.WriteRune(unicode.ToLower(r))
		default:
			sb.WriteByte(' ')
		}
	}
	return strings.Fields(sb.String())
}

// sparse is a sparse feature vector: sorted, distinct indices.
type sparse struct {
	idx []int32
	val []float32
}

// hashedBlock counts hashed n-grams into buckets at offset, with log-tf
// weights, L2-normalised, and appends them to sp.
func hashedBlock(sp *sparse, grams []string, seed uint64, buckets, offset int) {
	if len(grams) == 0 {
		return
	}
	counts := make(map[int32]float64, len(grams))
	for _, g := range grams {
		counts[int32(offset+int(fnv64(seed, g)%uint64(buckets)))]++
	}
	keys := make([]int32, 0, len(counts))
	var norm float64
	for k, c := range counts {
		keys = append(keys, k)
		w := 1 + math.Log(c)
		counts[k] = w
		norm += w * w
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	norm = math.Sqrt(norm)
	for _, k := range keys {
		sp.idx = append(sp.idx, k)
		sp.val = append(sp.val, float32(counts[k]/norm))
	}
}

// ngramFeatures returns the hashed word uni- and bigrams (block at offset)
// and character 3- to 5-grams (block at offset+wordBuckets) of text.
func ngramFeatures(text string, wordBuckets, charBuckets, offset int) sparse {
	words := modelWords(text)
	var sp sparse
	grams := make([]string, 0, 2*len(words))
	for i, w := range words {
		grams = append(grams, w)
		if i > 0 {
			grams = append(grams, words[i-1]+" "+w)
		}
	}
	hashedBlock(&sp, grams, 1, wordBuckets, offset)
	if charBuckets > 0 && len(words) > 0 {
		s := " " + strings.Join(words, " ") + " "
		rs := []rune(s)
		chars := make([]string, 0, 3*len(rs))
		for n := 3; n <= 5; n++ {
			for i := 0; i+n <= len(rs); i++ {
				chars = append(chars, string(rs[i:i+n]))
			}
		}
		hashedBlock(&sp, chars, 2, charBuckets, offset+wordBuckets)
	}
	return sp
}
