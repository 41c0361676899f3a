package decks

import (
	"cmp"
	"math/rand/v2"
	"slices"
)

// Pile is the shuffled stack a couple draws from. It never shows a card twice
// until every card has been drawn, lets them step back, and remembers which
// cards they passed. Randomness is injected so tests can fix the seed.
type Pile struct {
	cards  []*Card
	order  []int // shuffled indexes into cards
	pos    int   // index into order of the current card; len(order) when done
	passed map[string]bool
	rng    *rand.Rand
	// dropped cards (hidden as "not for us") and the depth limit set by
	// "slow down" hold across reshuffles.
	dropped map[int]bool
	limit   Depth
	// GentleFirst deals every depth 1 card before any depth 2 card, and those
	// before depth 3, each level shuffled: a gentle start, as card games with
	// levels do. It takes effect at the next Reshuffle.
	GentleFirst bool
}

// NewPile shuffles cards with rng. The slice is not modified.
func NewPile(cards []*Card, rng *rand.Rand) *Pile {
	return NewPileGentle(cards, rng, false)
}

// NewPileGentle is NewPile with the gentle start chosen up front.
func NewPileGentle(cards []*Card, rng *rand.Rand, gentleFirst bool) *Pile {
	p := &Pile{cards: cards, rng: rng, passed: map[string]bool{}, dropped: map[int]bool{}, limit: MaxDepth, GentleFirst: gentleFirst}
	p.Reshuffle()
	return p
}

// Reshuffle starts the pile over in a new random order.
func (p *Pile) Reshuffle() {
	p.order = slices.DeleteFunc(p.rng.Perm(len(p.cards)), func(i int) bool {
		return p.dropped[i] || p.cards[i].Depth > p.limit
	})
	if p.GentleFirst {
		// A stable sort keeps the shuffled order within each depth.
		slices.SortStableFunc(p.order, func(a, b int) int {
			return cmp.Compare(p.cards[a].Depth, p.cards[b].Depth)
		})
	}
	p.openersFirst()
	p.pos = 0
	clear(p.passed)
}

// openersFirst moves the cards that describe an idea (Deck.Opener) to the
// front, keeping the order of everything else: the cards that react to an
// idea make no sense before it has been described.
func (p *Pile) openersFirst() {
	isOpener := func(i int) bool {
		c := p.cards[i]
		return c.Deck != nil && c.Deck.Opener() == c
	}
	if !slices.ContainsFunc(p.order, isOpener) {
		return
	}
	sorted := make([]int, 0, len(p.order))
	for _, i := range p.order {
		if isOpener(i) {
			sorted = append(sorted, i)
		}
	}
	for _, i := range p.order {
		if !isOpener(i) {
			sorted = append(sorted, i)
		}
	}
	p.order = sorted
}

// Limit returns the deepest depth the pile still deals.
func (p *Pile) Limit() Depth { return p.limit }

// LimitDepth drops the cards not yet drawn that are deeper than max. It is
// how "slow down" keeps its promise for the rest of the pile.
func (p *Pile) LimitDepth(max Depth) {
	p.limit = max
	kept := p.order[:p.pos+min(1, len(p.order)-p.pos)]
	for _, i := range p.order[len(kept):] {
		if p.cards[i].Depth <= max {
			kept = append(kept, i)
		}
	}
	p.order = kept
}

// Drop removes the current card from the pile (a card hidden as "not for
// us"), so the next one takes its place. It returns the removed card.
func (p *Pile) Drop() *Card {
	c := p.Current()
	if c == nil {
		return nil
	}
	p.dropped[p.order[p.pos]] = true
	p.order = slices.Delete(p.order, p.pos, p.pos+1)
	delete(p.passed, c.ID)
	return c
}

// Insert puts a card back as the current one, undoing Drop.
func (p *Pile) Insert(c *Card) {
	i := slices.Index(p.cards, c)
	if i < 0 {
		p.cards = append(p.cards, c)
		i = len(p.cards) - 1
	}
	delete(p.dropped, i)
	p.order = slices.Insert(p.order, p.pos, i)
}

// Seen returns the cards drawn so far in this round, the current one last;
// the "this session" list shows them.
func (p *Pile) Seen() []*Card {
	end := min(p.pos+1, len(p.order))
	seen := make([]*Card, 0, end)
	for _, i := range p.order[:end] {
		seen = append(seen, p.cards[i])
	}
	return seen
}

// GoTo returns to the n-th card seen (0-based), as picked from the list.
func (p *Pile) GoTo(n int) {
	if n >= 0 && n < len(p.order) && n <= p.pos {
		p.pos = n
	}
}

// IsPassed reports whether a card was passed in this round.
func (p *Pile) IsPassed(id string) bool { return p.passed[id] }

// Turn says who answers the current card: -1 when everyone does (role
// both), otherwise 0 or 1, alternating over the cards of role either. Cards
// of role raiser or listener do not move the alternation on: they always go
// to the same person, whom the screen names from Card.Role.
func (p *Pile) Turn() int { return p.TurnAmong(2) }

// TurnAmong is Turn for any number of people: turns go round all of them,
// so with three names each answers every third card of role either. A
// number below one counts as one.
func (p *Pile) TurnAmong(people int) int {
	c := p.Current()
	if c == nil || c.Role == RoleBoth || c.Both {
		return -1
	}
	n := 0
	for _, i := range p.order[:p.pos] {
		if r := p.cards[i].Role; (r == RoleEither || r == "") && !p.cards[i].Both {
			n++
		}
	}
	return n % max(people, 1)
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

// Len returns how many cards the pile holds in this round.
func (p *Pile) Len() int { return len(p.order) }

// Passed returns how many cards were passed so far in this round.
func (p *Pile) Passed() int { return len(p.passed) }
