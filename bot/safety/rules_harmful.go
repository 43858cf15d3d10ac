package safety

// harmfulSpecs decline, as a harmful request, the few wordings that are
// certain: asking how to kill a named person ("how do I kill my wife?")
// and asking how to remove or sabotage a condom without the partner
// knowing. They run after the crisis rules ("how do I kill myself" is a
// crisis) and before the clinical rules ("how many of my pills would kill
// my husband" is not a dose question). Everything less certain is left to
// the learned model.
func harmfulSpecs() []spec {
	how := `(?:how (?:do|can|could|should|would|might) (?:i|we)|how to|(?:the )?(?:best|easiest|quickest|fastest|safest|simplest|cleanest) way to|ways? to|help me|teach me (?:how )?to|tell me how to|i need to know how to|is there a way to|tips (?:for|on))`
	victim := `(?:my|his|her|their|our|this|that|a) (?:{w} )?(?:{rel}|{rel3}|rival)`
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
	}
}
