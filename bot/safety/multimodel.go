package safety

import (
	"bytes"
	_ "embed"
	"errors"
	"strings"
)

// The multilingual crisis model reads messages in the languages under
// data/lang that the curated phrases do not match. It is the same kind of
// model as the English one (multinomial logistic regression over hashed
// word and character n-grams, n-grams only: the sentence encoder reads
// English alone), trained by tools/trainsafety -multi on the corpus in
// data/mlcorpus, one file per language, over the text as NormalizeMulti
// leaves it, so accents, case and width do not matter.

//go:embed data/model_ml.bin
var embeddedMultiModel []byte

// LoadMultiModel returns the multilingual crisis model committed in
// bot/safety/data/model_ml.bin. It returns an error only if that file is
// malformed or has a sentence-vector variant.
func LoadMultiModel() (*Model, error) {
	m, err := ReadModel(bytes.NewReader(embeddedMultiModel))
	if err != nil {
		return nil, err
	}
	if m.pick(0) == nil {
		return nil, errors.New("multilingual model: no n-gram variant")
	}
	return m, nil
}

// WithModel returns a copy of m that asks the multilingual model mm about
// messages in a covered language that no crisis phrase matched. A nil mm
// returns m.
func (m *Multilingual) WithModel(mm *Model) *Multilingual {
	if mm == nil {
		return m
	}
	cp := *m
	cp.model = mm
	return &cp
}

// Model returns the multilingual model m consults, or nil.
func (m *Multilingual) Model() *Model { return m.model }

// modelVerdict asks the model about norm, a message no phrase matched, in
// the first language of prefer: nothing when that is English, uncovered,
// or the model sees no risk; a crisis verdict at the model's CrisisHigh;
// the support tier (crisis lines beside the usual reply) at CrisisLow.
func (m *Multilingual) modelVerdict(norm string, prefer []string) MultiVerdict {
	if m.model == nil {
		return MultiVerdict{}
	}
	code := ""
	for _, c := range prefer {
		if c == "" {
			continue
		}
		if _, ok := m.langs[c]; ok {
			code = c
		}
		break
	}
	if code == "" || code != "tl" && code != "hi" && mostlyEnglish(norm) {
		return MultiVerdict{}
	}
	p, ok := m.model.Predict(norm, nil)
	if !ok {
		return MultiVerdict{}
	}
	th, crisis := p.Thresholds, p.Crisis()
	if crisis < th.CrisisLow {
		return MultiVerdict{}
	}
	class, _ := p.Top(true)
	cat := categoryOfClass(class)
	v := MultiVerdict{Langs: []string{code}, Phrase: "model/" + class}
	v.Category, v.LineCategory = cat, lineFor(cat)
	v.Class, v.Probability, v.Variant = class, crisis, "multilingual"
	if crisis >= th.CrisisHigh {
		v.Action, v.Rule = ActionCrisis, "multilingual/"+code+"/model"
		v.Sure = crisis >= th.CrisisSure
		return v
	}
	v.Support, v.Rule = true, "multilingual/"+code+"/support"
	return v
}

// englishWords are common English words that are not words, or
// normalised words, of the covered languages: not "me", "do", "to" or "a"
// (Spanish, Portuguese), "will", "was" or "her" (German), "my" or "we"
// (Polish), "is" or "can" (Turkish "iş", "can"), "he" (Spanish).
var englishWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("the and you your with how what without it are this that about being would should could does want wanting try bring up they them there their from have just really when where which who into for of if get our his she been not") {
		englishWords[w] = true
	}
}

// mostlyEnglish reports a message with at least seven common English
// words making up a third of its words or more: a French opener before
// an English question ("je sais pas si je peux écrire en français ici
// mais bon: how do you bring up wanting to try light bondage with your
// chum", blind45) was read by the multilingual model as suicidal at
// 0.92. The English rules and model have read the message already.
// Tagalog and Hindi are not asked about: Taglish and Hinglish mix English
// into every sentence.
func mostlyEnglish(norm string) bool {
	n, total := 0, 0
	for _, w := range strings.Fields(norm) {
		w = strings.Trim(w, ".,!?:;|\"'()")
		if w == "" {
			continue
		}
		total++
		if englishWords[w] {
			n++
		}
	}
	return n >= 7 && 3*n >= total
}
