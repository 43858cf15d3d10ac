// Command kbvectors rebuilds knowledge/vectors.bin, the built-in sentence
// encoder's vectors of the embedded knowledge base's texts (titles,
// question variants, claims) and of its labelled example messages
// (knowledge/examples.jsonl). Run it from the repository root after
// changing entries or examples:
//
//	go run ./tools/kbvectors
//
// Texts that did not change keep their vectors; new ones are embedded.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/candorbot/candor/knowledge"
	"github.com/candorbot/candor/knowledge/encoder"
)

func main() {
	if err := run("knowledge/content", "knowledge/examples.jsonl", "knowledge/vectors.bin"); err != nil {
		fmt.Fprintln(os.Stderr, "kbvectors:", err)
		os.Exit(1)
	}
}

func run(contentDir, examples, out string) error {
	kb, err := knowledge.Load(os.DirFS(contentDir))
	if err != nil {
		return fmt.Errorf("load %s (run from the repository root): %w", contentDir, err)
	}
	f, err := os.Open(examples)
	if err != nil {
		return err
	}
	exs, err := knowledge.ParseExamples(f)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", examples, err)
	}
	m, err := encoder.Load()
	if err != nil {
		return err
	}
	var pre *knowledge.Vectors
	if data, err := os.ReadFile(out); err == nil && len(data) > 0 {
		if pre, err = knowledge.ReadVectors(bytes.NewReader(data)); err != nil {
			fmt.Fprintf(os.Stderr, "kbvectors: ignoring %s: %v\n", out, err)
			pre = nil
		}
	}
	kb, _ = kb.WithExamples(exs)
	_, vecs := kb.WithEncoder(m, pre, knowledge.SemanticOptions{})
	var buf bytes.Buffer
	if _, err := vecs.WriteTo(&buf); err != nil {
		return err
	}
	if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d vectors of %d entries and %d examples (%d bytes)\n", out, vecs.Len(), kb.Len(), len(exs), buf.Len())
	return nil
}
