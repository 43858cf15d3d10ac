package bot_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot"
)

// TestHandleOtherLanguages is issue 14's examples and more: crisis in
// another language gets a crisis reply in that language with the lines of
// the region the request or its locale implies; a question gets a note in
// that language and never an off-topic brush-off.
func TestHandleOtherLanguages(t *testing.T) {
	b := newBot(t, nil)
	tests := []struct {
		name       string
		req        bot.Request
		kind       bot.Kind
		bodyHas    []string
		region     string
		language   string
		category   string
		notOfftopc bool
	}{
		{name: "spanish suicide, server region US", req: bot.Request{Text: "quiero morir", Region: "US"},
			kind: bot.KindCrisis, bodyHas: []string{"Si estás en peligro", "911", "988"}, region: "US", language: "es", category: "suicide"},
		{name: "spanish, es-ES locale: Spain's lines", req: bot.Request{Text: "me quiero matar", Locale: "es-ES"},
			kind: bot.KindCrisis, bodyHas: []string{"Si estás en peligro", "112", "024"}, region: "ES", language: "es"},
		{name: "turkish, tr locale", req: bot.Request{Text: "ölmek istiyorum", Locale: "tr"},
			kind: bot.KindCrisis, bodyHas: []string{"tehlikedeysen 112"}, region: "TR", language: "tr"},
		{name: "french suicide, region from the server", req: bot.Request{Text: "je veux me suicider", Region: "FR"},
			kind: bot.KindCrisis, bodyHas: []string{"Si tu es en danger", "3114"}, region: "FR", language: "fr"},
		{name: "german, no locale or region: international", req: bot.Request{Text: "ich will nicht mehr leben"},
			kind: bot.KindCrisis, bodyHas: []string{"Notruf deines Landes", "findahelpline.com"}, region: "", language: "de"},
		{name: "portuguese, pt-BR locale", req: bot.Request{Text: "quero me matar", Locale: "pt-BR"},
			kind: bot.KindCrisis, bodyHas: []string{"Se você está em perigo", "190"}, region: "BR", language: "pt"},
		{name: "japanese sexual violence", req: bot.Request{Text: "レイプされた", Locale: "ja"},
			kind: bot.KindCrisis, bodyHas: []string{"起きたことはあなたのせいではありません"}, region: "JP", language: "ja", category: "sexual-violence"},
		{name: "romanised hindi", req: bot.Request{Text: "yaar ab jeena nahi chahta", Locale: "hi"},
			kind: bot.KindCrisis, bodyHas: []string{"अगर आप अभी खतरे में हैं", "112"}, region: "IN", language: "hi"},
		{name: "tagalog, English locale: the Philippines' lines (Discord has no Tagalog locale)", req: bot.Request{Text: "ayoko na po talaga mabuhay, gusto ko nang mamatay", Locale: "en-US"},
			kind: bot.KindCrisis, bodyHas: []string{"0917 899 8727"}, region: "PH", language: "tl"},
		{name: "tagalog, the server's region first", req: bot.Request{Text: "ayoko na po talaga mabuhay, gusto ko nang mamatay", Region: "GB", Locale: "en-GB"},
			kind: bot.KindCrisis, bodyHas: []string{"Samaritans"}, region: "GB", language: "tl"},
		{name: "taglish question is not crisis", req: bot.Request{Text: "bes ano ba yung PrEP? safe ba siya", Locale: "en-US"},
			notOfftopc: true, bodyHas: []string{"sa English sumasagot si Candor"}},
		{name: "spanish idiom is not crisis", req: bot.Request{Text: "me muero de risa jajaja"},
			notOfftopc: true, bodyHas: []string{"Candor responde en inglés"}},
		{name: "spanish question gets the note, not off-topic", req: bot.Request{Text: "¿qué es la terapia sexual?"},
			notOfftopc: true, bodyHas: []string{"Candor responde en inglés", "/topics"}},
		{name: "german idiom", req: bot.Request{Text: "ich lach mich tot"},
			notOfftopc: true, bodyHas: []string{"Candor antwortet"}},
		{name: "english unchanged", req: bot.Request{Text: "I want to die", Locale: "es-ES"},
			kind: bot.KindCrisis, bodyHas: []string{"If you are in danger right now"}, region: "US"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := b.Handle(context.Background(), tt.req)
			if tt.kind != "" && rep.Kind != tt.kind {
				t.Fatalf("kind = %s, want %s; body:\n%s", rep.Kind, tt.kind, rep.Body)
			}
			if tt.notOfftopc && (rep.Kind == bot.KindOfftopic || rep.Kind == bot.KindCrisis || rep.Kind == bot.KindRefuse) {
				t.Fatalf("kind = %s for a benign message in another language; body:\n%s", rep.Kind, rep.Body)
			}
			for _, s := range tt.bodyHas {
				if !strings.Contains(rep.Body, s) {
					t.Errorf("body lacks %q:\n%s", s, rep.Body)
				}
			}
			if tt.kind == bot.KindCrisis && rep.Region != tt.region {
				t.Errorf("region = %q, want %q", rep.Region, tt.region)
			}
			if tt.language != "" && !strings.HasPrefix(rep.Triage.Language, tt.language+"/") {
				t.Errorf("triage language = %q, want %s", rep.Triage.Language, tt.language)
			}
			if tt.category != "" && rep.Triage.Category != tt.category {
				t.Errorf("triage category = %q, want %s", rep.Triage.Category, tt.category)
			}
			if tt.kind == bot.KindCrisis && len(rep.Links) == 0 {
				t.Error("crisis reply without links")
			}
		})
	}
}

// BenchmarkHandleLanguageCheck measures what the language check adds to an
// English message: compare with BenchmarkHandle's figures.
func BenchmarkHandleEnglishWithLocale(b *testing.B) {
	bt := newBot(b, nil)
	msgs := []string{"What is sex therapy?", "is it normal to want sex less than my partner?", "how do condoms work"}
	i := 0
	for b.Loop() {
		bt.Handle(context.Background(), bot.Request{Text: msgs[i%len(msgs)], Locale: "en-US"})
		i++
	}
}

// TestTrigramsDoNotOverruleKnownWords: a short English search whose
// letter trigrams look French ("painful ejaculation causes") is English
// when the knowledge base knows every word, and gets its answer; the
// blind sets' messages in other languages keep their language (none of
// them is made only of the base's words).
func TestTrigramsDoNotOverruleKnownWords(t *testing.T) {
	b := newBot(t, nil)
	for _, q := range []string{"painful ejaculation causes", "painful ejaculation"} {
		rep := ask(t, b, q)
		if rep.Triage == nil || rep.Triage.Language != "" && !strings.HasPrefix(rep.Triage.Language, "en") {
			t.Errorf("%q: language %v, want English", q, rep.Triage)
		}
		if rep.Kind != bot.KindAnswer {
			t.Errorf("%q: %s, want an answer", q, rep.Kind)
		}
	}
	files, _ := filepath.Glob("../testdata/eval/blind*/multilingual.jsonl")
	if len(files) == 0 {
		t.Fatal("no multilingual blind sets found")
	}
	n := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(strings.TrimSpace(string(data)), "\n") {
			var c struct{ Text, Lang string }
			if err := json.Unmarshal([]byte(l), &c); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			n++
			rep := b.Handle(context.Background(), bot.Request{Text: c.Text})
			if rep.Triage != nil && strings.HasSuffix(rep.Triage.Language, "/kb-words") {
				t.Errorf("%s: a %s message was taken for English by its known words: %q", f, c.Lang, c.Text)
			}
		}
	}
	t.Logf("%d messages in other languages checked", n)
}
