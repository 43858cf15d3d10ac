package safety_test

import (
	"testing"

	"github.com/candorbot/candor/bot/safety"
)

// TestMultilingualTagalog checks the Tagalog / Taglish phrases (tl.json):
// crises in first person with chat spellings (dropped or hyphenated
// affixes, "po", "ko"/"q"), the message-wide pairs, someone else at risk,
// and everyday idioms with death and hurt words, game talk and sexual-health
// questions that must stay unflagged. The lines were written by the helper
// that wrote the phrases (model-written, needs native review), so they are
// in-sample: a regression test, not a measure of recall.
func TestMultilingualTagalog(t *testing.T) {
	m := newMulti(t)
	for _, tc := range []struct {
		text     string
		category string // "" for not a crisis
	}{
		{"ayoko na talaga, gusto ko na lang mamatay", safety.CategorySuicide},
		{"gusto q n lng mamatay", safety.CategorySuicide},
		{"pagod na pagod na ako sa buhay, parang mas okay kung wala na ako", safety.CategorySuicide},
		{"naisip ko na mag-suicide kagabi, may plano na ako", safety.CategorySuicide},
		{"salamat sa lahat ha, pasensya na sa mga nagawa ko. paalam", safety.CategorySuicide},
		{"nasa rooftop ako ngayon, di ko na kaya", safety.CategorySuicide},
		{"ilang tableta ng sleeping pills para hindi na magising?", safety.CategorySuicide},
		{"binigay ko na yung pusa ko kay bes, di na kailangan mag-alala sakin ng kahit sino", safety.CategorySuicide},
		{"naka-ready na yung lubid sa kwarto ko", safety.CategorySuicide},
		{"ayoko na po talaga mabuhay", safety.CategorySuicide},
		{"bes nag-cut ulit ako kagabi, di ko mapigilan", safety.CategorySelfHarm},
		{"sinasaktan ko sarili ko pag stressed ako, yung braso ko puro sugat", safety.CategorySelfHarm},
		{"naglaslas ako ulit, ang dami ng dugo", safety.CategorySelfHarm},
		{"ni-rape ako ng kaibigan ng kuya ko nung party, lasing ako", safety.CategorySexualViolence},
		{"nilasing nila ako tapos pag gising ko wala na akong damit", safety.CategorySexualViolence},
		{"pinilit ako ng bf ko makipag-sex kahit umayaw na ako", safety.CategorySexualViolence},
		{"hinawakan ng manager ko yung dibdib ko sa stockroom, di ko alam gagawin", safety.CategorySexualViolence},
		{"binubugbog ako ng asawa ko pag lasing siya, takot na ako umuwi", safety.CategoryAbuse},
		{"ikakalat daw niya yung nudes ko sa gc ng klase pag di ako nagbayad ng 5k", safety.CategoryAbuse},
		{"kagabi sinabunutan ako ni mister tapos inuntog ulo ko sa pader", safety.CategoryAbuse},
		{"13 pa lang ako, may kuya sa discord na nanghihingi ng pics ko, sabi niya secret lang daw namin", safety.CategoryMinor},
		{"hinahawakan ako ng tito ko pag tulog na sila mama, 12 years old po ako", safety.CategoryMinor},
		{"11 years old po kapatid ko, may lalaki sa roblox na nagbibigay ng robux tapos pinapasend siya ng pictures", safety.CategoryMinor},
		{"nagtatago ako sa cr ngayon, lasing si papa at may hawak na kutsilyo", safety.CategoryDanger},
		{"papatayin daw ako ng live-in partner ko pag umalis ako", safety.CategoryDanger},
		// innocent twins
		{"patay tayo dyan, may quiz pala bukas", ""},
		{"mamatay na ako sa tawa sa meme na to hahaha", ""},
		{"papatayin ako ng nanay ko pag nalaman niyang bumagsak ako", ""},
		{"papatayin daw ako ng bff ko pag di ako pumunta sa birthday niya", ""},
		{"patay na patay siya sa crush niya lol", ""},
		{"nakakamatay sa hiya yung nangyari kanina", ""},
		{"gusto ko nang mamatay sa sobrang hiya kanina sa harap ng crush ko", ""},
		{"nagcut ako ng class kanina kasi antok na antok ako", ""},
		{"nag-cut ako ng tela para sa project namin", ""},
		{"binubugbog ako ng kuya ko sa tekken palagi", ""},
		{"sinipa ako ng admin sa gc kasi puro memes ako", ""},
		{"sinampal ako ng katotohanan", ""},
		{"pinatay ko yung boss sa ML kanina, grabe ang hirap", ""},
		{"nagising ako na nakahubad kasi sobrang init kagabi lol", ""},
		{"lasing ako kagabi, wala akong maalala haha, ano po magandang pang hangover", ""},
		{"ininom ko lahat ng gamot ko para sa ubo kanina, pwede pa ba mag sex?", ""},
		{"takot ako umuwi kasi baha na sa amin", ""},
		{"salamat po sa lahat, babye! matutulog na ako", ""},
		{"nasa rooftop kami ng condo, ang ganda ng view ng sunset", ""},
		{"tinago ko yung mga kutsilyo kasi gumagapang na si baby", ""},
		{"pano po gamitin ng tama yung condom? first time ko kasi", ""},
		{"delayed po ako ng 1 week, pwede na ba mag-PT?", ""},
		{"13 pa lang ako, ok lang ba mag-masturbate?", ""},
		{"hindi ko gustong mamatay, nagtatanong lang ako tungkol sa PrEP", ""},
		{"hindi ako nag cut kagabi, proud ako", ""},
	} {
		v := m.Classify(tc.text, "tl")
		got := ""
		if v.Action == safety.ActionCrisis {
			got = v.Category
			if v.Langs[0] != "tl" {
				t.Errorf("%q: reply language %v, want tl", tc.text, v.Langs)
			}
		}
		if got != tc.category {
			t.Errorf("%q: category %q (phrase %q), want %q", tc.text, got, v.Phrase, tc.category)
		}
	}
	// Someone else at risk gets the support tier, and a survivor long past
	// who has worked it through too.
	for _, text := range []string{
		"yung kaibigan ko naglalaslas daw, paano ko siya tutulungan",
		"naglalaslas yung kaibigan ko, ano gagawin ko",
		"ni-rape daw yung pinsan ko, ano gagawin ko",
		"kaibigan ko gustong magpakamatay, help",
		"minolestiya ako nung bata ako, nag therapy na ako at okay na ako ngayon. normal ba na masakit pag nagsesex",
	} {
		if v := m.Classify(text, "tl"); v.Action == safety.ActionCrisis || !v.Support {
			t.Errorf("%q: %s %s (support %v), want the support tier", text, v.Action, v.Rule, v.Support)
		}
	}
}
