package encoder_test

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"testing"
)

// TestDataChecksums pins the committed model data. When tools/useconvert
// rebuilds it on purpose, update the sums here and re-run the golden tests.
func TestDataChecksums(t *testing.T) {
	want := map[string]string{
		"weights.bin": "aa143723c2b9b3e6dad1818f71d581e656a645c74abedbfe14090134476bf5ee",
		"vocab.bin":   "8b4c6ce14588c92f03b9c6f49c37743ac9e48fece3aa521db44a01488b826259",
		"LICENSE":     "4458503dd48e88c4e0b945fb252a08b93c40ec757309b8ffa7c594dfa1e35104",
		"NOTICE":      "2ea7ce01913bba8ea6f789feceeb2405a07610a0967c97ae0e9c72ae9d814f8b",
	}
	for name, sum := range want {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("data", name))
			if err != nil {
				t.Fatal(err)
			}
			h := sha256.Sum256(b)
			if got := hex.EncodeToString(h[:]); got != sum {
				t.Errorf("sha256(data/%s) = %s, want %s", name, got, sum)
			}
		})
	}
}

// TestFingerprint checks that the fingerprint is the sha256 of the weight
// file followed by the vocabulary file.
func TestFingerprint(t *testing.T) {
	m := loadModel(t)
	h := sha256.New()
	for _, name := range []string{"weights.bin", "vocab.bin"} {
		b, err := os.ReadFile(filepath.Join("data", name))
		if err != nil {
			t.Fatal(err)
		}
		h.Write(b)
	}
	if got, want := m.Fingerprint(), hex.EncodeToString(h.Sum(nil)); got != want {
		t.Errorf("Fingerprint() = %s, want %s", got, want)
	}
}
