package safety_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/candorbot/candor/bot/safety"
)

func TestYouth(t *testing.T) {
	c := safety.New()
	cases := []struct {
		text  string
		youth bool
	}{
		{"I'm 15", true},
		{"im 16 and confused about sex", true},
		{"i am fifteen and nervous about my first kiss", true},
		{"I'm a minor", true},
		{"im underage, is that a problem?", true},
		{"15f here, is it normal to not want a boyfriend", true},
		{"me (14m) and my gf want to know about condoms", true},
		{"as a 13 year old is it normal to think about sex a lot", true},
		{"I'm 17 years old", true},
		{"I'm 18", false},
		{"I'm 25 and a virgin", false},
		{"I'm 12 weeks pregnant", false},
		{"I'm 13 days late on my period", false},
		{"I am 10 minutes into my first therapy call", false},
		{"my 14 year old asked me about sex", false},
		{"I'm in high school", false},
		{"I've been with him for 15 years", false},
		{"I'm 5 7 and 120 lbs", false},
	}
	for _, tc := range cases {
		if got := c.Classify(tc.text).Youth; got != tc.youth {
			t.Errorf("Classify(%q).Youth = %v, want %v", tc.text, got, tc.youth)
		}
	}
}

func TestLineCategory(t *testing.T) {
	c := safety.New()
	cases := []struct{ text, line string }{
		{"I want to die", safety.LineSuicideCrisis},
		{"I keep cutting myself", safety.LineSuicideCrisis},
		{"I was raped", safety.LineSexualViolence},
		{"he hits me", safety.LineDomesticAbuse},
		{"my stepdad touches me", safety.LineChildAbuse},
		{"I'm 15 and my boyfriend hits me", safety.LineChildAbuse},
		{"I'm 16 and gay and I want to die", safety.LineLGBTQYouth},
		{"im 15 and trans and i cut myself", safety.LineLGBTQYouth},
		{"I'm 15 and I want to die", safety.LineSuicideCrisis},
		{"how do I support a partner who was assaulted?", safety.LineSexualViolence},
		{"my friend is suicidal, how can I help", safety.LineSuicideCrisis},
		{"what is consent", ""},
	}
	for _, tc := range cases {
		if got := c.Classify(tc.text).LineCategory; got != tc.line {
			t.Errorf("Classify(%q).LineCategory = %q, want %q", tc.text, got, tc.line)
		}
	}
}

// TestRuleNames pins the rule that explains each kind of decision,
// including which clinical rule refused.
func TestRuleNames(t *testing.T) {
	c := safety.New()
	cases := []struct{ text, rule string }{
		{"I want to kill myself", "suicide/first-person-intent"},
		{"i wish i was dead", "suicide/death-wish"},
		{"I've been feeling suicidal", "suicide/suicidal-feelings"},
		{"no one would miss me", "suicide/hopelessness"},
		{"i cut myself", "self-harm/first-person-act"},
		{"I was sexually assaulted", "sexual-violence/first-person-disclosure"},
		{"my partner forces me to have sex when I say no", "abuse/coercion"},
		{"someone is threatening me right now", "danger/immediate-threat"},
		{"Do I have chlamydia?", "clinical/diagnosis"},
		{"should I take viagra", "clinical/medication"},
		{"How many mg of sildenafil should I take?", "clinical/dose-question"},
		{"should I stop my antidepressants", "clinical/stop-start-drug"},
		{"my PSA came back at 6, what does it mean", "clinical/test-results"},
		{"give me a treatment plan for my vaginismus", "clinical/treatment-plan"},
		{"can you be my therapist", "clinical/be-my-therapist"},
		{"tell me a filthy story about a 15 year old", "minor-sexual-content"},
		{"how do I support a partner who was assaulted?", "support/third-person-sexual-violence"},
		{"hi", "chitchat/greeting"},
		{"what causes ED?", ""},
	}
	for _, tc := range cases {
		if got := c.Classify(tc.text).Rule; got != tc.rule {
			t.Errorf("Classify(%q).Rule = %q, want %q", tc.text, got, tc.rule)
		}
	}
}

func TestClassifyAcceptsAnyInput(t *testing.T) {
	c := safety.New()
	long := strings.Repeat("what is the usual treatment for vaginismus? ", 500)
	cases := []struct {
		name, text string
		action     safety.Action
	}{
		{"empty", "", safety.ActionNone},
		{"whitespace", " \n\t ", safety.ActionNone},
		{"punctuation only", "?!...,,;", safety.ActionNone},
		{"emoji only", "😀😭🙏", safety.ActionNone},
		{"invalid UTF-8", "i want to die \xff\xfe\xfd", safety.ActionCrisis},
		{"Markdown emphasis", "**I want to die**", safety.ActionCrisis},
		{"spoiler tags", "||i cut myself again||", safety.ActionCrisis},
		{"Discord mention", "<@123456789> hi!", safety.ActionChitchat},
		{"custom emoji", "<:sad:123456> i wanna die", safety.ActionCrisis},
		{"curly apostrophes", "I don\u2019t want to live anymore", safety.ActionCrisis},
		{"masked letters", "i was r*ped", safety.ActionCrisis},
		{"shouting", "I WANT TO KILL MYSELF", safety.ActionCrisis},
		{"long education question", long, safety.ActionNone},
		{"risk at the end of a long message", long + " anyway. i want to kill myself", safety.ActionCrisis},
		{"URL", "https://example.com/kill-myself-guide is this real", safety.ActionNone},
	}
	for _, tc := range cases {
		t.Run(strings.ReplaceAll(tc.name, " ", "_"), func(t *testing.T) {
			got := c.Classify(tc.text)
			if got.Action != tc.action {
				t.Errorf("Action = %q, want %q (verdict %+v)", got.Action, tc.action, got)
			}
			checkConsistent(t, c, got)
		})
	}
}

func TestClassifyIsDeterministicAndConcurrent(t *testing.T) {
	c := safety.New()
	msgs := mixedMessages()
	want := make([]safety.Verdict, len(msgs))
	for i, m := range msgs {
		want[i] = c.Classify(m)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i, m := range msgs {
				if got := c.Classify(m); got != want[i] {
					t.Errorf("Classify(%q) = %+v, then %+v", m, want[i], got)
				}
			}
		})
	}
	wg.Wait()
}

// TestDocsNameEveryRule keeps docs/safety.md in step with the rules.
func TestDocsNameEveryRule(t *testing.T) {
	doc, err := os.ReadFile(filepath.Join("..", "..", "docs", "safety.md"))
	if err != nil {
		t.Fatalf("read docs: %v", err)
	}
	rules := safety.New().Rules()
	if len(rules) < 20 {
		t.Errorf("only %d rules", len(rules))
	}
	for _, r := range rules {
		if !strings.Contains(string(doc), "`"+r.Name+"`") {
			t.Errorf("docs/safety.md does not describe rule `%s`", r.Name)
		}
		if r.Doc == "" {
			t.Errorf("rule %s has no description", r.Name)
		}
	}
}

// checkConsistent fails when a verdict's fields contradict each other.
func checkConsistent(tb testing.TB, c *safety.Classifier, v safety.Verdict) {
	tb.Helper()
	known := map[string]bool{}
	for _, r := range c.Rules() {
		known[r.Name] = true
	}
	if v.Rule != "" && !known[v.Rule] {
		tb.Errorf("unknown rule %q in %+v", v.Rule, v)
	}
	lines := map[string]bool{"": true, safety.LineSuicideCrisis: true, safety.LineSexualViolence: true,
		safety.LineDomesticAbuse: true, safety.LineChildAbuse: true, safety.LineLGBTQYouth: true}
	if !lines[v.LineCategory] {
		tb.Errorf("unknown line category in %+v", v)
	}
	switch v.Action {
	case safety.ActionCrisis:
		if !safety.IsCrisisCategory(v.Category) || v.Rule == "" || v.Support {
			tb.Errorf("inconsistent crisis verdict %+v", v)
		}
	case safety.ActionRefuse:
		if v.Category != safety.CategoryClinicalAdvice || !strings.HasPrefix(v.Rule, "clinical/") || v.Support || v.LineCategory != "" {
			tb.Errorf("inconsistent refuse verdict %+v", v)
		}
	case safety.ActionDecline:
		switch v.Category {
		case safety.CategoryExplicit, safety.CategorySextingRoleplay, safety.CategoryHarassment:
		default:
			tb.Errorf("inconsistent decline verdict %+v", v)
		}
		if v.Rule == "" || v.Support || v.LineCategory != "" {
			tb.Errorf("inconsistent decline verdict %+v", v)
		}
	case safety.ActionChitchat:
		switch v.Category {
		case safety.CategoryGreeting, safety.CategoryThanks, safety.CategorySmalltalk:
		default:
			tb.Errorf("inconsistent chitchat verdict %+v", v)
		}
		if v.Rule != "chitchat/"+v.Category || v.Support || v.LineCategory != "" {
			tb.Errorf("inconsistent chitchat verdict %+v", v)
		}
	case safety.ActionNone:
		if v.Support {
			if !safety.IsCrisisCategory(v.Category) || !strings.HasPrefix(v.Rule, "support/") || v.LineCategory == "" {
				tb.Errorf("inconsistent support verdict %+v", v)
			}
		} else if v.Category != "" || v.Rule != "" || v.LineCategory != "" {
			tb.Errorf("inconsistent plain verdict %+v", v)
		}
	default:
		tb.Errorf("unknown action in %+v", v)
	}
}

func FuzzClassify(f *testing.F) {
	for _, m := range mixedMessages() {
		f.Add(m)
	}
	for _, m := range []string{"", "\xff", "<@1>", "<:a:1>", "r*pe", "i am 15", "i'm 9999999999999999999999 years old", "**", "'''", "it's", "n't", "sa'd", "mi fi", "fi mi a go", "waan dead an", "a go", strings.Repeat("a", 300)} {
		f.Add(m)
	}
	c := safety.New()
	f.Fuzz(func(t *testing.T, text string) {
		v := c.Classify(text)
		checkConsistent(t, c, v)
		if v2 := c.Classify(text); v2 != v {
			t.Errorf("not deterministic: %+v then %+v", v, v2)
		}
		if utf8.ValidString(text) && c.Classify(text+" ").Action != v.Action {
			t.Errorf("trailing space changed the action for %q", text)
		}
	})
}

// mixedMessages is a typical mix of traffic: mostly education, some
// clinical, a little crisis and chit-chat.
func mixedMessages() []string {
	return []string{
		"What causes erectile dysfunction?",
		"can stress cause ED",
		"My partner wants sex way more often than I do. Is that normal?",
		"is it normal for libido to change over time",
		"I feel self conscious about my body during sex, is that common",
		"this performance anxiety is killing me, any tips?",
		"how do I kill a python process",
		"What does consent mean?",
		"Should I stop taking my antidepressant because it kills my libido?",
		"How many mg of sildenafil should I take?",
		"Do I have erectile dysfunction? I couldn't get hard twice last week",
		"I'm not suicidal, just curious how common depression is after a breakup",
		"I want to kill myself",
		"my partner forces me to have sex when I say no",
		"how do I support a partner who was assaulted?",
		"find a therapist near Austin, Texas",
		"hi",
		"thanks!",
		"<@123456789> **hey** can you help me find a sex therapist in Toronto? 🙏",
		"I'm 16 and wondering if it's normal to not be interested in sex yet",
	}
}
