package lang_test

import (
	"testing"

	"github.com/candorbot/candor/bot/lang"
)

// TestRussianFromLatin: the common chat spellings of Russian in Latin
// letters come back in Cyrillic close enough for the Russian phrases to
// match; text with Cyrillic in it is left alone.
func TestRussianFromLatin(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"ya hochu umeret'", "я хочу умереть"},
		{"ya khochu umeret", "я хочу умерет"}, // the soft sign left out stays out
		{"ya xochu umeret", "я хочу умерет"},
		{"ne hochu bol'she zhit'", "не хочу больше жить"},
		{"muzh menya b'yot", "муж меня бьёт"},
		{"4to delat', po4emu", "что делать, почему"},
		{"eto normal'no? esli net", "это нормально? если нет"}, // э only in "et..."
		{"intimnye foto, novye", "интимные фото, новые"},       // ye after a consonant
		{"nachinaetsya, boyus' ottsa", "начинается, боюсь отца"},
		{"otets, detskiy dom", "отец, детский дом"},
		{"kakoj-to chel, kakoy", "какой-то чел, какой"},
		{"proshchal'noe pis'mo, schast'e", "прощальное письмо, щастье"},
		{"Mne 15 LET", "мне 15 лет"},
		{"мне 15 and some english", "мне 15 and some english"},
		{"", ""},
	} {
		if got := lang.RussianFromLatin(tc.in); got != tc.want {
			t.Errorf("RussianFromLatin(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestRussianInLatinLettersDetected: Russian typed in Latin letters is
// found by its function words; English with a Russian loanword, and the
// other Latin-script languages, are not called Russian.
func TestRussianInLatinLettersDetected(t *testing.T) {
	wantRussianOrNot(t, []string{
		"mne 14 i odin chelovek prosit foto",
		"chto mne delat, ya ne znayu",
		"pochemu mne tak ploho seychas",
		"privet, u menya vopros",
	}, map[string]string{
		"my friend from moscow always says privet":   "en",
		"blin is what my russian roommate says lol":  "en",
		"kto mi pomoże z tym pytaniem":               "pl",
		"ya no sé qué hacer con mi novio":            "es",
		"what is the eta on the new topics page":     "en",
		"dia bilang mau ketemu, aku takut sekali ya": "id",
	})
}

// wantRussianOrNot checks that each of ru is detected as Russian and each
// key of others as its value.
func wantRussianOrNot(t *testing.T, ru []string, others map[string]string) {
	t.Helper()
	d := newDetector(t)
	for _, text := range ru {
		if got := d.Detect(text, ""); got.Code != "ru" {
			t.Errorf("%q -> %s (%s), want ru", text, got.Code, got.Reason)
		}
	}
	for text, want := range others {
		if got := d.Detect(text, ""); got.Code != want {
			t.Errorf("%q -> %s (%s), want %s", text, got.Code, got.Reason, want)
		}
	}
}

// TestRussianInLatinEverydayWords: Russian typed in Latin letters that
// has few of the usual function words, and many words short enough to be
// another language's ("na", "ne", "tak", "kak", "i", "on"), is still found
// by its own everyday words (opyat, spryatat, vannoy, kazhdyi, vecher,
// bystro ...). Messages in the languages those short words belong to are
// not called Russian.
func TestRussianInLatinEverydayWords(t *testing.T) {
	wantRussianOrNot(t, []string{
		"mama opyat krichit, ya sizhu v vannoy",
		"papa pyanyi, nado spryatat nozhi",
		"kazhdyi vecher odno i to zhe, zhdu poka on usnet",
		"u menya porezy na bedrah, kak ih bystro skryt",
		"otchim opyat napilsya, my s sestroy sidim v vannoy",
	}, map[string]string{
		"tak, na pewno, jak zawsze":        "pl",
		"kak, aku udah sampai rumah ya":    "id",
		"my friend keeps saying opyat lol": "en",
		"nie wiem, tak jak na wakacjach":   "pl",
	})
}
