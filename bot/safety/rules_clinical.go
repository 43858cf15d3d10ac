package safety

// clinicalSpecs are the clinical-advice rules. Every one needs a personal
// framing (should I, can I, do I have, my results, for me): the same
// subject asked in general ("can antidepressants lower sex drive?", "how is
// vaginismus treated?") is education and goes on to the knowledge search.
func clinicalSpecs() []spec {
	notAsking := `\b(?:not asking (?:you )?(?:to|for)|not looking for|i know you can not|i know you are not|do not need you to|not expecting (?:you )?to|without (?:a )?diagnos\w*|(?:do not|dont|did not) (?:want|need) (?:a |your |ur |any |an )?diagnos\w*)\b`
	r := func(name, doc string, s spec) spec {
		s.name, s.doc = name, doc
		s.action, s.category = ActionRefuse, CategoryClinicalAdvice
		s.unless = append(s.unless, notAsking)
		return s
	}
	return []spec{
		r("clinical/be-my-therapist", "The person asks Candor to be, or act as, their (or their couple's) therapist, counsellor or doctor, or to run sessions with them.", spec{any: []string{
			`\b(?:be|become|act as|act like|pretend to be|work as|serve as|replace|play|you are|you could be|you can be|you will be|you would be) {mine} {g2}{therapist}`,
			`\b(?:act|acting|pretend|pretending|behave|talk to (?:me|us)) (?:as|like) (?:a|an|{mine}) {g2}(?:therapist|counselor|psychologist|psychiatrist|doctor|shrink|psychotherapist|sex therapist|sexologist)\b`,
			`\b(?:can|could|will|would) you {g2}(?:do |give (?:me |us )?|be |start |have |run |hold |lead )?(?:a |an |our |my )?{g2}(?:therapy|counseling|therapy sessions?|sessions?|cbt|emdr|sex therapy|psychotherapy|treatment) (?:with |for |on )?{us}`,
			`\b(?:can|could|will|would) you {g1}(?:treat|counsel|therapize|therapise|analy[sz]e|psychoanaly[sz]e|coach) {us}`,
			`\b(?:therapy|counseling) sessions? with (?:me|us|you)\b`,
			`\b(?:i|we) (?:want|need|would like) (?:you|candor) (?:to be|as) {mine} {g2}{therapist}`,
		}}),
		r("clinical/test-results", "The person asks Candor to interpret their own test results or levels.", spec{scope: inMessage,
			any: []string{
				`\bmy (?:{w} ){0,3}(?:test|tests|result|results|labs?|lab work|bloodwork|blood work|bloods|levels?|count|smear|pap|screen|screening|swab|biopsy|scan|ultrasound|psa|hcg|panel|numbers|readings?|analysis|viral load|cd4|testosterone|estrogen|oestrogen|estradiol|prolactin|fsh|amh|tsh|thyroid|sperm count|hormones?|iron|a1c|glucose|blood sugar|cholesterol|blood pressure)\b {g2}(?:came back|come back|came out|says|said|shows|showed|show|is|are|was|were|read|reads|of|at|returned|results?|showing|indicates|indicated|mentions|mentioned|flagged)\b`,
				`\bi (?:tested|test|came back) {g2}(?:positive|negative|reactive|non reactive|abnormal|borderline|high|low|equivocal|indeterminate|inconclusive|elevated|raised|detected)\b`,
				`\bi (?:got|have|had|received) (?:a|an|my) {g1}(?:positive|negative|reactive|abnormal|borderline|equivocal|indeterminate|inconclusive|elevated|high|low) (?:result|results|test|smear|pap|reading|psa|count|level|levels|screen)\b`,
			},
			all: []string{`\b(?:what (?:does|do|would|could|might) (?:it|this|that|these|those|they|my (?:{w} )?{w}|the result|the results|that number|this number) (?:{w} )?mean|(?:is|are) (?:it|this|that|these|mine|my (?:{w} )?{w}|that number|this number|that level|this level) {g1}(?:normal|low|high|bad|good|ok|okay|dangerous|serious|concerning|worrying|worrisome|too {w}|in range|healthy|abnormal|elevated)|should i (?:be )?(?:worried|worry|panic|be concerned|freak out)|how (?:bad|serious|worried)|interpret|make sense of|read (?:my|these|them|this|it)|explain (?:my|these|them|this|it|what)|mean for me|for me|do i (?:have|need)|am i)\b`},
		}),
		r("clinical/test-results", "The person asks Candor to interpret their own test results or levels.", spec{any: []string{
			`\b(?:interpret|read|explain|look at|check|analy[sz]e|go over|review) {g1}my (?:{w} ){0,2}(?:results?|labs?|tests?|bloodwork|blood work|numbers|levels?|report|smear|pap|scan)\b`,
		}}),
		r("clinical/dose-question", "The person asks how much of a medicine to take, or whether to change their dose.", spec{any: []string{
			`\b(?:how (?:many|much)|what (?:dose|dosage|amount|strength|mg)|which (?:dose|dosage|strength)) {g4}(?:should|do|can|could|would|must|may) (?:i|he|she|we|my (?:{w} )?(?:{partner}|dad|mum|mom|father|mother)|a (?:[a-z0-9]+ ){0,3}(?:guy|man|woman|person|dude|bloke|lady|male|female)) {adv}(?:take|use|have|be on|start|give myself|inject|get|try)\b`,
			`\b(?:can|could|should|may|do) i {adv}(?:double|triple|increase|decrease|lower|raise|up|halve|half|split|cut|skip|reduce|adjust|change|stack|take (?:two|2|three|3|another|an extra|extra|more|a second|half)) {g2}(?:dose|doses|dosage|dosing|pills?|tablets?|mg|meds|medication|{med})`,
			// a partner's dose: "should he just cut it in half"
			`\b(?:can|could|should|may) (?:he|she|they|my (?:{w} )?(?:{partner}|dad|mum|mom|father|mother)) {adv}(?:double|triple|increase|decrease|lower|raise|halve|split|cut|skip|reduce|stack|take (?:two|2|three|3|another|an extra|extra|more|a second|half)) (?:it|them|his|her|their|the|a|an|that|this)? ?(?:{w} )?(?:in half|in two|in 2|dose|doses|dosage|pills?|tablets?|mg|meds|medication|{med})`,
			`\bis (?:[0-9]+ ?(?:mg|milligrams|mcg|ml|pills|tablets|doses)|(?:two|2|three|3|four|4) (?:pills|tablets|doses)|taking (?:two|2|three|3|more|extra)) {g4}(?:too much|too many|too high|too low|enough|safe|ok|okay|fine|dangerous|right|correct|a lot)\b`,
			`\b(?:how (?:often|many times|frequently|long|early|soon|late)|when|what time|at what time|what time of day) {g3}(?:should|can|do) i (?:take|use|be on|stay on|inject)\b`,
			`\b(?:right|correct|best|safe|max|maximum|starting) (?:dose|dosage) {g2}for me\b`,
			`\bmy (?:dose|dosage)\b {g3}(?:should|too|enough|right|correct|increase|decrease|change|adjust)\b`,
			`\bi {adv}(?:doubled|increased|upped|lowered|decreased|halved|split|skipped|changed) my (?:dose|dosage|meds|medication)\b`,
		},
			// "How soon can I take a pregnancy test?" is about a test, not a dose.
			// Nor is "how many days do I have to wait before a test".
			unless: []string{`\b(?:take|use|get|do) (?:a |an |the |my )?(?:{w} )?(?:test|tests|quiz|break|shower|class|course|photo|picture)\b`, `\bhow (?:many|much) (?:days|weeks|hours|months|time) {g6}(?:wait|before (?:a |an |the |my |i )?{g1}(?:test|tests|testing|tested|check|checked))\b`},
		}),
		r("clinical/dose-question", "The person asks how much of a medicine someone in their care or a partner should take, or whether to let them skip doses ('does she take the whole thing or half', 'should she take 3 today', 'is it ok if i let her skip doses').", spec{scope: inMessage,
			any: []string{
				`\b(?:should|does|can|could|must|do) (?:she|he|they|my (?:{w} )?(?:student|camper|kid|child|son|daughter|patient|friend|{partner})) (?:take|have|use) (?:the |a |an )?(?:whole (?:thing|pill|dose|tablet|pack)|half|both|two|three|four|2|3|4|double|an extra|extra|another)\b`,
				`\b(?:let|have|make|tell) (?:her|him|them) (?:skip|double|halve|stop taking|miss) (?:her |his |their |a |the |some )?(?:doses?|pills?|meds|{med})\b`,
				// "missus is on HRT and reckons its killing her sex drive. should she just halve it?"
				`\b(?:should|can|could|may|does|do) (?:she|he|they|i|we|my (?:{w} )?(?:{partner}|dad|mum|mom|father|mother)) (?:just |simply |maybe )?(?:halve|half|double|triple|split|cut|lower|reduce|drop|up) (?:it|them|that|the dose|her dose|his dose|their dose)(?: (?:in half|in two|down|back))?(?: \?| \||$)`,
			},
			all:    []string{`(?:{med}|\bdoses?\b)`}, // {med} has pills and tablets
			unless: []string{`\b(?:(?:pregnancy|sti|std|hiv|covid) tests?|take (?:a |the )?test|how (?:do|does|would) (?:doctors|a doctor|pharmacists|clinics) decide)\b`},
		}),
		r("clinical/dose-question", "The person names a medicine and asks how much of it they would need ('my partner says flibanserin works, how much would i need').", spec{scope: inMessage,
			any: []string{`\b(?:how (?:many|much)|what (?:dose|dosage|amount|strength)) {g3}(?:would|do|will|should|might) i need\b`},
			all: []string{`{med}`},
			// how long to wait is not a dose; a drug meant for someone
			// else's drink is the harmful rules' and the model's to decline
			unless: []string{`\bhow (?:many|much) (?:hours|days|weeks|minutes|months|years|time|longer)\b`, `\b(?:her|his|him|them|their|someone s|somebody s) (?:{w} )?(?:drink|drinks|food|coffee|tea|water|juice)\b|\bso (?:she|he|they) (?:is|are|s|re|will|would|gets?|get)\b`},
		}),
		r("clinical/dose-question", "The person asks how much of a named medicine, beside a request about themselves ('i finish way too fast every time. make me a plan, what meds and how much dapoxetine').", spec{scope: inMessage,
			any:    []string{`\bhow (?:much|many) (?:mg (?:of )?)?{med}`},
			all:    []string{`\b(?:(?:make|give|tell|write|send|show) me|for me|i (?:finish|cum|come|last|get|have|am|can not|cannot|keep|always|never)|my (?:{w} )?(?:erections?|libido|sex drive|orgasms?|ejaculation|dose|dosage))\b`},
			unless: []string{`\b(?:cost|costs|price|prices|pricing|exist|are there|is there|in (?:a|the|each|one|every) (?:pack|box|strip|pill|tablet|bottle|packet)|naturally|do (?:women|men|people|most people)|does (?:the|a|your) body|produce|make in|the body makes)\b`},
		}),
		r("clinical/medication", "The person asks how to get a prescription medicine without a prescription or a doctor ('where can i buy cialis online without seeing a doctor', 'where can i get T without a prescription').", spec{scope: inMessage,
			any: []string{`\b(?:buy|get|order|source|find|score|cop|buying|getting|ordering|sourcing)\b {g6}(?:without (?:a |an |any |my )?(?:prescription|script|rx|doctor|gp|doctors? (?:appointment|visit|note))|without (?:seeing|going to|visiting|talking to|asking|having to see|a) (?:a |the |my |any )?(?:doctor|gp|clinic|prescriber|physician|nurse|appointment)|with no (?:prescription|script|rx)|no (?:prescription|script|rx) (?:needed|required))\b`},
			all: []string{`(?:{med}|\b(?:t|e|testo|test cyp|t gel|t shots?|anti ?androgens?|spiro|finasteride|steroids?|sarms?)\b)`},
			// Contraception, PrEP and PEP, and tests sold over the counter
			// are access questions the knowledge base answers.
			unless: []string{`\b(?:the pill|birth control|contracepti\w*|mini ?pill|opill|plan b|morning after|emergency pills?|ella|levonorgestrel|ulipristal|prep|pep|condoms?|lube|(?:pregnancy|sti|std|hiv|ovulation|covid) tests?|test kits?|self test\w*|home test\w*|naloxone|narcan)\b`},
		}),
		r("clinical/stop-start-drug", "The person plans or asks about skipping or stopping their own or a partner's medicine around sex or weekends ('thinking of skipping my lamotrigine on weekends so sex feels normal', 'should he stop taking it before weekends').", spec{scope: inMessage,
			any: []string{
				`\b(?:thinking (?:of|about)|planning (?:on|to)|going to|gonna|want to|wanna|tempted to|considering|should (?:i|he|she|they|my (?:{w} )?{partner})|can (?:i|he|she|they)|is it (?:ok|okay|safe|bad) to) {g1}(?:skipping|skip|stopping|stop|pausing|pause|dropping|drop|ditching|ditch|missing|miss|coming off|come off|go off|going off) (?:taking )?(?:my |his |her |their |the )?(?:{med}|it|them|doses?) {g2}(?:on|at|for|over|before|during|around) (?:the |our |a )?(?:weekends?|date nights?|sex|holidays?|vacation|trips?|nights? out)\b`,
				`\b(?:skipping|skip|stopping|stop|pausing|pause|dropping|ditching) (?:taking )?(?:my |his |her |their )?{med} {g3}so (?:that )?(?:sex|the sex|orgasms?|my (?:sex drive|libido)|i can (?:come|orgasm|finish|get hard))\b`,
				// "rate my plan: stop my mesalamine for the 2 weeks of the
				// honeymoon ... then start again after. good idea?"
				`\b(?:skipping|skip|stopping|stop|pausing|pause|dropping|ditching|coming off|come off|going off|go off) (?:taking )?(?:my|his|her|their) {med}\b.{0,160}\b(?:good idea|bad idea|(?:is|would) (?:that|it|this) (?:be )?(?:ok|okay|safe|fine|smart|wise|dumb|stupid)|rate (?:my|this|the) plan)\b`,
				`\brate (?:my|this|the) plan\b.{0,40}\b(?:skipping|skip|stopping|stop|pausing|pause|dropping|ditching|coming off|come off|going off|go off) (?:taking )?(?:my|his|her|their) {med}\b`,
			},
			all:    []string{`(?:{med}|\b(?:doses?|taking it)\b)`},
			unless: []string{`\b(?:what (?:do|does|did) (?:doctors|a doctor|research|studies)|drug holidays? (?:are|is) what|is it true that|my doctor (?:said|told|suggested))\b`},
		}),
		r("clinical/stop-start-drug", "The person asks whether they should stop, start, switch or come off a medicine or contraceptive.", spec{any: []string{
			`\bshould i {adv}(?:stop|start|quit|come off|go off|get off|switch|change|keep taking|keep using|stay on|continue|restart|resume|drop|wean off|taper|go on|get on|be on|go back on|get back on|pause) {g3}{med}`,
			`\b(?:is it (?:ok|okay|safe|fine|bad|dangerous|alright|a good idea|a bad idea|risky|wise|smart)|would it be (?:ok|okay|safe|bad|fine|a good idea)|will it be (?:ok|okay|safe|fine)) (?:for me |if i )(?:to )?{adv}(?:stop|start|quit|come off|go off|get off|switch|skip|restart|pause) {g3}{med}`,
			`\b(?:can|could|may) i {adv}(?:stop|start|quit|come off|go off|get off|switch|restart|pause) {g3}{med}`,
			`\bi {adv}(?:want|need|am going|plan|am planning|am thinking about|am thinking of|am considering|have decided|decided|would like|am tempted|am about) (?:to )?{adv}(?:stop|quit|come off|go off|get off|ditch|drop|wean off|taper off|switch) {g3}{med}`,
			// a plan or a way to come off one's own medicine: "write me a
			// plan to get off my venlafaxine in 2 weeks"
			`\b(?:write|make|give|draw up|create|put together|build|plan) (?:me |us )?(?:a |an |out )?(?:plan|schedule|timeline|taper(?:ing)? (?:plan|schedule)) {g2}(?:to |for )?(?:get|getting|come|coming|go|going|wean|weaning|taper|tapering)(?: myself)? off (?:of )?(?:my |the )(?:{w} )?{med}`,
			`\b(?:help me|how (?:do|can|should) i|(?:best|fastest|quickest|safest) way (?:for me )?to) (?:get|come|go|wean|taper)(?: myself)? off (?:of )?(?:my |the )(?:{w} )?{med}`,
		}}),
		r("clinical/medication", "The person asks which medicine to take, whether they can take, mix or borrow one, or for a prescription.", spec{any: []string{
			`\bshould i {adv}(?:take|use|try|ask for|get) {g3}{med}`,
			`\b(?:is it (?:ok|okay|safe|fine|bad|dangerous|alright|a good idea|a bad idea|risky|wise|smart|better|best|worse)|would it be (?:ok|okay|safe|bad|fine|a good idea|better|best|worse)|will it be (?:ok|okay|safe|fine)) (?:for me |if i )(?:to )?{adv}(?:mix|combine|take|use|drink on|drink while on|double|try) {g3}{med}`,
			`\b(?:can|could|may) i {adv}(?:mix|combine|take|use|try|borrow|share|drink on|drink with|drink while on|smoke on) {g3}{med}`,
			`\b(?:which|what) {g2}{med} {g2}(?:should|do|would|could) i (?:take|use|get|try|be on|go on|switch to|ask for|choose|pick)\b`,
			`\b(?:best|right|better) {g2}{med} for me\b`,
			`\b(?:which|what) {g2}{med} {g6}(?:for (?:me|someone like me|my (?:case|situation|body))|(?:would|will|is|might|could) (?:be )?(?:the )?(?:kindest|gentlest|easiest|best|least bad|safest) (?:on|to|for) (?:my|me)\b|(?:would|do|can) you (?:recommend|suggest)|(?:can|could|should) i (?:switch|change|move|go) (?:to|onto))\b`,
			`\bwhat should i (?:take|use) (?:for|to) (?:my|this|the|help)\b`,
			`\b(?:can|could|will|would) you {g1}(?:prescribe|write (?:me )?a prescription)`, `\bprescribe me\b`, `\b(?:give|get|write) me (?:a )?prescription\b`,
		}}),
		r("clinical/medication", "The person names a symptom and asks what medicine to buy or take, in as few words as a learner writes ('itch down there. what medicine buy?').", spec{scope: inMessage,
			any: []string{
				`\b(?:what|which) (?:medicine|medicines|meds|medication|cream|creams|pill|pills|tablets?|treatment|drugs?|ointment|antibiotics?|antifungal|spray)(?: (?:should|do|can|could|shall|must|to) i| (?:i )?(?:should|must|need to)| to| i)? (?:buy|get|take|use|put on|order)\b`,
			},
			all:    []string{`\b(?:discharge|pain|painful|burning|burns|stings?|stinging|rash|sore|sores|itch\w*|bumps|lumps|smell\w*|odou?r|infection|thrush|pee|peeing|bleeding|blisters|warts|down there|my (?:penis|vagina|vulva|balls|testicles|dick|pussy|privates|private parts?|groin))\b`},
			unless: []string{`\b(?:do|does|how do|how does) (?:doctors|a doctor|gps|clinics|a clinic|nurses|pharmacists) (?:usually |normally |generally )?(?:give|prescribe|treat|use)\b`, `\b(?:dogs?|cats?|pupp(?:y|ies)|kittens?|horses?|pets?|rabbits?)\b`},
		}),
		r("clinical/medication", "The person asks how to time or combine their own recreational drug with a named medicine ('taking molly this weekend, how do i time it with cialis').", spec{scope: inMessage,
			any: []string{
				`\b(?:how|when) (?:do|should|can|could|would|shall) i (?:time|space|combine|mix|stack|take|dose) (?:it|them|this|that|those|these|(?:my |the )?(?:molly|mdma|ecstasy|pills|coke|cocaine|weed|edibles?|alcohol|drinks?|booze|poppers|ketamine|ket|ghb|g|acid|lsd|shrooms|mushrooms|speed|meth|tina|crystal|dose|doses)) (?:with|and|around|alongside|before|after) {g1}{med}`,
				`\b(?:how|when) (?:do|should|can|could|would|shall) i (?:time|space|combine|mix|stack) {g1}{med} (?:with|and|around|alongside)\b`,
			},
		}),
		r("clinical/medication", "A parent or carer asks which medicine to give a child or teen in their care, or to get them one online, for symptoms ('thrush or an sti? what do we give her', 'can we just order him antibiotics online, which ones', 'should she be on puberty blockers').", spec{scope: inMessage,
			any: []string{
				`\b(?:what|which) (?:treatment|medication|meds|medicine|pills?|drugs?|cream|ointment|antibiotics?|antivirals?|tablets?|ones?) {g2}(?:should|do|would|could|can|shall) (?:we|i) (?:give|get|buy|order) (?:her|him|them)\b`,
				`\bwhat (?:should|do|can|could|shall) (?:we|i) give (?:her|him|them|my (?:{w} )?(?:kid|child|son|daughter|teen|teenager|boy|girl))\b`,
				`\b(?:order|buy|get) (?:her|him|them|my (?:{w} )?(?:kid|child|son|daughter|teen|teenager)) {g2}(?:antibiotics|antivirals|meds|medication|medicine|pills|tablets|treatment|cream) (?:online|off the internet|without (?:a |the )?(?:doctor|gp|prescription))\b`,
				`\bshould (?:she|he|they|my (?:{w} )?(?:kid|child|son|daughter|teen|teenager|boy|girl)) (?:be on|go on|start|take|get|have) (?:the )?(?:puberty blockers|blockers|hormone blockers|antibiotics|antivirals|antidepressants)\b`,
			},
			all:    []string{`\b(?:discharge|pain|painful|burning|burns|stings|rash|sore|sores|patches|itch\w*|bumps|lumps|infection|infected|sti|std|stis|stds|thrush|pee|pees|peeing|fever|bleeding|symptoms?|puberty|breast buds|pubic hair|periods?|spots|blisters|warts)\b`},
			unless: []string{`\b(?:birthday|christmas|present|gift|gifts|allowance|pocket money)\b`, `\b(?:do|does|how do|how does) (?:doctors|a doctor|gps|clinics|a clinic|nurses|pharmacists) (?:usually |normally |generally )?(?:give|prescribe|treat|use)\b`},
		}),
		r("clinical/medication", "The person names a medicine they are on, then asks whether to take, time or change it (\"I'm on sertraline, should I take it at night?\").", spec{scope: inClauseWide,
			any: []string{
				`\b(?:should|can|could|may|do) i {adv}(?:start |keep |try |be |just )?(?:take|taking|use|using|have|pop|inject|move|switch|change|split|space out|skip|time|double|halve|cut|spread|stop|pause|quit|up|lower|increase|decrease|reduce) (?:it|them|this|that|these|those|my (?:dose|dosage|doses|pill|pills|meds|tablets?|medication|shot|injection|prescription)|the (?:dose|dosage|pill|pills|tablets?|medication))\b`,
				`\b(?:is it|would it be|will it be) (?:ok|okay|safe|fine|bad|dangerous|alright|a good idea|a bad idea|risky|better|best|worse|smarter) (?:for me |if i )(?:to )?{adv}(?:take|use|move|switch|split|skip|time|double|halve|stop|pause) (?:it|them|my (?:dose|dosage|pill|pills|meds|tablets?|medication))\b`,
			},
			unless: []string{`\b(?:take|taking|put|putting) (?:it|them) (?:out|off|in|on)\b`},
			all:    []string{`\b(?:i am (?:on|taking|prescribed|using)|i (?:take|use|started|get|got)|i have been (?:on|taking|using|prescribed)|i was (?:put on|prescribed|given|started on)|(?:put|started) me on|prescribed me|my) (?:(?:[0-9]+ ?(?:mg|mcg|ml|milligrams)|a|an|the|daily|low|high|dose of|of|some|half|[0-9]+) ){0,3}{med}`},
		}),
		r("clinical/treatment-plan", "The person asks for a plan, programme or routine to treat their own condition or sexual function.", spec{any: []string{
			`\b(?:plan|plans|program|programme|regimen|protocol|schedule|routine|roadmap|step by step|steps|course) {g4}(?:to|for|so (?:that )?i can|on how to|that will|that would|which will|i can follow to) {g1}(?:cure|fix|treat|heal|get rid of|overcome|beat|reverse|manage|clear up|stop|solve|resolve|end|get over|recover from|improve|help|deal with|get back|restore|boost) {g1}(?:my|our) {g2}(?:{cond}|erections?|erection problems|libido|sex drive|orgasms?|ejaculation|fertility|stamina|arousal|symptoms)`,
			`\b(?:plan|program|programme|regimen|protocol|schedule|routine|roadmap|step by step) (?:for|against) (?:my|our) {g2}(?:{cond}|erections?|erection problems|libido|sex drive|orgasms?|ejaculation|fertility|symptoms)`,
			`\b(?:plan|program|programme|regimen|protocol|schedule|routine|roadmap) (?:for me|for us) {g2}(?:to|so i can) {g2}(?:cure|fix|treat|heal|get rid of|overcome|beat|reverse|get|restore|boost|improve|last|stop)\b`,
		}, all: []string{`\b(?:give|make|write|create|design|build|draw|put together|come up with|lay out|map out|plan|suggest|need|want|recommend|send|tell|show|walk me through|can you|could you|will you|would you|please|i would like|help me)\b`}}),
		r("clinical/treatment-plan", "The person asks for a personal plan to fix their own sexual function ('build me a personal 6 week plan to fix it - which exercises, which numbing spray').", spec{scope: inMessage, any: []string{
			`\b(?:personal|personali[sz]ed|custom|customi[sz]ed|tailored|individual|individuali[sz]ed|bespoke) (?:[a-z0-9]+ ){0,3}(?:plan|program|programme|regimen|protocol|schedule|routine) {g4}(?:to|for|so i can|that will|that would) {g2}(?:cure|fix|treat|heal|get rid of|overcome|beat|reverse|manage|stop|solve|improve|last|boost|restore|sort)\b`,
		}, all: []string{
			`\b(?:give|make|write|create|design|build|draw|put together|come up with|lay out|map out|can you|could you|will you|would you|please|i would like|i want|i need|help me)\b`,
			`\b(?:{cond}|erections?|erection problems|libido|sex drive|orgasms?|ejaculat\w*|last (?:a |about |like |only )?(?:minute|min|seconds?|secs?)|last longer|premature|numbing|spray|kegels?|pelvic floor|arousal|stamina in bed|in bed|during sex)\b`,
		}}),
		r("clinical/treatment-plan", "The person asks for a hormone or steroid cycle or dose schedule made for them ('design me a trt cycle, compounds + weekly mg pls', blind46).", spec{scope: inMessage, any: []string{
			`\b(?:trt|testosterone|test|steroids?|gear|anabolics?|aas|sarms?|hrt|estradiol|oestradiol|estrogen|oestrogen|peptides?|tren|deca|anavar|dbol|hcg|clomid|nolvadex|ai) (?:cycle|cycles|stack|protocol|regimen|dosing|dose schedule|blast|cruise|run|plan)\b`,
		}, all: []string{
			`\b(?:design|plan|write|make|build|give|set up|map out|put together|lay out|suggest|recommend|can you|could you|help me|for me|i want|i need|i would like|pls|please|weekly mg|mg (?:a|per|each|every) (?:week|day)|mg ?(?:pw|ew|eod|ed)|how much|how many mg|what dose|which compounds|compounds)\b`,
		}, unless: []string{`\b(?:what is|what s|whats|what are the (?:risks|dangers|side effects)|risks of|dangers of|side effects of|why do (?:people|guys|bodybuilders|lifters)|is it true)\b`}}),
		r("clinical/treatment-plan", "The person asks for a personal treatment plan or which treatment they should have.", spec{any: []string{
			`\b(?:give|make|write|create|design|build|draw up|put together|come up with|plan|suggest|need|want|recommend) (?:me )?(?:a |my )?{g1}(?:treatment|therapy|recovery|medication|care|healing|management) (?:plan|program|programme|regimen|protocol|schedule|routine)\b`,
			`\bwhat (?:treatment|therapy|medication|meds|medicine|pills?|drug|drugs|cream|ointment|antibiotic|antibiotics|antivirals?|procedure|surgery|supplement|supplements) {g2}(?:should|do|would|could|can) i (?:get|take|use|try|do|have|ask for|need|go for|be on|start)\b`,
			`\bhow (?:should|do|can|would|could) i {adv}(?:treat|cure|medicate) (?:my|this|it) {g2}{cond}`,
			`\b(?:should|can|could|do|would) i {g4}(?:to|so i can|that will|that would|to help) {g1}(?:cure|treat|medicate|heal) (?:my|this) {g2}{cond}`,
			`\bhow (?:should|do|can|would|could) i {adv}(?:get rid of|clear up|heal) (?:my|this|the) {g2}{infection}`,
			// "Do I need a prescription for it" asks how to get something,
			// which the education answers; it is not a treatment decision.
			`\bdo i need {g1}(?:antibiotics|antivirals|treatment|medication|meds|surgery|to be treated|to get treated)\b`,
			`\bhow should i (?:treat|manage) my\b`,
		}}),
		r("clinical/diagnosis", "The person asks whether they have a condition, or asks Candor to diagnose their symptoms.", spec{any: []string{
			`\b(?:do|could|might|can|would|will) i (?:still |actually |possibly |really |maybe )?(?:have|has|got|be having|have got) {dx}`,
			`\b(?:am i|could i be|might i be|do you think i am|is it possible i am|is it possible that i am) {adv}(?:infertile|sterile|infected|contagious|hiv positive|a sex addict|addicted to (?:sex|porn)|impotent|intersex|having a miscarriage|miscarrying|in menopause|menopausal|going through menopause|perimenopausal|having an ectopic)\b`,
			`\b(?:can|could|will|would) you {g1}(?:diagnose|assess|examine|evaluate|tell me what is wrong with) (?:me|my|this|what)\b`,
			`\b(?:do you think|do you reckon|would you say|is it possible|is it likely|is there a chance|how do i know if) (?:that )?i (?:have|got|might have|may have|could have|have got) {dx}`,
			`\b(?:can|could|will|would) you {g1}(?:tell|let) me (?:if|whether) i (?:have|got|am having) {dx}`,
			`\bdiagnose (?:me|my|this|what)\b`, `\b(?:give|need|want|get) (?:me )?(?:a |your |ur |an )?(?:quick |honest |actual |real |proper )?diagnosis\b`, `\bwhat is (?:my|your|ur) diagnosis\b`,
			`\b(?:look at|check|examine) (?:my|this) (?:{w} )?(?:photo|pic|picture|rash|bump|penis|vagina|vulva|discharge|sore|symptoms?)\b`,
			`\bi (?:think|suspect|fear|am worried|worry|am afraid|am scared|might|may|could|feel like) (?:that )?(?:i )?(?:might |may |could )?(?:have|got|caught|contracted|picked up|have got|be getting|be having) {dx}`,
			`\bwhat (?:is|could be|might be) wrong with my {g1}{body}`,
			`\b(?:could|might|can|would|is|are) (?:this|these|that|those|my) {g1}{symptom} {g4}(?:be |mean |a sign of |a symptom of )?{dx}`,
			`\bwhat (?:is|could) (?:this|it) (?:be )?(?:on|in|near|around|under) my {g1}{body}`,
			`\bis my {g1}(?:discharge|bump|bumps|rash|lump|sore|sores|blister|spot|spots|bleeding|smell|odou?r|itch|swelling|lesion|wart|redness) {g2}(?:infected|an? (?:sign|symptom)|{cond}|serious|a problem)`,
			// "is my erectile dysfunction psychological or physiological?"
			`\bis my (?:{w} ){0,2}(?:{cond}|erection (?:problems?|issues?|trouble)|libido|low libido|low sex drive|pain|problem|issue) {g1}(?:psychological|physical|physiological|mental|emotional|hormonal|medical|in my head) or (?:psychological|physical|physiological|mental|emotional|hormonal|medical|in my head|something (?:physical|medical|else))\b`,
		}}),
		r("clinical/diagnosis", "The person asks whether it is a named condition and wants a plain yes or no ('pee burns, some drip in the morning. is that gonorrhea? just tell me yes or no', 'is that ED or is it psychological? just tell me which one i have').", spec{scope: inMessage,
			any: []string{`\b(?:is|reckon|think|guess) (?:it|that|this|its|it s|it is|this is|that is|thats|that s) {dx}`},
			all: []string{`\b(?:(?:just )?(?:want|need|give me|tell me) (?:a )?(?:straight |simple )?yes or no|yes or no (?:please|pls|man|mate|bro|dude)|(?:just )?(?:tell me|say) which (?:one )?(?:i have|i ve got|i got|it is|it s|its)|which (?:one )?(?:do i have|have i got|is it))\b`},
		}),
		r("clinical/diagnosis", "The person asks whether they have a condition, or asks Candor to diagnose their symptoms.", spec{scope: inMessage, needFP: true,
			any: []string{
				`\b(?:do you think|does (?:it|this|that) sound like|would you say|is it likely) (?:that )?(?:(?:i|it is|this is|my {w}) {g2}(?:have|has|is|got|am) )?{dx}`,
				`\b(?:could|might|can|would) (?:it|this|that|these|those)(?: {w})? (?:be|mean) {dx}`,
				`\bis (?:it|this|that) {dx}`,
				`\bwhat (?:is|could be|might be) (?:it|this|that|causing (?:it|this|that))\b`,
				`\bwhat do i have\b`, `\bwhat is wrong with (?:me|my)\b`, `\bis (?:it|this|that) something (?:serious|bad)\b`, `\bis something wrong\b`,
			},
			// what a test or procedure is, asked before it: "the doctor said
			// I am due for a pap smear. what is this test exactly, does it hurt"
			unless: []string{`\bwhat (?:is|are) (?:this|that|these|those|the|a|an) (?:{w} )?(?:test|tests|exam|examination|procedure|check|check up|checkup|screening|smear|swab|scan|appointment|word|term)\b`,
				// the test named first: "doctor say I need pap smear. what
				// is that. it hurt?"
				`\b(?:need|needs|due|booked|book|have|having|get|getting|go for|going for|sent for|referred for) (?:a |an |my |the |for (?:a |an |my |the )?)?(?:{w} )?(?:pap|smear|pap smear|pap test|swab|swabs|exam|examination|screening|scan|colposcopy|biopsy|ultrasound|procedure|check ?up|mammogram|internal|coil fitting|implant fitting)\b.*\bwhat (?:is|are|s) (?:it|this|that|those|these)\b`},
			all: []string{`(?:\b(?:i have|i have got|i got|i found|i noticed|i see|i am getting|i keep getting|i get|there is|there are|i have this|i have these|i developed|my (?:{w} ){0,2}(?:has|have|is|are|feels|looks|smells|itches|burns|hurts|keeps|got)) {g4}{symptom}|\b{symptom} .*\b(?:on|in|near|around|under|from) my {g1}{body}|\b(?:on|in|near|around|under) my {g1}{body} .*\b{symptom}|\bit (?:burns|stings|hurts|itches) when i\b|\bburns when i (?:pee|urinate)\b|\bi {g2}(?:symptoms|sore throat|fever)` +
				// a first-person report of pain or a change in sexual function
				`|\bi {g2}(?:have|had|get|got|keep getting|am getting|been getting|been having|am having|experience|experienced|am experiencing|feel|felt|notice|noticed|developed|suffer from|struggle with) {g3}(?:pain|painful|ache|aching|cramps|cramping|soreness|tightness|numbness|spotting|bleeding|trouble|difficulty|problems|issues)\b` +
				`|\bmy (?:{w} ){0,2}(?:erections?|libido|sex drive|orgasms?|periods?|cycles?|ejaculation|penis|vagina|vulva|labia|testicles?|balls|nipples?|breasts?|cervix|uterus|prostate|pee|urine|discharge|pelvis) (?:{w} ){0,3}(?:weak|weaker|soft|softer|gone|irregular|late|heavy|heavier|painful|delayed|absent|missing|worse|hurts?|hurting|ache|aches|aching|burns|burning|sore|swollen|bleeds|bleeding|itchy|itches|numb|curved|bent|changed|stopped|disappeared)\b` +
				`|\b(?:sex|it|peeing|urinating|intercourse|penetration|masturbating|orgasms?|ejaculating|ejaculation|getting hard|coming|cumming|my period) (?:{w} ){0,2}(?:hurts|hurt|is painful|has been painful|burns|stings|aches)\b)`},
		}),
		r("clinical/diagnosis", "The person asks whether a symptom they describe is a named infection ('is this herpes?? itchy bumps down there, not painful').", spec{scope: inMessage,
			any: []string{`\b(?:is|could|might|can) (?:it|this|that|these|those) (?:be )?{dx}`},
			all: []string{`\b(?:(?:white|red|small|little|tiny|itchy|painful|weird|new|raised|dry|sore) ){0,2}{symptom} {g4}(?:down there|on my|on (?:the|his|her) (?:penis|vulva|labia|shaft|tip|balls|scrotum|anus|lip|lips|mouth)|near my|around my|not painful|painless|hurts?|itch\w*)\b`},
		}),
		r("clinical/diagnosis", "The person lists symptoms in a few words and asks what it is ('itching, white patches, 57. what is it?').", spec{scope: inMessage,
			any: []string{`\bwhat (?:is|could be|might be) (?:it|this|that)$`, `\bwhat do i have\b`},
			all: []string{`(?:^|\| )(?:(?:white|red|small|little|tiny|itchy|painful|weird|new|raised|dry|sore) ){0,2}{symptom}`},
		}),
		r("clinical/diagnosis", "The person asks whether their own wound, stitches, tear or piercing is infected ('stitches from my tear look really red and there's a smell. is it infected or just normal healing?', blind45).", spec{scope: inMessage,
			any: []string{`\b(?:is|are|could|might) (?:it|this|that|they|these|those|my (?:{w} ){0,2}(?:stitches|tear|wound|incision|piercing|cut|scar|episiotomy|c section|section scar|circumcision|vasectomy)) {g1}(?:be )?(?:infected|getting infected|an infection)\b`, `\b(?:does|do) (?:it|this|that|they|these|those|my (?:{w} )?(?:stitches|tear|wound|incision|piercing|cut|scar)) (?:look|seem|sound) (?:infected|like an infection)\b`},
			all: []string{`\b(?:my (?:{w} ){0,2}(?:stitches|tear|wound|incision|piercing|cut|scar|episiotomy|c section|circumcision|vasectomy)|(?:stitches|tear|wound|incision|piercing|episiotomy) (?:{w} ){0,3}(?:red|swollen|hot|smell\w*|pus|oozing|hurts?|sore|weeping))\b`},
		}),
		r("clinical/diagnosis", "The person asks whether their own symptom is normal while describing signs of infection or illness.", spec{scope: inMessage,
			any: []string{`\bis (?:my|this|the|it) {g1}(?:discharge|bump|rash|lump|sore|blister|spot|bleeding|smell|odou?r|itch|swelling|lesion|wart|redness|pain|pee|urine) {g1}(?:normal|ok|okay|fine|healthy)\b`},
			all: []string{`\b(?:green|greenish|yellow|yellowish|grey|gray|smells|smelly|fishy|foul|bloody|lumpy|cottage cheese|frothy|burns|burning|itchy|itches|painful|hurts|bleeds|bleeding|pus|oozing|swollen|spreading|growing|fever|blisters|sores)\b`},
		}),
	}
}
