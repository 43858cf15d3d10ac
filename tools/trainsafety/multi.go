package main

import (
	"bufio"
	"fmt"

	"log"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/candorbot/candor/bot/safety"
)

// The multilingual model's decision points. Its crisis verdict replaces the
// reply with crisis help in the person's language, so CrisisHigh keeps
// multiCrisisRecall of the validation crises but lets at most
// multiCrisisBudget of the benign validation messages reach it; the
// support tier (crisis lines beside the usual reply) aims at
// multiSupportRecall within multiSupportBudget.
const (
	multiCrisisRecall  = 0.90
	multiCrisisBudget  = 0.02
	multiSupportRecall = 0.97
	multiSupportBudget = 0.05
)

// multiSummary is written to model_ml_summary.json.
type multiSummary struct {
	Corpus      string                  `json:"corpus_sha256"`
	Train       int                     `json:"train"`
	Validation  int                     `json:"validation"`
	ByLanguage  map[string]int          `json:"messages_by_language"`
	Variant     variantSummary          `json:"variant"`
	HeldoutSets map[string]multiHeldout `json:"heldout_sets"`
}

// multiHeldout is how the phrases alone, and the phrases with the model,
// do on one of the multilingual test sets in bot/safety/testdata, which
// were written apart from the corpus and are never trained on.
type multiHeldout struct {
	Crisis              int            `json:"crisis"`
	Benign              int            `json:"benign"`
	PhrasesCrisis       float64        `json:"phrases_crisis_recall"`
	ModelCrisis         float64        `json:"phrases_and_model_crisis_recall"`
	ModelCrisisSupport  float64        `json:"phrases_and_model_crisis_or_support"`
	PhrasesBenignFlag   float64        `json:"phrases_benign_flagged"`
	ModelBenignFlag     float64        `json:"phrases_and_model_benign_crisis"`
	ModelBenignSupport  float64        `json:"phrases_and_model_benign_support"`
	ModelCrisisMissedBy map[string]int `json:"missed_by_language,omitempty"`
}

// runMulti trains the multilingual crisis model from dir/mlcorpus (one
// file per language, named by its code) and writes dir/model_ml.bin and
// dir/model_ml_summary.json. The text is read as safety.NormalizeMulti
// leaves it, as the bot gives it to the model. testdata names the
// directory of the multilingual test sets it reports on.
func runMulti(dir, testdata string) error {
	start := time.Now()
	rows, hash, err := loadCorpus(dir, "mlcorpus")
	if err != nil {
		return err
	}
	byLang := map[string]int{}
	var train, val []row
	for _, r := range rows {
		code, _, _ := strings.Cut(strings.TrimSuffix(r.file, ".jsonl"), "_")
		byLang[code]++
		r.Text = safety.NormalizeMulti(r.Text)
		if r.Text == "" {
			continue
		}
		if inValidation(r.Text) {
			val = append(val, r)
		} else {
			train = append(train, r)
		}
	}
	log.Printf("multilingual split: %d train, %d validation", len(train), len(val))
	m, vs, err := fitWith("multilingual", 0, true, train, val)
	if err != nil {
		return err
	}
	var pos, neg []float64
	for _, r := range val {
		p, _ := m.Predict(r.Text, nil)
		if strings.HasPrefix(r.Label, "crisis-") {
			pos = append(pos, p.Crisis())
		} else {
			neg = append(neg, p.Crisis())
		}
	}
	th := safety.Thresholds{
		CrisisHigh: math.Max(threshold(pos, multiCrisisRecall), budget(neg, multiCrisisBudget)),
		CrisisLow:  math.Max(threshold(pos, multiSupportRecall), budget(neg, multiSupportBudget)),
		Clinical:   2, // the multilingual model decides crises only
		Harmful:    2,
	}
	th.CrisisLow = math.Min(th.CrisisLow, th.CrisisHigh)
	th.CrisisSure = th.CrisisHigh
	m.Calibrate(vs.Temperature, th)
	vs.Thresholds = th
	vs.Validation = triage{}
	sum := multiSummary{Corpus: hash, Train: len(train), Validation: len(val), ByLanguage: byLang, Variant: vs, HeldoutSets: map[string]multiHeldout{}}
	phrases, err := safety.NewMultilingual()
	if err != nil {
		return err
	}
	withModel := phrases.WithModel(m)
	sets, _ := filepath.Glob(filepath.Join(testdata, "multilingual_*.tsv"))
	sort.Strings(sets)
	for _, set := range sets {
		h, err := scoreTSV(set, phrases, withModel)
		if err != nil {
			return err
		}
		sum.HeldoutSets[filepath.Base(set)] = h
		log.Printf("%s: crisis %d, phrases %.3f -> with model %.3f (or support %.3f); benign %d flagged %.3f -> %.3f (support %.3f)",
			filepath.Base(set), h.Crisis, h.PhrasesCrisis, h.ModelCrisis, h.ModelCrisisSupport, h.Benign, h.PhrasesBenignFlag, h.ModelBenignFlag, h.ModelBenignSupport)
	}
	if m, err = safety.Combine(hash, "", m); err != nil {
		return err
	}
	if _, err := writeModel(dir, "model_ml.bin", "model_ml_summary.json", m, sum); err != nil {
		return err
	}
	log.Printf("thresholds %+v; done in %s", th, time.Since(start).Round(time.Millisecond))
	return nil
}

// scoreTSV scores one multilingual test set (language, label, message per
// line; "benign" sets have language and message only) with the phrases
// alone and with the model. The language column stands in for the
// detected language.
func scoreTSV(path string, phrases, withModel *safety.Multilingual) (multiHeldout, error) {
	var h multiHeldout
	f, err := os.Open(path)
	if err != nil {
		return h, err
	}
	defer f.Close()
	var pc, mc, ms, pb, mb, sb int
	h.ModelCrisisMissedBy = map[string]int{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		var code, label, text string
		switch len(parts) {
		case 2:
			code, label, text = parts[0], "benign", parts[1]
		case 3:
			code, label, text = parts[0], parts[1], parts[2]
		default:
			return h, fmt.Errorf("%s: bad line %q", path, line)
		}
		pv := phrases.Classify(text, code)
		mv := withModel.Classify(text, code)
		if label == "crisis" {
			h.Crisis++
			if pv.Action == safety.ActionCrisis {
				pc++
			}
			if mv.Action == safety.ActionCrisis {
				mc++
			}
			if mv.Action == safety.ActionCrisis || mv.Support {
				ms++
			} else {
				h.ModelCrisisMissedBy[code]++
			}
		} else {
			h.Benign++
			if pv.Action == safety.ActionCrisis {
				pb++
			}
			if mv.Action == safety.ActionCrisis {
				mb++
			}
			if mv.Support {
				sb++
			}
		}
	}
	h.PhrasesCrisis, h.ModelCrisis, h.ModelCrisisSupport = share(pc, h.Crisis), share(mc, h.Crisis), share(ms, h.Crisis)
	h.PhrasesBenignFlag, h.ModelBenignFlag, h.ModelBenignSupport = share(pb, h.Benign), share(mb, h.Benign), share(sb, h.Benign)
	return h, sc.Err()
}
