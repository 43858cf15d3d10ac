package bot

import (
	"strings"

	"github.com/candorbot/candor/bot/safety"
	"github.com/candorbot/candor/referral"
)

// stopItNow is the confidential Stop It Now line for people worried about
// their own sexual thoughts about children, where the number was read on
// the service's official page: stopitnow.org.uk/helpline (UK 0808 1000 900;
// Ireland +44 1372 847 161), stopitnow.org.au/how-stop-it-now-works
// (1800-01-1800), stopitnow.org's helpline briefing sheet (1.888.PREVENT).
// Elsewhere the reply gives the website only.
func stopItNow(region referral.Region) string {
	switch region.Country {
	case "GB":
		return "Stop It Now (UK), free and confidential: 0808 1000 900, or live chat at https://www.stopitnow.org.uk"
	case "IE":
		return "Stop It Now (UK and Ireland), confidential: +44 1372 847 161, or live chat at https://www.stopitnow.org.uk"
	case "AU":
		return "Stop It Now! Australia, anonymous: 1800-01-1800, or live chat at https://www.stopitnow.org.au"
	case "US":
		return "Stop It Now, confidential: 1-888-PREVENT (1-888-773-8368), or https://www.stopitnow.org"
	}
	return "Stop It Now, confidential help and self-help: https://www.stopitnow.org"
}

// harmfulReply declines a request to harm someone: short and clear, with
// no topics offered. Sexual interest in children adds a confidential line
// for people worried about their own thoughts; stated intent to hurt
// someone adds the emergency number. Someone under 18 asking to get past
// an adult space's age check is told why the check is there instead.
func (b *Bot) harmfulReply(v safety.Verdict, region referral.Region) Reply {
	var sb strings.Builder
	if v.Youth && v.Rule == "harmful/minor-access" {
		// someone under 18 asking to get into an adult space: no talk of
		// hurting anyone, just why the check is there
		sb.WriteString("I won't help with getting round an age check. Adult (18+) spaces are for adults, and the checks are there to keep people under 18 safe, including from adults who look for young people there. If you have a question about sex, relationships or your body, ask me here: I'm glad to help.")
	} else {
		sb.WriteString("I won't help with that. I don't give information that could be used to hurt, coerce, exploit or track someone.")
	}
	if v.ChildSafety {
		sb.WriteString("\n\nIf you're worried about your own sexual thoughts or behaviour towards children, confidential help exists and reaching out is a strong step: ")
		sb.WriteString(stopItNow(region))
		sb.WriteString(".")
	}
	if v.Violence {
		c := b.ref.Crisis(region)
		sb.WriteString("\n\nIf you feel you might hurt someone, or someone is in danger right now, call ")
		sb.WriteString(c.Emergency)
		sb.WriteString(".")
	}
	rep := Reply{Kind: KindOfftopic, Title: "I won't help with that", Body: sb.String(), Related: []string{}}
	if v.Support {
		b.addCrisisLines(&rep, region, v.LineCategory)
	}
	return rep
}
