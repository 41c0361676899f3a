package decks

import "math/rand/v2"

// Pile is the shuffled stack a couple draws from. It never shows a card twice
// until every card has been drawn, lets them step back, and remembers which
// cards they passed. Randomness is injected so tests can fix the seed.
type Pile struct {
	cards  []*Card
	order  []int // shuffled indexes into cards
	pos    int   // index into order of the current card; len(order) when done
	passed map[string]bool
	rng    *rand.Rand
}

// NewPile shuffles cards with rng. The slice is not modified.
func NewPile(cards []*Card, rng *rand.Rand) *Pile {
	p := &Pile{cards: cards, rng: rng, passed: map[string]bool{}}
	p.Reshuffle()
	return p
}

// Reshuffle starts the pile over in a new random order.
func (p *Pile) Reshuffle() {
	p.order = p.rng.Perm(len(p.cards))
	p.pos = 0
	clear(p.passed)
}

// Current returns the card on top, or nil when the pile is done (or empty).
func (p *Pile) Current() *Card {
	if p.Done() {
		return nil
	}
	return p.cards[p.order[p.pos]]
}

// Next moves on to the following card; after the last one the pile is done.
func (p *Pile) Next() {
	if !p.Done() {
		p.pos++
	}
}

// Pass moves on like Next, noting that the couple chose not to talk about
// the card. Passing is always fine; the note only lets a summary say so.
func (p *Pile) Pass() {
	if c := p.Current(); c != nil {
		p.passed[c.ID] = true
		p.pos++
	}
}

// Back returns to the previous card and reports whether there was one.
func (p *Pile) Back() bool {
	if p.pos == 0 {
		return false
	}
	p.pos--
	delete(p.passed, p.cards[p.order[p.pos]].ID)
	return true
}

// Done reports whether every card has been drawn.
func (p *Pile) Done() bool { return p.pos >= len(p.order) }

// Position returns the 1-based number of the current card; it equals Len()+1
// when the pile is done.
func (p *Pile) Position() int { return p.pos + 1 }

// Len returns how many cards the pile holds.
func (p *Pile) Len() int { return len(p.cards) }

// Passed returns how many cards were passed so far in this round.
func (p *Pile) Passed() int { return len(p.passed) }
