package llm_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/candorbot/candor/bot/llm"
)

const edCurated = `Erection problems (erectile dysfunction, or ED) are common: about 1 in 3 men have them at some point, and more often after 40. Stress, tiredness, alcohol and worry about performance are frequent causes, and so are blood-flow problems, diabetes and some medicines, including SSRIs.

Treatments exist. A doctor may talk about pills such as sildenafil (Viagra) or tadalafil (Cialis), which need a prescription, as well as counselling and pelvic floor exercises (Kegels). Call the NHS on 111 if you are unsure where to start, or visit a sexual-health clinic.

If you take medicines for your heart, ask a doctor before trying anything new.`

func TestGuard(t *testing.T) {
	pass := []struct{ name, candidate string }{
		{"faithful rewording", "Yes, it is common. About 1 in 3 men have erection problems at some point, often because of stress, tiredness or worry about performance."},
		{"reuses curated numbers and names", "Many men notice this after 40. A doctor may mention sildenafil (Viagra) or tadalafil (Cialis); both need a prescription."},
		{"reuses a curated phone number, spaced differently", "If you are unsure where to start, call the NHS on 111."},
		{"reuses curated terms in other forms", "SSRIs and some other medicines can play a part. Pelvic floor exercises (Kegel exercises) can help, and so can counselling."},
		{"capitalised sentence starts", "Stress matters. Tiredness too! Worry about performance? Very common.\n- Counselling is a treatment too.\n- Blood-flow problems are frequent causes too."},
		{"capitalised emphasis of a curated word", "Erection problems are COMMON, especially after 40."},
		{"conditional mention of a condition", "If you have diabetes or blood-flow problems, a doctor can check how they affect erections."},
		{"a list whose last item has no full stop", "Common causes:\n- stress\n- tiredness\n- worry about performance"},
		{"a paraphrase with a synonym in a long sentence", "Stress, tiredness, alcohol and worry about performance are typical causes of erection problems."},
		{"a reply's framing words", "Yes, that's a good question: erection problems are common."},
	}
	for _, tc := range pass {
		t.Run("passes "+tc.name, func(t *testing.T) {
			if err := llm.Guard(edCurated, tc.candidate); err != nil {
				var ge *llm.GuardError
				errors.As(err, &ge)
				t.Errorf("Guard = %v (term %q), want nil", err, ge.Term)
			}
		})
	}

	reject := []struct {
		name, candidate string
		want            error
	}{
		{"empty", " \n ", llm.ErrEmpty},
		{"far too long", strings.Repeat("Stress is a common cause. ", 200), llm.ErrTooLong},
		{"ending mid-sentence", "Stress is a common cause, and a doctor may talk about", llm.ErrTruncated},
		{"ending on a comma", "Stress is a common cause,", llm.ErrTruncated},
		{"a dose in mg", "A doctor may suggest sildenafil; 50 mg is typical.", llm.ErrAddsDose},
		{"a dose in words", "Sildenafil is usually taken as a tablet before sex.", llm.ErrAddsDose},
		{"a frequency", "Tadalafil can be taken once a day.", llm.ErrAddsDose},
		{"a unit with a curated number", "About 1 in 3 men use 3 g of it.", llm.ErrAddsDose},
		{"a new digit", "About 1 in 4 men have erection problems.", llm.ErrAddsNumber},
		{"a new number word", "Erection problems are about five times more common after 40.", llm.ErrAddsNumber},
		{"a percentage", "About 1 in 3 men, so roughly a third or 33%, have them.", llm.ErrAddsNumber},
		{"a percent word", "Most men, a large percentage, have them.", llm.ErrAddsNumber},
		{"a new drug", "A doctor may talk about vardenafil.", llm.ErrAddsDrug},
		{"a new brand from the list", "Some people buy Kamagra online.", llm.ErrAddsDrug},
		{"a new drug in lower case at a sentence start", "dapoxetine can help with timing.", llm.ErrAddsDrug},
		{"a new hormone", "Low testosterone is a common cause.", llm.ErrAddsDrug},
		{"an unknown brand mid-sentence", "A doctor may talk about pills such as Zyntrex, which need a prescription.", llm.ErrAddsName},
		{"a camel-case brand at a sentence start", "OnlyFans creators often ask about this.", llm.ErrAddsName},
		{"a trademark sign", "Counselling™ can help.", llm.ErrAddsName},
		{"a URL", "Visit https://www.example.org/ed for more.", llm.ErrAddsURL},
		{"a bare domain", "See plannedparenthood.org for more.", llm.ErrAddsURL},
		{"an email address", "Write to help@clinic.example for advice.", llm.ErrAddsEmail},
		{"a phone number", "Call 0800 123 4567 if you are unsure.", llm.ErrAddsPhone},
		{"you should take", "You should take sildenafil before sex.", llm.ErrClinicalAdvice},
		{"stop taking", "Stop taking your heart medicines if they cause it.", llm.ErrClinicalAdvice},
		{"increase your dose", "If it does not work, increase your medication.", llm.ErrClinicalAdvice},
		{"a diagnosis", "You probably have erectile dysfunction.", llm.ErrClinicalAdvice},
		{"a diagnosis with 've got", "You've got an infection, most likely.", llm.ErrClinicalAdvice},
		{"I recommend", "I recommend pelvic floor exercises.", llm.ErrClinicalAdvice},
		{"I diagnose", "I diagnose this as stress.", llm.ErrClinicalAdvice},
		{"you are pregnant", "You are probably pregnant.", llm.ErrClinicalAdvice},
		{"an added claim", "Counselling can help couples rebuild trust.", llm.ErrAddsClaim},
		{"an added claim after a faithful sentence", "Erection problems are common. They usually go away on their own within weeks.", llm.ErrAddsClaim},
		{"an added claim inside a faithful sentence", "Stress and tiredness are frequent causes, and watching porn makes them worse.", llm.ErrAddsClaim},
		{"a restatement of the person's situation", "You mentioned that your husband cheated and you feel numb. Stress and worry are frequent causes.", llm.ErrAddsClaim},
		{"another language, which Guard cannot check", "Sí, es común: alrededor de 1 de cada 3 hombres tiene problemas de erección en algún momento. El estrés, el cansancio y la preocupación son causas frecuentes.", llm.ErrAddsClaim},
	}
	for _, tc := range reject {
		t.Run("rejects "+tc.name, func(t *testing.T) {
			err := llm.Guard(edCurated, tc.candidate)
			if !errors.Is(err, tc.want) || !errors.Is(err, llm.ErrRejected) {
				t.Fatalf("Guard = %v, want %v", err, tc.want)
			}
			var ge *llm.GuardError
			if !errors.As(err, &ge) {
				t.Fatalf("Guard error %T is not a *GuardError", err)
			}
		})
	}
}

func TestGuardLengthLimits(t *testing.T) {
	short := "Stress is common."
	tests := []struct {
		name      string
		curated   string
		candidate string
		want      error
	}{
		{"a short curated text allows 400 more characters", short, short + strings.Repeat(" Stress is common.", 21), nil},
		{"but not 401", short, short + strings.Repeat(" Stress is common.", 23), llm.ErrTooLong},
		{"a long curated text allows 1.3 times", strings.Repeat("Stress is common. ", 100), strings.Repeat("Stress is common. ", 129), nil},
		{"but not more", strings.Repeat("Stress is common. ", 100), strings.Repeat("Stress is common. ", 131), llm.ErrTooLong},
		{"never over 3,500 characters", strings.Repeat("Stress is common. ", 300), strings.Repeat("Stress is common. ", 196), llm.ErrTooLong},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := llm.Guard(tc.curated, tc.candidate); !errors.Is(err, tc.want) && !(tc.want == nil && err == nil) {
				t.Errorf("Guard (%d chars over %d) = %v, want %v", len(tc.candidate), len(tc.curated), err, tc.want)
			}
		})
	}
}

func TestGuardErrorHidesTerm(t *testing.T) {
	err := llm.Guard(edCurated, "Try Zyntrex.")
	var ge *llm.GuardError
	if !errors.As(err, &ge) || ge.Term != "Zyntrex" {
		t.Fatalf("Guard = %v, want a GuardError for Zyntrex", err)
	}
	if strings.Contains(err.Error(), "Zyntrex") {
		t.Errorf("error text %q repeats the term", err)
	}
}

// benchAnswer is a typical curated answer of about 200 words.
const benchAnswer = `Lots of people notice changes in desire over time, and that is normal. Desire is not a fixed amount: it rises and falls with stress, sleep, mood, health, relationship troubles, and the stage of life you are in. Some people feel desire out of the blue (spontaneous desire); many others mostly feel it once things get going (responsive desire). Both are healthy.

Common things that lower desire include tiredness, stress at work or at home, conflict or distance with a partner, pain during sex, depression and anxiety, some medicines such as SSRIs, and hormonal changes after having a baby or around menopause. About 1 in 3 women and 1 in 7 men report low desire in a given year.

What often helps: talking openly with a partner about what you each like, making time for touch without pressure to have sex, looking after sleep and stress, and noticing what makes desire easier for you. If low desire bothers you, has come on suddenly, or comes with pain, low mood or other changes, a doctor, nurse or sex therapist can help you find out why and what might help. You do not need to have a problem to deserve support.`

// benchRephrasing rewords benchAnswer faithfully, so Guard runs every check.
const benchRephrasing = `Yes, changes in desire are normal. Desire is not a fixed amount: it rises and falls with stress, sleep, mood, health and the stage of life you are in. Some people feel spontaneous desire, out of the blue; many others feel responsive desire, once things get going. Both are healthy.

Tiredness, stress, conflict or distance with a partner, pain during sex, depression, anxiety, some medicines such as SSRIs, and hormonal changes after a baby or around menopause can all lower desire. About 1 in 3 women and 1 in 7 men report low desire in a given year.

Talking openly with your partner, making time for touch without pressure, and looking after sleep and stress often help. If low desire bothers you, came on suddenly, or comes with pain or low mood, a doctor, nurse or sex therapist can help you find out why. You do not need to have a problem to deserve support.`

func TestBenchRephrasingPasses(t *testing.T) {
	if err := llm.Guard(benchAnswer, benchRephrasing); err != nil {
		t.Fatalf("Guard = %v", err)
	}
}

func BenchmarkGuard(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if err := llm.Guard(benchAnswer, benchRephrasing); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzGuard(f *testing.F) {
	f.Add(edCurated, "About 1 in 3 men have them.")
	f.Add(benchAnswer, benchRephrasing)
	f.Add("", "")
	f.Add("x", "Call +1 (800) 555-0199 or visit www.example.com. Take 2 pills twice a day")
	f.Add("Ünïcödé ١٢٣", "Ünïcödé ١٢٣ ® <question>")
	f.Fuzz(func(t *testing.T, curated, candidate string) {
		err := llm.Guard(curated, candidate)
		if err != nil && !errors.Is(err, llm.ErrRejected) {
			t.Fatalf("Guard error %v does not wrap ErrRejected", err)
		}
		if err == nil && strings.TrimSpace(candidate) == "" {
			t.Fatal("Guard passed an empty candidate")
		}
	})
}

// sensateCurated is a curated answer without the words of the issue's
// added claim ("it can help couples rebuild trust").
const sensateCurated = `Sensate focus is a set of touching exercises that sex therapists often suggest. Partners take turns touching each other without aiming for arousal or orgasm, and at first without touching genitals or breasts. The point is to notice sensations and let go of pressure to perform.

The exercises move in stages, at your own pace. Many people find that taking sex off the table for a while lowers anxiety. A therapist can guide you through the stages and talk through what comes up.`

func TestGuardRejectsAddedClaims(t *testing.T) {
	pass := []string{
		"Sensate focus is a series of touching exercises sex therapists often suggest, where partners take turns touching without aiming for arousal or orgasm.",
		"The point is to notice sensations and let go of the pressure to perform. You move through the stages at your own pace.",
		"Yes. Many people find that taking sex off the table for a while lowers their anxiety, and a therapist can guide you through it.",
		"At first, partners avoid touching genitals or breasts.\n- Take turns.\n- Notice sensations.",
	}
	for _, c := range pass {
		if err := llm.Guard(sensateCurated, c); err != nil {
			var ge *llm.GuardError
			errors.As(err, &ge)
			t.Errorf("Guard(%q) = %v (term %q), want nil", c, err, ge.Term)
		}
	}
	reject := []string{
		"Sensate focus is a set of touching exercises. It can help couples rebuild trust.",
		"Sensate focus is a set of touching exercises, and it can help couples rebuild trust.",
		"Partners take turns touching each other. It works for almost everyone within a month.",
		"Many people find it lowers anxiety. It is also a proven cure for vaginismus.",
		"You said your wife no longer wants you, so these exercises are right for you.",
	}
	for _, c := range reject {
		if err := llm.Guard(sensateCurated, c); !errors.Is(err, llm.ErrAddsClaim) {
			t.Errorf("Guard(%q) = %v, want ErrAddsClaim", c, err)
		}
	}
	// The same claim passes when the curated text makes it.
	supported := sensateCurated + " It can help couples rebuild trust."
	if err := llm.Guard(supported, "Sensate focus can help couples rebuild trust."); err != nil {
		t.Errorf("a claim the curated text makes was rejected: %v", err)
	}
}
