package safety_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// committedMultiModelSHA256 pins data/model_ml.bin: retraining it
// (go run ./tools/trainsafety -multi) changes it, and this constant with
// it, in the same commit.
const committedMultiModelSHA256 = "23338eb26b65aaee457b96ff21a9e7ec5c0a044e3bbfa524d3ff7f9725834710"

func TestCommittedMultiModelIsCurrent(t *testing.T) {
	corpus := checkPinned(t, "data/model_ml.bin", committedMultiModelSHA256, "data/mlcorpus")
	m, err := safety.LoadMultiModel()
	if err != nil {
		t.Fatal(err)
	}
	if m.Info().Corpus != corpus {
		t.Fatalf("the multilingual model was trained on corpus %s but data/mlcorpus is %s: run go run ./tools/trainsafety -multi", m.Info().Corpus, corpus)
	}
	vs := m.Info().Variants
	if len(vs) != 1 || vs[0].Dense != 0 {
		t.Fatalf("variants %+v, want one n-gram variant", vs)
	}
	if th := vs[0].Thresholds; !(th.CrisisLow > 0 && th.CrisisLow <= th.CrisisHigh && th.CrisisHigh < 1 && th.Clinical > 1 && th.Harmful > 1) {
		t.Errorf("implausible thresholds %+v: crisis ones in (0, 1), clinical and harmful never reached", th)
	}
}

// TestMultiModelCorpusCoversEveryLanguage checks that every language with
// curated phrases has a training file, with crisis and benign messages,
// except the languages added later (laterLanguages), which must have none
// until the model is retrained with them.
func TestMultiModelCorpusCoversEveryLanguage(t *testing.T) {
	m, err := safety.NewMultilingual()
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range m.Languages() {
		if laterLanguages[code] {
			if _, err := os.Stat("data/mlcorpus/" + code + ".jsonl"); err == nil {
				t.Errorf("%s has a training file: retrain the model with it and take %s out of laterLanguages", code, code)
			}
			continue
		}
		ex := readCorpusFile(t, "data/mlcorpus/"+code+".jsonl")
		crisis, benign := 0, 0
		for _, e := range ex {
			if strings.HasPrefix(e.Label, "crisis-") {
				crisis++
			} else {
				benign++
			}
		}
		if crisis < 100 || benign < 100 {
			t.Errorf("%s: %d crisis and %d benign training messages, want at least 100 of each", code, crisis, benign)
		}
	}
}

// TestMultiModelOnlyForCoveredLanguages checks that the model reads only
// messages whose preferred language is a covered one other than English,
// and never one a curated benign idiom covers. The model here is trained in
// the test with thresholds every message reaches, so only that gate
// decides.
func TestMultiModelOnlyForCoveredLanguages(t *testing.T) {
	var ex []safety.Example
	for _, s := range []string{"ya no quiero seguir", "adios a todos para siempre"} {
		ex = append(ex, safety.Example{Text: safety.NormalizeMulti(s), Label: safety.ClassSuicide})
	}
	for _, s := range []string{"que es la terapia sexual", "hola que tal"} {
		ex = append(ex, safety.Example{Text: safety.NormalizeMulti(s), Label: safety.ClassBenignScope})
	}
	mm, err := safety.Train(ex, safety.TrainOptions{Name: "multilingual", WordBuckets: 1 << 8, CharBuckets: 1 << 9, Lambda: 1e-4, Iterations: 50})
	if err != nil {
		t.Fatal(err)
	}
	mm.Calibrate(1, safety.Thresholds{CrisisHigh: 1e-9, CrisisSure: 1e-9, CrisisLow: 1e-9, Clinical: 2, Harmful: 2})
	m, err := safety.NewMultilingual()
	if err != nil {
		t.Fatal(err)
	}
	with := m.WithModel(mm)
	if with.Model() != mm || m.Model() != nil {
		t.Fatal("WithModel must return a copy with the model and leave m alone")
	}
	const text = "el clima de hoy en la ciudad"
	for _, prefer := range [][]string{{"en"}, {}, {"nl"}, {"", "en"}} {
		if v := with.Classify(text, prefer...); v.Action != safety.ActionNone || v.Support {
			t.Errorf("prefer %v: %+v, want no verdict: the model reads covered languages only", prefer, v)
		}
	}
	v := with.Classify(text, "es")
	if v.Action != safety.ActionCrisis || v.Rule != "multilingual/es/model" || len(v.Langs) != 1 || v.Langs[0] != "es" || v.Class == "" {
		t.Errorf("prefer es: %+v, want the model's crisis verdict in Spanish", v)
	}
	if v := with.Classify(text, "", "es"); v.Action != safety.ActionCrisis {
		t.Errorf("no detected language, Spanish locale: %+v, want the model's verdict", v)
	}
	if v := with.Classify("me muero de risa", "es"); v.Action != safety.ActionNone || v.Support {
		t.Errorf("a curated benign idiom: %+v, want no verdict", v)
	}
}

// readCorpusFile reads one corpus file's messages.
func readCorpusFile(t *testing.T, path string) []safety.Example {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []safety.Example
	for i, line := range strings.Split(string(b), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var r struct{ Text, Label string }
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("%s:%d: %v", path, i+1, err)
		}
		out = append(out, safety.Example{Text: r.Text, Label: r.Label})
	}
	return out
}

// BenchmarkMultilingualModel is the multilingual check of a message in a
// covered language that no phrase matches, so the model reads it, against
// the phrases alone on the same messages.
func BenchmarkMultilingualModel(b *testing.B) {
	mm, err := safety.LoadMultiModel()
	if err != nil {
		b.Fatal(err)
	}
	m, err := safety.NewMultilingual()
	if err != nil {
		b.Fatal(err)
	}
	with := m.WithModel(mm)
	msgs := []struct{ text, code string }{
		{"oye una pregunta, la pastilla del dia despues funciona si ya pasaron tres dias?", "es"},
		{"ich hab seit wochen keine lust mehr auf sex, ist das normal in einer beziehung?", "de"},
		{"mon copain veut qu'on essaie des trucs nouveaux mais je suis pas sûre", "fr"},
		{"セックスの時に痛いのは普通ですか、病院に行くべき？", "ja"},
		// A benign idiom: the model reads the rest with it cut out.
		{"me muero de risa con este server, pero una pregunta, el condon caduca?", "es"},
	}
	for _, c := range []struct {
		name string
		m    *safety.Multilingual
	}{{"phrases", m}, {"phrases+model", with}} {
		b.Run(c.name, func(b *testing.B) {
			i := 0
			for b.Loop() {
				t := msgs[i%len(msgs)]
				c.m.Classify(t.text, t.code)
				i++
			}
		})
	}
	b.Run("load", func(b *testing.B) {
		for b.Loop() {
			if _, err := safety.LoadMultiModel(); err != nil {
				b.Fatal(err)
			}
		}
	})
}
