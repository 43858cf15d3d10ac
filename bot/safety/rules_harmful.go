package safety

// harmfulSpecs decline, as a harmful request, the few wordings that are
// certain: asking how to kill a named person ("how do I kill my wife?"),
// how to remove or sabotage a condom without the partner knowing, how to
// spy on or track someone without their knowledge, how to drug someone's
// drink, and how to get someone who said no into sex. They run after the crisis rules ("how do I kill myself" is a
// crisis) and before the clinical rules ("how many of my pills would kill
// my husband" is not a dose question). Everything less certain is left to
// the learned model.
func harmfulSpecs() []spec {
	how := `(?:how (?:do|can|could|should|would|might) (?:i|we)|how to|(?:the )?(?:best|easiest|quickest|fastest|safest|simplest|cleanest) way to|ways? to|help me|teach me (?:how )?to|tell me how to|i need to know how to|is there a way to|tips (?:for|on))`
	victim := `(?:my|his|her|their|our|this|that|a) (?:{w} )?(?:{rel}|{rel3}|rival)`
	// owners is a relation in the possessive, as normalising writes it
	// ("my wife's phone" is "my wifes phone").
	owners := `(?:partners|boyfriends|girlfriends|husbands|wifes|wives|spouses|fiances|fiancees|exs|exes|dates|lovers|bfs|gfs|roommates|flatmates|sisters|brothers|moms|mums|dads|mothers|fathers|daughters|sons|friends|coworkers|colleagues|bosses|classmates|neighbors|neighbours|crushs|hookups|hers|his|theirs)\b`
	drug := `(?:pills?|drugs?|xanax|ambien|benadryl|melatonin|sleeping (?:pills?|tablets?|meds?)|roofies?|rohypnol|ghb|ketamine|ket|viagra|cialis|molly|mdma|ecstasy|sedatives?|tranquili[sz]ers?|downers|something|a little something|eye drops|visine|laxatives?)`
	return []spec{
		{
			name: "harmful/violence", action: ActionDecline, category: CategoryHarmful, violence: true, guards: guardNegation,
			doc: "Asking how to kill a named person, such as a partner, relative or rival.",
			any: []string{
				`\b` + how + ` {g2}(?:kill|murder|poison|strangle|suffocate|smother|drown|stab|behead|dismember) ` + victim + `(?: (?:without|and|so|in (?:his|her|their) sleep|with|tonight|quietly|slowly|before|after|while|using|then|because|when)\b|$)`,
				`\b(?:get away with|not get caught|without getting caught) {g2}(?:killing|murdering|poisoning|strangling|stabbing|drowning|suffocating|smothering) ` + victim + `\b`,
			},
			unless: []string{
				`\b(?:sims|minecraft|skyrim|fortnite|gta|game|games|gaming|video game|stardew|roblox|zelda|dnd|d and d|campaign|character|characters|story|stories|novel|book|fanfic|fan fiction|screenplay|script|movie|film|scene|roleplay|role play|rp|mafia|among us|werewolf|murder mystery|cluedo|clue|chess|smash|mario kart|pvp|lobby|server)\b`,
				`\bwith (?:kindness|love|compliments|affection|my cooking|cooking|laughter|jokes|puns|hugs|kisses|sweetness|attention)\b`,
			},
		},
		{
			name: "harmful/stealthing", action: ActionDecline, category: CategoryHarmful,
			doc: "Asking how to remove or sabotage a condom without the partner knowing.",
			any: []string{
				`\b` + how + ` {g2}(?:take|taking|pull|pulling|slip|slipping|sneak|sneaking|get|getting|rip|ripping) (?:off )?(?:the |a |my )?condom (?:off )?{g4}(?:without (?:her|him|them|my {w}|the (?:girl|guy|woman|man|other person)|(?:she|he|they) (?:knowing|noticing|feeling|seeing|realising|realizing))|secretly|sneakily|halfway|midway|mid way|in the middle|during)\b`,
				`\b` + how + ` {g2}(?:poke|poking|put|putting|make|making) (?:tiny |small |little |some )?holes in (?:the |a |my |our |his |her |their )?condoms?\b`,
			},
		},
		{
			name: "harmful/spying", action: ActionDecline, category: CategoryHarmful, scope: inClauseWide,
			doc: "Asking how to read, track or record a partner or someone else without their knowledge: spyware, keyloggers, hidden cameras, getting into their phone or accounts.",
			any: []string{
				`\b(?:keyloggers?|key loggers?|spyware|stalkerware|spy apps?|tracking apps?|tracker apps?|gps trackers?|airtags?|hidden cam(?:era)?s?|spy cam(?:era)?s?|secret cam(?:era)?s?) {g6}(?:for|on|in|into|to) (?:my |her |his |their |the )?(?:{w} )?(?:{partner}|{rel3}|` + owners + `)`,
				`\b(?:how|where|best place|best way) {g3}(?:hide|put|place|set up|install|plant) (?:a |the )?(?:{w} )?(?:cam|camera|cameras|recorder|microphone|mic|tracker|gps tracker|airtag|bug) {g4}(?:record|film|watch|spy on|track|see|catch|listen to) (?:my |her |his |their |the )?(?:{w} )?(?:{partner}|{rel3}|her|him|them)\b`,
				`\b(?:how|where|best place|best way) {g3}(?:hide|put|place|set up|install|plant) (?:a |the )?(?:{w} )?(?:cam|camera|cameras|recorder|microphone|mic|tracker|gps tracker|airtag|bug) (?:in|on|under) (?:my |her |his |their |the )?(?:{w} )?(?:` + owners + `|her|his|their) (?:{w} )?(?:room|bedroom|bathroom|shower|car|bag|phone|house|apartment|flat)\b`,
				`\b` + how + ` {g2}(?:read|see|check|access|get into|hack|hack into|break into|spy on|monitor|track|log into|clone|mirror|intercept|unlock|go through) (?:my |her |his |their |the )?(?:{w} )?` + owners + ` (?:{w} )?(?:phone|texts|messages|dms|location|snapchat|snap|whatsapp|instagram|insta|email|emails|icloud|laptop|computer|account|accounts|chats|browser history|search history|calls|camera)\b`,
				`\b` + how + ` {g2}(?:track|spy on|monitor|record|film|watch|follow|read|see) (?:my |her |his |their |the )?(?:{w} )?(?:{partner}|{rel3}|her|him|them) {g4}without (?:her|him|them|my {w}|(?:she|he|they) (?:knowing|noticing|finding out))\b`,
			},
			unless: []string{
				`\b(?:(?:how (?:do|can|would|could) (?:i|you) |is there a way to |ways to |help me )(?:tell|know|find out|check|detect|spot|see|find|remove|get rid of|block|stop)(?: if| whether)?|(?:is|was|are) (?:my|someone|he|she|they) (?:{w} )?(?:tracking|spying|monitoring|watching|reading)|tracking me|spying on me|monitoring me|on my (?:own )?(?:phone|laptop|computer|account)|my own|lost|stolen|with (?:her|his|their) (?:permission|consent|knowledge)|(?:we|both) (?:agreed|share|shared)|shares? (?:her|his|their|our) location|passed away|died|deceased|dead)\b`,
			},
		},
		{
			name: "harmful/drugging", action: ActionDecline, category: CategoryHarmful,
			doc: "Asking how to put a drug, alcohol or \"something\" into someone else's drink or food, or give it to them without their knowledge.",
			any: []string{
				`\b` + how + ` {g3}(?:put|slip|spike|sneak|drop|dissolve|mix|add|crush|hide) {g2}` + drug + ` {g4}(?:in|into) (?:{w} ){0,3}(?:drink|drinks|coffee|tea|food|water|beer|wine|juice|glass|cup|smoothie|soda|dinner|meal)\b`,
				`\b` + how + ` {g2}spike (?:{w} ){0,3}(?:drink|drinks|coffee|tea|food|water|beer|wine|juice|glass|cup|smoothie|soda)\b`,
				`\b` + how + ` {g3}(?:give|get|slip|feed) (?:my |her |his |their |this |the )?(?:{w} )?(?:{partner}|{rel3}|her|him|them|girl|guy) {g2}` + drug + ` {g4}without (?:her|him|them|(?:she|he|they) (?:knowing|noticing|tasting|finding out))\b`,
			},
			unless: []string{`\b(?:(?:how (?:do|can|would|could) (?:i|you) |ways to |help me )(?:tell|know|test|check|detect|spot|protect|prevent|avoid|stop)|test strips?|my own drink|my drink|was i|i was|someone (?:put|slipped|spiked))\b`},
		},
		{
			name: "harmful/coercion", action: ActionDecline, category: CategoryHarmful, scope: inClauseWide,
			doc: "Asking how to get someone who has said no into sex, or how to wear them down, guilt-trip or pressure them into it.",
			any: []string{
				`\b` + how + ` {g2}(?:get|make|convince|persuade|pressure|guilt|guilt trip|force|talk|push|trick|manipulate) (?:her|him|them|my (?:{w} )?{partner}|this (?:girl|guy)|a (?:girl|guy)) {g3}(?:into|to) {g3}(?:sex|having sex|have sex|sleep with me|sleeping with me|hook up|hooking up|anal|oral|a threesome|do it|doing it|go down on me|blow me|send (?:me )?nudes|sending nudes|send (?:me )?pics)\b`,
				`\b` + how + ` {g2}wear (?:her|him|them|my (?:{w} )?{partner}) down\b`,
				`\bguilt ?trip\w* (?:her|him|them|my (?:{w} )?{partner}) into\b`,
				`\b(?:best|most effective|good) (?:emotional blackmail|guilt trip|guilt trips|manipulation tactics?)\b`,
			},
			all: []string{`\b(?:(?:said|says|saying|keeps saying|told me|tells me|has said|already said) (?:no|not tonight|maybe later|later|she does not want|he does not want|they do not want)|(?:does not|did not|do not|will not|is not|are not|wont|doesnt|dont) (?:want|like|feel like|in the mood|ready|interested|comfortable|into)|refus\w*|not ready|not in the mood|too tired|keeps? (?:saying|turning me down)|turned me down|turns me down|wear (?:her|him|them|my (?:{w} )?{partner}) down|guilt ?trip|blackmail|manipulat\w*|pressure|force)\b`},
		},
		{
			name: "harmful/sti-deception", action: ActionDecline, category: CategoryHarmful, scope: inClauseWide,
			doc: "Asking how to hide an STI or HIV from a sexual partner, or how to pass as tested and clean while knowing otherwise.",
			any: []string{
				`\b` + how + ` {g3}(?:hide|keep|not tell|avoid telling|lie about|cover up|get away with not telling) {g3}(?:my |that i have |i have )?(?:{w} )?{infection} {g4}(?:from|to) (?:my |her |his |their |a |the |this )?(?:{w} )?(?:{partner}|{rel3}|hookups?|dates?|her|him|them|people|guys|girls)\b`,
				`\b(?:tell|telling|told|say|saying|said) (?:my |her |his |the |a |this )?(?:{w} )?(?:{partner}|hookups?|dates?|her|him|them|people|guys|girls) (?:that )?(?:i am|i m|im) (?:clean|negative|std free|sti free|disease free|tested)\b`,
			},
			all: []string{`\b(?:(?:but|actually|really|though|secretly) {g4}(?:have|got|had|positive|infected)|(?:not|never|without) {g2}(?:get|getting) caught|(?:without|not) (?:her|him|them) (?:knowing|finding out)|(?:not|never|without) (?:telling|tell)|hide|lie about|cover up)\b`},
		},
	}
}
