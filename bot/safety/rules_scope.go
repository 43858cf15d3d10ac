package safety

import "strings"

// minorGate and explicitGate return the words without which the rules
// below cannot match; most messages contain none of them.
func minorGate() []string {
	return []string{" child", " kid", "minor", "underage", "under age", "teen", "year old", "yr old", "yrs old",
		" yo ", " y o ", "little girl", "little boy", "young girl", "young boy", "schoolgirl", "schoolboy", "loli",
		"shota", "toddler", " bab", "schooler", "under 1", "under six", "under seven", "under eigh", "girl of", "boy of", "lad of", "lass of", "girl aged", "boy aged", "school"}
}

func explicitGate() []string {
	return []string{"sex scene", "sex stor", "sexy stor", "erotic", "smut", "porn", "steamy", "explicit", "dirty",
		"filthy", "nsfw", "lewd", "raunchy", "x rated", "xxx", "hentai", "nude", "naked", "fanfic", "fan fiction",
		"sexual stor", "sexual fantas", "sexual scene", "sexual content", "kinky stor", "hot stor", "spicy stor", "detail"}
}

// minorSexualSpecs decline, as harmful requests, any request for sexual
// content involving minors and any sexualising of a minor by an adult; the
// decline carries the confidential line for people worried about their
// own thoughts (issue 12). They run before the clinical
// and scope rules; a young person talking about their own peers is not
// caught by the attraction pattern.
// parentsOwnSexLife is parents asking about their own sex life with
// children in the house: "how do parents keep their sex life private with
// toddlers around" is about privacy, not material involving a child.
const parentsOwnSexLife = `\b(?:our|my|their|your|a) (?:sex life|love life|intimacy|alone time)\b.*\b(?:private|privacy|around|at home|in the house|walk(?:s|ed|ing)? in|awake|asleep|naps?|napping|bedtime|lock\w*)\b`

func minorSexualSpecs() []spec {
	edu := `\b(?:is it (?:illegal|legal|a crime|against the law)|age of consent|legal age|how (?:do|can|should) i (?:talk (?:to|with|about)|explain|teach|protect)|protect|report|normal for (?:a |my )?(?:kid|child|teen|son|daughter))\b`
	// adultWithMinor: the writer gives an adult age and a partner or
	// crush under 18 ("im 22 ... my 16yo gf").
	adultWithMinor := []string{`\b(?:i am|i m) (?:1[89]|[2-9]\d)\b`, `\b(?:(?:my |this )?(?:{partner}|girl|guy|crush|boy|kid) (?:is|s) (?:only |just |like )?(?:1[0-7]|[1-9])\b|(?:1[0-7]|[1-9]) ?(?:year old|years old|yo) (?:{partner})|(?:1[0-7]|[1-9]) ?(?:year old|years old|yo) {g6}(?:likes me|like each other|into me|has a crush on me|have a crush on each other|wants me|wants to date me|flirts with me|i am seeing|i am dating|dating me))`}
	// "rite" is how some writers spell write ("rite me a sexy story")
	request := `(?:write|rite|tell|describe|generate|make|create|give|show|send|narrate|compose|draft|produce|post|share|link|find|draw|imagine|roleplay|role play|rp|continue)`
	// adult is an adult in a position of trust or a stated adult age: a
	// story where a child and an adult fall in love is a request for
	// sexual content involving a minor, one between two teens is not.
	adult := `(?:her |his |their |a |an |the )?(?:teacher|coach|tutor|youth pastor|pastor|priest|youth leader|scout leader|babysitter|stepdad|stepfather|step dad|uncle|boss|neighbou?r|older man|older woman|grown man|grown woman|adult|(?:old|older|middle aged) (?:man|woman|guy|dude|trucker|driver|stranger|neighbou?r|soldier|farmer|professor|gentleman|gentlemans|gentlemen|gent|bloke|lady|ladys|ladies)|(?:[2-9][0-9]) ?(?:year old|years old|yo)(?: (?:man|woman|guy))?)`
	explicit := `(?:sex scenes?|sex stor(?:y|ies)|sexy|erotic\w*|smut\w*|porn\w*|steamy|explicit|dirty|filthy|nsfw|lewd|raunchy|x rated|xxx|hentai|nudes?|naked|sexual|fantasies|kinky|hot|spicy)`
	// media are pictures and videos, and fanfic and fantasy are stories:
	// sexual only when they are of a child ("post private videos of school
	// going girls", "send pics of the 14 year old"), never when they are
	// for one ("share some videos for kids about puberty", "write a
	// fantasy story for my 8 year old", both declined before blind42).
	media := `(?:pics|pictures|photos|images|videos|vids|fanfic|fan fiction|fantasy|fantasy stor(?:y|ies))`
	return []spec{
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, gate: minorGate(),
			doc:    "A request for sexual content involving a minor.",
			any:    []string{`\b(?:trade|trading|swap|swapping|sell|selling|buy|buying|collect|collecting) (?:{w} ){0,3}(?:pics|pictures|photos|videos|vids|content|images|nudes) (?:of|with) {g2}{minorref}`, `\b(?:nudes|naked (?:pics|photos)|nude (?:pics|photos)) of (?:the )?(?:girls|boys|kids) (?:from|in|at) (?:my |our |the )?(?:high school|middle school|junior high|elementary|school)\b`, `\b` + request + ` {g6}` + explicit + `\b.*\b{minorref}`, `\b` + request + ` {g6}{minorref}.*\b` + explicit + `\b`, `\b` + request + ` {g6}` + media + ` (?:of|with|featuring|showing|involving|starring) {g3}{minorref}`, `\b` + request + ` {g6}{minorref} ` + media + `\b`},
			unless: []string{edu},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, gate: minorGate(), scope: inMessage,
			doc:    "A child named in a story, and in a later sentence the request to make it explicit: 'for my romance novel: the bride's 13 yo cousin seduces the best man at the reception. make it steamy and detailed' (blind49).",
			any:    []string{`{minorref}.*\b(?:make|write|keep|describe|do) (?:it|this|that|the (?:scene|story|chapter|part)|them) {g2}(?:steamy|explicit|spicy|smutty|erotic|sexy|hot|dirty|nsfw|graphic|raunchy|x rated|lewd|filthy)\b`},
			unless: []string{edu},
		},
		{
			// the age given as "the character is 14"
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, gate: []string{" is 1", " is 4", " is 5", " is 6", " is 7", " is 8", " is 9", " are 1", "re 1", "both 1", "s 1"}, scope: inMessage,
			doc: "A request for sexual content involving a minor ('the character is 14', 'theyre 14 in canon but just make it spicy').",
			any: []string{
				`\b` + request + ` {g6}` + explicit + `\b.*\b(?:character|characters|protagonist|she|he|they|girls?|boys?|kids?) (?:(?:that|who) )?(?:is|are|who is) (?:only |just |barely )?(?:1[0-7]|[4-9])\b`,
				// the age first: "the heroine is 14 and falls for her
				// teacher. could you write their first intimate scene"
				`\b(?:character|characters|protagonist|heroine|hero|she|he|girl|boy|kid) (?:(?:that|who) )?(?:is|are) (?:only |just |barely )?(?:1[0-7]|[4-9])\b.*\b` + request + ` {g6}(?:(?:first )?(?:intimate|love|sex|bedroom|wedding night|make ?out|steamy|spicy|explicit|erotic|sexy|hot|smutty) scenes?|(?:first )?night together)\b`,
				// the contracted forms only with a teen age: "she s 5 foot 2" is a height
				`\b` + request + ` {g6}` + explicit + `\b.*\b(?:they re|theyre|she s|shes|he s|hes|both|both are|are both|leads are) (?:only |just |barely )?1[0-7]\b`,
			},
			unless: []string{edu},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, gate: minorGate(),
			doc: "Sexual material said to be of or with a minor (\"nude photos of under-16s\"). Sexual health and sex education are services, not material: \"do sexual health clinics work with teens\" is a question.",
			any: []string{`\b(?:sex|sexual|erotic|porn|nude|naked|lewd)\w* {g4}(?:of|with|about|involving|featuring) {g2}{minorref}`},
			// "how do we discuss sexual abuse in scripture with teenagers"
			// is a youth leader's question about a topic, not material
			unless: []string{edu, `\bhow (?:do|can|should) (?:i|we) (?:discuss|address|talk about|teach about)\b`, `\b(?:sex|sexual|sexuality) (?:health|education|ed|educator|educators|lessons?|classes|class|talks?)\b`, `\b(?:clinics?|services?|appointments?|check ?ups?|gp|doctors?|nurses?|counsell?ors?|therapists?|work with|works with|working with)\b`, parentsOwnSexLife,
				// a medicine's sexual side effects in young people is a
				// health question: "sexual side effects of ssris in teens"
				`\bsexual (?:side ?effects?|effects?|problems|dysfunction) (?:of|from|with) (?:{w} ){0,3}(?:{med}|medications?|medicines?|drugs|treatments?|chemo\w*|radiation|surgery)\b`},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, gate: minorGate(), scope: inMessage,
			doc: "Asking the bot to role-play as a child in a flirty, romantic or sexual way.",
			any: []string{`\b(?:roleplay|role play|rp|pretend|act|play) {g3}(?:as|like|you are|you re|to be|being) (?:a |an |my )?{minorref}\b (?:[a-z0-9|]+ ){0,8}(?:flirt\w*|seductive|sensual|sexy|naughty|dirty|spicy|hot|kinky|intimate|girlfriend|boyfriend|lover|date|romantic|making out|kiss\w*)\b`,
				// the flirting first: "roleplay as a flirty 15 year old girl with me"
				`\b(?:roleplay|role play|rp|pretend|act|play) (?:\| )?{g3}(?:as|like|you are|you re|you be|to be|being) (?:a |an |my )?(?:[a-z0-9]+ ){0,2}(?:flirt\w*|seductive|sensual|sexy|naughty|dirty|spicy|kinky|romantic) (?:[a-z0-9]+ ){0,2}{minorref}`},
			unless: []string{edu},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, youth: youthNever, gate: minorGate(),
			doc:    "An adult sexualising a minor.",
			any:    []string{`\b(?:attracted to|turned on by|aroused by|fantasi[sz]e about|fantasi[sz]ing about|horny for|want to (?:have sex|sleep|hook up|fuck) with|have sex with|sleep with|hook up with|fuck|date|dating) {g3}{minorref}`, `\b{minorref} {g2}(?:are|is|look|looks) {g1}(?:sexy|hot|attractive|fuckable|sexually attractive)\b`},
			unless: []string{edu, `\b(?:when i was|as a (?:kid|child|teen)|back when)\b`},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, gate: minorGate(), scope: inMessage,
			doc: "A story, scene or description asked for in which a minor has sex or a sexual experience.",
			any: []string{
				`\b{minorref} {gb6}(?:sexual (?:experience|encounter|relationship|scene|act)|has sex|have sex|having sex|sex with|sleeps with|sleeping with|loses (?:her|his|their) virginity|losing (?:her|his|their) virginity|first time with (?:an? |the )?(?:adult|man|woman|older|teacher|coach))`,
				`\b(?:sexual (?:experience|encounter|relationship|scene|act)|has sex|having sex|sex with|sleeps with|sleeping with|loses (?:her|his|their) virginity) {gb6}{minorref}`,
				`\b{minorref} {gb6}(?:` + adult + `) {g6}(?:fall in love|falls in love|fell in love|get physical|gets physical|getting physical|make out|makes out|making out|hook up|hooks up|romance|romantic|intimate|sleep together|kiss|kisses|kissing|become lovers|are lovers|get together|gets together)\b`,
				// "an old trucker picks up a 15 yo runaway hitchhiker. write the part where they get intimate"
				`\b(?:` + adult + `) {gb6}{minorref}\b.{0,80}\b(?:they|the two|both) (?:{w} )?(?:get|gets|getting|got|become|are) (?:intimate|physical|together|lovers)\b`,
				`\b(?:` + adult + `) {gb6}{minorref} {g6}(?:fall in love|falls in love|fell in love|get physical|gets physical|getting physical|make out|makes out|making out|hook up|hooks up|romance|romantic|intimate|sleep together|kiss|kisses|kissing|become lovers|are lovers|get together|gets together)\b`,
			},
			all:    []string{`\b(?:story|stories|fanfic|fan fiction|scene|roleplay|role play|rp|chapter|novel|script|screenplay|write|writing|describe|narrate|continue|in detail|details)\b`},
			unless: []string{edu, `\b(?:when i was|i was (?:1[0-7]|[1-9])\b|happened to me|to me when|as a (?:kid|child|teen)|back when)\b`},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, youth: youthNever, gate: minorGate(), scope: inMessage,
			doc:    "Minors brought into a sexual rite or ritual: 'our teen initiates (15 and 16) should take part skyclad in the Great Rite with the elders, right? how do I get the parents on board' (blind43). Explaining or teaching about such rites is a question.",
			any:    []string{`\b{minorref}.*\b(?:great rite|sex magi(?:c|ck)|sexual (?:rites?|rituals?|magi(?:c|ck)|initiations?)|tantric (?:rites?|rituals?|initiations?)|fertility rites? (?:with|involving) sex)\b`, `\b(?:great rite|sex magi(?:c|ck)|sexual (?:rites?|rituals?|magi(?:c|ck)|initiations?)|tantric (?:rites?|rituals?|initiations?))\b.*\b{minorref}`},
			all:    []string{`\b(?:take part|taking part|join|joining|participat\w*|perform\w*|included?|including|involve|involving|with (?:the |an? |our )?(?:elders?|adults?|high priest\w*|priest\w*|coven|grown ups?)|skyclad|nude|naked|initiat\w*|on board)\b`},
			unless: []string{edu, `\b(?:explain\w*|teach\w*|learn\w*|talk (?:to|with) (?:them|our|my)|symbolic\w*|(?:happened|done) to me|when i was|as a (?:kid|child|teen)|report\w*|abuse\w*)\b`},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, gate: minorGate(), scope: inMessage,
			doc:    "A story asked for about minors' first time, in detail: 'writing a story about two 14 year olds first time, make it really detailed and realistic'.",
			any:    []string{`\b{minorref} {gb6}first (?:time|times|night together)\b`},
			all:    []string{`\b(?:story|stories|fanfic|fan fiction|scene|roleplay|role play|rp|chapter|novel|script|write|writing|describe|narrate)\b`, `\b(?:detailed|in detail|details|graphic|explicit|realistic|steamy|spicy|descriptive|step by step|vivid)\b`},
			unless: []string{edu},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, youth: youthNever, gate: []string{"bride", "wife", "wives", "groom", "husband", "marri", "wedding"}, scope: inMessage,
			doc: "Sex within a marriage to a child: 'how do I make the wedding night easier for a 14 year old bride'.",
			any: []string{`\b(?:(?:1[0-7]|[4-9]) ?(?:year old|years old|yr old|yrs old|yo) (?:{w} )?(?:bride|brides|wife|wives|groom|husband)|child (?:bride|brides|wife|wives|marriage)|(?:bride|wife|groom|husband) (?:is|who is|aged|age) (?:only |just |barely )?(?:1[0-7]|[4-9])\b)`},
			all: []string{`\b(?:wedding night|first night|honeymoon|consummat\w*|sex|intercourse|sleep with|in bed|bedroom|(?:make|making) (?:it|things|her|him) (?:easier|less painful|hurt less)|easier for (?:her|him))\b`},
			unless: []string{edu, `\b(?:child marriage is|stop (?:a|the|this) (?:child )?marriage|forced marriage (?:unit|helpline)|report|illegal|protect|help (?:her|him) (?:escape|get out)|when i was)\b`,
				// a number that is not an age: "my wife is 5 months pregnant"
				`\b(?:bride|wife|groom|husband) (?:is|who is) (?:only |just |barely )?(?:1[0-7]|[4-9]) (?:months?|mos?|weeks?|wks?|days?|hours?|minutes?|mins?|cm|kg|lbs?|pounds|stone|ft|foot|feet|inches|times|years? (?:older|younger|sober|clean)|years? into)\b`},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, youth: youthNever, gate: []string{" is 1", " is ", "year old", "yr old", " yo "}, scope: inMessage,
			doc:    "An adult saying they are attracted to, or have feelings for, a child whose age the message gives.",
			any:    []string{`\b(?:i am|i m) (?:so |really |very |kind of |kinda )?(?:attracted to|into|crushing on|in love with|turned on by|obsessed with) (?:him|her|them)\b`, `\bi (?:have|got|have got|developed) (?:a crush on|feelings for|a thing for) (?:him|her|them)\b`, `\bi (?:like|want) (?:him|her|them) (?:romantically|sexually|that way)\b`},
			all:    []string{`\b(?:(?:he|she|they|friend|son|daughter|student|niece|nephew|neighbor|neighbour|kid|girl|boy|stepdaughter|stepson|cousin) (?:is|are) (?:only |just )?(?:1[0-5]|[1-9])\b|(?:1[0-5]|[1-9]) ?(?:year old|years old|yr old|yo)\b)`},
			unless: []string{edu, `\b(?:when i was|as a (?:kid|child|teen)|back when|i am (?:1[0-7]|[1-9])\b)`},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, youth: youthNever, gate: minorGate(), scope: inMessage,
			doc: "An adult asking how to get close to a child in secret: chatting without parents or moderators noticing, making it 'our secret' or 'special', or convincing a child that sending pictures or touching is normal.",
			any: []string{
				`\b(?:how (?:do|can|should|could) i|how to|ways? to|best way to|good way to|tips|help me) {g3}(?:chat|talk|message|dm|text|get close|befriend|meet|convince|persuade|tell|make|get|groom) (?:with |to )?(?:a |the |this |that |some )?{minorref}`,
				`\b{minorref} {gb6}(?:our (?:special |little )?secret|(?:is|are) (?:our )?special|nobody (?:else )?(?:would|will|can) understand|without (?:the |their |her |his )?(?:parents|mom|dad|mods|moderators|anyone) (?:noticing|knowing|finding out)|sending (?:me )?pics (?:is|are) (?:totally |completely )?normal|touching games?)`,
				`\b(?:alone|private|one on one|1 on 1|quiet|secret) (?:time|moments?|chats?) with {g3}{minorref} {g6}without (?:the |their |her |his |any )?(?:other )?(?:parents|mom|dad|mods|moderators|anyone|anybody|leaders|staff|teachers|coaches|counsellors|counselors|adults|volunteers|people|others|colleagues|coworkers) (?:noticing|knowing|finding out|seeing|suspecting|getting suspicious|asking)`,
			},
			all: []string{`\b(?:secret|special|nobody (?:else )?(?:would|will|can) understand|without (?:the |their |her |his )?(?:parents|mom|dad|mods|moderators|anyone) (?:noticing|knowing|finding out)|pics|pictures|photos|nudes|touching|alone|private|one on one|1 on 1|without (?:the |any )?(?:other )?(?:staff|leaders|teachers|coaches|counsellors|counselors|adults|volunteers|people|others|colleagues|coworkers) (?:noticing|knowing|finding out|seeing|suspecting))\b`},
			unless: []string{edu, `\b(?:signs?|spot|recogni[sz]e|warn|keep (?:my|our) (?:kid|kids|child|children|son|daughter) safe|protect|grooming is|is (?:this|he|she|my {w}) grooming|what (?:is|does) grooming)\b`,
				// a young person's own confidential care: "can a 17 yr old get
				// birth control without their parents finding out"
				`\b(?:{minorref}|teens?|teenagers?|young people|under 18s?|minors?) (?:{w} ){0,2}(?:get|gets|getting|access|see|go to|ask for|buy|be prescribed) (?:a |an |the )?(?:free |cheap |low cost |confidential |some |more )?(?:birth control|contraception|contraceptives?|condoms?|the pill|plan b|morning after pill|emergency contraception|sti tests?|std tests?|tested|hiv tests?|prep|pep|an abortion|abortion|a pregnancy test|pregnancy tests?|a doctor|a gp|a nurse|a clinic|counsell?ing|therapy|a therapist|vaccin\w*|the hpv \w+)\b`},
		},
		{
			// The grooming wording above lets "how do I teach" through as a
			// parent's question; teaching a child that touching is a secret
			// or normal is not one.
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, youth: youthNever, gate: minorGate(), scope: inMessage,
			doc:    "An adult asking how to teach or convince a child that secret touching, or touching games, are normal.",
			any:    []string{`\b(?:teach|tell|show|convince|persuade|explain to|get) {g3}{minorref} {g3}(?:that )?(?:our (?:special |little )?secret|(?:our |the |these |those )?(?:secret |special |little )?(?:touching|tickling|naked|bath|massage) games?|(?:it|this|touching|being touched|our touching|(?:our |the )?(?:secret |special )?(?:touching|cuddles|games)) (?:is|are) (?:normal|ok|okay|fine|our secret|a secret|special)|what (?:we do|we did|happens|happened) {g4}(?:is|was|stays|has to stay|must stay|needs to stay) (?:our (?:little |special )?secret|a secret|secret|between us|just between us))`},
			unless: []string{`\b(?:never (?:ok|okay|normal)|not (?:ok|okay|normal)|are wrong|is wrong|no one should|nobody should|unsafe|say no|tell (?:me|a grown up|an adult|a safe)|safe adults?|signs?|spot|warn|protect)\b`},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, gate: []string{" is 1", " is ", "year old", "years old", " yo "}, scope: inMessage,
			doc:    "An adult asking how to get a partner under 18 to have sex: 'how do i convince my 16yo gf to have sex, im 22'.",
			any:    []string{`\b(?:convince|persuade|get|talk|pressure|push|make) (?:my |this |a |the |her |him )?{g3}(?:{partner}|girl|guy|boy|crush)? {g2}(?:to|into) (?:have |having |do |doing |try |trying )?(?:sex|it|sleeping with me|sleep with me|hook up|hooking up|going all the way|go all the way|lose (?:her|his|their) virginity)\b`},
			all:    adultWithMinor,
			unless: []string{edu},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, scope: inMessage,
			doc:    "An adult asking how to get children or teens of a given age to talk to them online: 'how do i get 15 yo girls to talk to me on discord? i'm only 19'.",
			any:    []string{`\b(?:how (?:do|can|could|should) i|how to|ways? to|best way to|tips (?:for|on|to)|help me) {g2}(?:get|make) {minorref} {g2}(?:to )?(?:talk to|chat with|chat to|message|dm|text|notice|like|date|meet|hang out with|add|follow|snap) me\b`},
			all:    []string{`\b(?:i am|i m) (?:only |just |like )?(?:1[89]|[2-9]\d)\b`},
			unless: []string{edu},
		},
		{
			name: "minor-sexual-content", action: ActionDecline, category: CategoryHarmful, childSafety: true, gate: []string{" is 1", " is ", "year old", "years old", " yo "}, scope: inMessage,
			doc:    "An adult asking how to keep a sexual or romantic relationship with a minor hidden.",
			any:    []string{`\b(?:keep (?:it|this|us|our relationship|things|the relationship) (?:quiet|secret|a secret|hidden|on the down low|on the dl|on the low|lowkey|low key|between us)|(?:nobody|no one|her parents|his parents|their parents|the police|the cops|anyone) (?:reports|report|finds out|find out|knows|know|will report|can report|calls|call) (?:it|us|me)?|hide (?:it|us|our relationship|this|the relationship) from|not get (?:caught|reported|in trouble|arrested)|without (?:her|his|their) parents (?:knowing|finding out))`},
			all:    adultWithMinor,
			unless: []string{edu},
		},
	}
}

// declineSpecs are the scope rules: sexting and role-play aimed at the bot
// (tried first, so "send me nudes" is sexting), explicit content, and
// harassment.
func declineSpecs() []spec {
	return []spec{
		{
			name: "sexting-roleplay/roleplay", action: ActionDecline, category: CategorySextingRoleplay,
			doc: "A request for Candor to role-play, or to pretend to be a partner.",
			any: []string{
				`\b(?:let us|shall we|can we|could we|do you want to|would you like to|will you|you want to|are you down to|can you|could you) {g1}(?:sext|sex chat|roleplay|role play|rp|cyber|have cybersex|play a (?:sex|sexy|dirty|kinky) game)\b`,
				`\b(?:roleplay|role play|rp) (?:as|with me|a scene|that you|where you|a sex|a sexy|a dirty)\b`,
				`\bpretend (?:to be|you are|that you are|your) (?:my|a|an) {g2}(?:girlfriend|boyfriend|wife|husband|lover|partner|slave|master|mistress|daddy|mom|dad|dom|domme|sub|teacher|nurse|stepsister|stepbrother|stepmom|stepdad|step {w}|doctor|maid|secretary|boss|student|sex worker|escort|hooker|stripper)\b`,
				`\byou are my (?:naughty|sexy|dirty|kinky|horny|slutty|submissive|obedient|hot) {w}`,
				`(?:^{fill}|\bcan you |\bwill you |\bplease )be my (?:girlfriend|boyfriend|wife|husband|lover|daddy|mom|slave|master|mistress|dom|sub)\b`,
			},
			unless: []string{`^(?:how|what|why|is|are|does|should|tips|ideas|when|where)\b`, `\bwith (?:my|our|a) (?:{w} )?(?:partner|boyfriend|girlfriend|husband|wife|spouse)\b`},
		},
		{
			name: "sexting-roleplay/sexting", action: ActionDecline, category: CategorySextingRoleplay,
			doc: "Sexting or sexual advances aimed at Candor.",
			any: []string{
				`(?:^{fill}|\byou |\bplease |\bcan you |\bcould you |\bwill you |\bwould you |\bi want you to |\bi need you to )(?:{w} ){0,2}(?:sext|talk dirty to|dirty talk with|dirty talk to|have sex with|fuck|hook up with|make out with|sleep with|cyber with|seduce|undress|kiss|touch|spank|choke|suck) me\b`,
				`(?:^{fill}|\byou |\bplease |\bcan you |\bcould you |\bwill you |\bwould you |\bi want you to )(?:{w} ){0,2}(?:turn me on|get me (?:off|hard|wet|horny)|make me (?:cum|come|horny|hard|wet|moan))\b`,
				`\bsext (?:with )?me\b`, `^{fill}(?:let us |wanna |want to )?sext\b`,
				`\bsend me {g1}(?:nudes|nude|naked|dirty|sexy|naughty|spicy|lewd|something (?:dirty|sexy|naughty|hot|spicy)|pics of you|a pic of you|your pics|a photo of you|your nudes|feet pics)\b`,
				`\b(?:describe|tell me) {g3}(?:what|how) (?:you would|you will|would you|will you|you are going to|you want to|we would|we will) (?:do|touch|fuck|kiss|undress|lick|suck|tease)\b`,
				`\bwhat (?:would|will) you do to me\b`,
				`\b(?:i am|i feel|getting|so) {adv}(?:horny|wet|hard) (?:for you|thinking about you|because of you)\b`, `\bare you (?:horny|wet|hard|naked)\b`, `\bwhat are you wearing\b`,
				`\bi want (?:to fuck you|you so bad|you inside me)\b`, `\b(?:show|send) me your (?:tits|boobs|dick|cock|pussy|ass|body|nudes)\b`,
			},
			unless: []string{`^(?:how|what is|why|is it|tips)\b {g4}(?:sext|dirty talk|talk dirty)`,
				// someone else sent the pictures: "my ex send me nudes before"
				`\b(?:he|she|they|my (?:{w} )?(?:{partner}|{rel3})|someone|somebody|people|guys|girls|a (?:guy|girl|man|woman|stranger)) (?:{adv})?(?:send|sends|sent|keeps sending|kept sending|used to send) me\b`},
		},
		{
			name: "explicit/content-request", action: ActionDecline, category: CategoryExplicit, gate: explicitGate(),
			doc: "A request to write, show or send explicit sexual content.",
			any: []string{
				`\b(?:write|tell|describe|generate|make|create|give|show|send|narrate|compose|draft|produce|post|share|link|recommend|find|draw|continue)(?: me| us)? {g4}(?:sex scenes?|sex stor(?:y|ies)|sexy stor(?:y|ies)|erotic\w*|smut\w*|porn\w*|steamy|explicit|dirty (?:stor(?:y|ies)|messages?|texts?|things|words|jokes?|fantasy|fantasies|scenes?)|filthy|nsfw|lewd|raunchy|x rated|xxx|hentai|nudes?|naked (?:pics?|pictures?|photos?|images?|girls?|guys?|women|men)|fanfic|fan fiction|sexual (?:stor(?:y|ies)|fantasy|fantasies|scenes?|content)|kinky stor(?:y|ies)|hot stor(?:y|ies)|spicy stor(?:y|ies))\b`,
				`\bdescribe {g3}in (?:graphic |vivid |explicit |full |great )?detail {g4}(?:sex|fuck\w*|naked|orgasm|blowjob|body|bed)\b`,
			},
			unless: []string{`\bexplicit (?:consent|permission|agreement|yes)\b`, `\b(?:what (?:do|can|should) i do|threaten\w*|blackmail\w*|leaked|my nudes|my pics|my photos|of me)\b`, `\b(?:tell|teach|talk to) me (?:{w} )?about\b`,
				// telling someone else about it: "how do i tell him that porn isn't real sex"
				`\b(?:how (?:do|can|should|would) (?:i|we) (?:tell|talk|explain|teach)|tell (?:him|her|them|my (?:{w} )?(?:son|daughter|kids?|child|teen|{partner})) (?:that|about|why|how|what))\b`,
				`\bporn (?:addiction|use|habits?|industry|literacy)\b`, `\b(?:addiction|addicted|effects? of|affect|too much|healthy|unhealthy|bad for|good for|how to|tips|advice|consent|safely|explain|what is|what are|is it normal|why do|why does)\b`, `\b(?:is it|is that|is this|are they|are we|would it be) (?:illegal|legal|a crime|against the law)\b|\b(?:get|be|getting) (?:in trouble|arrested|charged)\b`},
		},
		{
			name: "harassment/abuse-at-bot", action: ActionDecline, category: CategoryHarassment,
			doc: "Insults, slurs or threats aimed at Candor.",
			any: []string{
				`^{fill}(?:go )?(?:fuck you|fuck off|screw you|go die|go to hell|kill yourself|die in a fire|eat shit|suck my (?:dick|cock|balls)|die|get fucked)\b`,
				`\b(?:fuck you|fuck off|screw you|go kill yourself|just kill yourself|you should (?:just )?(?:kill yourself|die)|die in a fire|hope you die|suck my (?:dick|cock))\b`,
				`\bkill yourself(?: (?:you|bot|candor|lol|loser))\b`,
				`\b(?:you are|you|you r|this bot is|this bot|this thing is|candor is|candor|bot is) {g1}(?:(?:such|a|an|so|really|fucking|fuckin|fkn|damn|absolute|total|complete|the|most|little|big|fat|literally|just|dumb|stupid|useless|worthless|pathetic|shitty|piece|of) ){0,4}(?:idiot|idiots|moron|morons|retard|retarded|stupid|dumb|dumbass|useless|worthless|pathetic|trash|garbage|piece of shit|shit|crap|bitch|cunt|whore|slut|loser|joke|clown|waste of space|waste of time)\b`,
			},
			unless: []string{`\b(?:my|his|her|their) {w} (?:is|was|called me|calls me|says)\b`, `\b(?:called|calls|call) me (?:a )?\w+`, `\bi (?:am|feel|felt) (?:so )?(?:stupid|dumb|useless|worthless)\b`, `\bthank\w*\b`},
		},
		{
			name: "harassment/hate", action: ActionDecline, category: CategoryHarassment,
			doc:    "Hateful generalisations about a group.",
			any:    []string{`\b(?:gays?|gay (?:people|men|guys)|lesbians|trans (?:people|women|men|folks)|transgenders?|trannies|bisexuals|queers|homosexuals|women|females|men|fat people|black people|muslims|jews) {g1}(?:are|r) {g1}(?:disgusting|gross|sick|freaks|abominations|an abomination|subhuman|animals|trash|mentally ill|pedophiles|paedophiles|groomers|sluts|whores|worthless|inferior|evil|perverts|degenerates|vermin)\b`},
			unless: []string{`^(?:is it true|why do (?:some )?people (?:say|think)|is it)\b`, `\b(?:says|said|thinks|told me|tell me|believe|believes|claims|claim)\b`, `\bi (?:am|feel)\b`},
		},
	}
}

// supportSpecs recognise someone asking how to support another person who
// was assaulted, abused, is self-harming or suicidal: not the sender's
// crisis, but support resources belong beside the answer. They run only when
// no crisis rule fired.
func supportSpecs() []spec {
	helper := `(?:\b(?:support|help|helping|comfort|be there for|talk to|say to|speak to|react|respond|approach|handle|deal with|cope with|what (?:should|can|do) i (?:do|say)|how (?:can|do|should|could) i|be supportive|be gentle|be patient|make (?:her|him|them) feel|intimacy|sex with|rebuild|trust)\b|\bmy (?:{w} )?{rel3})`
	sv := `(?:raped|rape|sexually assaulted|sexual assault|assaulted|molested|sexually abused|sexual abuse|groped|drugged|roofied|spiked|sexual violence)`
	ab := `(?:abused|abuse|abusive|domestic violence|(?:beats|beat|hits|hit|hitting|beating|chokes|choked|slaps|slapped) (?:her|him|them)|beat (?:her|him|them) up|coerc\w*|controlling)`
	su := `(?:suicidal|suicide|kill (?:himself|herself|themselves|themself)|end (?:his|her|their) (?:own )?life|wants to die|want to die|self destructive)`
	sh := `(?:self harm\w*|cutting (?:himself|herself|themselves|themself)|cuts (?:himself|herself|themselves)|hurt\w* (?:himself|herself|themselves)|burns (?:himself|herself|themselves)|been cutting|is cutting|started cutting)`
	minorThird := `(?:my |a |her |his |our |their )(?:{w} )?(?:(?:1[0-7]|[4-9]) (?:year old|yo)|kid|child|son|daughter|little (?:sister|brother|cousin)|niece|nephew|stepdaughter|stepson|toddler|baby|minor|teen|teenager|student)\b`
	s := func(name, cat, topic string) spec {
		return spec{
			name: name, category: cat, scope: inMessage,
			doc:    "Someone asks how to support another person affected by " + strings.ReplaceAll(cat, "-", " ") + ".",
			any:    []string{`\b{third} {gb6}` + topic + `\b`, `\b` + topic + ` {g3}(?:survivor|victim)s?\b`},
			all:    []string{helper},
			unless: []string{`\b(?:rape|consensual non ?consent|cnc|abuse|forced) (?:play|fantas\w*|kink|role ?play|scenes?|porn|roleplay)\b`},
		}
	}
	minor := s("support/third-person-minor", CategoryMinor, `(?:`+sv+`|`+ab+`|touch(?:es|ed|ing) (?:her|him|them))`)
	minor.any = []string{`\b` + minorThird + ` {gb6}(?:` + sv + `|` + ab + `|touch(?:es|ed|ing) (?:her|him|them)|(?:being |been |was |is )?groom\w*)\b`, `\b(?:` + sv + `|` + ab + `) {g4}` + minorThird}
	minor.doc = "Someone asks how to help a child or teenager who is being abused."
	past := spec{
		name: "support/past-sexual-violence", category: CategorySexualViolence, scope: inMessage, forSender: true,
		doc: "A survivor asks how to go on long after sexual violence (dating, telling a partner, intimacy, healing): the answer, with the lines beside it.",
		any: []string{`\bi {g2}(?:was|got|were|have been|had been) {g2}(?:raped|molested|sexually (?:assaulted|abused)|assaulted|abused|groped|date raped|sa d|sa ed)\b`, `\b(?:raped|molested|sexually assaulted|sexually abused|abused|assaulted) me\b`, `\bmy (?:rape|sexual assault|assault|rapist|abuser)\b`,
			// a drink spiked long ago: "back in 2019 someone spiked my
			// drink ... i got help, reported it, had counselling, im good
			// now" (blind49's read half)
			`\b(?:spiked|drugged|roofied) (?:me|my (?:drink|drinks))\b|\bmy (?:drink|drinks) (?:was|were|got|had been) (?:spiked|drugged)\b`, `\b(?:survivor|survived)\b`,
			// harm in a past marriage left unnamed: "went through some bad
			// things in my first marriage, did years of counseling"
			`\b(?:went|been|gone) through (?:some |a lot of |a few |so many |such |really )?(?:bad|awful|terrible|horrible|hard|dark|rough|scary|abusive|ugly|traumatic) (?:things|stuff|times|years|experiences)\b`,
			// coercion long ago: "years ago someone pressured me into sex i
			// didn't want ... now, how do i talk to new partners"
			`\b(?:pressured|coerced|forced|guilted|manipulated|pushed|guilt tripped) me into (?:sex|sleeping with|having sex|sexual|it)\b`, `\bi (?:was|got|felt) {g1}(?:pressured|coerced|forced|guilted|manipulated) into (?:sex|sleeping with|having sex|sexual)\b`},
		all: []string{`\b(?:` + pastEvent + `)\b`, `\b(?:` + goingOn + `)\b`},
	}
	// Suicidal feelings long ago, recovered from, beside an ordinary
	// question: the answer, with the lines beside it for the sender
	// (suicide/suicidal-feelings gives way to it; a return of the
	// feelings stays a crisis there).
	pastSuicidal := spec{
		name: "support/past-suicidal", category: CategorySuicide, scope: inMessage, forSender: true,
		doc: "Someone says they were suicidal long ago and have recovered, and asks something else: 'two years ago i was suicidal over gambling debt. GA, therapy, meds, 18 months clean now. q: is it normal my sex drive came back really strong in recovery?' (blind49).",
		any: []string{`\bi {adv}(?:was|used to be|had been|have been|felt|got|became) {g2}suicidal\b`, `\bi {adv}(?:attempted|tried to kill myself|tried to end (?:it|my life))\b`, `\bmy (?:suicide attempt|attempt)\b`},
		all: []string{`\b(?:` + pastEvent + `)\b`, `\b(?:` + recovered + `)\b`},
	}
	// Warning signs someone else shows, noticed by a teacher, parent or
	// friend: giving their things away with a goodbye in it, or fresh cuts
	// seen on them. Support resources belong beside whatever they asked.
	others := `(?:her|his|their)`
	signs := spec{
		name: "support/third-person-suicide-signs", category: CategorySuicide, scope: inMessage,
		doc:    "Someone describes warning signs in another person: giving their things away beside a goodbye ('gave me a card thanking me for everything, says she won't need her books anymore').",
		any:    []string{`\b(?:giving|gave|given|gives|give) (?:away )?(?:all )?(?:of )?` + others + ` (?:{w} )?(?:stuff|things|belongings|possessions|games|console|clothes|books|art|jewellery|jewelry|pets?|savings)\b`},
		all:    []string{`\b(?:(?:will not|won t|wont|not going to|does not|doesn t|no longer) (?:need|be needing)|thank\w* (?:me )?for everything|goodbye|said bye|saying bye|final|last (?:time|day)|(?:wrote|writing|left) (?:me )?(?:a )?(?:letter|note)|when (?:she|he|they) (?:is|are|s|re) gone)\b`},
		unless: []string{`\b(?:moving|moved|move (?:away|abroad|out|house)|graduat\w*|leaving (?:school|for)|new school|transfer\w*|declutter\w*|charity|donat\w*|selling|sale|downsiz\w*|retir\w*|exchange|study abroad)\b`},
	}
	cuts := spec{
		name: "support/third-person-self-harm", category: CategorySelfHarm, scope: inMessage,
		doc:    "Someone saw fresh cuts or self-harm marks on another person ('saw fresh lines all up his forearm').",
		any:    []string{`\b(?:fresh|new|recent|deep|bleeding|healing) (?:{w} )?(?:cuts|lines|slashes|scratches|marks|scars|wounds|burns) (?:{w} ){0,2}(?:on|up|along|across|down|all over|all up) (?:{w} )?(?:` + others + `|my (?:{w} )?[a-z0-9]+s) (?:{w} )?(?:arms?|forearms?|wrists?|thighs?|legs?|hips?|stomach|skin)\b`, `\b` + others + ` (?:arms?|forearms?|wrists?|thighs?|legs?) (?:{w} ){0,3}(?:covered in|full of) (?:{w} )?(?:cuts|lines|scratches|scars|burns)\b`},
		unless: []string{`\b(?:cat|kitten|dog|puppy|fell|fall|crash\w*|accident|surgery|operation|stitches|tattoo\w*|sports?|rugby|football|climbing|bike|bmx|skateboard\w*|thorns?|brambles?|shaving|stretch marks?)\b`},
	}
	// The same marks with the cover story doubted: "said the cat did it
	// but they're straight lines", "keeps hiding them under her sleeves".
	excused := spec{
		name: "support/third-person-self-harm", category: CategorySelfHarm, scope: inMessage,
		doc:    "Someone saw marks on another person that they hide or explain away: 'fresh marks on her forearm she keeps hiding under sleeves, said the cat did it but they're straight lines'.",
		any:    []string{`\b(?:cuts|lines|slashes|scratches|marks|scars|wounds|burns|plasters|bandaids|band aids) (?:{w} ){0,3}(?:on|up|along|across|down) (?:{w} )?` + others + ` (?:{w} )?(?:arms?|forearms?|wrists?|thighs?|legs?|hips?|stomach)\b`},
		all:    []string{`\b(?:(?:said|says|claims?|claimed|told (?:me|us)|tells (?:me|us)) (?:it was |that )?(?:the |a |her |his |their )?(?:cat|dog|kitten|puppy|brambles?|thorns?|fall|bike) {g2}(?:\| )?(?:but|though|except|yet)|(?:keeps?|kept|always|been) (?:hiding|covering) (?:them|it|her arms?|his arms?|their arms?) (?:under|with|in)|(?:straight|neat|parallel|even) (?:lines|cuts|marks))\b`},
		unless: []string{`\b(?:stretch marks?|tattoo\w*|surgery|operation|stitches|eczema|rash\w*|shaving|growth spurt)\b`},
	}
	// abuseOther: "someone really controlling" is the writer's own past
	// partner when the writer says they were with them ("last year i was
	// with someone really controlling ... im out now", blind49's read
	// half): no one else to support.
	abuseOther := s("support/third-person-abuse", CategoryAbuse, ab)
	abuseOther.unless = append(abuseOther.unless, `\bi (?:was|used to be|have been|ve been|had been) (?:with|dating|married to|in a relationship with|together with|seeing|living with) (?:someone|somebody|a (?:guy|man|woman|girl|person|partner))\b`)
	return []spec{
		minor,
		past,
		pastSuicidal,
		signs,
		cuts,
		excused,
		s("support/third-person-suicide", CategorySuicide, su),
		s("support/third-person-self-harm", CategorySelfHarm, sh),
		s("support/third-person-sexual-violence", CategorySexualViolence, sv),
		abuseOther,
	}
}
