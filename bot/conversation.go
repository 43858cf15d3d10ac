package bot

import (
	"context"
	"slices"
	"strings"

	"github.com/candorbot/candor/referral"
)

// Conversation is what the core remembers between the messages of one
// conversation (the console chat): only whether its last reply asked for a
// place, so that a bare "Leeds" is read as the answer. It holds no text.
// The zero value is a new conversation; it is not safe for concurrent use.
type Conversation struct {
	awaitingPlace bool
}

// Converse answers req like Handle, within c: after a referral reply that
// asked for a city or postcode, a message that is only a place is taken
// as that location. Safety triage still comes first.
func (b *Bot) Converse(ctx context.Context, c *Conversation, req Request) Reply {
	rep := b.handle(ctx, req, c)
	c.Saw(rep)
	return rep
}

// Saw records a reply given in the conversation by other means (such as
// FindTherapist for a chat command).
func (c *Conversation) Saw(rep Reply) {
	c.awaitingPlace = rep.Kind == KindReferral &&
		(slices.Contains(rep.Notes, referral.HintUnknown) || slices.Contains(rep.Notes, referral.HintCountry))
}

// maxPlaceWords bounds a message read as a bare place ("Leeds",
// "Salt Lake City, UT", "M5V 2T6").
const maxPlaceWords = 6

// barePlace reports whether text is short and names a place.
func (b *Bot) barePlace(text string) bool {
	return len(strings.Fields(text)) <= maxPlaceWords && b.ref.FindLocation(text).Found
}
