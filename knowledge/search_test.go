package knowledge_test

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/candorbot/candor/knowledge"
)

func embedded(tb testing.TB) *knowledge.Base {
	tb.Helper()
	b, err := knowledge.LoadEmbedded()
	if err != nil {
		tb.Fatalf("load embedded knowledge base: %v", err)
	}
	return b
}

func top(tb testing.TB, b *knowledge.Base, q string) (string, knowledge.Result) {
	tb.Helper()
	r := b.Search(q, knowledge.SearchOptions{})
	if len(r.Hits) == 0 {
		return "", r
	}
	return r.Hits[0].Entry.ID, r
}

// The required entries of shared/kb/required-entries.md, under exactly
// these ids.
var requiredIDs = strings.Fields(`what-is-sex-therapy what-happens-in-sex-therapy who-sex-therapy-is-for
finding-a-sex-therapist aasect-certification reasons-for-sex-therapy desire-discrepancy changes-in-desire
performance-anxiety orgasm-difficulties erectile-functioning premature-ejaculation sexual-pain
communication-about-sex differing-sexual-styles infidelity-and-sexual-relationships body-image-and-sex
sexual-expression sex-and-relationship-satisfaction sensate-focus sex-and-medical-care telehealth-sex-therapy
asexuality consent myth-sexual-contact-with-therapist myth-sex-therapy-only-for-couples
myth-sex-therapy-means-something-is-broken myth-desire-discrepancy-means-doomed myth-low-desire-means-no-attraction
myth-erection-problems-mean-no-attraction myth-orgasm-from-penetration-alone myth-asexuality-is-a-disorder
myth-everyone-has-more-sex myth-talking-about-sex-ruins-it myth-sex-therapists-are-not-real-clinicians`)

func TestRequiredEntriesExist(t *testing.T) {
	b := embedded(t)
	for _, id := range requiredIDs {
		e, ok := b.Entry(id)
		if !ok {
			t.Errorf("required entry %s is missing", id)
			continue
		}
		wantKind := knowledge.KindTopic
		if strings.HasPrefix(id, "myth-") {
			wantKind = knowledge.KindMyth
		}
		if e.Kind != wantKind {
			t.Errorf("%s: kind %s, want %s", id, e.Kind, wantKind)
		}
	}
}

func TestEveryVariantFindsItsEntry(t *testing.T) {
	b := embedded(t)
	for _, e := range b.Entries() {
		for _, q := range append([]string{e.Title}, e.Questions...) {
			if got, _ := top(t, b, q); got != e.ID {
				t.Errorf("%q (a variant of %s) finds %s first", q, e.ID, got)
			}
		}
	}
}

// TestEmbeddedLintHasNoErrors lints the shipped base at today's date: a
// review date may not lie ahead of the day the tests run, and staleness
// is only a warning, so the real clock cannot fail it later.
func TestEmbeddedLintHasNoErrors(t *testing.T) {
	for _, f := range knowledge.Lint(knowledge.Embedded(), time.Now()) {
		if f.Severity == knowledge.SevError {
			t.Error(f)
		}
	}
}

func TestSearchUnderstandsPeoplesWords(t *testing.T) {
	b := embedded(t)
	tests := []struct {
		name, q, want string
	}{
		{"lay term for ED", "why cant he get hard", "erectile-functioning"},
		{"abbreviation", "what causes ED", "erectile-functioning"},
		{"abbreviation, more specific entry", "what causes ED in young guys", "erection-problems-in-young-men"},
		{"slang for PE", "i always cum way too fast", "premature-ejaculation"},
		{"libido synonym", "my sex drive is way lower than it used to be", "changes-in-desire"},
		{"ace", "what does being ace mean", "asexuality"},
		{"typo", "what is sensate focsu", "sensate-focus"},
		{"typos in two words", "erectle dysfuntion causes", "erectile-functioning"},
		{"contraction without apostrophe", "it hurts when we have sex and i dont know why", "sexual-pain"},
		{"unicode and case", "WHAT IS SEX THÉRAPY", "what-is-sex-therapy"},
		{"discord markup", "<@123456789012345678> **what** happens in a sex therapy session?", "what-happens-in-sex-therapy"},
		{"online", "can i see a sex therapist over zoom", "telehealth-sex-therapy"},
		{"myth stated", "sex therapists watch you have sex", "myth-sexual-contact-with-therapist"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, r := top(t, b, tt.q); got != tt.want {
				t.Errorf("%q: top %s, want %s (terms %v)", tt.q, got, tt.want, r.Terms)
			}
		})
	}
}

func TestOutOfDomainIsNotConfident(t *testing.T) {
	b := embedded(t)
	n, confident := 0, 0
	for _, q := range readLines(t, "testdata/ood.txt") {
		n++
		if _, r := top(t, b, q); r.Confidence >= 0.5 {
			confident++
			t.Logf("confident (%.2f) on out-of-domain %q: %s", r.Confidence, q, r.Hits[0].Entry.ID)
		}
	}
	// At most one in ten may reach the answer threshold.
	if confident*10 > n {
		t.Errorf("%d of %d out-of-domain questions reach confidence 0.5", confident, n)
	}
}

// TestConfidenceCalibration holds each question variant out of the index in
// turn and checks that the confidence means what it says: most confident
// answers are right, most unconfident ones wrong.
func TestConfidenceCalibration(t *testing.T) {
	if testing.Short() {
		t.Skip("rebuilds the index once per variant")
	}
	kb := embedded(t)
	type bin struct{ n, right int }
	var hi, lo bin
	// Out-of-domain questions have no right entry: any confidence on them
	// counts as a wrong answer.
	for _, q := range readLines(t, "testdata/ood.txt") {
		r := kb.Search(q, knowledge.SearchOptions{})
		switch {
		case r.Confidence >= 0.8:
			hi.n++
		case r.Confidence < 0.2:
			lo.n++
		}
	}
	// About 450 variants, whatever the size of the base: enough for the
	// bars, and affordable under the race detector (each one rebuilds the
	// index, so every variant of 209 entries took more than 6 minutes).
	variants := 0
	for _, e := range kb.Entries() {
		variants += len(e.Questions)
	}
	stride := max(5, variants/450)
	heldOut(t, kb, stride, func(e *knowledge.Entry, r knowledge.Result) {
		right := len(r.Hits) > 0 && r.Hits[0].Entry.ID == e.ID
		switch {
		case r.Confidence >= 0.8:
			hi.n++
			if right {
				hi.right++
			}
		case r.Confidence < 0.2:
			lo.n++
			if right {
				lo.right++
			}
		}
	})
	t.Logf("held-out variants: confidence >= 0.8: %d/%d right; < 0.2: %d/%d right", hi.right, hi.n, lo.right, lo.n)
	if hi.n == 0 || float64(hi.right)/float64(hi.n) < 0.75 {
		t.Errorf("confidence >= 0.8 is right only %d of %d times", hi.right, hi.n)
	}
	if lo.n > 0 && float64(lo.right)/float64(lo.n) > 0.4 {
		t.Errorf("confidence < 0.2 is right %d of %d times: too pessimistic", lo.right, lo.n)
	}
}

// readLines returns the non-empty lines of a file that are not # comments.
func readLines(tb testing.TB, name string) []string {
	tb.Helper()
	f, err := os.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if q := strings.TrimSpace(sc.Text()); q != "" && !strings.HasPrefix(q, "#") {
			out = append(out, q)
		}
	}
	return out
}

func TestSearchKindFilter(t *testing.T) {
	b := embedded(t)
	r := b.Search("is sex therapy only for couples", knowledge.SearchOptions{Kind: knowledge.KindTopic})
	for _, h := range r.Hits {
		if h.Entry.Kind != knowledge.KindTopic {
			t.Errorf("kind filter let %s through", h.Entry.ID)
		}
	}
}

func TestSearchBadInput(t *testing.T) {
	b := embedded(t)
	for _, q := range []string{"", "   ", "!!!???", "🙂🙂🙂", "\xff\xfe\xfd", strings.Repeat("sex therapy ", 2000), "<@1234567890>", "什么是性治疗"} {
		r := b.Search(q, knowledge.SearchOptions{})
		if r.Confidence < 0 || r.Confidence > 1 {
			t.Errorf("%.20q: confidence %v out of range", q, r.Confidence)
		}
	}
}

func TestSearchIsSafeForConcurrentUse(t *testing.T) {
	b := embedded(t)
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				if got, _ := top(t, b, "what is sensate focus"); got != "sensate-focus" {
					t.Errorf("concurrent search got %s", got)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func TestLoadMerged(t *testing.T) {
	b, err := knowledge.LoadMerged(knowledge.Embedded(), os.DirFS("testdata/community"))
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := b.Entry("local-clinic-hours"); !ok {
		t.Error("merged entry missing")
	}
	if _, ok := b.Entry("what-is-sex-therapy"); !ok {
		t.Error("embedded entry missing after merge")
	}
	if got, _ := top(t, b, "when is the clinic open"); got != "local-clinic-hours" {
		t.Errorf("merged entry not found by its question: %s", got)
	}
	only, err := knowledge.Load(os.DirFS("testdata/community"))
	if err != nil {
		t.Fatal(err)
	}
	if only.Len() != 1 {
		t.Errorf("replacing base has %d entries, want 1", only.Len())
	}
}

func TestLintFindsProblems(t *testing.T) {
	findings := knowledge.Lint(os.DirFS("testdata/bad"), time.Now())
	if len(findings) == 0 || findings[0].File != "unknown-key.md" || findings[0].Line != 6 {
		t.Fatalf("findings = %v, want unknown-key.md:6", findings)
	}
}

func TestSuggest(t *testing.T) {
	b := embedded(t)
	got := b.Suggest("sens", 25)
	if len(got) == 0 || got[0].ID != "sensate-focus" {
		t.Errorf("Suggest(sens) = %v", got)
	}
	if n := len(b.Suggest("", 25)); n != min(25, b.Len()) {
		t.Errorf("Suggest('') gave %d", n)
	}
}

// heldOut searches each question variant of kb with that variant taken out
// of the index, and calls f with its entry and the result.
func heldOut(tb testing.TB, kb *knowledge.Base, stride int, f func(e *knowledge.Entry, r knowledge.Result)) {
	tb.Helper()
	withoutEachVariant(tb, kb, stride, func(e *knowledge.Entry, q string, b *knowledge.Base) {
		f(e, b.Search(q, knowledge.SearchOptions{}))
	})
}

// withoutEachVariant calls f, for every stride-th question variant of kb,
// with its entry, the variant and the base indexed without it.
func withoutEachVariant(tb testing.TB, kb *knowledge.Base, stride int, f func(e *knowledge.Entry, q string, without *knowledge.Base)) {
	tb.Helper()
	k := 0
	for i, e := range kb.Entries() {
		for j := range e.Questions {
			if k++; k%stride != 0 {
				continue
			}
			es := append([]*knowledge.Entry(nil), kb.Entries()...)
			c := *e
			c.Questions = append(append([]string(nil), e.Questions[:j]...), e.Questions[j+1:]...)
			es[i] = &c
			b, err := knowledge.NewBase(es, kb.Lexicon())
			if err != nil {
				tb.Fatal(err)
			}
			f(e, e.Questions[j], b)
		}
	}
}

// TestEqualsSlogan: "U=U" is one term, not two slang "u"s (read as "you"
// and dropped as a stop word), so the words alone find the HIV entry that
// explains the slogan, however it is written.
func TestEqualsSlogan(t *testing.T) {
	b := embedded(t)
	for _, q := range []string{"what does U=U mean", "u=u??", "is U=U true"} {
		id, r := top(t, b, q)
		if id != "hiv-basics-and-u-equals-u" || !slices.Contains(r.Terms, "u=u") {
			t.Errorf("%q: top %q, terms %v; want hiv-basics-and-u-equals-u from the term u=u", q, id, r.Terms)
		}
	}
}

// TestRebuildSharesTheLexicon: a base rebuilt from another's entries and
// lexicon uses that lexicon as it is (the general lexicon is not merged in
// a second time), so the rebuild shares its memo of analysed entry text,
// and searches the same.
func TestRebuildSharesTheLexicon(t *testing.T) {
	kb := embedded(t)
	again, err := knowledge.NewBase(kb.Entries(), kb.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	if again.Lexicon() != kb.Lexicon() || again.Lexicon().Groups() != kb.Lexicon().Groups() {
		t.Fatalf("rebuilt base has another lexicon (%d groups, want %d)", again.Lexicon().Groups(), kb.Lexicon().Groups())
	}
	for _, q := range []string{"what is sex therapy", "can't get hard after drinking", "is sex on mdma actually better"} {
		a, b := kb.Search(q, knowledge.SearchOptions{}), again.Search(q, knowledge.SearchOptions{})
		if len(a.Hits) == 0 || len(b.Hits) == 0 || a.Hits[0].Entry.ID != b.Hits[0].Entry.ID || a.Hits[0].Score != b.Hits[0].Score {
			t.Errorf("%q: rebuilt base ranks differently", q)
		}
	}
}
