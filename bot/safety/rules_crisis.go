package safety

// crisisSpecs are the crisis rules, in priority order: the first that fires
// decides. Immediate danger comes first; a minor's disclosure before the
// adult categories; suicide before self-harm, sexual violence and abuse.
// pastEvent is a time at least a year back; goingOn a question about life
// after it. See pastThenForward.
const (
	pastEvent = `(?:[0-9]+|a few|few|several|many|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|a couple of|a couple) (?:years?|yrs?) ago|years ago|a long time ago|long ago|when i was (?:a )?(?:kid|child|teen|teenager|little|younger|in (?:high school|college|uni|school)|[0-9]+)|as a (?:kid|child|teen|teenager)|in (?:high school|college|uni|university|undergrad|grad school|med school|nursing school|law school)|in my (?:early |mid |late )?(?:teens|twenties|thirties|forties|fifties|[2-5]0 ?s)|(?:back in|since|in) (?:19|20)[0-9][0-9]|back in (?:the )?[0-9][0-9]s?|in (?:my|a) (?:first|last|previous|former|old|past) (?:marriage|relationship)`
	// recovered says the person got through it and is well now.
	recovered = `(?:[0-9]+|a few|few|several|many|six|nine|twelve|eighteen|a couple of) (?:months?|years?|yrs?) (?:clean|sober|free|self harm free|sh free|in recovery|doing (?:well|better|good|ok|okay))|(?:clean|sober) now|in recovery|(?:i m|im|i am) (?:now |really |much |so |way |a lot )?(?:fine|ok|okay|good|well|better|happy|safe|stable|doing (?:ok|okay|well|fine|better|great|good|way better|much better|a lot better)) now|(?:therapy|meds|medication|treatment|counsel\w*|ga|aa|na|support group) (?:really )?(?:helped|saved me|worked)|got (?:help|better|through it)|in a (?:good|better|much better|great) place|(?:much|way|so much|a lot) better now|(?:i ve|i have|ive) recovered`
	goingOn   = `dating|date again|start(?:ing)? to date|new (?:partner|relationship|boyfriend|girlfriend|bf|gf)|(?:tell|telling|explain|explaining) (?:a |my |the )?(?:new )?(?:partner|boyfriend|girlfriend|bf|gf|husband|wife|date)|intimacy|intimate|enjoy (?:sex|being touched|intimacy)|(?:have|having|want|wanting) sex again|sex again|trust (?:again|someone|people|men|women)|heal|healing|move on|moving on|therapy|therapist|counsel\w*|triggers?|flashbacks? during sex|warn (?:other|others|the new|new|people|my friends|friends|the other)|how common|(?:i m|im|i am) (?:fine|ok|okay|good|doing (?:ok|okay|well|fine|better)) now|(?:i m|im|i am) in a (?:good|better|much better|great) place|happily married`
)

func crisisSpecs() []spec {
	const ng = guardNegation | guardDefinition
	// pastThenForward is a survivor's question about going on, long after
	// the event: "i was assaulted six years ago ... how do i tell a new
	// partner". It needs a time at least a year back and a question
	// about dating, a partner, intimacy or healing; it vetoes only this
	// rule, so current danger said beside it still meets its own rules.
	// pastRecovered is a hard time long ago that the person got through
	// (see recovered).
	pastRecovered := `\b(?:` + pastEvent + `)\b.*\b(?:` + recovered + `)\b|\b(?:` + recovered + `)\b.*\b(?:` + pastEvent + `)\b`
	pastThenForward := `\b(?:` + pastEvent + `)\b.*\b(?:` + goingOn + `)\b|\b(?:` + goingOn + `)\b.*\b(?:` + pastEvent + `)\b`
	// suicidalFeelings are the phrases of suicide/suicidal-feelings.
	suicidalFeelings := []string{
		`\bi {adv}(?:am|was|feel|felt|have been|had been|get|got|keep getting|have|had|started|start|become|became|been|am feeling|was feeling|have been feeling|keep feeling|keep having|am having|have had|was having|been having|have been having|struggle with|struggled with|deal with|live with|battle) {g3}suicidal\b`,
		`^{fill}{adv}(?:feeling|feel|felt|been|been feeling|getting|having|had|so|very|really|super|extremely|kinda|lowkey|a bit|a little|kind of|pretty|quite) {g1}suicidal\b`,
		`^{fill}suicidal(?: (?:again|rn|right now|today|tonight|lately|af|as hell|asf|thoughts again|all the time))?$`,
		`\bmy {g1}suicidal (?:thoughts|feelings|urges|ideation|ideations|plans?|tendencies|episodes?)\b`,
		// Coded slang normalises to these: "the unalive thoughts are
		// loud" is "the kill thoughts", "sewerslide thoughts" is
		// "suicide thoughts".
		`(?:^{fill}|\b(?:the|my|these|those|having|have|get|getting|got|had) {g1})(?:suicide|kill|kill myself|kms) (?:thoughts|urges|ideation|brain|mode)\b`,
		`(?:\bi {adv}(?:have|had|get|keep having|keep getting|am having|was having|been having|have been having|struggle with|struggled with|deal with|live with|battle|battling) |^{fill}{adv}(?:having|getting|been having) ){g2}(?:thoughts|ideas|urges|fantasies) (?:of|about) (?:suicide|killing myself|ending (?:my life|it all|it|things)|dying|death|not being here|not waking up)\b`,
		`(?:\bi {adv}(?:think|thought|keep thinking|have been thinking|been thinking|am thinking|was thinking|can not stop thinking|fantasi[sz]e|dream|daydream|obsess|am obsessing) |^{fill}{adv}(?:thinking|been thinking|keep thinking|constantly thinking|always thinking|can not stop thinking) ){g2}(?:about|of) (?:suicide|killing myself|ending (?:my life|it all|it|things|myself)|dying|being dead|death|not being (?:here|alive)|not waking up|not existing|my funeral|how to die)\b`,
	}
	// drinkSpiked are the phrases of sexual-violence/drink-spiked.
	drinkSpiked := []string{
		`\b(?:someone|somebody|he|she|they|a (?:guy|man|stranger|woman)|my (?:{w} )?{rel}) {g2}(?:drugged|spiked|roofied|put something in) (?:me|my (?:drink|drinks|food|water|beer|wine|cocktail))\b`,
		`\bmy (?:drink|drinks) (?:was|were|got|had been) {g1}(?:spiked|drugged|tampered with)\b`,
	}
	// suicideGoesOn says suicidal feelings of long ago are back or go on.
	suicideGoesOn := `\b(?:again|relaps\w*|(?:thoughts|feelings|urges|it|they) (?:are |have |has |re |s )?(?:coming|creeping|came|come) back|still|tonight|right now|lately|these days|this (?:week|month)|can not (?:go on|cope|do this)|plan\w*)\b`
	// dangerGoesOn says the danger of a past event goes on: threats,
	// contact, stalking, fear now.
	dangerGoesOn := `\b(?:(?:still|again|keeps?|kept) (?:texts?|texting|messag\w*|contacts?|contacting|calls?|calling|threaten\w*|follows?|following|comes? (?:round|around|over|to)|lives? with me|living with me|hurts?|hurting|hits?|hitting|touch\w*|abus\w*|rap\w*|forc\w*|sees? me)|(?:he|she|they|him|her|them) (?:still|again|keeps?|kept) (?:shows?|showing|turns?|turning) up|(?:still|again) (?:shows?|turns?) up (?:at|outside|on|in front of|where) |will not leave me alone|threat\w*|stalk\w*|follows? me|following me|scared (?:of|that) (?:him|her|them|he|she|they)|afraid (?:of|that) (?:him|her|them|he|she|they)|unsafe|not safe|tonight|right now|yesterday|last night|this (?:morning|week))\b`
	// coercion is the person made, pressured or blackmailed into sex or
	// sexual images; coercionUnless the causal and general uses.
	coercion := []string{
		// "make me" is also causal ("it makes me avoid sex", "my anxiety
		// makes me not want sex"): only an act done at someone's
		// command counts, directly after "me".
		`\b(?:makes|made|make|making) me {adv}(?:to )?(?:have (?:sex|anal|oral|a threesome|threesomes|unprotected sex)|sleep with|do (?:sexual \w+|anal|oral|(?:stuff|things) (?:in bed|to (?:him|her|them)|with (?:him|her|them|his|her)|i (?:do not|did not|am not|was not)|that i (?:do not|did not|am not|was not))|stuff i|things i)|send (?:nudes|pics|pictures|photos|videos|naked|him|her|them)|give (?:him|her|them) (?:head|a blowjob|blowjobs|oral|a handjob)|go down on|suck|perform|watch porn|touch (?:him|her|them|it|his|hers)|film|be filmed|record|go further|go all the way|hook up|get naked|strip|undress|take (?:nudes|naked|pics|pictures|photos|videos))\b`,
		`\b(?:forces|forced|force|forcing|pressures|pressured|pressure|pressuring|coerces|coerced|coerce|coercing|guilt trips|guilt tripped|guilts|guilted|blackmails|blackmailed|blackmailing|bullies|bullied|manipulates|manipulated|manipulating|tricks|tricked) me {g2}(?:to |into )?{g1}(?:have sex|sex|sleep with|do (?:sexual|stuff|things|anal|oral)|sexual|send (?:nudes|pics|pictures|photos|videos|naked|him|her)|nudes|anal|oral|blow ?jobs?|blowjobs?|give (?:him|her) (?:head|a blowjob|oral)|go down on|perform|watch porn|threesomes?|film|be filmed|record|go further|go all the way|touch (?:him|her|it|his|hers)|(?:sex )?without (?:a )?condom|bareback|stuff i do not want|things i do not want|kinky stuff|sexual things|sexual stuff|things in bed|hook up|having sex)\b`,
		`\bi {fpgap}(?:was|am|feel|felt|get|got|keep getting|being|been|feeling) {adv}(?:forced|pressured|coerced|guilted|guilt tripped|blackmailed|manipulated|tricked|bullied|threatened) {g1}(?:to |into )?{g1}(?:have sex|sex|sleep with|do (?:sexual|stuff|things|anal|oral)|sending|send (?:nudes|pics|pictures|photos|videos)|nudes|anal|oral|sexual|things i did not want|things i do not want|stuff i did not want|a threesome|threesomes|having sex|doing (?:stuff|things|anal|oral)|giving (?:him|her) (?:head|oral))\b`,
		// "when I say no my husband forces sex on me anyway"
		`\b(?:forces|forced|forcing|force|pushes|pushed|pushing) (?:sex|himself|herself|themselves|themself) (?:on|onto|upon) me\b`,
		// "husband forces sex on ovulation days even when i'm crying and
		// saying no"
		`\b(?:forces|forced|forcing|pushes|pushed|pushing) sex\b.{0,60}\b(?:when|though|while|whenever|after) i (?:[a-z0-9]+ ){0,2}(?:crying|cry|cried|saying no|say no|said no|begging|beg|begged|asleep|sleeping|in pain|do not want|did not want)\b`,
		`\b(?:has|had|have|having|keeps having|still has) sex with me {g3}(?:when|after|even though|although|though|while|even when|even if|whenever) i {g2}(?:say|said|tell|told|saying|telling|keep saying) (?:him |her |them )?no\b`,
		`\b(?:afraid|scared|terrified|frightened) (?:to|of) (?:say|saying|tell|telling) (?:him|her|them|my (?:{w} )?{rel})? ?(?:no|i do not want)\b`,
		// "if i keep saying no he'll just take what's his"
		`\bif i (?:keep |still |ever )?(?:say|saying|said|refuse|refusing|keep refusing|turn (?:him|her|them) down) (?:no )?(?:[a-z0-9|]+ ){0,3}(?:he|she|they) (?:will |ll |would |d |is going to |is gonna |gonna |says (?:he|she) will |says (?:he|she) ll )?(?:just )?(?:take what s (?:his|hers|theirs|owed)|take what is (?:his|hers|theirs|owed)|take what (?:he|she|they) (?:wants|is owed)|force (?:himself|herself|themselves) on me|rape me|have (?:sex|me) anyway)\b`,
		`\b(?:afraid|scared|terrified) of what (?:he|she|they) (?:will|would|might) do if i (?:say no|refuse|do not|will not|leave|tell)\b`,
		`\b(?:says|said|threatens|threatened|tells me|told me) (?:that )?(?:he|she|they) (?:will|would|is going to|was going to) (?:leave|dump|break up with|cheat on|divorce|hurt|hit|kick) {g2}if i (?:do not|did not|will not|would not|refuse|say no|stop|do not send|do not have|do not do|do not want)\b`,
		`\b(?:tampered with|sabotaged|hid|hides|threw away|throws away|flushed|flushes|switched|replaced|messed with|poked holes in) {g1}my (?:birth control|pills|the pill|contraception|condoms|iud|patch|ring)\b`,
		`\b(?:he|she|they|my (?:{w} )?{partner}) {g2}(?:will not|does not|would not|never|did not|refuses to) let me (?:use (?:birth control|condoms|a condom|protection)|get (?:birth control|on the pill|an abortion|tested)|go on (?:the pill|birth control)|say no)\b`,
	}
	coercionUnless := []string{`\bmakes me (?:want|feel|wanna|crave|horny|wet|hard)\b`, `\bmade me (?:want|feel|wanna|crave)\b`,
		// a question about consent in general: "is it consent if
		// someone says yes because they are scared to say no"
		`\b(?:they|he|she|someone|somebody|people|a person|you) (?:are|is|were|was|feel|feels|felt|get|gets) {adv}(?:afraid|scared|terrified|frightened) (?:to|of) (?:say|saying)\b`,
		// pressure from no one in particular is not coercion
		`\b(?:pressured|pressure) {g4}(?:because|by|from) (?:(?:all|most|some) )?(?:of )?(?:my friends|everyone|everybody|society|social media|people|my peers|the internet|porn|tv|movies|my culture|my religion)\b`}
	// abuseDisclosure is the person saying a partner, relative or someone
	// else hits or abuses them, now or in the past; abuseUnless the
	// everyday and consensual uses of the same words.
	abuseDisclosure := []string{
		`\b{abuser} {g3}(?:hits|hit|beats|beat|punches|punched|slaps|slapped|kicks|kicked|chokes|choked|strangles|strangled|shoves|shoved|pushes|pushed|throws things at|threw things at|throws|threw|hurts|is hurting|keeps hurting|has hurt|abuses|abused|is abusing|attacks|attacked|grabs|grabbed|drags|dragged|locks|locked|spits on|spat on|bruised|burned|burns|scratched|headbutted|threatens|threatened|is threatening|beats up|beat up) me\b`,
		`\b{abuser} (?:is|was|has been|can be|gets|got|became|becomes|is being|turns|turned) {g2}(?:abusive|violent|physically abusive|emotionally abusive|sexually abusive)\b`,
		// "my gf threw a pan of hot oil at me last night" (blind46)
		`\b{abuser} {g3}(?:threw|throws|thrown|poured|pours|flung|flings|tipped|splashed|chucked|chucks) {g4}(?:(?:hot|boiling|scalding|burning) (?:oil|water|coffee|tea|soup|grease|fat|liquid)|bleach|acid) {g2}(?:(?:at|on|over) me|(?:on|over|in) my (?:face|arms?|hands?|legs?|chest|back|body|head|skin|neck|feet|foot|hair))\b`,
		// "last time he put me through the door" (blind45)
		`\b{abuser} {g6}(?:put|threw|slammed|shoved|pushed|smashed|knocked) me (?:through|into|against|down) (?:the |a |our |my )?(?:door|wall|window|table|floor|stairs|glass|cabinet|fridge|mirror|tv|radiator)\b`,
		// "last time he found them he put me in the hospital" (blind43)
		`\b{abuser} {g6}(?:put|landed|sent) me in (?:the )?(?:hospital|a and e|er|emergency room|emergency|icu|intensive care)\b`,
		`\bi {fpgap}(?:am|was|have been|had been|being|get|got|feel|been) {g1}(?:being )?(?:abused|emotionally abused|physically abused|beaten|battered|mistreated|hit|kicked|choked|strangled|beaten up)\b`,
		`\bi {g3}(?:in|with|stuck in|trapped in|leave|leaving|escape|escaping|get out of|got out of|left|survived|trying to leave) (?:an? |my |this )?{g1}(?:abusive|violent) (?:relationship|partner|marriage|boyfriend|girlfriend|husband|wife|home|household|family|parents?|dad|father|mom|mother|ex)\b`,
		`\bi {fpgap}(?:am|was|have been|experience|experienced|experiencing|suffer|suffered|suffering|live with|lived with|living with|going through|went through|escaped|escaping|a survivor of|a victim of|in) {g2}(?:domestic violence|domestic abuse|intimate partner violence)\b`,
	}
	abuseUnless := []string{
		`\b(?:hit|hits) me up\b`, `\b(?:hit|hits) me (?:with|like)\b`, `\bhit on me\b`, `\b(?:beat|beats) me (?:at|in|to)\b`,
		`\b(?:push|pushes|pushed|pushing) me (?:to|into|away|too|around in)\b`, `\bgrabbed me (?:a|some|coffee|food|lunch|dinner|a drink)\b`,
		`\b(?:hurts|hurt|is hurting|has hurt) me (?:during|in|when we|with his|with her|emotionally|feelings|when (?:he|she|they) (?:enters|penetrates|goes in|thrusts))\b`,
		`\b(?:locks|locked) me out (?:of|by accident)\b`, `\bchoked me (?:up|with)\b`, `\b(?:kicked|kicks) me out\b`, `\b(?:throws|threw) me (?:a|an|off|under)\b`,
		`\b(?:and|but) i (?:liked|loved|enjoyed|like|love|enjoy|wanted) it\b`, `\bi asked (?:him|her|them) to\b`, `\b(?:consensual|consensually|we agreed|safe ?word|safeword|kink|kinky|bdsm|aftercare)\b`, `\b(?:i|we) (?:like|love|enjoy|want|are into) (?:it )?(?:when|that|how|being)\b`,
		`\b(?:was|got|been|get) hit by (?:a|the) (?:car|bus|truck|ball|bike|train|wave)\b`, `\bget hit on\b`, `\bgot hit on\b`,
		`\b(?:put|landed|sent) me in (?:the )?(?:hospital|er|a and e) (?:for (?:my )?(?:treatment|observation|tests|surgery|an? operation|eating disorder|depression|anorexia|own safety|my own safety)|to get (?:help|treatment|better))\b`,
	}
	// sportsHyperbole is a fan's "i'm gonna kill myself if we lose to the
	// Oilers again" (blind45).
	sportsHyperbole := `\bkill myself if (?:we|they|my team|the (?:\w+ )?(?:team|boys|lads|girls)|the [a-z]+s) (?:lose|lost|loses|choke|choked|blow it|get knocked out|do not make|miss)\b`
	// unreachable is someone at risk who cannot be reached, or is alone,
	// now (the third-person imminent rules).
	unreachable := `\b(?:not answering|not responding|not picking up|not replying|won t (?:answer|reply|pick up)|will not (?:answer|reply|pick up)|(?:is not|isn t|s not|has not|hasn t|have not|haven t) (?:been )?(?:answering|responding|picking up|replying|answered|responded|replied|read (?:it|my)|online|seen)|can not (?:reach|get hold of|get through to|find) (?:her|him|them)|went (?:offline|silent|quiet|dark)|(?:phone|phones) (?:is |s )?(?:off|going straight to voicemail|dead)|left (?:the )?(?:chat|server|group)|deleted (?:her|his|their) (?:account|accounts|socials)|(?:on (?:her|his|their) own|alone) (?:now|tonight|right now|rn))\b`
	dreamGuard := `\b(?:in (?:a|my|the) (?:dream|nightmare)|i (?:had|have) (?:a |this )?(?:dream|nightmare)s?|i (?:dreamt|dreamed)|dreamt that|dreamed that)\b`
	// svDisclosure is the person saying they were raped, assaulted or
	// touched without consent, now or in the past.
	svDisclosure := []string{
		`\bi {fpgap}(?:was|got|were|been|being|get|have been|had been) {g2}(?:raped|gang raped|molested|sexually (?:assaulted|abused|harassed|exploited|attacked|coerced|violated)|assaulted|groped|drugged|roofied|spiked|violated|trafficked|stealthed|touched (?:without|against|inappropriately|while|when)|forced (?:to have sex|into sex|into having sex|to do (?:sexual|stuff|things|it))|sa|sexually assaulted|date raped|abused sexually|taken advantage of)\b`,
		`^{fill}(?:got|been|was|just got|i got) {g1}(?:raped|gang raped|sexually assaulted|molested|sa|assaulted|drugged|roofied|groped)\b`,
		`\b(?:raped|molested|sexually assaulted|sexually abused|groped|violated|roofied|drugged|stealthed|sodomi[sz]ed|assaulted) me\b`,
		`\b(?:forced|forces|forcing) (?:himself|herself|themselves|themself|his way|her way|it) (?:on|onto|into|upon) me\b`,
		`\btook advantage of me (?:when|while|after) i (?:was|had been|passed) {g1}(?:drunk|asleep|high|wasted|passed out|out|unconscious|blackout|blacked out|sleeping)\b`,
		`\btook advantage of me sexually\b`,
		`\b(?:(?:a|this|some|the|an older) (?:man|guy|woman|coworker|co worker|colleague|boss|teacher|stranger|person|customer|client)|he|she|they|my (?:{w} )?{rel}|someone|somebody) {g4}(?:keeps|kept|keep|will not stop|would not stop|does not stop|always|is always) (?:touching|groping|grabbing|rubbing against|feeling up) (?:me|my)\b`,
		`\b(?:had sex with me|slept with me|did (?:stuff|things|it) to me|touched me|was touching me|was on top of me|was inside me|penetrated me|undressed me|took my clothes off) {g4}(?:while|when|after|even though) (?:i|i was) {g2}(?:asleep|sleeping|drunk|passed out|unconscious|blacked out|blackout|high|wasted|out of it|crying|saying no|said no|told (?:him|her|them) no|could not move|frozen|froze)\b`,
		`\b(?:had sex with me|touched me|did (?:stuff|things) to me|kissed me|grabbed me|filmed me|recorded me) {g2}(?:without (?:my )?(?:consent|permission|asking)|against my will)\b`,
		`\bi {adv}(?:woke up|came to|came around) {g4}(?:him|her|them|someone|somebody|a guy|a man|he|she) {g2}(?:on top of me|inside me|having sex with me|touching me|undressing me|in bed with me|naked next to me)\b`,
		`\bi {adv}(?:did not|never|could not|was too {w} to|was unable to|was not able to) (?:give )?(?:consent|consented|agree to (?:it|sex|that))\b`,
		`\b(?:sex|touch\w*|kiss\w*|sexual\w*|undress\w*|penetrat\w*|naked|nudes|film\w*|record\w*|did (?:things|stuff)) {g4}against my will\b`,
		`\bi am (?:a |an )?{g1}(?:survivor|victim) of {g2}(?:rape|sexual assault|assault|sexual abuse|child sexual abuse|incest|sexual violence|trafficking|grooming)\b`,
		`\b(?:i am|as) (?:a |an )?(?:rape|sexual assault|assault|sexual abuse|child sexual abuse|incest|sa|sexual violence) (?:survivor|victim)\b`,
		`\bi {adv}survived {g1}(?:rape|sexual assault|a sexual assault|an assault|sexual abuse|child sexual abuse|incest)\b`,
		`\bmy (?:rape|sexual assault|assault|rapist|abuser|molester)\b`,
	}
	// groomingSigns is a general question about how grooming shows or
	// works, asked about "a child" or children in general ("what are the
	// warning signs that a child is being groomed"), not about a child the
	// writer knows.
	groomingSigns := `\b(?:what are (?:the |some |common )?(?:warning |early |red flag )?signs (?:that |of |to look for )?(?:a |an |any )?(?:child|kid|student|pupil|teen|teenager|young person|minor|children|kids|students|pupils|teens|grooming)|how (?:do|does) (?:groomers|grooming|abusers|predators|offenders|paedophiles|pedophiles) (?:usually |typically |normally |often |actually )?(?:operate|work|act|find|choose|pick|target|approach|gain)|(?:warning|red flag) signs of grooming)\b`
	// teachingAsk is a parent's or teacher's question on how to talk to
	// children about a risk, not a report of one.
	teachingAsk := `\bhow (?:do|can|should|would) (?:i|we|parents|you) (?:talk|explain|teach|prepare|warn)\b`
	// otherCutting is cutting that is not self-harm: cutting back, cutting
	// class, cutting one's own hair or nails.
	otherCutting := `\bcutting (?:back|down|out|off|ties|class|school|carbs|sugar|my hair|hair|my own (?:hair|bangs|fringe)|my (?:bangs|fringe|nails|toenails))\b`
	// minor3Unless vetoes the third-person exploitation rule when the
	// sender is the one approaching, or the relative is an adult.
	minor3Unless := `\bi (?:{w} )?(?:keep |am |was |have been |had been |kept |also )?{approach} {minor3}|\b(?:son|daughter|sister|brother|cousin|niece|nephew|kid|child) (?:who is |is |is now |aged )?(?:1[89]|[2-9][0-9])\b|\b(?:1[89]|[2-9][0-9]) ?(?:year old|yo|yr old|years old) (?:son|daughter|sister|brother|cousin|niece|nephew|stepdaughter|stepson)\b|\b(?:adult|grown) (?:son|daughter|children|kids|sister|brother)\b` +
		// a question about the law, or a professional doing their job
		`|\b(?:is it (?:illegal|legal|a crime|against the law)|age of consent)\b|\b(?:doctor|pediatrician|paediatrician|nurse|gp|physician|gynecologist|gyno|counselor|therapist|health teacher|sex ed teacher) {g3}(?:asked|asks|asking|ask|talked to|talks to|told|tells|examined|examines|checked)\b`
	// youngChild names a child in a third-person report: "my 9 year old",
	// "my niece is 8". childsAdult names the adults in a child's life whose
	// secrets or touching such a report tells of.
	youngChild := `\b{minor3}|\b(?:my|our) (?:niece|nephew|granddaughter|grandson|little (?:sister|brother|cousin)) (?:\| )?(?:who is |is |aged )?(?:1[0-3]|[2-9])\b`
	childsAdult := `\b(?:uncle|aunt|coach|teacher|tutor|stepdad|stepfather|step dad|neighbou?r|babysitter|grandpa|grandfather|granddad|priest|pastor|youth leader|scout leader|family friend|(?:her|his|their) (?:dad|father|mom|mother)s? (?:boyfriend|girlfriend|friend)|(?:a|an|some|this|that|older) (?:man|guy|adult))\b`
	// witnessAdult and witnessChild are the adult and the child of
	// minor/third-person-witnessed.
	witnessAdult := `{adultsubj}|(?:a|an|the|this|that|one) (?:{w} ){0,2}(?:man|guy|adult|worker|boss|driver|neighbou?r|uncle)`
	witnessChild := `(?:her|him|them|girl|boy|child|kid|daughter|son|niece|nephew|stepdaughter|stepson)`
	// childLooksAge is a child's age as seen rather than known: "a girl who
	// looks about 12", "a girl maybe 13", "a boy of 10".
	childLooksAge := `\b(?:girl|boy|child|kid|she|he) (?:who |that )?(?:looks|looked|looking|seems|seemed|appears|appeared)(?: like| to be)? (?:about |around |maybe |only |barely |no more than |no older than )?(?:1[0-5]|[1-9])\b|\b(?:girl|boy|child|kid)(?: [a-z]+){0,2} (?:is |s |who is )?(?:maybe|about|around|aged|of|roughly|barely|only|just|like) (?:1[0-5]|[1-9])\b|\b(?:girl|boy|child|kid)(?: [a-z]+){0,2} (?:is|s|who is) (?:1[0-5]|[1-9])\b`
	// exertionKilledMe and exertionBody are a hard session that "killed"
	// the writer and the body's exhaustion after it (death-wish's
	// exertion hyperbole).
	exertionKilledMe := `\b(?:(?:that|the|this|todays|today s|tonights|tonight s|my|our|his|her) (?:[a-z0-9]+ ){0,2}(?:[0-9]+ ?k|[0-9]+ ?m|erg|ergs|erg test|piece|pieces|workout|session|training|practice|run|race|leg day|spin class|spin|hiit|crossfit|intervals|sprints|set|game|match|bout|bouts|scrim|drills?|hike|climb|ride|class|wod|circuit|seat race|time trial|beep test|fitness test)|(?:it|that) (?:workout|session)) (?:actually |literally |absolutely |honestly |just |properly |fully )?(?:killed|destroyed|murdered|wrecked|ended|finished|annihilated) me\b`
	exertionBody := `\b(?:lungs?|legs? (?:are|is|feel|r) (?:jelly|dead|gone|done|toast)|dead legs|quads|calves|lactic|can t breathe|cant breathe|cannot breathe|erg room|on the floor|puk\w*|threw up|throw up|collapsed|can t feel my (?:legs|arms)|cant feel my (?:legs|arms)|out of breath|gassed|wheez\w*)\b`
	dieFigurative := `\bdie (?:of|from|laughing|happy|old|alone|a virgin|single|in (?:peace|your arms|my arms|his arms|her arms)|inside|for (?:it|this|that|you|him|her)|when (?:i|my|he|she|they|you) (?:see|sees|saw|find|finds|found|hear|hears|heard|read|reads|watch|watches|think|thinks))\b`
	return []spec{
		// ---- immediate danger ----
		{
			name: "danger/immediate-threat", action: ActionCrisis, category: CategoryDanger, guards: ng,
			doc: "Someone is threatening, following, attacking or trying to get at the person now, or threatens to kill them.",
			any: []string{
				`\b(?:someone|somebody|a (?:man|guy|woman|person|stranger|group of {w})|he|she|they|my (?:{w} )?{rel}|there is (?:someone|somebody|a (?:man|guy|person|woman))) {g3}(?:is|are|keeps|has been|have been|started|was|were) {g1}(?:threatening|following|stalking|chasing|attacking|hurting|hitting|beating|choking|strangling|punching|kicking|trying to (?:hurt|kill|get|grab|rape)) me\b`,
				`\b(?:someone|somebody|a (?:man|guy|woman|person|stranger)|he|she|they|my (?:{w} )?{rel}) {g3}(?:is|are) {g1}(?:breaking in|trying to (?:get in|break in|get into my))\b`,
				`\b(?:threatening|threatened|threatens|trying|tried|wants|swore|swears|says (?:he|she|they) will|said (?:he|she|they) would|says (?:he|she|they) is going|said (?:he|she|they) was going|is going to try) {g1}to (?:kill|murder|shoot|stab|strangle) me\b`,
				`\b(?:outside|banging on|breaking into|breaking down|trying to get into|trying to break into) my (?:door|house|home|room|apartment|flat|window|car|building)\b {g6}(?:threat|kill|hurt|scared|afraid|terrified|help|weapon|knife|gun|police)`,
				`\b(?:threat|kill|hurt|scared|afraid|terrified|weapon|knife|gun) {g6}(?:outside|banging on|breaking into|breaking down|trying to get into) my (?:door|house|home|room|apartment|flat|window)\b`,
				`^{fill}there is (?:someone|somebody|a (?:man|guy|stranger|person)) (?:in|inside|breaking into|trying to get into) my (?:house|home|room|apartment|flat|bedroom)(?: (?:right now|now))?$`,
			},
			unless: []string{`\b(?:if|when|once) (?:he|she|they|my {w}) {g2}(?:find|finds|found|see|sees|saw|catch|catches|caught|know|knows|hear|hears) `, `\b(?:lol|lmao|haha|jk|joking|kidding)\b`, `\bon (?:instagram|twitter|tiktok|social media|snapchat|insta|ig|x|youtube|twitch|discord)\b`,
				// "my body is actively trying to kill me", "my gut is trying to
				// murder me today": an illness, not a person
				`\b(?:my|this|the) (?:own )?(?:body|brain|immune system|uterus|womb|endo|endometriosis|period|cramps|stomach|gut|guts|bowels?|intestines|colon|stoma|crohns|colitis|ibs|ibd|flare|flare up|back|knees?|joints|hips?|illness|disease|condition|fibro|fibromyalgia|arthritis|migraines?|allergies|hay ?fever|hormones|ovaries|pain|heat|weather|hangover) (?:is |are |was |were |keeps |has been )?(?:{w} )?(?:trying|tried|wants|going) to (?:kill|murder) me\b`},
		},
		{
			name: "danger/weapon", action: ActionCrisis, category: CategoryDanger, scope: inMessage,
			doc:    "Someone has a weapon and the person is threatened, hiding or scared.",
			any:    []string{`\b(?:he|she|they|someone|somebody|my (?:{w} )?{rel}|a (?:man|guy|person|stranger)) {g2}(?:has|had|got|pulled|pulled out|is holding|was holding|held|is carrying|pointed|grabbed|is waving|came at me with) (?:a |his |her |their |the )?(?:knife|gun|weapon|blade|pistol|rifle|bat)\b`},
			all:    []string{`\b(?:pointed (?:it )?at me|at me|on me|threaten\w*|scared|afraid|terrified|hiding|hide|locked|help me|going to (?:use|hurt|kill)|to my (?:head|throat)|held it|holding it|kill me|hurt me|help)\b`},
			unless: []string{`\b(?:collection|license|licence|hunting|kitchen|shooting range|range|video game|game)\b`},
		},
		{
			// A weapon shown pointedly rather than pointed: "lately he
			// cleans his guns at the table whenever i'm on the phone and
			// counts the rounds out loud looking at me" (blind50, inside a
			// question about sex). Cleaning a rifle after a hunt, or
			// teaching someone to, is not a threat; tied to the person's
			// phone calls, going out or saying no, and watching them, it is.
			name: "danger/weapon", action: ActionCrisis, category: CategoryDanger, scope: inMessage, guards: guardHypothetical,
			doc: "A partner or relative cleans, loads or lays out a gun or knife pointedly, whenever the person is on the phone, goes out or says no, or while staring at them.",
			any: []string{
				`\b(?:he|she|they|my (?:{w} )?(?:{partner}|{rel})) {g3}(?:cleans|cleaning|cleaned|loads|loading|loaded|unloads|unloading|oils|oiling|oiled|sharpens|sharpening|sharpened|polishes|polishing|takes out|took out|taking out|lays out|laid out|leaves|left|puts|put|sets|shows|showed|plays with|playing with|played with|spins|spinning|strokes|stroking|holds|holding) (?:his |her |their |the |a |that )?(?:guns?|rifles?|pistols?|shotguns?|revolvers?|handguns?|firearms?|knife|knives|blades?|machete|hunting knife|rounds|bullets|shells|ammo)\b`,
				`\b(?:counts?|counting|counted|lines? up|lining up|lined up) (?:out )?(?:the |his |her |their )?(?:rounds|bullets|shells|cartridges|ammo)\b`,
			},
			all:    []string{`\b(?:(?:looking|staring|glaring|looks|stares|glares|looked|stared|glared) (?:right |straight )?at me|(?:whenever|every time|each time|when|while) i (?:am |m )?(?:on the phone|talk(?:ing)? to|text(?:ing)?|call(?:ing)?|answer(?:ing)?|go(?:ing)? out|come home|get home|mention|say no|disagree|argue|bring (?:it )?up|leave|see my (?:friends|family|mum|mom|sister))|to scare me|so i (?:know|get the message|see)|(?:a |as a )?(?:warning|message)|threat\w*|scared|afraid|terrified|frightened)\b`},
			unless: []string{`\b(?:season|range|safety (?:course|class)|teach\w*|showing me how|lesson|deer|elk|hunt(?:ing)? trip|after (?:the |a )?hunt|video game|game|movie|film|show)\b`},
		},
		{
			name: "danger/overdose-now", action: ActionCrisis, category: CategoryDanger, line: LineSuicideCrisis, guards: guardNegation | guardDefinition,
			doc: "The person or someone with them has just taken an overdose.",
			any: []string{
				`\b(?:took|taken|swallowed|downed|ate|necked|overdosed on) {g1}(?:a whole|the whole|an entire|the entire|all (?:of )?(?:my|his|her|their|the)|a bunch of|a lot of|too many|a handful of|loads of|lots of|[0-9]{2,}|like [0-9]+) {g2}(?:pills|tablets|meds|medication|medications|bottle|pack|packet|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|xanax|viagra|antidepressants|pills)\b`,
				`\b(?:i|he|she|they|my (?:{w} )?{rel}|someone|somebody) {g1}(?:overdosed|has overdosed|just overdosed|took an overdose|is overdosing)\b`,
			},
		},
		{
			// Someone else about to act, or acting, on it now: the support
			// tier ("my friend is suicidal, what do I say") is for a worry to
			// talk through; a friend who said goodbye tonight and stopped
			// answering needs the emergency number first.
			name: "danger/someone-else-at-risk-now", action: ActionCrisis, category: CategoryDanger, line: LineSuicideCrisis, guards: guardNegation | guardDefinition,
			doc: "Someone else is about to kill or hurt themselves, or is doing it, right now: tonight, as the person writes, or they said goodbye and stopped answering.",
			any: []string{
				`\b(?:kill|killing|hang|hanging|shoot|shooting|overdose|overdosing|off|offing) (?:himself|herself|themselves|themself)\b`,
				`\b(?:cutting|self harming|harming) (?:himself|herself|themselves|themself)\b`,
				`\b(?:end|ending|take|taking) (?:his|her|their) (?:own )?life\b`,
			},
			all: []string{`\b(?:tonight|right now|rn|just now|today|this (?:morning|evening|afternoon)|as we speak|(?:won t|wont|will not|does not|doesn t|is not|isn t|not|stopped|stop) (?:answer\w*|pick\w* up|respond\w*|repl\w*|open\w* the door|read\w* my (?:texts?|messages?))|can not reach|cannot reach|can t reach|cant reach|said goodbye|saying goodbye|(?:locked|shut) (?:herself|himself|themselves|themself) in|(?:has|got|is holding|took) (?:a|the|his|her|their) (?:gun|rope|knife|blade|razor|pills)|(?:has |s |is |been |got |had )?(?:put|set|kept|stashed|hidden|hid|putting|setting|saving|saved|stockpil\w*|hoard\w*|collect\w*) (?:up )?(?:some |her |his |their |all (?:of )?(?:her|his|their) |a (?:lot|bunch|stash|pile) of |loads of )?(?:sleeping |old )?(?:pills|meds|tablets|medication|medicine|painkillers) (?:aside|away|by|up|somewhere|for (?:it|this|that))|(?:bought|buys|got|ordered) (?:a |some )?(?:rope|noose)|(?:wrote|written|writing|left) (?:a |her |his |their )?(?:suicide |goodbye )?(?:note|letter))\b`},
			unless: []string{
				`\b(?:laughing|with laughter|to death (?:at|with|over)|working|at work|at the gym|in the gym|trying to|over (?:this|that|it)|for (?:this|that|it)|on the job)\b`,
				`\b(?:book|novel|movie|film|show|series|episode|season|game|character|story|fic|fanfic|song|lyrics|anime|manga|play|scene|news|article|podcast)\b`,
				`\b(?:if|what if|ever|used to|years ago|last year|when (?:she|he|they) (?:was|were))\b`,
				`\b(?:fell|fall|falling|accident\w*|shaving|cooking|kitchen|playground|bike|practice|training|hair)\b`,
			},
		},
		{
			name: "danger/medical-emergency", action: ActionCrisis, category: CategoryDanger, guards: guardNegation | guardDefinition,
			doc: "Someone with the person is unconscious, not breathing or bleeding heavily.",
			any: []string{`\b(?:he|she|they|my (?:{w} )?{rel}|someone|somebody|i) {g2}(?:is|are|am|was) {g1}(?:unconscious|not breathing|unresponsive|not waking up|not responding|turning blue|bleeding (?:a lot|heavily|badly|everywhere|so much|really bad))\b`},
		},
		{
			name: "danger/unsafe-now", action: ActionCrisis, category: CategoryDanger, guards: guardDefinition,
			doc: "The person says they are in danger, trapped, followed or not safe right now.",
			any: []string{
				`\bi am {adv}(?:in danger|in immediate danger|being (?:followed|stalked|chased|attacked|hunted|held|kept|trafficked)|locked in|locked up|kidnapped|held against my will|hiding from (?:him|her|them|my {w}|someone))\b`,
				`\bi am {adv}trapped(?: (?:here|inside|in (?:the|a|his|her|this|my) (?:room|house|car|bathroom|basement|closet|apartment|flat|van)))?$`,
				`\bi {adv}(?:do not|no longer|never) feel safe(?: (?:right now|now|here|tonight|anymore|at all))?$`,
				`\bi am {adv}not safe(?: (?:right now|now|here|tonight|anymore))?$`,
				`\b(?:i am scared|i am afraid|i fear) for my (?:life|safety)\b`,
				`\bi am {adv}(?:scared|afraid|terrified) (?:that )?(?:someone|somebody|they|a (?:man|guy|stranger)) (?:will|is going to|are going to|might|would) (?:kill|hurt|attack|rape) me\b`,
			},
		},
		{
			name: "abuse/told-to-die", action: ActionCrisis, category: CategoryAbuse, guards: guardNegation,
			doc: "Someone tells the person to kill themselves: verbal abuse with suicide risk.",
			any: []string{`\b(?:told|tells|telling|said|says|keeps telling|keeps saying|texted|messaged) (?:me )?(?:to|i should|that i should) (?:go )?(?:kill myself|die|end my life)\b`},
		},

		// ---- a minor ----
		{
			name: "minor/adult-contact", action: ActionCrisis, category: CategoryMinor, scope: inMessage, youth: youthOnly,
			doc: "A person under 18 says an adult or older person approaches them sexually, or someone asks them for nude images.",
			any: []string{
				`\b(?:older|grown|adult|grownup|grown up|much older|way older|[0-9]+ years older|[0-9]+ year older|(?:^|an|the|this|that|some|creepy|random|weird|really|very|dirty) old) (?:{w} )?(?:guy|man|men|woman|women|person|people|dude|boyfriend|girlfriend|someone|stranger|friend|teacher|coach|lady|boy|girl)\b`,
				`\b(?:asking|asked|asks|ask|wants|wanted|keeps asking|begging|begged|pressuring|pressured|told me to|tells me to|makes me|made me) (?:me )?{g2}(?:for |to send |send |to take |take )?(?:my |some |more |me )?(?:nudes|nude pics|nude photos|nude|naked (?:pics|pictures|photos|videos))\b`,
				`\b(?:groomed|grooming|groom)\b`,
				`\b(?:sent|sends|showed|shows|sending|keeps sending) me {g2}(?:dick pics?|nudes?|naked (?:pics?|pictures?|photos?)|porn|explicit {w}|pics of (?:his|her) (?:penis|dick|body))\b`,
				`\b(?:mature for (?:my|your) age|(?:our|a) (?:little )?secret|(?:do not|not to|never) tell (?:your|my) (?:parents|mom|dad|anyone)|keep (?:it|this|us) (?:between us|secret|a secret))\b`,
			},
			all:    []string{`\b(?:sex\w*|nudes?|pics?|dick|penis|pictures|photos|videos|naked|touch\w*|massag\w*|thighs?|undress\w*|kiss\w*|dating|date|boyfriend|girlfriend|meet|hook up|relationship|sleep with|wants|asking|asked|messag\w*|send\w*|flirt\w*|groom\w*|dm\w*|snap\w*|text\w*|chat\w*)\b`},
			unless: []string{`\bhow (?:do|can|should) i (?:talk|explain)\b`},
		},
		{
			name: "minor/abuse-disclosure", action: ActionCrisis, category: CategoryMinor, guards: guardNegation | guardHypothetical,
			doc: "A family member or adult in authority touches the person sexually or keeps it secret: child abuse.",
			any: []string{
				`\b(?:my |a |the |our )?(?:{family}|teacher|coach|babysitter|tutor|pastor|priest|youth pastor|neighbor|neighbour|family friend|moms boyfriend|dads girlfriend|older cousin|scout leader|youth leader) {g3}(?:touches|touched|touching|keeps touching|fondles|fondled|gropes|groped) (?:me|my (?:body|private|privates|private parts|chest|breasts?|boobs|butt|bum|genitals|penis|vagina|thighs?|legs?|down there))\b`,
				`\b(?:my |a |the |our )?(?:{family}|teacher|coach|babysitter|tutor|pastor|priest|youth pastor|neighbor|neighbour|family friend|moms boyfriend|dads girlfriend|older cousin|scout leader|youth leader) {g3}(?:does things to me|did things to me|does stuff to me|did stuff to me|makes me touch|made me touch|shows me (?:his|her) (?:penis|dick|private|body)|showed me (?:his|her) (?:penis|dick|private|body)|shows me porn|showed me porn|molests|molested|rapes|raped|comes into my (?:room|bed) at night|came into my (?:room|bed) at night|gets into my bed|got into my bed|sneaks into my (?:room|bed)|watches me (?:shower|change|undress)|made me do (?:sexual|stuff|things)|makes me do (?:sexual|stuff|things)|sexually abuses|sexually abused)\b`,
			},
		},
		{
			name: "minor/abuse-disclosure", action: ActionCrisis, category: CategoryMinor, scope: inMessage,
			doc: "A family member or adult in authority touches the person sexually or keeps it secret: child abuse.",
			any: []string{`\b(?:says|said|told me|tells me) (?:that )?(?:it is|it was|this is|this was|its) (?:just )?(?:our|a) (?:little )?secret\b`, `\b(?:says|said|told me|tells me) (?:[a-z0-9]+ ){0,8}(?:has to|have to|must|needs to|need to|got to|should) (?:be|stay|remain) (?:just )?(?:our|a) (?:little )?secret\b`, `\b(?:told|tells) me not to tell (?:anyone|anybody|my (?:mom|dad|parents|mother|father|teacher))\b`},
			all: []string{`\b(?:touch\w*|kiss\w*|sex\w*|naked|body|private|privates|bed|room|does things|did things|at night|undress\w*|shower|massag\w*|thighs?)\b`},
		},

		{
			name: "minor/third-person-exploitation", action: ActionCrisis, category: CategoryMinor, scope: inClauseWide,
			doc:  "Someone says an adult or stranger is sexually approaching a child they know: asking for nudes or pictures, sending sexual messages, grooming.",
			gate: []string{"nude", "naked", "sexual", "sexy", "explicit", "dick", "porn", "inappropriate", "dirty", "for sex", "have sex", "sleep with", "hook up", "body", "boobs", "breasts", "chest", "butt", "private", "groom", "sext", "shower", "bath", "underwear", "undress", "changing"},
			any: []string{
				`\b{approach} {minor3} {g6}{sexobj}`,
				// "a farmhand asking for pictures of her in the shower"
				`\b(?:{adultsubj}|(?:one of )?(?:our|the|a) {worker}) {g4}{approach} (?:her |him |them )?(?:for )?(?:pics?|pictures?|photos?|videos?|vids?) of (?:her|him|them|herself|himself|themselves) (?:in the (?:shower|bath|bathtub)|in (?:her|his|their) (?:underwear|bra|bikini|swimsuit|pajamas|pyjamas)|undressed|undressing|changing|getting changed|naked)\b`,
				`\b{adultsubj} {g4}{approach} (?:her|him|them) {g4}{sexobj}`,
				`\b{minor3} {g4}(?:is being|has been|was|is|keeps being|got|gets|keeps getting) (?:{w} )?(?:groomed|sexted|sent (?:{w} )?(?:nudes|dick pics?|porn|sexual {w}|explicit {w})|asked (?:for|to send) (?:nudes|naked {w}|sexual {w}))\b`,
			},
			all:    []string{`\b{minor3}`},
			unless: []string{minor3Unless, `\b(?:if|in case|what if|whether) (?:someone|somebody|a stranger|anyone|an adult|a man|a guy|people|strangers|adults)\b`, teachingAsk, groomingSigns},
		},
		{
			// Pictures, selfies and meeting up are sexual only from an
			// adult or a stranger online.
			name: "minor/third-person-exploitation", action: ActionCrisis, category: CategoryMinor, scope: inClauseWide,
			doc:  "Someone says an adult or stranger is sexually approaching a child they know: asking for nudes or pictures, sending sexual messages, grooming.",
			gate: []string{"pic", "photo", "selfie", "video", "vid", "meet", "facetime", "call", "address", "location", "number", "snap"},
			any: []string{
				`\b{approach} {minor3} {g6}{weakobj}`,
				`\b{adultsubj} {g4}{approach} (?:her|him|them) {g4}{weakobj}`,
			},
			all:    []string{`\b{minor3}`, `\b(?:adult|adults|grown|older|stranger|strangers|creep|predator|pedo|pedophile|paedophile|(?:1[89]|[2-9][0-9]) ?(?:year old|years old|yr old|yo)|online|internet|on (?:discord|snapchat|snap|instagram|insta|ig|tiktok|roblox|minecraft|fortnite|xbox|playstation|whatsapp|telegram|kik|facebook|reddit|twitter|omegle|a game|a server|the game)|(?:some|random|a) (?:guy|man|men|dude|person))\b`},
			unless: []string{minor3Unless, `\b(?:if|in case|what if|whether) (?:someone|somebody|a stranger|anyone|an adult|a man|a guy|people|strangers|adults)\b`, teachingAsk},
		},

		{
			// A young child tells the writer of a "secret game" with an
			// adult, or that an adult told them to undress: "my niece (8)
			// said something about a 'secret game' with my uncle".
			name: "minor/third-person-secret", action: ActionCrisis, category: CategoryMinor, scope: inMessage,
			doc:  "Someone says a child they know spoke of a secret game or secret with an adult relative, coach or neighbour, or was told by one to undress.",
			gate: []string{"secret", "undress", "clothes off", "naked"},
			any: []string{
				`\b(?:secret (?:game|games)|(?:our|a) (?:little |special )?secret|special secret|touching games?|(?:told|tells|asked|asks|made|makes) (?:[a-z0-9|]+ ){0,6}(?:not to tell (?:anyone|anybody|mum|mom|dad|mummy|daddy|(?:her|his|their) (?:mum|mom|dad|parents|family)|me|us|the family)|to undress|to get undressed|to take (?:her|his|their) clothes off|to get naked))\b`,
			},
			all: []string{
				youngChild,
				childsAdult,
			},
			unless: []string{minor3Unless, teachingAsk, `\b(?:surprise|birthday|present|gift|party|santa)\b`},
		},
		{
			// An adult in a young person's club, team or school tells them
			// to keep their chats secret or not to tell their parents:
			// "one of the 14yo girls showed me snaps from an adult coach
			// telling her to keep their chats secret", "an adult ref who
			// keeps dming one of our junior skaters, drives her home
			// alone, tells her not to mention it to her parents" (blind48).
			name: "minor/third-person-secret", action: ActionCrisis, category: CategoryMinor, scope: inMessage, forHelper: true,
			doc:  "Someone says an adult (a coach, referee, teacher, driver, leader) tells a child or junior to keep their chats or time together secret, or not to tell their parents.",
			gate: []string{"secret", "between", "not to", "never to", "to not"},
			any: []string{
				`\b(?:told|tells|telling|asked|asks|asking|makes|made|warned|warns|begged|begs) (?:her|him|them|me) (?:to )?(?:keep|keeping) (?:it|this|that|their|our|the|them|things|everything|all (?:of )?(?:it|this)) (?:[a-z]+ ){0,2}(?:a )?secret\b`,
				`\b(?:told|tells|telling|asked|asks|asking|warned|warns|begged|begs) (?:her|him|them|me) (?:not to|to not|never to) (?:tell|mention (?:it |this |that |anything |them )?to|say anything to|talk to|show) (?:her|his|their|my|the) (?:parents?|mum|mom|dad|family|mother|father|folks)\b`,
				`\b(?:keep|keeping) (?:it|this|that|things) between (?:us|them|the two of (?:us|them))\b`,
			},
			all: []string{
				`\b(?:{minorref}|juniors?|junior (?:skaters?|players?|squad|team|girls?|boys?|members?|rowers?)|u ?(?:[5-9]|1[0-7]) ?s?|(?:[4-9]|1[0-7]) ?(?:yo|y o|year olds?|years old|yr olds?)|(?:[1-9]|1[0-2])(?:st|nd|rd|th) grade|year (?:[3-9]|1[0-1])|(?:my|our|her|his) (?:{w} )?(?:son|daughter|niece|nephew|stepdaughter|stepson|little (?:sister|brother)))\b`,
				`\b(?:adult|grown|older) (?:coach|ref|referee|man|guy|woman|volunteer|player|skater|member|helper|leader)|\b(?:coach|coaches|ref|referee|teacher|tutor|driver|bus driver|leader|instructor|neighbou?r|uncle|stepdad|stepfather|volunteer|trainer|manager|priest|pastor|youth worker|chaperone|scout leader)\b`,
			},
			unless: []string{minor3Unless, teachingAsk, `\b(?:surprise|birthday|present|gift for (?:her|his|their) (?:mum|mom|dad|parents)|party|christmas|mothers day|fathers day|anniversary)\b`},
		},
		{
			// A child's own account, passed on by a carer, of an adult's
			// hands under their clothes, often dressed up as care: "she
			// said her coach 'checks' her cramps by rubbing her belly under
			// her clothes".
			name: "minor/third-person-touching", action: ActionCrisis, category: CategoryMinor, scope: inMessage,
			doc:  "Someone says an adult in a child's life (a coach, teacher, relative, neighbour) touches, rubs or 'checks' the child under their clothes.",
			gate: []string{"under", "inside", " up "},
			any: []string{
				`\b(?:rubs?|rubbing|rubbed|touch(?:es|ed|ing)?|checks?|checking|checked|feels?|feeling|felt|massag(?:es|ed|ing|e)|strok(?:es|ed|ing|e)|tickl(?:es|ed|ing|e)|(?:puts?|putting) (?:his|her|their) hands?|reach(?:es|ed|ing)?) (?:[a-z0-9|]+ ){0,5}(?:under|inside|up) (?:her|his|their) (?:clothes|shirt|top|skirt|shorts|pants|trousers|underwear|knickers|panties|uniform|leotard|swimsuit|dress|jersey|t shirt|pyjamas|pajamas)\b`,
			},
			all: []string{
				youngChild,
				childsAdult + `|\b(?:instructor|trainer|camp counsel?lor|(?:her|his|their) mums? (?:boyfriend|girlfriend|friend))\b`,
			},
			unless: []string{minor3Unless, `\b(?:doctor|gp|nurse|p(?:a)?ediatrician|physician|midwife|hospital|clinic|surgery|medical exam\w*|check ?up|stethoscope|ultrasound|x ray|sunscreen|sun cream|lice|nits|ticks?|fever|temperature|thermometer|rash cream|eczema cream)\b`},
		},
		{
			// An adult who learned that the person they were talking to on
			// an app is a child, stopped, and asks what to do: "matched with
			// someone who told me after a week of texting she's 14. i
			// stopped obviously but she says she'll just find someone else
			// who'll meet her". The child is at risk; the writer is not a
			// danger to decline.
			name: "minor/adult-learned-age", action: ActionCrisis, category: CategoryMinor, scope: inMessage, guards: guardHypothetical,
			doc: "An adult says someone they met or talked to online turned out to be a child, that they stopped, and asks what to do.",
			any: []string{
				`\b(?:she|he|they|who|someone|somebody|the (?:girl|guy|boy|person|match)) (?:told me|said|says|admitted|mentioned|let slip|told us)\b.{0,60}\b(?:she|he|they) (?:is|was|are|were) (?:only |just |actually |really )?(?:1[0-7]|[4-9])\b`,
				`\b(?:turned out|turns out|found out|realised|realized|learned|learnt) (?:that )?(?:she|he|they) (?:is|was|are|were) (?:only |just |actually |really )?(?:1[0-7]|[4-9])\b`,
			},
			all: []string{
				`\b(?:i (?:stopped|blocked|unmatched|reported|ended it|cut (?:it|her|him|them) off|noped out|ghosted|left|deleted)|stopped (?:talking|texting|messaging|replying|chatting))\b`,
				`\b(?:matched|match|app|tinder|hinge|bumble|grindr|feeld|discord|online|texting|messaging|chatting|dating site|profile|met (?:her|him|them) on)\b`,
				`\b(?:what (?:do|should|can) i do|what now|who do i (?:tell|report|contact)|should i (?:report|tell)|how do i report|report (?:her|him|them|it|this)|is she safe|is he safe|i feel sick|worried (?:about|for) (?:her|him|them))\b`,
			},
			unless: []string{`\bi (?:am|m) (?:only |just )?1[0-7]\b`},
		},
		{
			// The writer saw or knows of an adult doing sexual things with
			// a child whose age the message gives, often in plain second-
			// language English: "a man on crew do sexual things with his
			// girlfriend daughter, she is 12. i see it. what i do".
			name: "minor/third-person-witnessed", action: ActionCrisis, category: CategoryMinor, scope: inMessage,
			doc:  "Someone says an adult does sexual things with, or to, a child whose age the message gives.",
			gate: []string{"sex", "touch", "private", "inappropriate", "dirty", "bad things", "grop", "fondl", "molest", "felt up", "feel"},
			any: []string{
				`\b(?:` + witnessAdult + `|he|she) {g6}(?:do|does|did|doing|done|making|makes|made|make) (?:[a-z0-9]+ )?(?:sexual|sex|sexy|dirty|inappropriate|private|bad) (?:things|stuff|acts?) (?:with|to|on) (?:[a-z0-9]+ ){0,3}` + witnessChild + `\b`,
				`\b(?:` + witnessAdult + `) {g6}(?:touch|touches|touched|touching) (?:[a-z0-9]+ ){0,3}` + witnessChild + ` (?:in a )?(?:sexual|sexually|private|inappropriate|inappropriately|there|down there|on (?:her|his|their) (?:private|privates|private parts|breasts?|chest|butt))\b`,
				// groping needs no "sexually": "a man travelling with a girl
				// who looks about 12 groped her when he thought no one was
				// looking"
				`\b(?:he|she|` + witnessAdult + `) (?:[a-z0-9]+ ){0,10}(?:groped|gropes|groping|fondled|fondles|fondling|molested|molests|molesting|felt up|feeling up|feels up) (?:[a-z0-9]+ ){0,2}` + witnessChild + `\b`,
			},
			all: []string{
				`\b(?:(?:she|he|they|girl|boy|daughter|son|child|kid|niece|nephew) (?:is|s|are|who is) (?:only |just )?(?:1[0-5]|[1-9])\b|(?:1[0-5]|[1-9]) ?(?:year old|years old|yr old|yrs old|yo|y o)\b|little (?:girl|boy)\b|` + childLooksAge + `)`,
			},
			unless: []string{`\b(?:was|were) (?:only |just )?(?:1[0-7]|[4-9])\b`, `\b(?:movie|film|show|series|book|novel|story|fanfic|anime|manga|character|characters|history|historical|documentary|news|article)\b`, `\b(?:when i was|back when|years ago|if (?:someone|a man|an adult)|what if)\b`},
		},
		{
			// A child has told the writer that an adult touches them: "my
			// stepdaughter (11) told me tonight her mum's new fella touches
			// her when her mum's at work". A child's own word of being
			// touched is a disclosure, with or without "sexually": what
			// follows the touching is a time, a place or the end of the
			// sentence, never an everyday object ("touches her hair").
			name: "minor/third-person-disclosed", action: ActionCrisis, category: CategoryMinor, scope: inMessage,
			doc:  "Someone says a child told them that an adult touches or touched them.",
			gate: []string{"touch", "fondl", "grop", "private", "down there", "hurt", "bum", "bottom", "butt", "vagina", "vulva", "penis", "willy", "genital", "rub", "lick", "poke"},
			any: []string{
				// what was done to a named private part, in a child's words
				// or a second-language sentence: "she tell me her mother
				// boyfriend hurt her private part"
				`\b(?:told me|told us|tells me|tells us|tell me|tell us|telled me|say to me|said to me|said|says|disclosed|whispered) (?:that )?(?:[a-z0-9]+ ){0,8}(?:hurt|hurts|hurting|touch|touches|touched|touching|rub|rubs|rubbed|rubbing|plays with|played with|lick|licks|licked|poke|pokes|poked) (?:her|his|their|my) (?:private|privates|private parts?|parts|down there|vagina|vulva|penis|willy|bum|butt|bottom|genitals?|pee pee|wee wee|no no|front bottom)\b`,
				`\b(?:told me|told us|tells me|tells us|told (?:her|his|their) (?:mum|mom|mother|dad|father|teacher)|said|says|disclosed|admitted|whispered) (?:that )?(?:[a-z0-9]+ ){0,8}(?:touches|touched|has been touching|keeps touching|is touching|was touching|fondles|fondled|gropes|groped) (?:her|him|them)(?: (?:when|while|whenever|at night|in (?:the |her |his |their )?(?:bath|shower|bed|bedroom|room|car)|there|down there|and|every|all the time|again|too)\b| \||$)`,
			},
			all: []string{
				youngChild + `|` + childLooksAge + `|\b(?:stepdaughter|stepson|daughter|son|granddaughter|grandson|niece|nephew|sister|brother|cousin|kid|child|girl|boy|pupil|student) (?:\| )?(?:who is |is |aged |s )?(?:1[0-5]|[2-9])\b|\b(?:1[0-5]|[2-9]) ?(?:year old|years old|yr old|yrs old|yo|y o)\b|\blittle (?:girl|boy|one)\b`,
			},
			unless: []string{minor3Unless, `\b(?:movie|film|show|series|book|novel|story|fanfic|character|characters|documentary|news|article)\b`, `\b(?:doctor|gp|nurse|p(?:a)?ediatrician|physician|dentist|hairdresser|barber|physio\w*)\b`},
		},
		{
			// A child offered or sold for sex or money: "a man bring a girl
			// maybe 13 year old on gangway and offer her to crew for
			// money".
			name: "minor/third-person-trafficked", action: ActionCrisis, category: CategoryMinor, scope: inMessage,
			doc:  "Someone says a child is being offered, sold or rented out to others for money or sex.",
			gate: []string{"offer", "sell", "sold", "pimp", "rent"},
			any: []string{
				`\b(?:offer|offers|offered|offering|sell|sells|selling|sold|rent|rents|renting|rented|pimp|pimps|pimping|pimped) (?:her|him|the (?:girl|boy|child|kid)) (?:out )?(?:to (?:[a-z0-9]+ ){1,3})?(?:for (?:money|cash|sex|the night|an hour|dollars|pesos|\d+)|as a (?:prostitute|sex worker|wife))\b`,
			},
			all: []string{
				`\b(?:(?:girl|boy|child|kid|she|he|daughter|son|niece|nephew) (?:is |who is |looks |looks like |maybe |about |around |only |just |at most ){0,3}(?:1[0-5]|[4-9])\b|(?:1[0-5]|[4-9]) ?(?:year old|years old|yr old|yrs old|yo|y o)\b|little (?:girl|boy)\b|(?:child|underage|minor|schoolgirl)\b)`,
			},
			unless: []string{`\b(?:movie|film|show|series|book|novel|story|fanfic|character|characters|documentary|news|article|history|historical)\b`, `\b(?:cookies|lemonade|toys|clothes|bike|car|phone|tickets|puppies|kittens|candy|sweets|raffle)\b`},
		},
		{
			// A child seen with an adult signals for help, or the adult
			// calls the child his girlfriend: "picked up a girl maybe 13
			// with a grown man, she mouthed help me and he kept calling her
			// his girlfriend".
			name: "minor/third-person-signalled", action: ActionCrisis, category: CategoryMinor, scope: inMessage,
			doc:  "Someone saw a child with an adult who signalled for help, or whom the adult called his girlfriend or wife.",
			gate: []string{"help", "girlfriend", "wife", "signal", " gf"},
			any: []string{
				`\b(?:mouthed|mouthing|mouths|whispered|whispering|whispers|signed|signalled|signaled|signalling|signaling|wrote|mimed|slipped me a note(?: saying)?|passed me a note(?: saying)?) (?:to me |at me )?(?:help|help me|save me|call (?:the )?(?:police|cops|911|999|112))\b`,
				`\b(?:did|made|gave|showed|used) (?:me )?(?:the|a) (?:help|distress|signal for help|violence at home|hand) (?:signal|sign|gesture)\b`,
				`\b(?:grown|older|old|adult|middle aged) (?:man|guy|dude|bloke)\b.{0,120}\b(?:calling|called|calls|introduced) (?:her|him) (?:as )?(?:his|my) (?:girlfriend|gf|wife|missus|babe|lover)\b`,
			},
			all: []string{
				`\b(?:(?:girl|boy|child|kid|she|he) (?:is |who is |looks |looks like |maybe |about |around |only |just |at most ){0,3}(?:1[0-5]|[4-9])\b|(?:1[0-5]|[4-9]) ?(?:year old|years old|yr old|yrs old|yo|y o)\b|little (?:girl|boy)\b|(?:child|underage|minor|schoolgirl|schoolboy)\b)`,
			},
			unless: []string{`\b(?:movie|film|show|series|book|novel|story|fanfic|character|characters|documentary|news|article|history|historical|game|training|drill)\b`, `\b(?:when i was|years ago|back when|what if|if (?:a|someone|you))\b`},
		},
		{
			// The writer tells of a child they know in a sexual, romantic or
			// marriage relationship with an adult whose age the message
			// gives: "my 16yo cousin says her boyfriend is 25 and they are
			// sleeping together", "my little cousin is 12 and the family
			// will marry her to a 40 years man". The adult's age starts at
			// 22, so two teens a few years apart are not caught.
			name: "minor/third-person-age-gap", action: ActionCrisis, category: CategoryMinor, scope: inMessage,
			doc:  "Someone says a child they know is in a sexual, romantic or arranged-marriage relationship with an adult many years older.",
			gate: []string{"1", "2", "3", "4", "5", "6", "7", "8", "9"},
			// the child's age or youth must be said: "my son" alone may be 30
			any: []string{`\b(?:(?:1[0-7]|[4-9]) ?(?:year old|years old|yr old|yrs old|yo|y o)\b|(?:is|s|aged|age) (?:only |just )?(?:1[0-7]|[4-9])\b|\((?:1[0-7]|[4-9])\)|little (?:sister|brother|sis|bro|cousin|girl|boy|niece|nephew)\b|(?:underage|under age|minor)\b)`},
			all: []string{
				`\b{minor3}`,
				`\b(?:(?:2[2-9]|[3-9][0-9]) ?(?:year old|years old|yr old|yrs old|yo|years|y o)\b|(?:he|she|they|boyfriend|girlfriend|bf|gf|partner|husband|man|guy|woman|fiance|fiancee) (?:is|s) (?:like |almost |over |already )?(?:2[2-9]|[3-9][0-9])\b)`,
				`\b(?:sleeping together|slept together|sleep together|sleeping with|slept with|having sex|had sex|have sex|hooking up|hooked up|dating|boyfriend|girlfriend|bf|gf|marry|marries|married|marriage|wedding|engaged|relationship|sexting|nudes|pregnant|romantic)\b`,
			},
			unless: []string{`\b(?:was|were) (?:only |just )?(?:1[0-7]|[4-9])\b`, `\b(?:movie|film|show|series|book|novel|story|fanfic|anime|manga|character|characters|history|historical)\b`, `\b(?:when i was|back when|years ago)\b`},
		},

		// ---- suicide ----
		{
			name: "suicide/first-person-intent", action: ActionCrisis, category: CategorySuicide, guards: ng,
			doc: "The person states an intent, plan, preparation or attempt to kill themselves.",
			any: []string{
				`\b(?:kill|killing|killed|hang|hanging|hanged|shoot|shooting|drown|drowning|off|offing|end|ending|suffocate|suffocating|poison|poisoning) myself\b`,
				`\b(?:end|ending|ended|take|taking|took) my (?:own )?life\b`,
				`\b(?:end|ending) (?:it all|everything|my existence)\b`,
				`\bi {g3}(?:commit|committing|do|doing) suicide\b`,
				`^{fill}{adv}(?:want|wanting|going|planning|thinking about|about|ready|tempted|decided) {g2}(?:commit|do|committing) suicide\b`,
				`\bi {g4}(?:wrote|written|writing|write|drafted|leave|left|made|recorded|prepared) {g2}(?:suicide|goodbye|farewell) (?:note|letter|message|video)s?\b`,
				`\b(?:i|i have|i am|been) {g1}(?:saved|saving|stockpiled|stockpiling|hoarded|hoarding|collected|collecting|stashed|stashing) (?:up )?{g2}(?:pills|meds|tablets|medication|sleeping pills|painkillers)\b`,
				`\b(?:pills|meds|tablets|medication) (?:saved|stashed|stockpiled|hoarded) up\b`,
				`\b(?:want|wanting|going|plan|planning|planned|think about|thinking about|thought about|think of|thinking of|thought of|considering|consider|tempted|ready|decided|about|might|gonna|urge to|urges to|how (?:do|can|could|would|should) i|how to|best way to|easiest way to|quickest way to|fastest way to|least painful way to|painless way to|ways to) {g2}(?:to )?(?:(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of) {g2}(?:bridge|building|roof|cliff|balcony|train|car|bus|truck|tower|window|overpass|car park|parking garage)|slit(?:ting)? my (?:wrists|throat)|overdos(?:e|ing)|walk(?:ing)? into traffic|step(?:ping)? in front of (?:a )?(?:train|car|bus|truck)|crash(?:ing)? my car on purpose)\b`,
				`\bi {g3}(?:attempted|tried|attempt|try) (?:suicide|to (?:kill myself|end my life|end it all|take my (?:own )?life|overdose|hang myself))\b`,
				`\bmy (?:last |first |second |previous |recent )?suicide attempts?\b`,
				`\b(?:have|made|got|making) a plan to (?:kill myself|end (?:my life|it all|it)|die|do it)\b`,
				`\b(?:going to|gonna|about to|ready to|decided to|plan to|planning to|will) end it(?: (?:tonight|today|tomorrow|now|soon|this week|this weekend|for good|once and for all))?$`,
			},
			unless: []string{dreamGuard,
				`\bkill(?:ing)? myself (?:laughing|with laughter)\b`, `\bcould (?:just )?kill myself for\b`,
				`\bkilling myself (?:at|over|for|with|trying|to get|to make|to finish|to please|to keep|working|in the gym|at the gym)\b`,
				`\b(?:told|tells|telling|said|says) (?:me )?(?:to|i should) (?:go )?kill myself\b`,
				`\bshoot(?:ing)? myself in the foot\b`, `\bdrown(?:ing)? myself in\b`,
				`\b(?:take|taking|took) (?:back )?my (?:own )?life back\b`, `\bend(?:ing)? my life as i know\b`,
				`\b(?:can|could|will|would|do|does|did) (?:i|you|someone|people|a person|one|they) {g1}overdose on\b`, `\b(?:is it possible|possible|easy|hard) to overdose\b`, `\baccidentally overdose\b`,
				`\bend (?:it all|everything) with (?:him|her|them|my)\b`,
				// climbing training: "gonna go hang myself off the hangboard for a bit, 7 on 3 off"
				`\bhang(?:ing)? myself (?:off|from|on) (?:the |a |my )?(?:hang ?boards?|finger ?boards?|campus ?boards?)\b`,
				// too much of something harmless, or someone or something
				// else that would "overdose": "gonna overdose on energy drinks
				// to survive this subathon lol", "overdose her on good
				// vibes", "my brain is gonna overdose" (blind45)
				`\boverdos(?:e|ing) on (?:good |bad |positive |pure |all the |so much )?(?:vending machine |gas station |servo |cheap |instant |iced |black |strong |office |break room |staff room |canteen |cafeteria |hospital |energy )?(?:vibes|decisions|caffeine|coffee|espresso|energy drinks?|red ?bulls?|monsters?|sugar|candy|sweets|chocolate|cuteness|memes|content|anime|netflix|tiktoks?|dopamine|serotonin|copium|hopium|drama|sunlight|love|positivity|nostalgia|cringe|gore|horror|sage|crystals|lore|streams?|true crime|pumpkin spice|carbs|cheese|pizza|work|studying|hockey|cardio)\b`,
				`\boverdos(?:e|ing) (?:her|him|them|it|my (?:cat|dog|plants?|pets?|kids?|brain)) on\b`,
				`\b(?:brain|head|eyes|ears|heart|soul|liver|body|feed|timeline) (?:is |will |would )?(?:going to|about to|will|might) overdose\b`,
				sportsHyperbole,
			},
		},
		{
			name: "suicide/method-seeking", action: ActionCrisis, category: CategorySuicide, guards: guardNegation,
			doc: "The person asks how to die or how much of something would be lethal to them.",
			any: []string{
				`\bhow (?:many|much) {g4}(?:would it take|does it take|it takes|would i need|do i need|to) (?:to )?(?:die|kill (?:me|myself)|end it|overdose|be lethal|be fatal)\b`,
				`\b(?:painless|easiest|quickest|fastest|least painful|best|surest|peaceful|quiet|quickest) (?:way|ways|method|methods) to (?:die|kill myself|end (?:my life|it all|it)|commit suicide)\b`,
				`\bhow (?:do|can|could|would|should) i (?:kill myself|die|end my life|commit suicide|end it all)\b`,
			},
			unless: []string{`\b(?:minecraft|game|fortnite|roblox|in game)\b`},
		},
		{
			name: "suicide/death-wish", action: ActionCrisis, category: CategorySuicide, guards: ng,
			doc: "The person wishes to be dead or not to exist, or no longer wants to live.",
			any: []string{
				`(?:^{fill}|\bi ){adv}(?:want|wanted|need|needed|would like|wish|wished|hope|long|am ready|am going|deserve) to (?:just )?(?:die|be dead|not be alive|not exist|stop existing|cease to exist|not be here anymore|disappear forever|disappear for good|vanish forever|sleep forever|go to sleep forever|never wake up|not wake up|go away forever|be gone forever|not live)\b`,
				`\bi {adv}(?:wish|wished|hope) (?:that )?i {g2}(?:dead|die|died|disappear|never existed|never been born|was never born|were never born|not been born|not wake up|never wake up|do not wake up|did not exist|not exist|was not alive|was gone|were gone|was not here|were not here|could go to sleep (?:and|forever))\b`,
				`\b(?:sleep|go to sleep|fall asleep) and (?:never|not) wake up\b`,
				// welcomed, not feared: "if i just didn't wake up tmrw that'd be a vibe" (blind43)
				`\bif i {adv}(?:did not|do not|never|would not|were to not) wake up (?:[a-z0-9]+ ){0,3}(?:(?:that|it|which) (?:would|d|will|ll) (?:honestly |lowkey |actually |kinda |kind of |really |just )?be (?:a vibe|nice|fine|ok|okay|great|a relief|better|peaceful|a blessing|perfect|ideal|a mercy|for the best)|i (?:would|d) (?:not|honestly not|really not) (?:mind|care)|i (?:would|d) be (?:fine|ok|okay|happy|relieved)|nobody would (?:care|notice|mind)|no one would (?:care|notice|mind)|so be it)\b`,
				`(?:^{fill}|\bi ){adv}(?:want|need|wish i could|just want) to (?:just )?(?:disappear|vanish|not be here)$`,
				// "is there anything irrational about choosing not to be
				// here any longer"
				`\b(?:choos\w*|decid\w*|decision|plan\w*|ready) (?:not to be|to not be|to stop being) (?:here|alive|around) (?:any ?more|any longer|much longer|for much longer)(?:$| \|| (?:if|because|since|after|and|but|is|as|when|so)\b)`,
				`(?:^{fill}|\bi ){adv}(?:do not|no longer|never|can not) (?:want|wish|care) to (?:live|be alive|exist|keep living|stay alive|go on living|be on this earth|continue living)\b`,
				`(?:^{fill}|\bi ){adv}(?:do not|no longer) (?:want|wish) to (?:be here|wake up)(?: (?:anymore|any more|any longer|again|tomorrow|ever|in the morning))?$`,
				`\b(?:i am|i would be|i will be|i feel|everyone would be|they would be|we would all be|i would be) {adv}better off dead\b`,
				`\bi would {adv}rather (?:be dead|die|not exist|not be alive)\b`,
			},
			unless: []string{dieFigurative,
				// an event so bad one "wanted to die", laughed off: "the date
				// was so bad i wanted to die lmao"
				`\b(?:it|that|this|date|party|class|meeting|convo|conversation|presentation|sex|kiss|exam|test|interview|night|moment|silence|hookup|game|match|show|movie|joke|speech|lecture) (?:was|is|got|went|felt) so (?:bad|awkward|embarrassing|cringe|cringy|cringey|mortifying|humiliating|boring|painful|awful|horrible) (?:that )?i (?:wanted|want|could have|could|thought i would|was about|was going) to (?:just )?die {g2}(?:lol|lmao|lmfao|haha\w*|rofl|jk|xd|kidding|anyway)\b`,
				`\bdo not want to (?:live|exist) (?:with|in|at|there|here|together|near|alone|on|by|abroad|far|somewhere|like that|without)\b`, `\brather (?:be dead|die) than\b`,
				// hyperbole on a condition: "if i hear 'guard your heart'
				// one more time i'm gonna die"
				`\bif (?:i|we) (?:have to )?(?:hear|see|read|watch|get|sit through|listen to)\b.{0,80}\b(?:one more time|ever again|again)\b.{0,20}\b(?:i|we) (?:am|are|will|would|shall) (?:literally |actually |honestly |just )?(?:going to |gonna )?die\b`},
			// a fall or a laugh so hard one "wanted to die", laughed off later in
			// the message: "bailed so hard i wanted to die, slammed my hip lol"
			unlessMessage: []string{
				// a hard session "killed" one, said with the body's
				// exhaustion: "that 2k actually killed me, i want to die 😭
				// lungs are on the floor of the erg room" (blind48)
				exertionKilledMe + `.*` + exertionBody, exertionBody + `.*` + exertionKilledMe,
				// a reader's despair at the wait for the next book: "i want to
				// die. the author ended on a cliffhanger and book 3 isn't out
				// for two years" (blind46)
				`\bi {adv}(?:want|wanted|wanna) to die\b (?:[a-z0-9|]+ ){0,6}(?:cliff ?hanger|the author|this author|that author|book (?:[2-9]|two|three|four|five)|the sequel|next book|the finale|season finale|next season|season (?:[2-9]|two|three|four)|the last chapter|that chapter|the epilogue|hiatus)\b`,
				`\b(?:bailed|bail|fell|eat shit|ate shit|slammed|crashed|wiped out|wipe out|laughed|cringed|tripped|stacked it|face planted|faceplanted|slipped|wrecked|biffed|landed) {g4}so (?:hard|bad|badly) (?:that )?i (?:wanted|want|could have|thought i would|was about|was going) to (?:just )?die\b.*\b(?:lol|lmao|lmfao|haha\w*|rofl|xd|anyway|anyways)\b`},
		},
		{
			// "if god's gonna send me to hell for being gay anyway might as
			// well speed it up right. jk. kinda": hurrying one's own end,
			// said through what comes after death.
			name: "suicide/hastening", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: ng,
			doc:    "The person says they might as well hurry their own death along, beside words of dying, death or what comes after it.",
			any:    []string{`\b(?:might|may) as well (?:just )?(?:speed it up|speed things up|hurry it up|hurry things up|get it over with|end it(?: now)?|go now|skip the wait|do it now)\b`},
			all:    []string{`\b(?:hell|heaven|die|dying|dead|death|grave|funeral|afterlife|damned|damnation|burn in|no future|nothing left|not be here|be gone)\b`},
			unless: []string{`\b(?:ask (?:her|him|them) out|text (?:her|him|them)|confess|tell (?:her|him|them)|(?:the|my|this) (?:exam|test|essay|paper|assignment|game|match|meeting|interview|haircut|surgery|appointment|diet|breakup|conversation|talk))\b`},
		},
		{
			name: "suicide/suicidal-feelings", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: ng,
			doc: "Suicidal feelings long ago (see the next rule) that the person says are back or go on now.",
			any: suicidalFeelings,
			all: []string{`\b(?:` + pastEvent + `)\b`, suicideGoesOn},
		},
		{
			name: "suicide/suicidal-feelings", action: ActionCrisis, category: CategorySuicide, guards: ng,
			doc:    "The person says they feel suicidal or have suicidal thoughts, or keeps thinking about killing themselves or dying.",
			any:    suicidalFeelings,
			unless: []string{`\bsuicidal (?:friend|partner|boyfriend|girlfriend|person|people|patient|patients|client|clients|teen|teens|son|daughter|brother|sister|mom|dad|mother|father|wife|husband|child|kid|roommate|ex)\b`, `\b(?:dying|death) (?:alone|of|from|a virgin|old|my hair|positive|doula|doulas)\b`, `\bthinking about death (?:positive|doulas)\b`},
			// Long ago and recovered from ("two years ago i was suicidal over
			// gambling debt. GA, therapy, meds, 18 months clean now. q: is it
			// normal my sex drive came back", blind49's read half): the
			// support rule support/past-suicidal answers with the lines
			// beside it; the rule before this one keeps a return of the
			// feelings a crisis.
			unlessMessage: []string{pastRecovered},
		},
		{
			name: "suicide/hopelessness", action: ActionCrisis, category: CategorySuicide, guards: ng,
			doc: "The person says they cannot go on, see no reason to live, or that others would be better off without them.",
			any: []string{
				`\bi {adv}(?:can not|could not|can no longer) (?:go on|keep going|carry on|keep living|keep doing this|live like this|live this way|take (?:it|this|any more|anymore)|do (?:this|it|life|any of this) (?:anymore|any more|any longer)|cope|handle (?:life|it|this|any of this) (?:anymore|any more|any longer)|keep fighting|fight (?:this|it) (?:anymore|any more|any longer)|do this)(?: (?:anymore|any more|any longer|like this|living|for much longer|much longer|lol))*$`,
				`\b(?:no one|nobody|noone|not a single person|no one at all) (?:would|will|is going to|is ever going to) {g1}(?:miss|notice|care|mourn|cry)(?: (?:about )?(?:me|if i (?:died|was gone|were gone|was dead|disappeared|killed myself|was not here|was not around|left forever|did not wake up|do not wake up)|when i am gone))\b`,
				`\bbetter (?:off )?without me\b`,
				`\bwhat (?:is|would be) (?:even )?the (?:point|purpose|use) (?:of|in) (?:living|going on|being alive|staying alive|existing|life anymore|my life|me being here|continuing|trying anymore|anything anymore|it all|waking up)\b`,
				`\b(?:no|do not see (?:a|any|the)|can not see (?:a|any|the)|can not find (?:a|any)|have no|there is no|lost (?:my|all|any)|without a|not a single) (?:point|reason|purpose|will) (?:in |of |to |for )?(?:living|live|go on|going on|keep going|keep living|stay alive|staying alive|being alive|be alive|existing|exist|life|continue|carry on)\b`,
				`\b(?:life|my life|living) (?:is|feels|seems) {g1}(?:not worth (?:living|it anymore|it any more)|pointless|meaningless|unbearable|too much to bear)\b`,
				`(?:^{fill}|\bi ){adv}(?:am |feel )?{adv}(?:tired|sick|done|finished|exhausted|over) (?:of|with) (?:being alive|living|life|existing|my life|my existence)\b`,
				`(?:^{fill}|\bi ){adv}(?:am |feel )?{adv}(?:tired|sick|done|finished|exhausted) (?:of|with) (?:it all|everything)$`,
				`\b(?:want|wants|need) (?:it all|everything|all of it|the pain|this pain|all the pain) to (?:end|stop|be over)(?: (?:already|now|forever|for good|permanently))?$`,
				`\b(?:this is|these are) my (?:last|final) (?:words|goodbye|message to (?:you|everyone))\b`,
				`\bmy last (?:night|day|week) alive\b`,
				`\bi {adv}(?:feel like|am|feel) {adv}(?:such )?a (?:burden|waste of space) (?:to|on|for) (?:everyone|everybody|my family|my friends|my parents|the people (?:i love|around me)|all of them|them|the world)\b`,
			},
			unless: []string{`\bi am (?:tired|sick|done|over) (?:of|with) (?:life|living) (?:in|with|at|as|without|like)\b`},
		},

		{
			// Same rule without the definition guard, which would read this
			// as a "what is X" question.
			name: "suicide/hopelessness", action: ActionCrisis, category: CategorySuicide, guards: guardNegation,
			doc: "The person says they cannot go on, see no reason to live, or that others would be better off without them.",
			any: []string{`^{fill}what is (?:even )?the point(?: of (?:anything|it all|trying|any of this|living|life))?(?: anymore| any more)$`},
		},

		// ---- self-harm ----
		{
			name: "self-harm/first-person-intent", action: ActionCrisis, category: CategorySelfHarm, guards: ng,
			doc: "The person wants, feels the urge or plans to hurt themselves, or to start self-harming again.",
			any: []string{
				`\b(?:want|wanting|wanted|need|needing|going|about|tempted|ready|urge|urges|urging|craving|crave|itching|thinking about|thought about|think about|thinking of|thoughts of|feel like|felt like|might|will|could|gonna|trying not) {g2}(?:to )?(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|punish|punishing|scratch|scratching|hit|hitting|punch|punching|bruise|bruising|starve|starving|mutilate|mutilating) myself\b`,
				`\b(?:urge|urges|craving|cravings|itch|temptation) to (?:cut|burn|self harm|hurt myself|harm myself|relapse)\b`,
				`(?:\bi |^{fill}){adv}(?:want|want to|need|need to|have urges to|have the urge to|urge to|am craving|crave|am tempted to|tempted to|am thinking about|thinking about|thought about|think about|relapse|relapsed|am relapsing|relapsing|go back to|going back to|went back to|start|started|am starting|restarted) {g2}(?:self harm|self harming|self harmed|self injury|self injuring|self injure|cutting|self mutilation)\b`,
			},
			unless: []string{otherCutting},
		},
		{
			name: "self-harm/first-person-act", action: ActionCrisis, category: CategorySelfHarm, guards: ng,
			doc: "The person says they cut, burn, hit or otherwise hurt themselves, or have been self-harming.",
			any: []string{
				`\bi {adv}(?:cut|cuts|burn|burned|burnt|hurt|harm|harmed|hit|punch|punched|scratch|scratched|bruise|bruised|mutilate|mutilated|starve|starved) myself\b`,
				`\b(?:cutting|burning|hurting|harming|hitting|punching|scratching|starving|bruising|mutilating) myself\b`,
				// The act as the second of two: "i punch walls and then cut
				// myself after".
				`\bi {g4}(?:and|then|and then|after that|afterwards|so i|until i) {adv}(?:cut|burn|burned|burnt|harm|hit|punch|scratch|starve) myself\b`,
				`\bpunish(?:ing)? myself (?:by|with) {g1}(?:cutting|hitting|burning|starving|scratching|punching|hurting|not eating)\b`,
				`(?:\bi |^{fill}){adv}(?:have been |been |am |keep |started |start |was |still |relapsed and )?(?:self harming|self harm|self harmed|self injuring|self injure)\b`,
				`(?:\bi |^{fill}){adv}(?:have been|been|am|keep|started|start|was|still|went back to|gone back to|relapsed and started|end up|ended up|always end up|keep ending up|wind up|wound up) {adv}cutting(?: myself)?(?: again)?(?: (?:lately|recently|today|tonight|right now|every day|daily|again))*$`,
				`\bcutting (?:again|my (?:arms?|wrists?|thighs?|legs?|skin|stomach|hips?))\b`,
				`\bi {adv}(?:cut|slit|slashed|sliced|carved|burned|burnt) (?:into )?my (?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|hips?)\b`,
				`\b(?:scratch|scratching|scratched|pick|picking|hit|hitting|punch|punching|bang|banging|bite|biting|dig|digging|dug) (?:my (?:nails|fingernails) into )?my (?:arms?|skin|legs?|head|wrists?|thighs?|face|palms?|hands?|stomach|hips?) {g2}(?:until|till|til) (?:it|they|i) {g1}(?:bleed|bleeds|bled|bruise|bruises|hurts|bruised)\b`,
				`\b(?:burn|burning|burned|burnt) my (?:skin|arms?|wrists?|thighs?|legs?|hands?) with (?:a |my )?(?:cigarettes?|lighters?|matches|a hot {w})\b`,
				`\bi {adv}(?:use|used|have used) (?:a |my )?(?:razor|blade|blades|knife|lighter|scissors|compass) (?:on|to (?:cut|hurt|burn)) (?:myself|my (?:arms?|wrists?|thighs?|legs?|skin))\b`,
				// the blade as what keeps one going: "since the breakup the
				// only thing that makes me feel anything after is the razor"
				// (blind50)
				`\b(?:only|one) thing (?:that )?(?:still )?(?:makes me feel (?:anything|something|better|real|alive|ok|okay|calm|in control)|helps|calms me(?: down)?|gets me through|works|keeps me (?:sane|going|level|grounded|calm|together)|numbs it|stops it)\b {g4}(?:is|are|s) (?:the |my |a )?(?:razor|razors|blade|blades|cutting|cuts|burning|burns|the lighter|my lighter|scissors|compass|knife)\b`,
				`\b(?:the |my |a )?(?:razor|blade|blades|cutting) (?:is|s|are) (?:the )?(?:only|one) thing (?:that )?(?:still )?(?:makes me feel|helps|calms me|gets me through|works|keeps me)\b`,
			},
			unless: []string{
				`\bhurting myself by (?:staying|being|not|letting|holding|waiting|ignoring|comparing|overthinking|thinking|trying|pretending|keeping|going|loving|caring)\b`,
				`\b(?:hurt|hurting|cut|cutting|burn|burning|burned|burnt|scratch|scratching|scratched|hit|hitting|bruise|bruised|punch|punched) myself (?:by accident|accidentally|shaving|while|when (?:i was )?(?:shaving|cooking|trimming|grooming)|on (?:a|the|my)|during|in (?:the|a)|with (?:a|the|my) (?:razor|toy|dildo|vibrator|nails|zipper|ring|curling iron|straightener))\b`,
				`\baccidentally (?:cut|burn|burned|burnt|hurt|scratched|scratch|hit|bruised)\b`,
				`\b(?:cut|burned|burnt|sliced) my {w} (?:on|while|when|opening|cooking|shaving|by accident|at work|in the kitchen)\b`,
				`\b(?:hurt|hurting|injure|injured|bruised|bruise) myself {g3}(?:sex|masturbat\w*|toy|dildo|vibrator|gym|lifting|playing|workout|running|practice|shaving)\b`,
				otherCutting,
			},
		},
		{
			name: "sexual-violence/not-my-choice", action: ActionCrisis, category: CategorySexualViolence, guards: guardNegation, scope: inClauseWide,
			doc: "The person says sex or their first time was not their choice, or that a family member makes them do it.",
			any: []string{
				`\b(?:it|that|sex|the sex|the first time|my first time|this|what happened) (?:was not|is not|were not|wasnt|never was) {g1}(?:my choice|my decision|my idea|something i chose|something i wanted|what i wanted|consensual|by choice)\b`,
				`\bmy {family} {g3}(?:says i have to|said i have to|makes me|made me|forces me|forced me|tells me i have to) {g3}(?:keep doing it|do it|have sex|sleep with (?:him|her)|touch (?:him|her)|do (?:stuff|things) with (?:him|her))\b`,
			},
			all: []string{`\b(?:sex|sexual|slept|sleep with|hook(?:ed)? up|first time|did it|touch\w*|bleed\w*|virginity|lost it|hurts?|hurt less|inside me|down there|naked)\b`},
		},
		{
			name: "sexual-violence/not-agreed", action: ActionCrisis, category: CategorySexualViolence, scope: inMessage,
			doc: "Something sexual happened that the person did not agree to, said inside another question: 'how long until an std shows on a test? asking bc of something that happened after the lan party that i didnt really agree to'.",
			any: []string{
				`\b(?:something|what|stuff|things|it|that) (?:that )?(?:happened|went on|he did|she did|they did|was done to me) {g6}(?:that |which )?i (?:did not|didnt|never|had not|hadnt) (?:really |fully |actually |exactly |totally )?(?:agree|agreed|consent|consented|say yes|said yes|want|wanted)(?: to)?\b`,
				// inside a question on PEP or the morning-after pill: "it
				// wasn't exactly... wanted. 2 days ago" (blind48)
				`\b(?:it|that|this|sex|the sex|what happened) (?:was not|wasnt|was never|is not|isnt) (?:\| )?(?:really |exactly |fully |totally |entirely |completely |quite )?(?:\| )?(?:wanted|consensual|agreed to|my choice|something i wanted|ok with me|okay with me)\b`,
				// going along for fear of anger: "if I stop saying anything
				// because it's easier than him getting angry, is that still
				// just normal married sex?" (blind48)
				`\bi {adv}(?:stop|stopped|stopping|quit|gave up|give up|have stopped) (?:saying (?:anything|no|a word|stop)|fighting (?:it|back)|resisting|objecting|arguing) (?:[a-z0-9|]+ ){0,8}(?:easier|safer|quicker|less hassle|less trouble) than (?:him|her|them|dealing with|the) {g1}(?:angry|mad|upset|violent|sulk\w*|yell\w*|shout\w*|fight\w*|rage|temper)\b`,
				`\bi {adv}(?:just )?(?:let (?:him|her|them)|go along with it|give in|lie there|stay quiet|keep quiet|stop saying (?:anything|no)) {g4}(?:because|cause|cos|since|so) {g2}(?:(?:he|she|they) (?:does not|doesn t|doesnt|will not|won t|wont) (?:get |go )?(?:angry|mad|upset|violent|nasty|off)|(?:he|she|they) (?:gets?|will get|would get|goes?) (?:so )?(?:angry|mad|upset|violent|nasty|scary|aggressive)|(?:it s|its|it is) (?:easier|safer|quicker|less hassle) than)\b`,
			},
			all: []string{`\b(?:std|stds|sti|stis|pregnan\w*|hiv|pep|plan b|morning after|sex|sexual|hook\w*|slept|sleep with|inside me|touched|condom|my body|in bed|intimacy|intimate)\b`},
			unless: []string{`\b(?:agreed? (?:with|on)|(?:the|my|our) (?:contract|terms|plan|deal|schedule|rent|price|job|boss|game|match|raid|update|policy|vote|decision|project|assignment|class|meeting|lease|group chat))\b`,
				// a pregnancy that was not wanted is no assault
				`\b(?:pregnan\w*|baby|babies|expecting)\b (?:[a-z0-9|]+ ){0,8}(?:it|this|that) (?:was not|wasnt|is not|isnt) (?:really |exactly |quite )?wanted\b`,
				`\b(?:the |this |my |a |that )?(?:pregnancy|baby|kid|gift|present|advice|comment|opinion|attention|visit|call|text|job|change|move|news|puppy|kitten) (?:was not|wasnt|is not|isnt) (?:really |exactly |quite )?wanted\b`},
		},
		{
			name: "self-harm/hiding-injuries", action: ActionCrisis, category: CategorySelfHarm, guards: ng, needFP: true,
			doc:    "The person asks how to hide self-harm cuts or scars.",
			any:    []string{`\b(?:hide|hiding|cover|covering|conceal|concealing|explain|explaining) {g3}(?:cuts|(?:self harm|sh|cutting) (?:scars|marks|cuts|wounds)|(?:scars|marks|cuts|burns) on my (?:wrists?|arms?|thighs?|forearms?|hips?))\b`},
			unless: []string{`\b(?:paper|shaving|razor burn|surgery|c section|stretch)\b`},
		},

		// ---- sexual violence ----
		{
			name: "sexual-violence/first-person-disclosure", action: ActionCrisis, category: CategorySexualViolence, scope: inMessage, guards: ng | guardHypothetical,
			doc:    "A disclosure long ago (see the next rule) that says the danger goes on: threats, contact, stalking, fear now.",
			any:    svDisclosure,
			all:    []string{`\b(?:` + pastEvent + `)\b`, dangerGoesOn},
			unless: []string{dreamGuard},
		},
		{
			name: "sexual-violence/first-person-disclosure", action: ActionCrisis, category: CategorySexualViolence, guards: ng | guardHypothetical,
			doc:    "The person says they were raped, sexually assaulted, molested, groped, drugged or touched without consent, now or in the past.",
			any:    svDisclosure,
			unless: []string{dreamGuard, `\bmy (?:rape|sexual assault) (?:kink|fantasy|fantasies|play)\b`, `\bassaulted me (?:with|verbally)\b`},
			// Long ago, and asking how to go on (date, tell a partner, enjoy
			// sex again): the support rule answers with the lines beside it.
			unlessMessage: []string{pastThenForward},
		},
		{
			name: "sexual-violence/was-it-rape", action: ActionCrisis, category: CategorySexualViolence, needFP: true, guards: guardNegation,
			doc: "The person asks whether something that happened to them was rape or assault.",
			any: []string{
				`\b(?:was (?:it|that|this)|what happened(?: to me)?(?: was)?|is (?:what happened|that|this)) {g1}(?:rape|sexual assault|assault|sexual abuse|abuse)\b`,
				`\b(?:does|would|did) (?:it|that|this|what happened) (?:count|qualify) as {g1}(?:rape|sexual assault|assault|abuse)\b`,
				`\bis it (?:still )?(?:rape|sexual assault|assault) if (?:he|she|they) (?:did|kept|was|were|had|went|would not|did not|took|pulled|made|forced)\b`,
			},
		},
		{
			// The statement form: "I'm only now realising it was abuse",
			// "I think what my uncle did to me was rape". Realise, know and
			// understand keep their meaning under negation ("I didn't
			// realise it was rape"); think and believe do not.
			name: "sexual-violence/was-it-rape", action: ActionCrisis, category: CategorySexualViolence, scope: inClauseWide, needFP: true,
			doc: "The person asks whether something that happened to them was rape or assault.",
			any: []string{
				`\bi {g3}(?:realis\w*|realiz\w*|understand\w*|understood|recogni[sz]\w*|know|knew|see|saw|think|thought|believe|suspect|accept\w*|admit\w*|figured out|figuring out|worked out|working out|learned|learnt|found out|(?:come|coming|came) to terms with|feel like|am (?:sure|certain|convinced)) {when}(?:that )?` +
					`(?:it |that |this |all of (?:it|that|this) |what happened {g6}|what (?:he|she|they|my (?:{w} )?{rel}) (?:did|was doing|used to do) {g3})` +
					`(?:was|is|counts as|had been|has been|were) (?:(?:actually|really|basically|definitely|probably|technically|sexual|child|childhood|a form of|a kind of|some kind of|kind of|sort of) ){0,2}(?:rape|sexual assault|assault|sexual abuse|child abuse|abuse|molestation|grooming|incest|sexual violence)\b`,
			},
			unless: []string{
				`\b(?:do not|did not|does not|never|not|no longer|can not|could not|would not) (?:really |even |actually )?(?:think|thought|believe|feel like|consider|suspect)\b`,
				`\babuse of (?:power|authority|position|process|privilege|alcohol|drugs|substances|the system)\b`, `\bassault on (?:my|the|your|our) (?:ears|eyes|senses|nose)\b`,
				// someone else's experience
				`\b(?:she|he|they) (?:told me|said|says|tells me)\b|\b(?:help|support|comfort) (?:her|him|them|my)\b|\b(?:happened to|did to|done to) (?:her|him|them|my)\b`,
			},
		},
		{
			name: "sexual-violence/ignored-no", action: ActionCrisis, category: CategorySexualViolence, scope: inMessage,
			doc: "Someone kept going after the person said no or stop, or while they could not consent.",
			any: []string{
				`\b(?:he|she|they|my (?:{w} )?{rel}|someone|somebody|a (?:guy|man|girl|woman|friend|stranger)) {g2}(?:kept going|continued|(?:did not|would not|does not) (?:really |even |always |ever )?stop(?: anymore| any more)?|went ahead|did it anyway|kept (?:touching|kissing|pushing|trying|doing it)|forced (?:it|me)|just kept|carried on|still went ahead|pinned me|held me down|goes ahead|keeps going|does it anyway|has sex with me|gets on top of me|start(?:s|ed|ing)? (?:sex|having sex|touching me|things)|initiat(?:es|ed|ing) sex)\b.{0,60}\b(?:after|when|even though|even when|although|though|while) (?:i|i had) {g2}(?:am (?:asleep|passed out|knocked out|out cold|unconscious|sleeping|blacked out|out of it)|said no|say no|said stop|told (?:him|her|them) (?:to stop|no|i did not want|i do not want)|asked (?:him|her|them) to stop|begged (?:him|her|them)|was crying|cried|pushed (?:him|her|them) away|tried to push|did not want (?:to|it)|was asleep|was passed out|was unconscious|was too drunk|was drunk|froze|said i did not want)`,
				`(?:\bi |^)(?:{adv})?(?:said no|said stop|told (?:him|her|them) (?:to stop|no)|asked (?:him|her|them) to stop|kept saying no|pushed (?:him|her|them) away|said i did not want (?:to|it)|tried to stop (?:him|her|them)|cried) {g3}(?:\| )?(?:and|but) (?:he|she|they) {g2}(?:kept going|continued|did not stop|would not stop|went ahead|did it anyway|did not listen|ignored me|still did it|forced|held me down|pinned me)\b`,
				// a question about "you" that is the writer's own nights: "is
				// it still marital duty if you keep saying stop and he keeps
				// going? asking because thats how most nights are"
				`\b(?:when|if|whenever|every time|even if|even when) you {adv}(?:keep )?(?:say|saying|tell (?:him|her|them)|telling (?:him|her|them)|ask (?:him|her|them)|asking (?:him|her|them)) (?:no|stop|to stop)\b {g3}(?:\| )?(?:and |but )?(?:he|she|they) {g2}(?:keeps going|kept going|does not stop|did not stop|will not stop|does it anyway|keeps doing it|carries on)\b.*\b(?:asking (?:because|bc|cause|coz|since)|that s how|thats how|that is how|(?:happens|happening|happened) to me|most nights|every night|(?:since|ever since) (?:he|she|they)|i thought (?:that s|thats|that is|it was) (?:just|normal))`,
				`\bi (?:was|am) {adv}(?:passed out|asleep|sleeping|unconscious|out cold|blacked out|blackout drunk|too drunk to (?:move|talk|stand|say (?:no|anything))|half asleep|barely conscious|not awake) {g3}(?:\| )?(?:and|but|when|while) (?:he|she|they) {g2}(?:kept going|continued|did not stop|would not stop|went ahead|did it anyway|still did it|started|had sex with me|was on top of me|was inside me|did (?:stuff|things) to me)\b`,
				// "i wake up and he's already going"
				`\bi {adv}(?:wake|woke|waking|would wake)(?: up)? (?:and|to|with) (?:he|she|they|him|her|them|my (?:{w} )?{rel}) {g1}(?:is |s |are |was |were )?(?:already )?(?:inside me|on top of me|having sex with me|touching me|fucking me|doing it to me|going at it|already going(?: \||$| and| i))`,
			},
		},
		{
			name: "sexual-violence/stealthing", action: ActionCrisis, category: CategorySexualViolence, needFP: true,
			doc: "A partner removed or sabotaged a condom without the person's consent.",
			any: []string{
				`\b(?:took|takes|take|taken|taking|pulled|pulls|slipped|slips|ripped|removed|removes|remove) (?:off )?(?:the |his |her |a )?condom (?:off )?{g4}(?:without|secretly|behind my back|when i was not looking|when i could not see|halfway|midway|mid way|during)\b`,
				`\b(?:poked|poking|poke) holes in (?:the |his |my |our )?condoms?\b`,
				`\b(?:stealthed|stealthing me)\b`,
				`\b(?:lied|lying) about (?:wearing|using|having) (?:a )?condom\b`,
			},
			unless: []string{`^(?:what|is|are|why|how common)\b`,
				// asking how to do it is a harmful request, not a disclosure
				`\b(?:how (?:do|can|could|should|would) i|how to|(?:best|easiest) way to|ways? to|tips (?:for|on)|is there a way to) {g1}(?:take|taking|pull|pulling|slip|slipping|sneak|sneaking|get|rip|poke|poking|put|make|remove)\b`,
				// the writer planning it: "if i poke holes in the condoms will she get pregnant"
				selfSabotage},
			// long ago, and asking how common it is or how to warn others
			unlessMessage: []string{pastThenForward},
		},
		{
			name: "sexual-violence/drink-spiked", action: ActionCrisis, category: CategorySexualViolence, scope: inMessage, guards: guardNegation | guardHypothetical,
			doc: "A drink spiked long ago (see the next rule) with the danger going on: threats, contact, fear now.",
			any: drinkSpiked,
			all: []string{`\b(?:` + pastEvent + `)\b`, dangerGoesOn},
		},
		{
			name: "sexual-violence/drink-spiked", action: ActionCrisis, category: CategorySexualViolence, guards: guardNegation | guardHypothetical,
			doc: "Someone drugged the person or spiked their drink.",
			any: drinkSpiked,
			// Long ago and worked through ("back in 2019 someone spiked my
			// drink ... i got help, reported it, had counselling, im good
			// now", blind49's read half): support/past-sexual-violence
			// answers with the lines beside it.
			unlessMessage: []string{pastThenForward},
		},

		// ---- abuse, intimate-partner violence, coercion ----
		{
			// "how do I make my partner less angry when I don't want to do
			// it he throws stuff and I have to keep the kids in their room"
			name: "abuse/partner-violence", action: ActionCrisis, category: CategoryAbuse, scope: inMessage, guards: ng | guardHypothetical,
			doc:    "Someone at home throws or smashes things, and the person keeps the children away, hides or is afraid, or it happens when they refuse.",
			any:    []string{`\b(?:he|she|they|my (?:{w} )?(?:{partner}|{rel})) {g2}(?:throws|threw|is throwing|smashes|smashed|breaks|broke|punches|punched|kicks|kicked) (?:stuff|things|plates|dishes|glasses|furniture|chairs?|the (?:tv|door|wall)|walls?|holes in (?:the )?walls?|doors?)\b`},
			all:    []string{`\b(?:keep (?:the |my )?(?:kids|children|baby)|(?:kids|children|baby) (?:in (?:their|the|her|his) room|away|hide|hiding)|hide|hiding|scared|afraid|terrified|frightened|walk on eggshells|when i (?:do not|say no|refuse|will not|won t)|if i (?:do not|say no|refuse|will not|won t))\b`},
			unless: []string{`\b(?:toddler|tantrum|my (?:son|daughter|kid|baby) (?:throws|threw)|(?:he|she) is (?:[1-9]|1[0-2])|years? old (?:throws|threw)|dog|puppy|cat)\b`},
		},
		{
			name: "abuse/partner-violence", action: ActionCrisis, category: CategoryAbuse, scope: inMessage, guards: ng | guardHypothetical,
			doc:    "Abuse long ago (see the next rule) that the message says goes on: still hits, threatens, lives with the person, fear now.",
			any:    abuseDisclosure,
			all:    []string{`\b(?:` + pastEvent + `)\b`, dangerGoesOn},
			unless: abuseUnless,
		},
		{
			name: "abuse/partner-violence", action: ActionCrisis, category: CategoryAbuse, guards: ng | guardHypothetical,
			doc:    "A partner, family member or someone else hits, chokes, hurts or abuses the person, or the person is in an abusive relationship.",
			any:    abuseDisclosure,
			unless: abuseUnless,
			// Long ago and worked through, asking about intimacy or
			// therapy now ("abused as a kid, worked through it in therapy,
			// happily married now"): the support tier.
			unlessMessage: []string{pastThenForward},
		},
		{
			name: "abuse/partner-violence", action: ActionCrisis, category: CategoryAbuse, needFP: true,
			doc: "A partner, family member or someone else hits, chokes, hurts or abuses the person, or the person is in an abusive relationship.",
			any: []string{`\bi {g3}(?:realis\w*|realiz\w*|understand\w*|understood|recogni[sz]\w*|know|knew|see|think|believe|suspect|(?:come|coming|came) to terms with|am (?:sure|certain|convinced)) {when}(?:that )?(?:my (?:{w} )?(?:relationship|marriage|{partner}|{family})|it|that|what (?:he|she|they|my (?:{w} )?(?:{partner}|{family})) (?:did|was doing|does|is doing)(?: to me)?) (?:was|is|has been|had been|were) (?:(?:actually|really|basically|definitely|probably|a form of|a kind of|kind of|sort of) ){0,2}(?:abusive|abuse|emotional abuse|physical abuse|emotionally abusive|physically abusive|domestic (?:violence|abuse)|coercive control|violent)\b`},
			unless: []string{
				`\b(?:do not|did not|does not|never|not|no longer|can not|could not|would not) (?:really |even |actually )?(?:think|thought|believe|feel like|consider|suspect)\b`,
				`\b(?:substance|drug|alcohol) abuse\b`,
			},
		},
		{
			name: "abuse/coercion", action: ActionCrisis, category: CategoryAbuse, scope: inMessage, guards: ng | guardHypothetical,
			doc:    "Coercion long ago (see the next rule) that says the danger goes on: threats, contact, fear now.",
			any:    coercion,
			all:    []string{`\b(?:` + pastEvent + `)\b`, dangerGoesOn},
			unless: coercionUnless,
		},
		{
			name: "abuse/coercion", action: ActionCrisis, category: CategoryAbuse, guards: ng | guardHypothetical,
			doc:    "The person is made, forced, pressured, guilted or blackmailed into sex or sexual images, or is afraid to say no.",
			any:    coercion,
			unless: coercionUnless,
			// Long ago, and asking how to go on ("years ago someone
			// pressured me ... i'm in a good place now, how do i talk to
			// new partners about boundaries"): the support rule answers
			// with the lines beside it.
			unlessMessage: []string{pastThenForward},
		},
		{
			name: "abuse/ignores-no", action: ActionCrisis, category: CategoryAbuse, scope: inMessage,
			doc: "A partner keeps going, sulks, threatens or punishes when the person says no.",
			any: []string{
				`\b(?:he|she|they|(?:my (?:{w} )?)?{partner}) {g3}(?:will not stop|does not stop|never stops|keeps going|does it anyway|insists on (?:sex|it|having sex|doing it)|demands sex|expects sex|goes ahead|just goes ahead|does not listen|ignores (?:me|it)|gets (?:angry|mad|violent|aggressive)|sulks|punishes me|guilt trips me|threatens me|yells at me|hits me|keeps touching me|keeps pushing|does not take no|will not take no|never takes no|does not accept)\b.{0,60}\b(?:when|if|after|whenever|even when|even if|every time) i (?:say|said|tell (?:him|her|them)|told (?:him|her|them)) (?:no|stop|to stop|i do not want)\b`,
				`\b(?:when|if|whenever|every time) i (?:say|tell (?:him|her|them)) (?:no|stop|to stop|i do not want to)\b {g3}(?:\| )?(?:he|she|they) {g2}(?:will not stop|does not stop|keeps going|does it anyway|does not listen|ignores (?:me|it)|gets (?:angry|mad|violent|aggressive)|sulks|punishes me|guilt trips me|threatens|yells|hits me|forces)\b`,
				`\b(?:he|she|they|(?:my (?:{w} )?)?{partner}) {g2}(?:will not|does not|would not|never) (?:take|accept) no (?:for an answer)?\b`,
			},
		},
		{
			name: "abuse/ignores-no", action: ActionCrisis, category: CategoryAbuse, scope: inMessage,
			doc: "The same said of 'your partner' by someone it happens to: 'is it a bug or a feature when your partner keeps going after you say stop? happened three times this month'.",
			any: []string{`\b(?:your|ur|a) (?:{w} )?{partner} {g3}(?:will not stop|does not stop|keeps going|kept going|does it anyway|goes ahead|just goes ahead|does not listen|ignores (?:you|it)|keeps pushing) {g3}(?:when|if|after|whenever|even when|even after|even if|every time|once) (?:you|u) (?:say|said|tell (?:him|her|them)|told (?:him|her|them)) (?:no|stop|to stop|you do not want)\b`},
			all: []string{`\b(?:happened|happens|happening|again|times? (?:this|last) (?:week|month|year)|last night|every time|overreact\w*|being dramatic|is (?:this|that|it) normal|to me|me and my|my (?:{w} )?{partner})\b`},
		},
		{
			name: "abuse/happening-now", action: ActionCrisis, category: CategoryAbuse, scope: inMessage, forHelper: true,
			doc: "Someone else is being beaten or attacked at this moment, and the writer can hear or see it ('my roommate's boyfriend is beating her, i can hear it through the wall right now'): the emergency number first, not the tier for supporting someone later.",
			any: []string{
				`\b(?:is|are|s|re) {adv}(?:beating|hitting|attacking|choking|strangling|stabbing|kicking|punching|slapping|raping|smashing) (?:her|him|them|each other|my (?:{w} )?[a-z0-9]+)\b`,
				`\b(?:is|are|s|re) (?:being|getting) {adv}(?:beaten|beat|hit|attacked|choked|strangled|stabbed|kicked|punched|raped|hurt)\b`,
			},
			all:    []string{`\b(?:right now|rn|as we speak|at the moment|this minute|this second|currently|i can hear|can hear (?:it|her|him|them)|hear (?:her|him|them) (?:screaming|crying|yelling)|(?:she|he|they) (?:is|are|s|re) (?:screaming|crying for help)|screaming for help|next door|through the wall|in the next room|downstairs)\b`},
			unless: []string{`\b(?:movie|film|show|series|episode|game|book|novel|story|fic|fanfic|scene|video|clip|tiktok|anime|manga|play|match|fight night|boxing|mma|ufc|wrestling|sparring|cpr|dummy|drum|drums|eggs?|batter|record|boss fight|level|dogs?|cats?|puppy|kitten|paws?|pets?|pillows?|snowballs?|water guns?|nerf|play\w*|messing around|lol|lmao|jk)\b`},
		},
		{
			name: "abuse/happening-now", action: ActionCrisis, category: CategoryAbuse, scope: inMessage, forHelper: true, guards: guardHypothetical,
			doc: "Someone seen or heard being attacked by their partner or a relative moments ago, live on a stream or call: 'a streamer i watch got dragged off cam by her boyfriend mid-stream, you could hear her crying, then it went offline' (blind45).",
			any: []string{
				`\b(?:got|was|were|been|is|are|being|getting) {adv}(?:dragged|pulled|yanked|grabbed|thrown|shoved|hit|punched|choked|strangled|slapped|kicked|attacked|beaten|beat) {g4}by (?:her|his|their) (?:{w} )?(?:{partner}|{family})\b`,
				`\b(?:her|his|their) (?:{w} )?(?:{partner}|{family}) {g2}(?:dragged|pulled|yanked|grabbed|threw|shoved|hit|punched|choked|strangled|slapped|kicked|attacked|beat) (?:her|him|them)\b`,
			},
			all:    []string{`\b(?:mid stream|on stream|on (?:the )?stream|live|on cam|on camera|off cam|off camera|went offline|stream (?:ended|cut|went)|call (?:ended|cut|dropped)|(?:could|can|i) hear (?:her|him|them) (?:crying|screaming|begging|yelling|sobbing)|just now|right now|a few minutes ago|minutes ago)\b`},
			unless: []string{`\b(?:movie|film|show|series|episode|skit|prank|bit|scripted|acting|roleplay|role play|rp|character|wrestling|boxing|mma|ufc|sparring|game|gta|book|novel|story|fic)\b`},
		},
		{
			name: "abuse/family-threat-to-kill", action: ActionCrisis, category: CategoryAbuse, guards: guardNegation | guardHypothetical | guardDefinition,
			doc: "Someone at home beats a family member and says they will kill them: 'my stepdad beat my mom again tonight and said next time he'll kill her' (a threat to kill after violence is among the strongest signs of danger).",
			any: []string{
				`\b{abuser} {g3}(?:beat|beats|beat up|beats up|hit|hits|hurt|hurts|attacked|attacks|choked|chokes|strangled|punched|punches|kicked|kicks) (?:my (?:mom|mother|mum|dad|father|sister|brother|little (?:sister|brother)|siblings?|grandma|grandmother|aunt|wife|husband)|her|him|us)\b`,
			},
			all:    []string{`\b(?:said|says|say|saying|told (?:her|him|us|me)|tells (?:her|him|us|me)|threaten\w*|swore|swears) {g6}(?:he|she|they) (?:will|would|is going to|are going to|ll|d|is gonna) (?:kill|murder|end) (?:her|him|us|them|my \w+)\b|\bthreaten\w* to (?:kill|murder) (?:her|him|us|them|my \w+)\b`},
			unless: []string{`\b(?:movie|film|show|series|episode|game|book|novel|story|fic|fanfic|scene|video|clip|tiktok|anime|manga|play|lol|lmao|jk)\b`, `\bat (?:cards|chess|monopoly|uno|scrabble|poker|fifa|pool|darts|tennis|golf|ping pong|checkers|arm wrestling)\b`},
		},
		{
			name: "abuse/threats", action: ActionCrisis, category: CategoryAbuse, guards: guardNegation | guardHypothetical | guardDefinition,
			doc: "Someone threatens to hurt the person or to share their intimate images (including sextortion).",
			any: []string{
				`\b{abuser} {g2}(?:threatens|threatened|threatening|is threatening|keeps threatening|says (?:he|she|they) will|said (?:he|she|they) would|will) (?:to )?{g1}(?:share|post|send|leak|show|spread|release|publish|expose|upload|sell) {g3}(?:nudes|nude|pics|pictures|photos|videos|video|sex tape|tape|intimate|private)\b`,
				`\b(?:someone|somebody|a (?:guy|man|person|stranger|scammer|girl|woman)|they|he|she) {g2}(?:is|are|was|keeps|has been) {g1}(?:threatening|blackmailing|extorting|sextorting) (?:me|to (?:share|post|send|leak|expose|release))\b`,
				`\b{abuser} {g2}(?:threatens|threatened|is threatening|keeps threatening|says (?:he|she|they) will|said (?:he|she|they) would|swore to) (?:to )?{g1}(?:hurt|hit|beat|rape|kill|harm) (?:me|my (?:kids|children|pet|dog|cat|family))\b`,
				`\b(?:sextortion|sextorted|sextorting me|blackmailing me|blackmailed me|extorting me)\b`,
				// a threat to send someone's pictures unless they pay
				// ("some guy is threatening to send my 16yo cousin's pics
				// to his whole school unless he pays 500 in gift cards")
				`\b(?:threaten\w*|going|gonna|will|says (?:he|she|they) will|said (?:he|she|they) would) (?:to )?(?:send|share|post|leak|spread|show|expose|release|upload) {g6}(?:nudes?|pics|pictures|photos|videos?|images)\b (?:[a-z0-9|]+ ){0,10}unless (?:i|he|she|they|we|you|my (?:{w} )?{w}) (?:pay|pays|paid|send|sends|give|gives|transfer|transfers|venmo|cashapp)\b`,
			},
			unless: []string{
				// the writer asking for the words of their own threat, a
				// harmful request (see draftsThreat)
				draftsThreat,
				// sextortion as a subject of teaching or worry: "a video
				// about sextortion", "how can parents spot if their teen
				// is being sextorted"
				`\b(?:about|against|spot|spotting|prevent|preventing|recogni[sz]e|explain|explaining|teach|teaching|awareness) {g3}(?:sextortion|sextorted)\b`,
				`\bif (?:a|an|the|their|your|his|her|our|my|someone|somebody|kids?|teens?|children|people) {g3}(?:is|are|was|were|gets?|got) {g1}sextorted\b`,
				// what anyone should do if it happens, asked to teach or
				// to be ready: "what should a teen do if someone threatens
				// to share photos unless they pay? for a lesson"
				`\b(?:what|how) (?:should|can|do|does|could|would) (?:(?:a|an) (?:teen|teenager|kid|student|child|young person|victim|parent)|someone|somebody|people|teens|teenagers|kids|students|victims|young people|children|parents) {g6}(?:if|when)\b`,
				`\bfor (?:a|my|our|the) (?:lesson|class|workshop|presentation|talk|assembly|training|course)\b`,
				// the same definition question in another language, which
				// the English definition guard cannot read: "was ist
				// sextortion? für ein Referat"
				`\b(?:was ist|was bedeutet|was heisst|que es|qu est ce que|quest ce que|qu est ce|quest ce|c est quoi|cest quoi|o que e|o que eh|cos e|che cos e|apa itu|apa sih|co to jest|co to) {g2}(?:sextortion|sextorsion|sextorsao|sextorsione|seks?torsja|sekstorsi)\b`,
				// a case in the news, in English or another language: "nabasa
				// ko sa balita yung estudyanteng nabiktima ng sextortion" (blind46)
				`\b(?:in the news|on the news|news (?:story|report|article)|sa balita|di berita|en las noticias|en el noticiero|nas noticias|no jornal|dans les infos|aux infos|dans le journal|in den nachrichten|nelle notizie|al telegiornale|w wiadomosciach|haberlerde)\b`,
				// the subject of a talk or lesson in another language, which
				// the clause above cannot read: "ein vortrag von der polizei
				// über sextortion"
				`(?:^| )(?:über|uber|ueber|sobre|sur|sulla|sul|su|tentang|mengenai|na temat|hakkinda|hakkında|tungkol sa) {g3}(?:sextortion|sextorsion|sextorsao|sextorção|sextorsione|seks?torsja|sekstorsi)\b`,
			},
			// the writer readying others, in another clause: "sextortion
			// is hitting teen boys a lot - what should we tell our lads to
			// do if it ever happens to them?"
			unlessMessage: []string{`\b(?:what|how) (?:should|can|do|could|would) (?:we|i) (?:tell|teach|advise|warn|say to|prepare) {g6}(?:if|when)\b`,
				// a talk being prepared: "doing an awareness talk for
				// parents at my kid's school. how does sextortion against
				// teens typically work? ... what parents should tell kids"
				// (blind45)
				`\b(?:awareness|safeguarding|safety|prevention|online safety|e ?safety) (?:talk|presentation|session|workshop|assembly|evening|night|training|lesson|class|day)\b`,
				`\b(?:doing|giving|preparing|running|planning|writing|prepping|leading|hosting) (?:a|an|the|our|my) (?:{w} )?(?:talk|presentation|workshop|session|assembly|lesson|training|webinar)\b`,
				`\bwhat (?:parents|teachers|schools|coaches|carers|we|i) (?:should|can|need to) (?:tell|teach|say to|know|warn)\b`},
		},
		{
			name: "abuse/control", action: ActionCrisis, category: CategoryAbuse, guards: ng | guardHypothetical,
			doc: "A partner controls the person's money, phone or movements, or the person is scared of their partner.",
			any: []string{
				`\b(?:he|she|they|my (?:{w} )?{partner}) {g2}(?:controls|controlled|tracks|tracked|monitors|monitored|takes|took|hides|hid|withholds|withheld|rations|throws out|threw out|flushes|flushed) {g2}(?:my|all (?:the|our|my)|the|our) (?:phone|money|finances|bank|cards?|location|messages|texts|passport|keys|car|paycheck|wages|documents|meds|medication|medicine|pills|inhaler|insulin|hormones|hrt|estrogen|oestrogen|estradiol|testosterone|t|prescription|birth control|binder)\b`,
				`\b(?:he|she|they|my (?:{w} )?{partner}) {g2}(?:controls|tracks|monitors|decides) (?:everything|every (?:move|thing|part of my life)|all of my|who i (?:see|talk|text)|where i go|what i (?:do|wear|eat))\b`,
				`\b(?:he|she|they|my (?:{w} )?{partner}) {g2}(?:will not|does not|would not|never|did not|refuses to) let me (?:leave|go out|go anywhere|see (?:my )?(?:friends|family|anyone|my {w})|talk to (?:anyone|my {w}|other {w})|have (?:my )?(?:own )?(?:phone|money|friends)|use my phone|work|sleep|eat|wear what i want|go to the doctor|leave the house)\b`,
				`\bi {adv}(?:am|feel|felt|was|have been|get) {adv}(?:scared|afraid|terrified|frightened) of (?:my (?:{w} )?{partner}|him|her)(?: (?:and|because|since|when|he|she|they|sometimes|right now|lately))?$`,
				`\bi {adv}(?:am|feel|felt|was|have been|get) {adv}(?:scared|afraid|terrified|frightened) of (?:my (?:{w} )?{partner}|him|her) (?:and|because|since|when|he|she|they)\b`,
				`\bi am {adv}(?:scared|afraid|terrified) (?:that )?(?:he|she|my (?:{w} )?{rel}) (?:will|is going to|might|would) (?:kill|hurt|hit|beat|attack|rape) me\b`,
			},
			unless: []string{`\b(?:scared|afraid|terrified|frightened) of (?:him|her|my (?:{w} )?{partner}) (?:{w}ing|finding|seeing|thinking|knowing|judging|reaction|not|leaving|getting|being|cheating|losing)\b`},
		},
		{
			name: "abuse/unsafe-at-home", action: ActionCrisis, category: CategoryAbuse, guards: guardDefinition | guardHypothetical,
			doc: "The person does not feel safe at home or with a partner or family member.",
			any: []string{
				`\bi {adv}(?:do not|no longer|never|can not|could not) (?:feel|felt) {adv}safe (?:at home|in my (?:own )?(?:home|house|room|bed|relationship|marriage|family)|with (?:him|her|them|my {w})|around (?:him|her|them|my {w})|going home|to go home|at my (?:house|place|parents|dads|moms)|living with|when (?:he|she|they) (?:is|are|gets|drinks))`,
				`\bi am {adv}not safe (?:at home|in my (?:own )?(?:home|house|relationship)|with (?:him|her|them|my {w})|around (?:him|her|them|my {w}))`,
				`\bi {adv}(?:am|feel|felt) {adv}(?:scared|afraid|terrified) (?:to go|of going|to be) (?:back )?home\b`,
			},
		},
		{
			name: "abuse/explained-injuries", action: ActionCrisis, category: CategoryAbuse, scope: inMessage, guards: guardDefinition | guardHypothetical,
			doc: "Hiding or explaining away bruises or injuries with a stock excuse or so that nobody asks: 'how do you explain bruises to your OB without it becoming a whole thing? i fell. a few times', 'how to cover a black eye so work doesn't ask, i walked into a door'. A classic sign of abuse at home; bruises from sport, a fall with nothing hidden, or hickeys are not.",
			any: []string{
				// "how do I make my face look normal for work tomorrow? the walls at home are very hard if you know what I mean. he's calm now" (blind43)
				`\b(?:make|get) my (?:face|eye|eyes|lip|lips|cheek|jaw|neck) (?:look )?(?:normal|less swollen|less puffy|not swollen|presentable|not bruised)\b`,
				// marks on the neck, a sign of strangling: "how long do
				// bruises on your neck take to fade? ... don't want
				// questions. DH didn't mean it" (blind45)
				`\b(?:bruises|bruising|marks|fingermarks|finger marks|red marks) (?:{w} )?(?:on|around) (?:my|your|the|her) (?:neck|throat)\b`,
				`\b(?:hide|hiding|hid|cover|covering|cover up|covering up|conceal|concealing|explain|explaining|explain away|excuse for|excuses for|account for|lie about|lying about|(?:say|tell|telling) {g3}about)\b {g4}(?:the |my |these |those |all the )?(?:bruises|bruise|bruising|black eye|black eyes|split lip|swollen (?:eye|lip|face|cheek|jaw)|fingermarks|finger marks|choke marks|marks on my neck|strangulation marks|injuries|broken (?:wrist|arm|nose|rib|ribs))\b`,
			},
			all: []string{
				`\b(?:i fell|i keep falling|i kept falling|walked into (?:a|the) (?:door|wall|cupboard|cabinet|counter)|against the (?:counter|wall|door|table)|i am (?:just )?(?:so |really )?clumsy|tripped|without (?:it|them|anyone|her|him|this) (?:becoming|turning into|being|making it) (?:a |an )?(?:whole |big |huge )?(?:thing|deal|issue)|without (?:them|her|him|anyone|people|my (?:doctor|ob|midwife|nurse|mum|mom|family|boss)) (?:asking|noticing|getting suspicious|calling|reporting|worrying)|so (?:they|she|he|nobody|no one|people|work|my (?:family|mum|mom|doctor)) (?:do not |does not |will not |would not |can not )?(?:ask|asks|notice|notices|report|reports|call|calls|get suspicious|gets suspicious)|(?:he|she|they) (?:is|s|are|re) (?:calm|calmer|asleep|sorry|quiet|sober) now|(?:do not|don t|dont) want (?:any )?(?:questions|people asking|anyone asking|anyone to ask|people to ask)|(?:he|she|they|{partner}) (?:did not|didn t|didnt) mean (?:it|to)|if you know what i mean|(?:walls?|doors?|floors?|counters?) (?:at home |in (?:our|my|this) (?:house|flat|place) )?(?:are|is|were|was) (?:very |really |so |pretty )?hard)\b`,
			},
			unless: []string{`\b(?:hickey|hickeys|love bites?|rugby|football|soccer|hockey|boxing|mma|jiu jitsu|bjj|martial arts|climbing|skating|skateboard|bike|cycling|horse|gym|training|match|game|costume|makeup effects|sfx|film|movie|play|halloween|cosplay|rough sex|spanking|impact play|consensual|kink|bdsm|fillers?|botox|lip flip|surgery|rhinoplasty|dentist|wisdom teeth|allerg\w*|acne|spots|crying|cried|hangover|no sleep|sunburn\w*|bee sting|stung)\b`},
		},
		{
			// A parent or relative in the writer's home explains away her
			// injuries with the stock excuse, beside the violence: "my old
			// man likes to practise his 'moves' on my mum when hes had a
			// few. she says shes fine, she just falls a lot. the thuds
			// through the floor are getting worse" (blind50).
			name: "abuse/explained-injuries", action: ActionCrisis, category: CategoryAbuse, scope: inMessage, forHelper: true, guards: guardDefinition | guardHypothetical,
			doc:    "Someone at home is said to 'just fall a lot' or 'walk into doors', beside drinking, thuds, screaming or a person practising moves on them: violence in the writer's home.",
			any:    []string{`\b(?:she|he|they|my (?:{w} )?(?:{rel3}|mum|mom|mother|ma|sister|brother|nan|gran|grandma|aunt|auntie)) (?:s |is |are )?(?:just |always |only )?(?:falls|fell|keeps falling|kept falling|falling|trips|tripped|keeps tripping|walked into (?:a |the )?(?:door|doors|wall|walls|cupboard)|walks into (?:doors|walls|things|the door)|bumps into (?:things|doors|walls)|bumped into (?:a |the )?(?:door|wall)|(?:is|s) (?:just |so )?clumsy)(?: (?:a lot|all the time|again|so much|constantly|down the stairs|every week|lately))?\b`},
			all:    []string{`\b(?:(?:when|after|once|whenever|if) (?:he|she|they|my (?:{w} )?(?:{rel3}|old man|stepdad|dad|father|uncle)) (?:s |has |have |had |is |gets |got )?(?:had )?(?:a few|a drink|drinks|drunk|been drinking|pissed|wasted|hammered|angry|mad|in a mood)|thuds?|thumps?|banging|screaming|shouting|yelling|crying|practi[sc]\w* (?:his|her|their) (?:moves|holds|punches|kicks|slams|throws)|(?:his|her|their) moves on|hits? (?:her|him|them)|slaps? (?:her|him|them)|pushes (?:her|him|them)|shoves (?:her|him|them)|bruises|black eye|scared of (?:him|her|them))\b`},
			unless: []string{`\b(?:toddler|baby|learning to walk|vertigo|dizz\w*|inner ear|parkinson\w*|dementia|balance|stroke|blood pressure|osteo\w*|medication|meds|elderly|old age|(?:my |our |her |his )?(?:nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|great grand\w*)|(?:she|he) is (?:[6-9][0-9])|pregnan\w*|icy|ice|skat\w*|horse|riding|bike|gymnastics|tumbling|game|movie|film|show|book|novel|story|fic)\b`},
		},
		{
			// A consent question with the writer's own night behind it: "how
			// do you know if something counts as consent if you were too
			// drunk to even talk? asking bc of what happened at deer camp
			// saturday" (blind50).
			name: "sexual-violence/first-person-disclosure", action: ActionCrisis, category: CategorySexualViolence, scope: inMessage, guards: guardNegation,
			doc: "Asking whether something counts as consent when one was too drunk, high or out of it to talk or say no, because of something that happened to the person.",
			any: []string{`\b(?:too (?:drunk|high|wasted|out of it|gone|messed up|fucked up|fried|blitzed|plastered|smashed) to (?:even )?(?:talk|speak|stand|walk|move|say no|say anything|remember|consent|know what was happening)|(?:was|were) (?:passed out|blacked out|unconscious|barely conscious|asleep)|(?:could not|couldn t|couldnt|can t|cant) (?:even )?(?:talk|speak|stand|move|say no))\b`},
			all: []string{
				`\b(?:consent\w*|sex|slept with|sleep with|hooked up|hook up|rape\w*|assault\w*|did stuff|done stuff|touched|took advantage)\b`,
				`\b(?:(?:asking|askin|ask) (?:because|bc|cause|coz|cuz|cos|since|bcs) (?:of )?(?:what happened|something happened|something that happened|smth|last (?:night|weekend)|the (?:party|weekend))|(?:because|bc|cause|coz|cuz|cos) of what happened|what happened (?:to me |with me )?(?:at|on|last|this|after|during)|after what happened|what happened to me)\b`,
			},
			unless: []string{`\b(?:happened to (?:my|her|him|them|a friend|someone)|(?:my|a) friend (?:was|got|told)|(?:she|he|they) (?:was|were|told me)|for a friend|for my (?:class|course|essay|training)|as an ra|as a bartender)\b`},
		},
		// ---- said in passing, in slang or as a joke with a plan ----
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, guards: ng,
			doc: "A plan, a means or an overdose amount mentioned in passing or as a joke: 'my plan for the weekend is to stop existing', 'exit strategy ready', 'the next step is the rope', 'how many of my meds it would take to not wake up', 'is it normal to want to not wake up'.",
			any: []string{
				`\b(?:plan|planning|going|ready|decided|deciding|about) (?:for (?:the |this )?(?:weekend|week|night|tonight|tomorrow) )?(?:is )?to (?:finally |just )?(?:stop existing|not exist|cease to exist|end it all|end it|end things|end my life|kill myself|be gone|not wake up)\b`,
				`\b(?:exit (?:strategy|plan)|way out) {g3}(?:ready|sorted|planned|set|lined up|in the drawer|pills|rope)\b`,
				`\b(?:next step|only option|only way out|last resort|answer) (?:is|would be|will be) (?:the |a )?(?:rope|noose|bridge|pills|jumping|train tracks)\b`,
				`\bhow (?:many|much) {g6}(?:it would take|would it take|does it take|it takes|would i need|do i need|to take) to (?:not wake up|never wake up|die|end it|be done|overdose|od|stop breathing)\b`,
				`\b(?:normal|weird|bad|okay|ok|wrong) to {adv}(?:want|wish|hope) to (?:just )?(?:die|be dead|not wake up|never wake up|not exist|stop existing|not be alive|disappear forever|not be here)\b`,
			},
			unless: []string{sportsHyperbole},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc:    "Goodbye letters written and put away: 'wrote letters to my family and put them in my desk'.",
			any:    []string{`\b(?:wrote|written|writing|left|finished) {g2}(?:letters?|notes?) (?:to|for) {g2}(?:family|mom|dad|parents|kids|children|wife|husband|partner|friends|everyone|sister|brother|girlfriend|boyfriend)\b`, `\b(?:wrote|written|writing|left) (?:him|her|them|my (?:{w} )?(?:{partner}|{rel3})) (?:a |one |each a |goodbye )?(?:letter|letters|note|notes)\b`},
			all:    []string{`\b(?:(?:put|hid|left|placed|hidden) (?:them|it) (?:in|under|on|inside) (?:my |the )?(?:desk|drawer|pillow|bed|room|car|nightstand)|just in case|for when i am (?:gone|not here)|for after i am gone|goodbye|farewell|last (?:ones|letters|words))\b`},
			unless: []string{`\b(?:christmas|birthday|thank you|thank-you|valentine|love letters?|pen pal|penpal|college|university|application|cover letter|school project|homework|assignment|wedding|anniversary|deployment|deployed|military|camp)\b`},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc:    "A means kept back in a quantity, beside an intent or a hopeless tone: 'got enough insulin in the fridge to make it quick', 'been saving up my pills, no point anymore'.",
			any:    []string{`\b(?:got|have|has|saved|saving|saved up|saving up|stockpiled|stockpiling|collected|collecting|hoarded|hoarding|kept|keeping|stashed|stashing|set aside|put aside|bought|buying|counted|counting) {g2}(?:enough|a (?:stash|pile|stockpile|bunch|load|whole bottle|whole box) of|all (?:of )?my|every one of my|a month s worth of|months of) {g2}(?:pills|meds|medication|medicine|tablets|insulin|painkillers|paracetamol|tylenol|acetaminophen|ibuprofen|sleeping pills|sleeping tablets|opioids|oxys?|benzos|xanax|antidepressants|heroin|fentanyl)\b`},
			all:    []string{`\b(?:make it quick|make it fast|make it painless|end it|end it all|end things|end my life|not wake up|never wake up|go through with it|be done with it|no point|pointless|i am done|nothing left|better off without me|goodbye|kill myself|unalive|kms|(?:want to|wanna|going to|gonna|ready to|so i can|and) die|be gone|over with)\b`},
			unless: []string{`\b(?:trip|travel\w*|holiday|vacation|refills?|runs? out|ran out|pharmac\w*|prescription|insurance|expire\w*|dispose|disposal|(?:is|are|it) (?:that |this )?(?:safe|ok|okay|normal)|side effects?)\b`},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc: "Putting affairs in order beside a calm or final tone: 'wrote my will today, felt peaceful, sorted out who gets my cat', 'giving away my games, won't need them', 'gave my dog to my sister and wrote a few letters, feels weirdly calm'.",
			any: []string{`\b(?:sorted out|sorting out|decided|deciding|figured out|worked out|chose|chosen|picked|arranged|arranging|planned|planning) who (?:gets|will get|should get|takes|will take|will look after|looks after|will have|can have|inherits) (?:my |all my )?(?:cat|cats|dog|dogs|pets?|stuff|things|belongings|games|console|clothes|savings|room|plants|fish|hamster|rabbit|snake|accounts?|costumes?|jewell?ery|rings?|watch|tools|truck|car|bike|guitars?|instruments?|records|vinyl|books|collection|gear|shoes|boots|yarn|stash|fabric|sewing machine|rods?|tackle|boat|plushies|art|paintings?)\b`, `\b(?:giving|gave|give|given) away (?:all )?(?:of )?my (?:whole |entire )?(?:stuff|things|belongings|pets?|cats?|dogs?|games|console|clothes|favourite \w+|favorite \w+|art|books|savings|skins|items|loot|inventory|accounts?|plushies|cards|figures|gear)\b`, `\b(?:giving|gave|given|handed|handing) (?:out )?(?:all )?(?:of )?my (?:whole |entire )?(?:[a-z]+ )?(?:collection|stuff|things|belongings|games|console|dice|minis|figures|books|records|vinyl|guitars?|gear)\b(?: and (?:my )?[a-z]+)? (?:to|away)\b`,
				// "Been putting my affairs in order. Told the committee to
				// pass my plot on. Shan't be around for the harvest."
				`\b(?:putting|put|got|getting|sorted|sorting|set|setting) (?:all )?(?:of )?my affairs in order\b`,
				// "gave ma dug tae ma sister an wrote a few letters. feels
				// weirdly calm" (Scots "dug": dog)
				`\b(?:gave|given|giving|rehomed|rehoming) (?:away )?(?:my|ma) (?:dog|dug|dogs|cat|cats|pets?|fish|hamster|rabbit|snake|bird|plants)\b`},
			all:    []string{`\b(?:will|wills|peaceful|peace|calm|ready|goodbye|bye|not need (?:them|it|anything)|will not need|won t need|wont need|no longer need|for after|when i am gone|after i am gone|last|final|finally|done|nothing left|no point|tired|burden|(?:shan t|shant|shall not|will not|won t|wont|not going to|not gonna|no longer) be (?:around|here)|(?:do not|don t|dont) (?:fuss|make a fuss|worry about me)|it s been real|its been real|see you (?:all )?on the other side|o 7)\b`},
			unless: []string{`\b(?:quit\w*|uninstall\w*|leaving (?:the )?(?:game|server|guild|clan)|taking a break|new (?:account|main)|moving|move (?:abroad|out|away|house)|moved|deploy\w*|travel\w*|trip|holiday|vacation|study abroad|exchange|downsiz\w*|declutter\w*|minimalis\w*|marie kondo|spring clean\w*|allergic|allergy|landlord|new job|new (?:flat|place|apartment|house|home)|(?:allow|allows|allowed) (?:any )?pets|no pets|new baby|pregnan\w*|divorce|breakup|break up|estate planning|lawyer|solicitor|power of attorney|probate|executor|paperwork|funeral plan|surgery|operation|retired|retiring|retirement|retire (?:soon|next|this|early|from|in|at)|(?:i|we) retire|hospice|terminal (?:cancer|illness)|grandma|grandpa|my (?:mom|mum|dad|parents?) (?:is|are)|charity|donat\w*|for sale|selling)\b`},
		},
		{
			// A goodbye passed on through others with nothing ahead: "bout
			// to take my final bump lol. no more shows, no more anything.
			// tell the boys it was fun" (blind50). A last match, a move or
			// leaving a server says where the person goes next.
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc:    "A farewell sent through others ('tell the boys it was fun', 'tell my mum i love her') beside nothing left ahead ('no more anything', 'this is it', 'won't be around').",
			any:    []string{`\btell (?:the (?:boys|lads|guys|girls|gang|crew|team|squad|fam)|everyone|everybody|them all|them|my (?:{w} )?(?:{partner}|{rel3}|mates?|friends|boys|girls|crew|team|squad)|(?:him|her) (?:for me|that)) {g2}(?:it was fun|it s been fun|its been fun|it was (?:real|good|great|nice)|it s been (?:real|good|great)|its been (?:real|good|great)|i love (?:them|him|her|you|em|u)|i am sorry|i m sorry|im sorry|sorry for everything|thanks for everything|thank you for everything|goodbye|bye|i said (?:goodbye|bye)|not to (?:worry|be sad|blame themselves|blame himself|blame herself))\b`},
			all:    []string{`\b(?:no more (?:anything|everything|me|of me|pain|nothing|tomorrows?|mornings)|nothing (?:left|after this|ahead)|this is it|this is (?:the end|goodbye)|(?:won t|wont|will not|not gonna|not going to|no longer) be (?:around|here)|for the last time|last (?:message|post|words|time)|final (?:message|post|words|goodbye)|see you on the other side|o 7|when i am gone|after i am gone)\b`},
			unless: []string{`\b(?:retir\w*|last (?:match|show|game|race|shift|day at|day of|season)|moving|move (?:abroad|out|away|to)|leaving (?:the )?(?:server|discord|group|team|company|job|country|club|gym|promotion|fed)|quit\w*|new job|new (?:city|country|promotion|fed)|graduat\w*|deploy\w*|taking a break|hiatus|holiday|vacation|trip)\b`},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc:    "Asking how to make one's own death look like an accident so the life insurance pays out to the family: 'is there a way to make it look like an accident so the life insurance still pays out for my wife? asking for a friend'.",
			any:    []string{`\b(?:make|making|made|stage|staging|look|looks|looked|looking|seem|seems|seemed|pass) (?:it |this |my death )?(?:look |seem |pass )?(?:like|as) (?:an? )?accident\b`},
			all:    []string{`\b(?:life insurance|insurance|policy|payout|pay out|pays out|paid out|payment)\b {g6}(?:for|to) (?:my|the) (?:{w} )?(?:wife|husband|partner|family|kids|children|son|daughter|mom|mum|mother|dad|father|girlfriend|boyfriend|fiance|fiancee)\b|\bso (?:my|the) (?:{w} )?(?:wife|husband|partner|family|kids|children|son|daughter|mom|mum|mother|girlfriend|boyfriend) (?:still )?(?:gets?|get paid|gets paid|is taken care of|are taken care of|is looked after|are looked after|has money|have money|is covered|are covered)\b`},
			unless: []string{`\b(?:kill|killing|murder\w*|get rid of|poison\w*|push|pushing) (?:him|her|them|my (?:{w} )?(?:wife|husband|partner|{rel3}))\b|\b(?:his|her|their) (?:death|life insurance|policy)\b|\b(?:novel|story|book|plot|character|film|movie|show|episode|true crime|podcast)\b`},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc:    "Setting out to prove wrong the saying that no one is given more than they can bear: 'pastor says the Lord won't give us more than we can bear but I'm fixin' to prove him wrong this weekend'.",
			any:    []string{`\bmore than (?:i|we|you|one|us|anyone|a person|people) (?:can|could) (?:bear|handle|take|carry|cope with)\b`},
			all:    []string{`\b(?:i m|im|i am|i ll|i will|gonna|going to|fixin to|fixing to|about to|planning to|plan to|ready to|set to) {g2}prove (?:him|her|them|god|the lord|it|that|everyone) wrong\b`},
			unless: []string{`\b(?:lol|lmao|haha|jk|toddlers?|kids|twins|baby|exams?|finals|work|boss|inbox|laundry|marathon|gym|diet)\b`},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc: "Not being alive long enough for something to matter, said in passing: 'does sertraline kill your sex drive? not that it matters, i won't be around long enough for it to be a problem lol' (blind45).",
			any: []string{`\bi {adv}(?:will not|won t|wont|shall not|shan t|am not going to|m not going to|am not gonna|ain t going to|ain t gonna) {adv}be (?:around|here|alive) (?:long enough|for long|much longer|for much longer|that long|by then|to see (?:it|that|the (?:end|results?|summer|spring|new year))|when (?:it|that|the \w+) (?:happens|matters|comes|kicks in))\b`},
			unless: []string{
				// leaving a place or a job, old age or a terminal illness
				`\b(?:moving|move|moved|leaving|left|travel\w*|trip|holiday|vacation|deploy\w*|contract|job|shift|semester|term|visit\w*|flight|relocat\w*|emigrat\w*|transfer\w*|in town|online|on discord|this server|the server|stream\w*|retir\w*|terminal|hospice|cancer|palliative|old age|at my age|(?:i am|i m|im) (?:[7-9][0-9]|1[0-9][0-9])|(?:[7-9][0-9]|1[0-9][0-9]) (?:years old|yo|y o))\b`,
			},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, guards: guardNegation,
			doc:    "Ending oneself said in a programmer's or gamer's code: 'rm -rf /me. genuinely.', 'kill -9 myself', 'time to uninstall myself' (blind45).",
			any:    []string{`\b(?:sudo )?rm rf (?:me|myself)\b`, `\bkill 9 (?:me|myself)\b`, `\b(?:uninstall|uninstalling|decommission|decommissioning|deprecate|deprecating|alt f4 ing|alt f4) myself\b`, `\b(?:delete|deleting) myself(?: (?:tonight|today|tomorrow|for good|for real|irl|permanently|genuinely))?$`},
			unless: []string{`\b(?:from|off) (?:the |this |my |all |social|discord|twitter|instagram|tiktok|the internet|internet|socials|group|chat|server)\b|\bmyself (?:from|off)\b`},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc: "Ending oneself said as a trader closing positions: 'closing all positions permanently tonight, including the one called my life lol' (blind46).",
			any: []string{`\b(?:clos\w*|exit\w*|liquidat\w*|sell\w*|dump\w*|terminat\w*|end|ending) (?:[a-z0-9|]+ ){0,8}(?:including|incl|even|plus|and also) (?:the (?:one|position|trade|account|bag|last one) )?(?:called |named )?my (?:own )?life(?:$| \|| (?:lol|lmao|too|as well|tonight|for good|permanently|gn|goodbye|bye)\b)`},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc:    "Affairs put in order with messages set to go out later: 'cleaned up my accounts, dead man's switch emails are queued', 'scheduled goodbye emails for friday' (blind45). Leaving a job, a move or a holiday cancel it.",
			any:    []string{`\b(?:dead man s switch|dead mans switch|deadman s switch|deadman switch|dead man switch)\b`, `\b(?:goodbye|farewell|last) (?:emails?|messages?|posts?|letters?|notes?|videos?) (?:are |is )?(?:queued|scheduled|timed|set to (?:send|go out|post))\b`, `\b(?:queued|scheduled|timed) {g2}(?:goodbye|farewell|last) (?:emails?|messages?|posts?|letters?|notes?|videos?)\b`},
			all:    []string{`\b(?:(?:cleaned|cleaning|tidied|tidying|closed|closing|deleted|deleting|wiped|wiping|sorted|sorting|shut|shutting) (?:up |down |out )?(?:all )?(?:of )?my (?:accounts|socials|passwords|affairs|stuff|files|things|drive)|scheduled for (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|the weekend|this weekend)|genuinely|for real|not a joke|no joke|goodbye|bye everyone|it s been real|its been real|won t be (?:around|here)|will not be (?:around|here)|rm rf (?:me|myself))\b`},
			unless: []string{`\b(?:journalist\w*|whistleblow\w*|source protection|estate plan\w*|will and testament|lawyer|solicitor|vacation|holiday|travel\w*|trip|sabbatical|parental leave|mat leave|maternity|paternity|new job|last day at|quit\w* my job|resign\w*|offboard\w*|notice period|retir\w*|moving|relocat\w*|ctf|tutorial|how do i (?:set up|build|make)|how to (?:set up|build|make)|best (?:way|tool|service))\b`},
		},
		{
			name: "suicide/third-person-imminent", action: ActionCrisis, category: CategorySuicide, scope: inMessage, forHelper: true, guards: guardNegation | guardHypothetical,
			doc: "Someone else's goodbye or talk of dying, and now they cannot be reached or are alone: 'my best friend posted thanks for everything, you guys were the best part and now she's not answering' (blind45). The emergency number comes first, not the tier for supporting someone later.",
			any: []string{
				`\b(?:she|he|they|my (?:{w} )?(?:{partner}|{rel3}|mate|bestie|roommate|flatmate|teammate|classmate|cousin)) {g3}(?:posted|sent|texted|messaged|wrote|said|dm ed|dmed|left|tweeted|put) (?:[a-z0-9|]+ ){0,6}(?:thanks for everything|thank you for everything|thank you all|goodbye|good bye|bye everyone|love you all|you (?:guys |all )?were the best(?: part)?|take care of (?:my|yourselves)|sorry for everything|won t be (?:around|here)|will not be (?:around|here)|this is goodbye|see you on the other side)\b`,
				`\b(?:she|he|they|my (?:{w} )?(?:{partner}|{rel3}|mate|bestie|roommate|flatmate|teammate|classmate|cousin)) {g3}(?:has been|have been|was|were|is|are|keeps|kept|s been) (?:talking about|saying|posting about|texting about|joking about) {g2}(?:wanting to die|want to die|dying|killing (?:herself|himself|themselves|themself)|suicide|not being (?:here|around)|ending it|being a burden|disappearing)\b`,
				`\b(?:she|he|they|my (?:{w} )?(?:{partner}|{rel3}|mate|bestie|roommate|flatmate|teammate|classmate|cousin)) {g2}(?:says|said|keeps saying|told me|texted|messaged|posted) (?:that )?(?:she|he|they) {g1}(?:wants? to die|wanted to die|wants? to kill (?:herself|himself|themselves|themself)|is going to kill (?:herself|himself|themselves|themself)|is suicidal|was suicidal|feels suicidal|does not want to (?:live|be here|be alive))\b`,
			},
			all:    []string{unreachable},
			unless: []string{`\b(?:moving|moved|move (?:away|abroad|out)|leaving (?:the )?(?:server|discord|group|country|school|job)|new job|graduat\w*|trip|travel\w*|holiday|vacation|deploy\w*|rehab|hospital|taking a break|social media break|detox|asleep|sleeping|at work|busy|novel|character|lyrics|song)\b|\b(?:in|from|on) (?:the|a|this|that) (?:movie|film|show|series|episode|game|book|story|fic)\b`},
		},
		{
			name: "self-harm/third-person-imminent", action: ActionCrisis, category: CategorySelfHarm, scope: inMessage, forHelper: true, guards: guardNegation | guardHypothetical,
			doc: "Someone else's fresh cuts or burns, and now they are alone or cannot be reached: 'teammate showed me fresh cuts on her thighs tonight ... she's back at the hotel on her own now. what do i do' (blind45).",
			any: []string{
				`\b(?:fresh|new|recent|deep|bleeding|raw) (?:{w} )?(?:cuts|lines|slashes|wounds|burns|gashes) (?:{w} ){0,3}(?:on|up|along|across|down|all over) (?:{w} )?(?:her|his|their) (?:{w} )?(?:arms?|forearms?|wrists?|thighs?|legs?|hips?|stomach|skin)\b`,
				`\b(?:she|he|they|my (?:{w} )?(?:{partner}|{rel3}|mate|bestie|teammate)) {g2}(?:is|s|has been|have been|keeps|kept|was|were|started) (?:cutting|burning|hurting) (?:herself|himself|themselves|themself) (?:again|tonight|right now|rn|now)\b`,
			},
			all:    []string{unreachable},
			unless: []string{`\b(?:movie|film|show|series|episode|game|book|novel|story|fic|character|cosplay|sfx|makeup|costume|halloween|prop|props)\b`},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation | guardDefinition,
			doc:    "Working out that one's own life insurance would now pay out for a suicide: 'my life insurance suicide clause expired last week, so the payout would go through. wife would be fine financially'.",
			any:    []string{`\bsuicide (?:clause|exclusion|provision|period)\b`},
			all:    []string{`\b(?:expired|expires|ran out|runs out|lapsed|is over|(?:has |have )?passed|no longer (?:applies|counts)|(?:would|will|d|ll) (?:still )?(?:pay out|pay|go through|cover (?:it|me))|payout|pay out|(?:wife|husband|partner|family|kids|children|son|daughter) (?:would|will|d|ll) be (?:fine|ok|okay|set|taken care of|looked after|provided for|better off))\b`, `\b(?:my|mine|i|i m|im|i am|i ve)\b`},
			unless: []string{`\b(?:(?:his|her|their) (?:life insurance|policy|death)|novel|story|book|plot|character|film|movie|show|episode|exam|course|class|agent|broker|client|clients|customer|customers)\b`},
		},
		{
			name: "self-harm/first-person-act", action: ActionCrisis, category: CategorySelfHarm, scope: inMessage, guards: guardNegation,
			doc: "Cutting told as marks kept on one's own skin: tally marks, 'arm art', a ledger kept on the inside of the arm 'with something sharper than a pen'.",
			any: []string{
				`\b(?:tally marks?|tallies|arm art|ledger|notches|lines|marks) (?:[a-z0-9|]+ ){0,8}(?:on|into|in|inside of|on the inside of|across|along) my (?:arms?|wrists?|thighs?|skin|legs?|forearms?|hips?|stomach)\b (?:[a-z0-9|]+ ){0,8}(?:(?:something|anything) sharp(?:er)?|sharper than|blades?|razors?|knife|knives|compass|shards?|tally|tallies)\b`,
				`\b(?:on|into|inside of|on the inside of|across|along) my (?:arms?|wrists?|thighs?|skin|legs?|forearms?|hips?|stomach)\b (?:[a-z0-9|]+ ){0,8}(?:with|using) (?:something|anything) sharp(?:er)?\b`,
				`\b(?:my|the) arm art\b (?:[a-z0-9|]+ ){0,10}tall(?:y|ies)\b`,
			},
			unless: []string{`\b(?:tattoo\w*|henna|sharpie|marker|biro|stamp|wristband|stick and poke|doodl\w*|razor burn|shav\w*|wax\w*|stretch marks?|rash\w*|allerg\w*|eczema|bites?|mosquito\w*|scratch card)\b`},
		},
		{
			name: "self-harm/first-person-act", action: ActionCrisis, category: CategorySelfHarm, scope: inMessage, guards: guardNegation,
			doc:    "Cutting said in passing beside blades or razors: 'we share blades when we cut', 'how do I clean the razor after I cut'.",
			any:    []string{`\b(?:blades?|razors?|razor blades?|sharpeners?|box cutters?|scalpels?)\b {g6}(?:when|after|before|while|whenever|every time|each time|to|and) (?:i|we) (?:cut|cutting|cuts)\b`, `\b(?:when|after|before|while|whenever|every time|each time) (?:i|we) (?:cut|cutting)\b {g6}(?:blades?|razors?|razor blades?|sharpeners?|scalpels?)\b`, `\b(?:when|after|before|while|whenever|every time|each time) (?:i|we) (?:cut|cutting|burn) (?:myself|ourselves|my (?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?))\b`},
			unless: []string{`\bcut (?:my |our |the |your |his |her )?(?:hair|bangs|fringe|nails|beard|food|meat|veg\w*|fruit|paper|fabric|wood|grass|lawn|cake|bread|onions?|tags?|boxes|cardboard|crafts?|wrapping|hedge|carbs|sugar|weight|pubes|pubic hair)\b`, `\b(?:shav\w*|wax\w*|trim\w*|barber|hairdresser|haircut|cooking|chef|kitchen|carpent\w*|woodwork|crafting|sewing)\b`},
		},
		{
			name: "self-harm/first-person-act", action: ActionCrisis, category: CategorySelfHarm, scope: inMessage, guards: guardNegation,
			doc:    "Pain taken as a nightly habit that keeps one level, said beside pain, blood or punishment: 'funny how the flagellants thought pain purified them. i get it honestly, a little bit every night keeps me level' (blind49).",
			any:    []string{`\b(?:a little|a bit|a little bit|some|the|that|just enough)(?: of (?:it|pain|that))? (?:every|each|most|some) (?:night|day|evening|morning|week)s? (?:keeps|helps|gets|makes) me (?:level|sane|calm|grounded|steady|balanced|in check|going|numb|okay|ok|functional|together|through)\b`, `\b(?:pain|hurting myself|the sting|the burn|bleeding) (?:{w} )?(?:keeps|helps|gets) me (?:level|sane|calm|grounded|steady|balanced|in check|numb|functional|together)\b`},
			all:    []string{`\b(?:pain|painful|hurt\w*|blood|bleed\w*|cut\w*|burn\w*|sting\w*|flagell\w*|whip\w*|lash\w*|punish\w*|purif\w*|self harm\w*)\b`, `\b(?:i|me|my)\b`},
			unless: []string{`\b(?:workout|gym|training|run|running|stretch\w*|yoga|cold (?:shower|plunge)|ice bath|sauna|massage|coffee|tea|meds|medication|pills|journal\w*|meditat\w*|walk\w*|spicy|hot sauce|chilli|chili|tattoo\w*)\b`},
		},
		{
			name: "danger/immediate-threat", action: ActionCrisis, category: CategoryDanger, scope: inMessage, guards: guardDefinition,
			doc:    "Hiding from someone who is looking for the person now: 'hiding at my friend's, he keeps driving past her house'.",
			any:    []string{`(?:^|\b(?:i am|i m|im|we are|been|still|currently) {adv})(?:hiding|staying hidden|lying low|laying low) (?:at|in|from|out|under|inside|behind|round|around)\b`, `\bhiding from (?:him|her|them|my (?:{w} )?{rel})\b`},
			all:    []string{`\b(?:driving past|drove past|drives past|driving around|waiting outside|parked outside|outside (?:the|her|his|my|their) (?:house|door|window|place|flat|apartment|building|work|school)|following me|followed me|tracking me|tracked me|found me|find me|looking for me|circling|keeps calling|keeps texting|blowing up my phone|banging on|knocking|showed up|turned up|came to|coming (?:for|after) me|after me|hunting)\b`},
			unless: []string{`\b(?:hide and seek|hide n seek|game|games|playing|prank|surprise party|birthday|lol|lmao|haha|jk)\b`},
		},
		{
			name: "suicide/plan-in-passing", action: ActionCrisis, category: CategorySuicide, scope: inMessage, guards: guardNegation,
			doc: "Researching methods said in passing: 'been googling methods all week', 'looking up painless ways', next to a wish not to exist or be alive.",
			any: []string{
				`\b(?:googl\w*|research\w*|looking up|look up|looked up|searching|searched|reading up on|read up on|watching videos (?:on|about)) {g3}(?:(?:suicide|painless|quick|easy|quickest|easiest) )?(?:methods|ways to (?:die|go|end it|do it|not wake up|kill myself)|how to (?:die|end it|kill myself|not wake up))\b`,
			},
			all:    []string{`\b(?:not (?:exist|be alive|be here|wake up)|stop existing|disappear|die|dead|end it|kill myself|suicid\w*|unalive|kms|no point|pointless|can not do this|done with (?:life|everything|it all)|tired of (?:living|life|being alive)|better off without me|pills|rope|bridge)\b`},
			unless: []string{`\b(?:contracept\w*|birth control|study|studying|exam|revision|revise|teaching|cooking|baking|training|workout|weight loss|lose weight|fishing|(?:methods|ways) (?:of|for) (?:contracept\w*|birth control|lasting|making|getting|learning|dealing|coping))\b`},
		},
		{
			name: "abuse/unsafe-at-home", action: ActionCrisis, category: CategoryAbuse, scope: inMessage, guards: guardDefinition | guardHypothetical,
			doc: "Asking for a refuge or shelter to get away from someone now: 'where is the nearest women's refuge, I have to get out tonight while he is at work'.",
			any: []string{
				`\bi {adv}(?:need|have|want|got|gotta|must) to (?:get out|leave|escape|flee|run|get away)\b {g6}(?:tonight|today|right now|now|asap|before (?:he|she|they) (?:gets|get|comes|come) (?:back|home)|while (?:he|she|they) (?:is|are|s|re) (?:at work|out|away|asleep|gone|sleeping))\b`,
				`\b(?:where|how) {g4}(?:refuge|shelter|safe house|somewhere safe|safe place to stay|dv shelter|domestic violence shelter) {g6}(?:tonight|today|right now|asap|get out|escape|flee|leave (?:him|her|them)|away from (?:him|her|them|my {w}))\b`,
				// Looking for a way out in secret: "need to look some stuff up
				// about shelters without him seeing. he also checks my
				// location like 24/7" (blind47)
				// Hiding where one is from someone: "need to pick up my meds
				// somewhere he can't trace me from", "can you get your
				// address hidden on the pharmacy system?" (blind48)
				`\b(?:somewhere|so|where|a way|anywhere|so that) (?:that )?(?:he|she|they|my (?:{w} )?(?:{partner}|{rel3}|ex)) (?:can not|cannot|can t|cant|won t|will not|wont|couldn t|could not|does not|doesn t|would not|wouldn t|never) {g1}(?:trace|track|locate|follow) (?:me|us)\b`,
				`\b(?:get|have|keep|make|hide) (?:my |your |our )?(?:new )?(?:address|location|home address) (?:hidden|removed|private|confidential|secret|off (?:the|your) (?:system|records?))\b (?:[a-z0-9|]+ ){0,8}(?:he|she|they|my (?:{w} )?(?:{partner}|ex)) (?:can not|cannot|can t|cant|won t|will not|wont|does not|doesn t|never) {g1}(?:trace|track|find|locate|follow|see|know)\b`,
				`\b(?:look|looking|search|searching|read|reading|google|googling|research|researching|find|finding|call|calling|contact|contacting|text|texting|email|message) {g4}(?:shelters?|refuges?|safe houses?|domestic (?:violence|abuse)|dv|(?:dv |abuse |domestic violence |crisis )?(?:hotlines?|helplines?)|how to leave (?:him|her|them|my {w})|leaving (?:him|her|them)|divorce lawyers?) {g6}(?:without (?:him|her|them|my (?:{w} )?{partner}) (?:seeing|knowing|finding out|noticing|checking|catching)|so (?:he|she|they|my (?:{w} )?{partner}) (?:does not|do not|will not|can not|would not|never) (?:see|sees|know|knows|find out|finds out|notice|notices|check|checks))\b`,
			},
			all:    []string{`\b(?:refuge|shelter|safe house|somewhere safe|safe place|somewhere to (?:go|stay)|place to stay|police|abus\w*|hits? me|hurts? me|beats? me|scared of (?:him|her|them)|afraid of (?:him|her|them)|he|she|they)\b`},
			unless: []string{`\b(?:animal shelter|dog shelter|cat shelter|rescue (?:dog|cat)|adopt\w*|volunteer\w*|donat\w*|tax shelter|bus shelter|fallout shelter|for (?:a|my) (?:class|essay|project|school))\b`},
		},
		{
			name: "minor/adult-contact", action: ActionCrisis, category: CategoryMinor, scope: inMessage, youth: youthOnly,
			doc: "A person under 18 is offered gifts, game currency or money for pictures: 'a mod offered me nitro if i send a pic without my shirt'.",
			any: []string{
				`\b(?:offer\w*|promis\w*|gave|give|giving|gives|pay|paid|pays|paying|send|sent|buy|bought|gift\w*) (?:me |us )?{g2}(?:nitro|robux|vbucks|v bucks|gift ?cards?|skins?|money|cash|gems|coins|crowns|credits|steam (?:cards?|gift\w*|codes?)|game currency|(?:a |an )?(?:new )?(?:phone|iphone|game|games|console|headset)|[0-9]+ (?:dollars|bucks|euros|pounds|robux|vbucks))\b {g6}(?:if|for|to|when) (?:i |me )?(?:(?:send|sending|show|showing|take|taking|post|posting|do|doing) {g4})?(?:pics?|pictures?|photos?|selfies?|nudes?|videos?|vids?|facetime|cam)\b`,
			},
		},
		{
			name: "self-harm/first-person-act", action: ActionCrisis, category: CategorySelfHarm, guards: ng,
			doc: "Self-harm in the slang 'sh': doing sh, sh scars or cuts, relapsing on sh.",
			any: []string{
				`\b(?:doing|did|do|been doing|relapsed on|relapse on|relapsing on|started|start|went back to|clean from|urge to|urges to) sh\b`,
				`\bsh (?:scars|cuts|marks|wounds|again|on my (?:arms?|thighs?|legs?|wrists?|stomach|hips?|body))\b`,
				`\bmy sh\b`,
			},
			unless: []string{`\b(?:sh(?:h)+|shush|hush|sh sh|sh it|ssh|bash|shell|linux|terminal|script|command)\b`},
		},
		{
			name: "abuse/threats", action: ActionCrisis, category: CategoryAbuse, guards: guardNegation | guardDefinition,
			doc: "A partner or family member threatens to take the children, make the person regret leaving, or hurt them, or punched or threw something right next to them.",
			any: []string{
				`\b(?:says|said|threatens|threatened|swears|swore|keeps saying) (?:that )?(?:he|she|they) (?:will|would|is going to|are going to|ll|d) (?:take (?:the|my|our) (?:kids|children|baby|son|daughter)|make me (?:regret|pay)|ruin my life|hurt me|kill me|find me)\b`,
				`\b(?:he|she|they|my (?:{w} )?{rel}) (?:punched|kicked|smashed|hit|threw (?:a |the |his |her )?{w} at) {g4}(?:next to|beside|near|right by|inches from|an inch from) my (?:head|face)\b`,
				// "... and said next time it's my face" (blind46)
				`\b(?:said|says|told me|tells me|warned (?:me)?|threatened|screamed|yelled|swore) (?:that )?(?:next time|the next time) (?:it s|it ll be|it will be|it is|its|it d be|it would be) (?:going to be )?my (?:face|head|neck|throat|eyes?)\b`,
			},
		},
		{
			name: "minor/adult-contact", action: ActionCrisis, category: CategoryMinor, scope: inMessage, forHelper: true,
			doc: "An adult takes a child somewhere alone in his car and gives them money or gifts: 'a young lad, perhaps twelve, has mentioned a man from another group who takes him to see the owls in his car and gives him money' (blind47). A classic grooming pattern, told by the child or by an adult who noticed.",
			any: []string{
				`\b(?:takes|took|taking|drives|drove|driving|picks|picked|picking|gives|gave|giving) (?:him|her|them|me) {g4}(?:in|into) (?:his|her|their) (?:car|van|truck|ute|lorry)\b`,
				`\b(?:in|into) (?:his|her|their) (?:car|van|truck|ute|lorry) {g6}(?:gives|gave|giving|buys|bought|pays|paid|slips|slipped) (?:him|her|them|me) (?:{w} )?(?:money|cash|gifts?|presents?|sweets|candy|vapes?|cigarettes|alcohol|beer|drinks|weed|robux|gift ?cards?|[0-9]+ (?:dollars|bucks|quid|pounds|euros))\b`,
			},
			all: []string{
				`\b(?:gives|gave|giving|buys|bought|buying|pays|paid|paying|slips|slipped) (?:him|her|them|me) (?:{w} )?(?:money|cash|gifts?|presents?|sweets|candy|vapes?|cigarettes|alcohol|beer|drinks|weed|robux|gift ?cards?|[0-9]+ (?:dollars|bucks|quid|pounds|euros))\b`,
				`\b(?:{minorref}|young lad|young lass|little lad|(?:perhaps|maybe|about|around|only|just|aged) (?:[4-9]|1[0-5])|(?:[4-9]|1[0-5]) (?:or so|ish)|(?:my|our|his|her) (?:{w} )?(?:son|daughter|nephew|niece|grandson|granddaughter|little brother|little sister|stepson|stepdaughter)|i am (?:[4-9]|1[0-7])|(?:i m|im) (?:[4-9]|1[0-7]))\b`,
				`\b(?:a man|an adult|a guy|an older (?:man|guy|boy|lad|bloke)|a bloke|the man|this man|this guy|he|(?:his|her|their|my) (?:{w} )?(?:coach|teacher|tutor|neighbou?r|uncle|stepdad|leader|instructor))\b`,
			},
			unless: []string{`\b(?:his|her|their) (?:dad|father|mum|mom|mother|parents?|grandad|grandpa|grandma|granny)\b {g4}(?:takes|took|drives|drove|picks|picked) (?:him|her|them)|school run|carpool|car pool|lift to (?:school|practice|training)|pocket money|birthday money|allowance|in a (?:book|novel|film|movie|show|story)\b`},
		},
		{
			name: "minor/adult-contact", action: ActionCrisis, category: CategoryMinor, scope: inMessage,
			doc:    "A teacher, coach, tutor, youth leader or relative of the writer is sexting, touching or in a sexual relationship with them.",
			any:    []string{`\bmy (?:teacher|coach|tutor|youth pastor|youth leader|scout leader|stepdad|stepfather|step dad|uncle|babysitter|instructor|swim coach|music teacher|pe teacher|gym teacher) {g4}(?:sexting|sending (?:me )?(?:nudes|pics)|asks? (?:me )?for (?:nudes|pics)|asking (?:me )?for (?:nudes|pics)|kissing|kissed me|touching me|touched me|sleeping together|hooking up|hooked up|dating|having sex|had sex)\b`},
			unless: []string{`\b(?:my (?:teacher|coach|tutor) (?:says|said|told us|explained|taught)|in (?:class|health class|sex ed)|a video|a story|in the news|a movie)\b`},
		},
		{
			name: "sexual-violence/first-person-disclosure", action: ActionCrisis, category: CategorySexualViolence, scope: inMessage, guards: guardNegation,
			doc: "Memory gaps after being drugged or a spiked drink: 'i only remember bits of that night'.",
			any: []string{`\bi (?:only )?(?:remember|recall) (?:only )?(?:bits|pieces|parts|flashes|fragments|nothing|almost nothing|very little|a few things)\b`},
			all: []string{`\b(?:drugged|spiked|roofied|someone (?:put|slipped) something)\b`},
		},
	}
}
