// Command probesafety prints, for each message of JSONL files, the rules'
// verdict, the learned model's class probabilities (both variants) and the
// neighbour bank's margins, so that decision
// thresholds can be studied offline. Usage:
//
//	go run ./tools/probesafety FILE.jsonl... > probs.jsonl
package main

import (
	"bufio"
	"encoding/json"
	"log"
	"os"

	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/knowledge/encoder"
)

func main() {
	m, err := safety.LoadModel()
	if err != nil {
		log.Fatal(err)
	}
	enc, err := encoder.Load()
	if err != nil {
		log.Fatal(err)
	}
	bank, err := safety.LoadBank()
	if err != nil {
		log.Fatal(err)
	}
	rules := safety.New()
	out := json.NewEncoder(os.Stdout)
	for _, path := range os.Args[1:] {
		f, err := os.Open(path)
		if err != nil {
			log.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var row map[string]any
			if err := json.Unmarshal(sc.Bytes(), &row); err != nil {
				log.Fatalf("%s: %v", path, err)
			}
			text, _ := row["text"].(string)
			v := rules.Classify(text)
			vec := enc.Embed(text)
			p, _ := m.Predict(text, vec)
			// the neighbour bank's margins, read by the second opinions
			margins := map[string]float64{}
			for name, kind := range map[string]safety.BankKind{"crisis": safety.BankCrisis, "clinical": safety.BankClinical, "harmful": safety.BankHarmful} {
				margins[name], _ = bank.MarginOf(kind, vec)
			}
			row["margins"] = margins
			probs := map[string]float64{}
			for i, c := range safety.Classes {
				probs[c] = p.Probs[i]
			}
			row["file"] = path
			row["rule_action"] = v.Action
			row["rule_category"] = v.Category
			row["rule"] = v.Rule
			row["rule_support"] = v.Support
			row["probs"] = probs
			// the n-gram variant's reading of the same text, for comparing
			// the two variants
			if pn, ok := m.Predict(text, nil); ok {
				ngram := map[string]float64{}
				for i, c := range safety.Classes {
					ngram[c] = pn.Probs[i]
				}
				row["probs_ngram"] = ngram
				row["th_ngram"] = pn.Thresholds
			}
			row["th"] = p.Thresholds
			if err := out.Encode(row); err != nil {
				log.Fatal(err)
			}
		}
		f.Close()
	}
}
