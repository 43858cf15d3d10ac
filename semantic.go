package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"sync"

	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/knowledge/encoder"
)

// The encoder's weights are parsed once per process, however many
// commands or tests build an app.
var (
	encOnce sync.Once
	encM    *encoder.Model
	encErr  error
)

// The safety model is parsed once per process too.
var (
	safetyOnce sync.Once
	safetyM    *safety.Model
	safetyErr  error
)

// The multilingual crisis model likewise.
var (
	multiOnce sync.Once
	multiM    *safety.Model
	multiErr  error
)

func loadSafetyModel() (*safety.Model, error) {
	safetyOnce.Do(func() { safetyM, safetyErr = safety.LoadModel() })
	return safetyM, safetyErr
}

func loadMultiModel() (*safety.Model, error) {
	multiOnce.Do(func() { multiM, multiErr = safety.LoadMultiModel() })
	return multiM, multiErr
}

func loadEncoder() (*encoder.Model, error) {
	encOnce.Do(func() { encM, encErr = encoder.Load() })
	return encM, encErr
}

// addSemantic turns on the built-in sentence encoder for kb, unless
// CANDOR_SEMANTIC=off. The embedded base comes with precomputed vectors; a
// --kb directory gets its vectors computed once and cached on disk, in a
// file named by a hash of its texts and the model, so a later start loads
// them instead of running the encoder on every variant. A cache that cannot
// be read or written only costs time, never the answer.
//
// It also returns the encoder, behind a small cache of recent messages'
// vectors that the search and the safety model share, so a message is
// embedded once; nil when the encoder is off.
func addSemantic(cfg Config, f *coreFlags, kb *knowledge.Base, log *slog.Logger) (*knowledge.Base, *memoEmbedder, error) {
	if !cfg.Semantic {
		return kb, nil, nil
	}
	enc, err := loadEncoder()
	if err != nil {
		return nil, nil, fmt.Errorf("load sentence encoder: %w", err)
	}
	var exs []knowledge.Example
	if cfg.Examples {
		if exs, err = knowledge.EmbeddedExamples(); err != nil {
			return nil, nil, err
		}
		kb, _ = kb.WithExamples(exs)
	}
	m := newMemoEmbedder(enc, 64)
	var pre *knowledge.Vectors
	cachePath, cacheHit := "", false
	if f.kb == "" {
		if pre, err = knowledge.EmbeddedVectors(); err != nil {
			return nil, nil, err
		}
	} else {
		cachePath = vectorCachePath(cfg, kb, exs, m.Fingerprint())
		if cachePath != "" {
			if fh, err := os.Open(cachePath); err == nil {
				pre, err = knowledge.ReadVectors(fh)
				cacheHit = err == nil
				fh.Close()
				if err != nil {
					log.Warn("ignoring unreadable vector cache", "path", cachePath, "err", err)
					pre = nil
				}
			}
		}
		if pre == nil {
			// Entries shared with the embedded base (--kb-merge, or a
			// copy) keep their precomputed vectors; only new texts are
			// embedded.
			if pre, err = knowledge.EmbeddedVectors(); err != nil {
				return nil, nil, err
			}
		}
	}
	out, vecs := kb.WithEncoder(m, pre, knowledge.SemanticOptions{})
	if cachePath != "" && !cacheHit {
		if err := writeVectorCache(cachePath, vecs); err != nil {
			log.Warn("could not cache knowledge-base vectors", "path", cachePath, "err", err)
		}
	}
	return out, m, nil
}

// vectorCachePath names the cache file of a base's vectors: a hash of every
// text that gets a vector (the entries' and the examples') and of the
// model. "" when there is no cache directory.
func vectorCachePath(cfg Config, kb *knowledge.Base, examples []knowledge.Example, model string) string {
	dir := cfg.CacheDir
	if dir == "" {
		d, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		dir = filepath.Join(d, "candor")
	}
	var texts []string
	for _, e := range kb.Entries() {
		texts = append(texts, knowledge.SemanticTexts(e)...)
	}
	for _, ex := range examples {
		texts = append(texts, ex.Text)
	}
	sort.Strings(texts)
	h := sha256.New()
	h.Write([]byte(model))
	for _, t := range texts {
		h.Write([]byte{0})
		h.Write([]byte(t))
	}
	return filepath.Join(dir, "kb-"+hex.EncodeToString(h.Sum(nil))[:24]+".vec")
}

// writeVectorCache writes vecs to path atomically (a temporary file, then
// a rename), so a crash never leaves half a cache behind.
func writeVectorCache(path string, vecs *knowledge.Vectors) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".kb-*.vec")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := vecs.WriteTo(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
