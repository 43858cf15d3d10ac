package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"

	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge"
)

// kbCorpusFile is the corpus file of the knowledge base's own question
// variants, all labelled benign-scope: the questions the bot exists to
// answer. Without them the model read short education questions that
// share words with harmful or crisis examples ("how do i put on a
// condom", "i use a wheelchair how can i have sex", "i think im addicted
// to porn") as harmful requests or crises.
const kbCorpusFile = "kb.jsonl"

// kbSkip names entries whose variants may be disclosures or describe harm
// (assault, abuse, coercion, image abuse and the like): of those, only the
// variants asked in general (no first-person word) go in, so the model
// learns that "what options does someone have after an assault" is a
// question while never learning that a disclosure is one.
var kbSkip = regexp.MustCompile(`assault|abuse|coerc|violence|groom|sextort|traffick|suicid|self-harm|crisis|rape|stealth|consent|pressure|image-based|nudes|revenge|stalk|control`)

// firstPerson matches a first-person word.
var firstPerson = regexp.MustCompile(`(?i)\b(?:i|me|my|mine|myself|im|ive|id|ill|i'm|i've|i'd|i'll|i’m|i’ve|we|us|our|ours)\b`)

// writeKBCorpus writes corpus/kb.jsonl from the embedded knowledge base:
// every question variant that the deterministic rules leave alone (no
// crisis, refusal, decline or support rule fires) and, for an entry kbSkip
// names, is asked in general.
func writeKBCorpus(dir string) error {
	base, err := knowledge.LoadEmbedded()
	if err != nil {
		return err
	}
	rules := safety.New()
	f, err := os.Create(filepath.Join(dir, kbCorpusFile))
	if err != nil {
		return err
	}
	enc := json.NewEncoder(f)
	n, skipped := 0, 0
	for _, e := range base.Entries() {
		sensitive := kbSkip.MatchString(e.ID)
		for _, q := range e.Questions {
			if sensitive && firstPerson.MatchString(q) {
				continue
			}
			if v := rules.Classify(q); v.Action != safety.ActionNone || v.Support {
				skipped++
				continue
			}
			if err := enc.Encode(row{Text: q, Label: safety.ClassBenignScope, Writer: "kb:" + e.ID}); err != nil {
				f.Close()
				return err
			}
			n++
		}
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d question variants (%d left out: a rule fires)\n", filepath.Join(dir, kbCorpusFile), n, skipped)
	return nil
}
