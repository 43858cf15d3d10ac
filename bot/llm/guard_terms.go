package llm

import (
	"regexp"
	"strings"
)

// drugNames are drugs and products a rephrasing may not introduce.
// Curators: add names here in lower case; names of several words are fine.
var drugNames = drugList(
	// PDE5 inhibitors and other erectile-dysfunction treatments.
	"sildenafil", "viagra", "revatio", "tadalafil", "cialis", "vardenafil", "levitra", "staxyn",
	"avanafil", "stendra", "spedra", "kamagra", "cenforce", "alprostadil", "caverject", "edex", "muse",
	"trimix", "papaverine", "phentolamine", "pde5",
	// Antidepressants, by class and name.
	"ssri", "ssris", "snri", "snris", "sertraline", "zoloft", "fluoxetine", "prozac", "paroxetine",
	"paxil", "citalopram", "celexa", "escitalopram", "lexapro", "bupropion", "wellbutrin",
	"duloxetine", "cymbalta", "venlafaxine", "effexor", "mirtazapine", "trazodone", "clomipramine",
	"vortioxetine", "buspirone",
	// Desire, arousal and ejaculation.
	"flibanserin", "addyi", "bremelanotide", "vyleesi", "dapoxetine", "priligy", "tramadol",
	"lidocaine", "prilocaine", "emla", "promescent", "benzocaine", "ospemifene", "osphena",
	"prasterone", "intrarosa",
	// Hormones.
	"testosterone", "androgel", "estrogen", "oestrogen", "estradiol", "oestradiol", "premarin",
	"progesterone", "progestin", "dhea", "hcg", "clomiphene", "clomid", "letrozole",
	"finasteride", "propecia", "dutasteride", "spironolactone", "oxytocin",
	// Contraception, emergency contraception, abortion, HIV prevention.
	"plan b", "levonorgestrel", "ulipristal", "ellaone", "mifepristone", "misoprostol",
	"prep", "truvada", "descovy", "apretude", "cabotegravir", "emtricitabine", "tenofovir",
	// Antibiotics, antivirals, antifungals.
	"doxycycline", "azithromycin", "ceftriaxone", "penicillin", "metronidazole", "tinidazole",
	"acyclovir", "aciclovir", "valacyclovir", "valtrex", "famciclovir", "fluconazole", "diflucan",
	"clotrimazole", "canesten", "monistat", "miconazole", "imiquimod", "podofilox",
	// Supplements and recreational drugs with sexual claims.
	"yohimbine", "yohimbe", "l arginine", "citrulline", "ginseng", "maca", "tribulus",
	"horny goat weed", "epimedium", "poppers", "amyl nitrite", "naltrexone", "melatonin",
	"st john s wort",
	// Brands of lubricants, condoms and devices.
	"k y", "astroglide", "durex", "trojan", "skyn", "lelo", "womanizer", "hims",
)

// unitWords are dose and unit words a rephrasing may not introduce.
var unitWords = wordSet(
	"mg", "mgs", "milligram", "milligrams", "mcg", "µg", "ug", "microgram", "micrograms",
	"ml", "mls", "millilitre", "millilitres", "milliliter", "milliliters", "iu",
	"pill", "pills", "tablet", "tablets", "capsule", "capsules", "dose", "doses", "dosage",
	"dosages", "dosing", "suppository", "suppositories", "injection", "injections",
	"milligramos", "miligramos", "dosis", "pastilla", "pastillas", "comprimido", "comprimidos",
	"cápsula", "cápsulas", "comprimé", "comprimés", "gélule", "gélules", "posologie",
	"tablette", "tabletten", "dosierung", "kapsel", "kapseln",
)

// phraseRule is a pattern over the joined form, run only when one of its
// trigger words is present, and one of its also words when it has any (a
// map lookup is far cheaper than a regexp scan, and most answers contain
// none of them).
type phraseRule struct {
	triggers, also []string
	re             *regexp.Regexp
}

// findAll returns the matches in t.joined, each without surrounding
// spaces. Patterns that start with a literal word start with a space
// instead of \b, so the regexp engine can skip ahead to it.
func (r phraseRule) findAll(t *text) [][]int {
	if !t.anyWord(r.triggers) || (len(r.also) > 0 && !t.anyWord(r.also)) {
		return nil
	}
	locs := r.re.FindAllStringIndex(t.joined, -1)
	for _, loc := range locs {
		if t.joined[loc[0]] == ' ' {
			loc[0]++
		}
	}
	return locs
}

func (t *text) anyWord(words []string) bool {
	for _, w := range words {
		if t.words[w] {
			return true
		}
	}
	return false
}

// rule builds a phraseRule; triggers is a space-separated word list, and
// so is also, optionally, after a "|".
func rule(triggers string, re string) phraseRule {
	any, also, _ := strings.Cut(triggers, "|")
	return phraseRule{triggers: strings.Fields(any), also: strings.Fields(also), re: regexp.MustCompile(re)}
}

// doseRules find amounts and frequencies.
var doseRules = []phraseRule{
	rule("g gram grams iu unit units gramos unidades",
		`\b\d+(?: \d+)? (?:g|gram|grams|iu|unit|units|gramos|unidades)\b`),
	rule("once twice thrice times | day night week month hour",
		`\b(?:once|twice|thrice|one time|two times|three times|four times|\d+ times) (?:a|per|each|every) (?:day|night|week|month|hour)\b`),
	rule("every | hour hours day days", ` every \d+ (?:hour|hours|day|days)\b`),
	rule("take takes taking took | daily nightly day night",
		`\b(?:take|takes|taking|took)(?: [a-z]+){0,4} (?:daily|nightly|every day|every night|a day|per day)\b`),
}

// clinicalRules find clinical-advice phrasing.
var clinicalRules = []phraseRule{
	rule("you | take taking",
		` you (?:should|must|need to|ought to|have to|could|can|may want to|might want to) (?:take|start taking|stop taking|keep taking|be taking|try taking)\b`),
	rule("taking", `\b(?:stop|start|keep|quit|try) taking\b`),
	rule("dose doses dosage medication medications meds medicine pill pills prescription",
		`\b(?:increase|decrease|double|halve|lower|raise|reduce|adjust|change|skip|up|cut) (?:your|the|my) (?:dose|doses|dosage|medication|medications|meds|medicine|pill|pills|prescription)\b`),
	rule("recommend prescribe diagnose advise", ` i (?:would |d |strongly |)(?:recommend|prescribe|diagnose|advise)\b`),
	rule("diagnosis recommendation prescription advice", ` my (?:diagnosis|recommendation|prescription|medical advice)\b`),
	rule("you | "+conditionTriggers,
		` you (?:probably |likely |definitely |clearly |might |may |could |must |seem to |appear to )?(?:have|ve got|have got|are suffering from|re suffering from|suffer from)(?: an| a| the| some)?(?: [a-z]+)? `+conditions+`\b`),
	rule("probably likely definitely clearly certainly | "+conditionTriggers,
		`\b(?:this|it|that) (?:is|s) (?:probably|likely|definitely|clearly|almost certainly)(?: an| a| the)?(?: [a-z]+)? `+conditions+`\b`),
	rule("sounds | "+conditionTriggers, ` sounds like(?: you have)?(?: an| a| the)?(?: [a-z]+)? `+conditions+`\b`),
	rule("you | pregnant infected infertile impotent depressed frigid",
		` you (?:are|re) (?:probably |likely |definitely |clearly )?(?:pregnant|infected|infertile|impotent|depressed|frigid)\b`),
}

// hedges before a clinical phrase make it conditional or negated ("if you
// have an STI", "it does not mean you have an STI"), so it is not advice.
var hedges = wordSet("if", "when", "whether", "unless", "mean", "means", "necessarily", "not")

// conditions are the diagnoses "you have ..." may not introduce, and
// conditionTriggers the words one of them must contain.
const (
	conditions        = `(?:ed|erectile dysfunction|premature ejaculation|pe|delayed ejaculation|vaginismus|dyspareunia|vulvodynia|anorgasmia|hsdd|sti|stis|std|stds|chlamydia|gonorrhea|gonorrhoea|herpes|hpv|hiv|aids|syphilis|trichomoniasis|infection|bv|bacterial vaginosis|thrush|uti|depression|anxiety|disorder|dysfunction|low testosterone|low t|hypogonadism|pcos|endometriosis|cancer|diabetes|prostatitis|peyronie|condition|disease|syndrome)`
	conditionTriggers = `ed dysfunction ejaculation pe vaginismus dyspareunia vulvodynia anorgasmia hsdd sti stis std stds chlamydia gonorrhea gonorrhoea herpes hpv hiv aids syphilis trichomoniasis infection bv vaginosis thrush uti depression anxiety disorder testosterone t hypogonadism pcos endometriosis cancer diabetes prostatitis peyronie condition disease syndrome`
)

// numberWords maps number words (English, Spanish, French, German,
// Portuguese) to digits. Words that are also common non-number words
// ("one", "once", "due", "elf") are left out.
var numberWords = map[string]string{
	"zero": "0", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
	"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
	"fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18",
	"nineteen": "19", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "sixty": "60",
	"seventy": "70", "eighty": "80", "ninety": "90", "hundred": "100", "hundreds": "100",
	"thousand": "1000", "thousands": "1000", "million": "1000000", "millions": "1000000",
	"billion": "1000000000", "dozen": "12", "dozens": "12", "twice": "2", "thrice": "3",
	"half": "0.5", "halves": "0.5",
	"dos": "2", "tres": "3", "cuatro": "4", "cinco": "5", "seis": "6", "siete": "7", "ocho": "8",
	"nueve": "9", "diez": "10", "doce": "12", "veinte": "20", "treinta": "30", "cuarenta": "40",
	"cincuenta": "50", "cien": "100", "ciento": "100", "mil": "1000", "millón": "1000000",
	"millones": "1000000", "mitad": "0.5",
	"deux": "2", "trois": "3", "quatre": "4", "cinq": "5", "sept": "7", "huit": "8", "neuf": "9",
	"dix": "10", "douze": "12", "vingt": "20", "trente": "30", "quarante": "40",
	"cinquante": "50", "mille": "1000", "moitié": "0.5",
	"zwei": "2", "drei": "3", "vier": "4", "fünf": "5", "sechs": "6", "sieben": "7", "acht": "8",
	"neun": "9", "zehn": "10", "zwölf": "12", "zwanzig": "20", "dreißig": "30", "hundert": "100",
	"tausend": "1000", "hälfte": "0.5",
	"dois": "2", "duas": "2", "três": "3", "sete": "7", "oito": "8", "nove": "9", "dez": "10",
	"vinte": "20", "cem": "100", "metade": "0.5",
}

// percentWords mark a percentage without a % sign.
var percentWords = wordSet("percent", "percentage", "percentages", "porcentaje", "pourcentage", "prozent", "porcentagem")

// commonCapitals may stand capitalised inside a sentence without being
// names the curated text must contain.
var commonCapitals = wordSet(
	"i", "ok", "okay", "candor", "discord", "english",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)

func wordSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// drugName is a name from drugNames: its first token, and for a name of
// several tokens its joined form (" plan b ").
type drugName struct {
	name, first, joined string
}

func drugList(names ...string) []drugName {
	out := make([]drugName, len(names))
	for i, n := range names {
		var parts []string
		for _, t := range tokenize(n) {
			parts = append(parts, t.lower)
		}
		out[i] = drugName{name: n, first: parts[0]}
		if len(parts) > 1 {
			out[i].joined = " " + strings.Join(parts, " ") + " "
		}
	}
	return out
}
