package safety

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"sort"
)

// CorpusHash returns the sha256 of the training corpus: every *.jsonl file
// in fsys, in name order, each as its name, a NUL, its bytes and a NUL. The
// model file records it, so a stale model can be detected. It returns an
// error when a file cannot be read.
func CorpusHash(fsys fs.FS) (string, error) {
	names, err := fs.Glob(fsys, "*.jsonl")
	if err != nil {
		return "", fmt.Errorf("hash corpus: %w", err)
	}
	sort.Strings(names)
	h := sha256.New()
	for _, n := range names {
		b, err := fs.ReadFile(fsys, n)
		if err != nil {
			return "", fmt.Errorf("hash corpus: %w", err)
		}
		h.Write([]byte(n))
		h.Write([]byte{0})
		h.Write(b)
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
