package safety

// macros returns the shared vocabulary of the rule patterns, referenced as
// {name}. Normalised text is lower-case words of letters and digits joined
// by single spaces, so a "word gap" is "(?:[a-z0-9]+ ){0,n}".
func macros() map[string]string {
	return map[string]string{
		"w":  `[a-z0-9]+`,
		"g1": `(?:[a-z0-9]+ )?`,
		"g2": `(?:[a-z0-9]+ ){0,2}`,
		"g3": `(?:[a-z0-9]+ ){0,3}`,
		"g4": `(?:[a-z0-9]+ ){0,4}`,
		"g6": `(?:[a-z0-9]+ ){0,6}`,
		// A gap that may cross one clause break into a clause about the
		// same person, in message-wide rules: "my girlfriend, she was
		// assaulted" is "my girlfriend | she was assaulted".
		"gb6": `(?:[a-z0-9]+ ){0,6}(?:\| (?:she|he|they|her|his|their|who|and) (?:[a-z0-9]+ ){0,5})?`,

		// Words that may open a clause before a subjectless statement
		// ("honestly just want to die", "feeling suicidal tonight").
		"fill": `(?:(?:and|so|honestly|just|lately|sometimes|really|still|literally|ok|okay|well|like|yeah|yes|also|now|today|tonight|recently|to be honest|not going to lie|i do not know|tbh|ugh|omg|please|help|hey|hi|hello|fr|lol|idk|man|bro|dude|god|ya|yo|oh) )*`,
		// Adverbs and hedges between a subject and its verb.
		"adv": `(?:(?:just|really|honestly|actually|seriously|literally|truly|kind of|kinda|sort of|sometimes|often|always|still|genuinely|so|very|even|already|now|constantly|lowkey|also|almost|definitely|probably|low key|legit|mostly|secretly|kept|keep|think i|feel like i|swear i|fully|totally|completely|lately|recently|again|more and more|increasingly|suddenly|all|too) )*`,
		// A first-person gap: hedges and auxiliaries only, never a noun
		// that would make someone else the subject.
		"fpgap": `(?:(?:think|thought|believe|guess|feel|felt|like|might|may|could|have|had|just|recently|once|also|ever|really|actually|literally|basically|kind|of|sort|possibly|probably|definitely|maybe|still|already|am|was|were|been|being|got|get|i|when|as|a|kid|child|teen|little|young|years|ago|last|year|week|month|night|weekend|at|party|the|and|once|twice|repeatedly|pretty|sure|certain|almost|nearly) ){0,5}`,

		// When a realisation came: "I only now realise", "I didn't
		// realise until recently that ...".
		"when": `(?:(?:now|only now|just now|finally|recently|until (?:now|recently|today|later|years later|i was {w})|at the time|back then|then|for (?:years|so long|a long time)) )?`,

		// Relationships.
		"partner":  `(?:partner|boyfriend|girlfriend|husband|wife|spouse|fiance|fiancee|ex|ex boyfriend|ex girlfriend|ex husband|ex wife|ex partner|date|lover|hookup|situationship|fwb|man|bf|gf)\b`,
		"family":   `(?:dad|father|mom|mother|stepdad|stepfather|stepmom|stepmother|step dad|step father|step mom|step mother|brother|sister|stepbrother|stepsister|step brother|step sister|uncle|aunt|cousin|grandpa|grandfather|grandma|grandmother|granddad|parents|parent|family|foster \w+|guardian)\b`,
		"rel":      `(?:{partner}|{family}|roommate|flatmate|boss|landlord|coworker|co worker|colleague|friend|best friend|teacher|coach|neighbor|neighbour|carer|caretaker|pimp|classmate|manager|pastor|priest|doctor|therapist)\b`,
		"abuser":   `(?:he|she|they|my (?:[a-z0-9]+ )?{rel})`,
		"rel3":     `(?:friend|friends|best friend|bestie|partner|boyfriend|girlfriend|husband|wife|spouse|fiance|fiancee|sister|brother|sibling|mom|dad|mother|father|son|daughter|cousin|roommate|flatmate|classmate|coworker|colleague|ex|kid|child|teen|niece|nephew|aunt|uncle|grandma|grandpa|mate|buddy|student|client|patient|neighbor|neighbour|date|crush|girlfriends|boyfriends|stepdaughter|stepson|stepsister|stepbrother|bf|gf)\b`,
		"third":    `(?:my (?:[a-z0-9]+ )?{rel3}|(?:a|her|his|their|our|this|the|your) (?:[a-z0-9]+ )?(?:{rel3}|person|woman|man|girl|boy|guy|kid|child|teen|teenager|survivor|victim)|someone|somebody|anyone|anybody|a person|people|survivors|victims|loved one|loved ones)`,
		"minorref": `(?:(?:1[0-7]|[1-9]) ?(?:year old|years old|yr old|yrs old|yo|y o)s?|(?:girl|boy|lad|lass) (?:of|aged) (?:1[0-7]|[1-9])|child|children|kid|kids|minor|minors|underage|under age|preteen|preteens|pre teen|teen|teens|teenager|teenagers|young (?:girl|boy|girls|boys|teen|teens)|little (?:girl|boy|girls|boys)|schoolgirl|schoolgirls|schoolboy|schoolboys|loli|lolis|shota|middle schooler|middle schoolers|school ?going (?:girls?|boys?|kids?|children|child)|school (?:girls|boys|kids|children)|(?:girls|boys|kids|children) (?:in|from|at) (?:primary|middle|elementary|junior high|junior|grade) school|toddler|toddlers|baby|babies|under (?:1[0-8](?: s)?|(?:sixteen|seventeen|eighteen)s?))\b`,

		// The sender, alone or as a couple, as owner or object: "my" or
		// "our" therapist; counsel "me", "us", "my wife and me".
		"mine": `(?:my|our|me and my (?:{w} )?{w}s|my (?:{w} )?{partner} and (?:my|i s|me s|mine))`,
		"us":   `(?:me|us|both of us|the two of us|my (?:{w} )?{partner} and (?:me|i)|me and my (?:{w} )?{partner})\b`,

		// A child the sender knows ("my 13 yo sister", "my little
		// cousin", "my daughter is 14"), someone approaching them, and
		// what they ask for or send.
		"minor3":    `(?:(?:my|our|her|his|their|a|the) (?:{w} )?(?:(?:1[0-7]|[4-9]) ?(?:year old|years old|yr old|yrs old|yo|y o)(?: {w})?|little (?:sister|brother|sis|bro|cousin|girl|boy|one|ones)|kid|kids|child|children|son|sons|daughter|daughters|stepdaughter|stepdaughters|stepson|stepsons|minor|teen|teenager|preteen|(?:teenage|underage|young) (?:sister|brother|son|daughter|cousin|niece|nephew|girl|boy|kid|child))\b|(?:my|our|her|his|their) (?:{w} )?{rel3} (?:\| )?(?:who is |is |aged |age )?(?:1[0-7]|[4-9])\b)`,
		"approach":  `(?:asking|asks|asked|ask|begging|begged|begs|pressuring|pressured|pressures|messaging|messaged|messages|dming|dmed|dms|texting|texted|texts|snapping|snapchatting|sending|sent|sends|showing|showed|shows|grooming|groomed|grooms|sexting|sexted|flirting with|hitting on|trying to get|tried to get|offering|offered|paying|paid|bribing|bribed|blackmailing|blackmailed|pressuring|touching|touched|touches)`,
		"sexobj":    `(?:nudes?|nude {w}|naked|sexual\w*|sexy|explicit|dick pics?|pics of (?:his|her|their) (?:penis|dick|body)|porn\w*|inappropriate {w}|dirty {w}|for sex|to have sex|have sex with|to sleep with|to hook up|(?:her|his|their) (?:body|boobs|breasts|chest|butt|privates|private parts))\b`,
		"weakobj":   `(?:pics?|pictures?|photos?|selfies?|videos?|vids?|to meet|meet up|meet him|meet her|to video ?call|facetime|(?:her|his|their) (?:address|location|number|snap))\b`,
		"adultsubj": `(?:(?:a|an|some|this|the|that) (?:{w} ){0,2}(?:man|men|guy|guys|adult|adults|stranger|strangers|dude|creep|woman|person|predator|pedo|pedophile|paedophile)|someone|somebody|(?:(?:her|his|their) |(?:my|our) (?:{w} ){1,4})(?:{w} )?(?:teacher|coach|tutor|pastor|priest|youth pastor|youth leader|neighbor|neighbour|boss|manager|instructor|trainer|babysitter|uncle|stepdad|stepfather|step dad|scout leader|coworkers?|{worker}))`,
		// worker is someone who works at or lives in the family's place: "one of our farmhands".
		"worker": `(?:farmhands?|farm hands?|workers?|employees?|handyman|contractors?|lodgers?|tenants?|bus drivers?|drivers?)`,

		// Clinical vocabulary.
		"therapist":   `(?:therapist|counselor|psychologist|psychiatrist|doctor|gp|physician|shrink|psychotherapist|nurse|sex therapist|sexologist|life coach|sex coach|relationship coach|intimacy coach|clinician|dr)\b`,
		"infection":   `(?:stds?|stis?|sexually transmitted (?:infection|disease)s?|chlamydia|gonorr?h(?:o|e)?ea|the clap|herpes|hsv(?: [12])?|hpv|genital warts|warts|hiv|aids|syphilis|trich|trichomoniasis|thrush|(?:a )?yeast infection|bv|bacterial vaginosis|utis?|urinary tract infection|bladder infection|kidney infection|prostatitis|epididymitis|balanitis|mycoplasma|ureaplasma|molluscum|crabs|pubic lice|scabies|hepatitis(?: [abc])?|mpox|monkeypox|(?:an )?infection|pid|pelvic inflammatory disease)\b`,
		"dysfunction": `(?:ed|erectile dysfunction|premature ejaculation|pe|delayed ejaculation|vaginismus|vulvodynia|dyspareunia|endometriosis|endo|pcos|adenomyosis|fibroids|(?:testicular |cervical |prostate |ovarian |penile )?cancer|peyronies(?: disease)?|low testosterone|low t|hypogonadism|hsdd|hypoactive sexual desire disorder|pgad|anorgasmia|sex addiction|porn addiction|(?:a |an )?(?:sexual )?(?:disorder|disease|illness|dysfunction)|something wrong|a problem down there|lichen sclerosus|(?:ovarian )?cysts?|varicocele|phimosis|(?:an )?ectopic(?: pregnancy)?|(?:a )?miscarriage|menopause|perimenopause|depression|ptsd|bipolar|ocd|adhd|(?:an )?eating disorder|cervical ectropion|polyps?)\b`,
		"cond":        `(?:{infection}|{dysfunction})`,
		"dx":          `(?:(?:an?|the|some|early|mild|bad|severe|chronic|low|high|real|actual|genital|oral|vaginal|penile|secondary|primary|a case of|signs of|symptoms of) ){0,2}{cond}`,
		"med":         `(?:meds|medication|medications|medicine|pills?|tablets?|the pill|birth control|contraception|contraceptives?|prep|pep|antidepressants?|ssris?|snris?|sertraline|zoloft|fluoxetine|prozac|lexapro|escitalopram|citalopram|celexa|paroxetine|paxil|venlafaxine|effexor|duloxetine|cymbalta|wellbutrin|bupropion|mirtazapine|trazodone|viagra|sildenafil|cialis|tadalafil|levitra|vardenafil|stendra|avanafil|testosterone|trt|hrt|estrogen|oestrogen|estradiol|progesterone|progestin|finasteride|propecia|dutasteride|dapoxetine|priligy|valtrex|valacyclovir|acyclovir|aciclovir|antivirals?|antibiotics?|doxycycline|doxy|doxypep|azithromycin|metronidazole|flagyl|fluconazole|diflucan|spironolactone|plan b|morning after pill|emergency contraception|ella|iud|implant|nexplanon|depo|depo provera|the shot|the patch|the ring|nuvaring|addyi|flibanserin|vyleesi|bremelanotide|lithium|lamotrigine|lamictal|adderall|ritalin|xanax|benzos?|antipsychotics?|puberty blockers|blockers|hormones|truvada|descovy|biktarvy|arvs?|the mini pill|mini pill|minipill|yaz|yasmin|microgynon|rigevidon|cerazette|levonorgestrel|ulipristal|misoprostol|mifepristone|abortion pill|melatonin|gabapentin|pregabalin|propranolol|beta blockers|quetiapine|seroquel|tamsulosin|flomax|mesalamine|mesalazine|pentasa|asacol|azathioprine|mercaptopurine|infliximab|remicade|adalimumab|humira|ustekinumab|stelara|vedolizumab|entyvio|budesonide|prednisone|prednisolone|methotrexate|biologics?|immunosuppressants?)\b`,
		"body":        `(?:penis|dick|cock|vagina|vulva|labia|clit|clitoris|testicles?|balls?|scrotum|foreskin|shaft|glans|anus|butt|bum|nipples?|breasts?|boobs?|skin|lips?|mouth|throat|groin|cervix|uterus|prostate|urethra|pee|urine|discharge|period|periods|cycle|erection|erections|semen|sperm|genitals|private parts|privates|down there|vag|pubic area|bikini area|inner thigh|thighs?|tongue)\b`,
		"symptom":     `(?:bump|bumps|rash|lump|lumps|sore|sores|blister|blisters|spot|spots|discharge|itch|itching|itchy|burning|smell|smells|odou?r|bleeding|blood|swelling|swollen|lesion|lesions|wart|warts|redness|ulcer|ulcers|cyst|pimple|pimples|stinging|scab|scabs|growth|growths|patch|patches|dots|peeling|cracked|crusty|fever)\b`,
	}
}
