package decks

import (
	"math"
	"math/rand/v2"
)

// NewOrderedPile deals cards in the order given, for a session plan: a
// therapist chose the order on purpose. Everything else a pile does (Pass,
// Back, turns, depth limits, dropping a card) works as usual, and starting
// over (Reshuffle) starts again from the first card.
func NewOrderedPile(cards []*Card) *Pile {
	return NewPile(cards, rand.New(inOrder{}))
}

// inOrder is a random source under which every shuffle leaves the cards
// where they are: math/rand/v2 shuffles by swapping each position i with
// one drawn from [0, i], and the largest possible draw is i itself.
// TestOrderedPile holds this to account.
type inOrder struct{}

// Uint64 always draws the largest value, which leaves every card in place.
func (inOrder) Uint64() uint64 { return math.MaxUint64 }

// Upcoming returns the card that follows the current one, or nil at the
// end; a therapist presenting a plan sees it coming.
func (p *Pile) Upcoming() *Card {
	if p.pos+1 >= len(p.order) {
		return nil
	}
	return p.cards[p.order[p.pos+1]]
}
