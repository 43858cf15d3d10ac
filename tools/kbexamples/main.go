// Command kbexamples rebuilds knowledge/examples.jsonl, the labelled real
// messages that search uses as more ways of asking for an entry (see
// knowledge.Example), from the evaluation sets under testdata/eval. Run it
// from the repository root after a set's read half changes or entries are
// renamed:
//
//	go run ./tools/kbexamples && go run ./tools/kbvectors
//
// Only lines people have already read and acted on are taken: every line
// of the first three sets, and half A (the odd lines) of the later ones
// up to lastReadHalf. Half B of a set is never read, never an example,
// and so stays a fair measure of what the examples buy on messages the
// search has not seen (README: labelled examples).
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/candorbot/candor/knowledge"
)

// readInFull are the sets read line by line before the half rule began.
var readInFull = []string{"blind/general.jsonl", "blind/topics.jsonl", "blind2/blind2.jsonl", "blind3/topics.jsonl"}

// firstHalved and lastReadHalf bound the sets (blindN/topics.jsonl) whose
// half A has been read; raise lastReadHalf when a new set's half A is.
const (
	firstHalved  = 4
	lastReadHalf = 50
)

func main() {
	if err := run("testdata/eval", "knowledge/content", "knowledge/examples.jsonl"); err != nil {
		fmt.Fprintln(os.Stderr, "kbexamples:", err)
		os.Exit(1)
	}
}

type evalCase struct {
	Text  string          `json:"text"`
	Want  string          `json:"want"`
	Entry json.RawMessage `json:"entry"`
}

func (c evalCase) entries() []string {
	var one string
	if json.Unmarshal(c.Entry, &one) == nil {
		if one == "" {
			return nil
		}
		return []string{one}
	}
	var ids []string
	json.Unmarshal(c.Entry, &ids)
	return ids
}

func run(evalDir, contentDir, out string) error {
	kb, err := knowledge.Load(os.DirFS(contentDir))
	if err != nil {
		return fmt.Errorf("load %s (run from the repository root): %w", contentDir, err)
	}
	curated := map[string]bool{}
	for _, e := range kb.Entries() {
		for _, t := range knowledge.SemanticTexts(e) {
			curated[fold(t)] = true
		}
	}
	type source struct {
		path  string
		halfA bool
	}
	var srcs []source
	for _, p := range readInFull {
		srcs = append(srcs, source{p, false})
	}
	for n := firstHalved; n <= lastReadHalf; n++ {
		srcs = append(srcs, source{fmt.Sprintf("blind%d/topics.jsonl", n), true})
	}
	var exs []*knowledge.Example
	byText := map[string]*knowledge.Example{}
	var unknown, dup, isVariant int
	for _, s := range srcs {
		f, err := os.Open(filepath.Join(evalDir, s.path))
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for line := 1; sc.Scan(); line++ {
			if s.halfA && line%2 == 0 {
				continue
			}
			var c evalCase
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				f.Close()
				return fmt.Errorf("%s:%d: %w", s.path, line, err)
			}
			if c.Want != "answer" && c.Want != "myth" {
				continue
			}
			var ids []string
			for _, id := range c.entries() {
				if _, ok := kb.Entry(id); !ok {
					unknown++
					continue
				}
				ids = append(ids, id)
			}
			text := strings.TrimSpace(c.Text)
			if len(ids) == 0 || text == "" {
				continue
			}
			if curated[fold(text)] {
				isVariant++
				continue
			}
			if e := byText[fold(text)]; e != nil {
				dup++
				for _, id := range ids {
					if !slices.Contains(e.Entries, id) {
						e.Entries = append(e.Entries, id)
					}
				}
				continue
			}
			set := strings.TrimSuffix(filepath.Dir(s.path), "/")
			if set == "blind" {
				set = "blind1/" + strings.TrimSuffix(filepath.Base(s.path), ".jsonl")
			}
			e := &knowledge.Example{Text: text, Entries: ids, From: fmt.Sprintf("%s:%d", set, line)}
			byText[fold(text)] = e
			exs = append(exs, e)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	w, err := os.Create(out)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	ids := map[string]int{}
	for _, e := range exs {
		sort.Strings(e.Entries)
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		bw.Write(append(b, '\n'))
		for _, id := range e.Entries {
			ids[id]++
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d examples of %d entries (%d repeated texts merged, %d already question variants, %d labels naming no entry dropped)\n",
		out, len(exs), len(ids), dup, isVariant, unknown)
	return nil
}

// fold is the form two texts are compared in: case and surrounding space
// do not make a new example.
func fold(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
