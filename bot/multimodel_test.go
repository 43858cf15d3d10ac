package bot_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot"
	"github.com/candorbot/candor/bot/safety"
)

// tinyMultiModel trains a multilingual model on a few Spanish messages,
// as tools/trainsafety -multi does (over NormalizeMulti's text), with
// hand-set thresholds.
func tinyMultiModel(t *testing.T, th safety.Thresholds) *safety.Model {
	t.Helper()
	var ex []safety.Example
	add := func(label string, texts ...string) {
		for _, s := range texts {
			ex = append(ex, safety.Example{Text: safety.NormalizeMulti(s), Label: label})
		}
	}
	add(safety.ClassSuicide, "el puente azul me espera esta noche", "ya me despedi de todos, mañana no voy a estar", "gracias por todo, no me busquen", "junte las pastillas para esta noche")
	add(safety.ClassAbuseHome, "mi padrastro le pega a mi mama y estoy encerrada en el baño", "mi papa llego borracho con un cuchillo")
	add(safety.ClassBenignScope, "que es la terapia sexual", "como funciona la pastilla del dia despues", "es normal tener poco deseo")
	add(safety.ClassFigurative, "me muero de risa con este video", "mi mama me mata si ve mis notas", "me corte el pelo ayer")
	m, err := safety.Train(ex, safety.TrainOptions{Name: "multilingual", WordBuckets: 1 << 10, CharBuckets: 1 << 11, Lambda: 1e-4, Iterations: 300})
	if err != nil {
		t.Fatal(err)
	}
	m.Calibrate(1, th)
	return m
}

// TestMultilingualModelTiers checks the multilingual model's two tiers
// through Handle: a likely crisis no phrase matched gets the crisis reply
// in that language; a plausible but unclear one with nothing answered gets
// it too, while a long-past disclosure beside a question keeps the usual
// reply (the note in that language) with the crisis lines; a benign
// message gets neither; and an English message is never read by it.
func TestMultilingualModelTiers(t *testing.T) {
	const crisisText = "el puente azul me espera esta noche"
	es := func(t *testing.T) *safety.LangReplies {
		m, err := safety.NewMultilingual()
		if err != nil {
			t.Fatal(err)
		}
		l, ok := m.Language("es")
		if !ok {
			t.Fatal("no Spanish")
		}
		return &l.Replies
	}(t)
	ctx := context.Background()

	t.Run("crisis", func(t *testing.T) {
		m := tinyMultiModel(t, safety.Thresholds{CrisisHigh: 0.5, CrisisSure: 0.5, CrisisLow: 0.3, Clinical: 2, Harmful: 2})
		b := newBot(t, func(c *bot.Config) { c.MultiSafety = m })
		rep := b.Handle(ctx, bot.Request{Text: crisisText, Locale: "es-ES"})
		if rep.Kind != bot.KindCrisis || rep.Title != es.CrisisTitle || rep.Region != "ES" {
			t.Fatalf("kind %s title %q region %s, want a Spanish crisis reply with Spain's lines:\n%s", rep.Kind, rep.Title, rep.Region, rep.Body)
		}
		if rep.Triage == nil || rep.Triage.Rule != "multilingual/es/model" || rep.Triage.Class != safety.ClassSuicide || rep.Triage.Probability < 0.5 {
			t.Errorf("triage %+v, want the model's suicide class over 0.5", rep.Triage)
		}
		if rep := b.Handle(ctx, bot.Request{Text: "me muero de risa con este video", Locale: "es-ES"}); rep.Kind == bot.KindCrisis || strings.Contains(rep.Body, fmt.Sprintf(es.Emergency, "112")) {
			t.Errorf("a Spanish joke got crisis help: %s\n%s", rep.Kind, rep.Body)
		}
	})

	t.Run("unsure with nothing to answer", func(t *testing.T) {
		// CrisisHigh out of reach: the same message lands in the model's
		// unsure band. Nothing else in it is answered, so the person
		// gets the crisis reply in their language, as an unsure English
		// reading with no answer does.
		m := tinyMultiModel(t, safety.Thresholds{CrisisHigh: 0.9999, CrisisSure: 0.9999, CrisisLow: 0.3, Clinical: 2, Harmful: 2})
		b := newBot(t, func(c *bot.Config) { c.MultiSafety = m })
		rep := b.Handle(ctx, bot.Request{Text: crisisText, Locale: "es-ES"})
		if rep.Kind != bot.KindCrisis || rep.Title != es.CrisisTitle || rep.Region != "ES" {
			t.Fatalf("kind %s title %q region %s, want a Spanish crisis reply with Spain's lines:\n%s", rep.Kind, rep.Title, rep.Region, rep.Body)
		}
		if rep.Triage == nil || rep.Triage.Rule != "multilingual/es/unsure" || rep.Triage.Class != safety.ClassSuicide {
			t.Errorf("triage %+v, want multilingual/es/unsure with the suicide class", rep.Triage)
		}
	})

	t.Run("support beside an answer", func(t *testing.T) {
		// A survivor long past it asks an ordinary question: the usual
		// reply (the note in that language) keeps the crisis lines in
		// that language beside it, never a crisis reply.
		b := newBot(t, nil)
		rep := b.Handle(ctx, bot.Request{Text: "hace 6 años me violaron, ya lo superé con terapia. ¿cómo es la primera revisión ginecológica?", Locale: "es-ES"})
		if rep.Kind == bot.KindCrisis {
			t.Fatalf("got a crisis reply, want the support tier")
		}
		if rep.Triage == nil || rep.Triage.Rule != "multilingual/es/support" {
			t.Errorf("triage %+v, want multilingual/es/support", rep.Triage)
		}
		for _, want := range []string{es.EnglishNote, fmt.Sprintf(es.Emergency, "112"), fmt.Sprintf(es.Elsewhere, "https://findahelpline.com")} {
			if !strings.Contains(rep.Body, want) {
				t.Errorf("body lacks %q:\n%s", want, rep.Body)
			}
		}
		crisisLinks := 0
		for _, l := range rep.Links {
			if l.Kind == "crisis" {
				crisisLinks++
			}
		}
		if crisisLinks == 0 {
			t.Errorf("no crisis links in %+v", rep.Links)
		}
	})

	t.Run("code-switched", func(t *testing.T) {
		// English first, Spanish beside it (lang.Result.Mixed): the
		// multilingual model reads the message in Spanish, and the reply
		// is in Spanish.
		m := tinyMultiModel(t, safety.Thresholds{CrisisHigh: 0.5, CrisisSure: 0.5, CrisisLow: 0.3, Clinical: 2, Harmful: 2})
		b := newBot(t, func(c *bot.Config) { c.MultiSafety = m })
		rep := b.Handle(ctx, bot.Request{Text: "honestly i just want to say this: el puente azul me espera esta noche, no se que hacer"})
		if rep.Kind != bot.KindCrisis || rep.Title != es.CrisisTitle {
			t.Fatalf("kind %s title %q, want the Spanish crisis reply:\n%s", rep.Kind, rep.Title, rep.Body)
		}
		if rep.Triage == nil || rep.Triage.Rule != "multilingual/es/model" {
			t.Errorf("triage %+v, want multilingual/es/model", rep.Triage)
		}
	})

	t.Run("english untouched", func(t *testing.T) {
		m := tinyMultiModel(t, safety.Thresholds{CrisisHigh: 0.01, CrisisSure: 0.01, CrisisLow: 0.01, Clinical: 2, Harmful: 2})
		b := newBot(t, func(c *bot.Config) { c.MultiSafety = m })
		rep := b.Handle(ctx, bot.Request{Text: "what happens in a first sex therapy session?"})
		if rep.Kind != bot.KindAnswer || (rep.Triage != nil && strings.HasPrefix(rep.Triage.Rule, "multilingual/")) {
			t.Errorf("English question: kind %s triage %+v, want an answer the multilingual model never saw", rep.Kind, rep.Triage)
		}
	})
}
