package decks

import (
	"fmt"
	"path"
)

// Rules for the decks shipped inside Tend, beyond the format: enough cards
// at every depth to draw from for an evening, topics on every card so a
// therapist can choose by topic and a setting can leave out the past, and
// a curious deck that describes its idea first. A person's own decks need
// none of this.
const (
	MinBuiltinDeckCards  = 40  // cards in each built-in deck
	MinBuiltinDepthCards = 5   // of them at each of the three depths
	MinBuiltinCards      = 320 // English cards in all
)

// ContentRules checks the built-in English decks against the rules above
// and returns each breach with its place. deckcheck runs it on the
// built-in decks, and so do the tests.
func ContentRules(english []*Deck) Problems {
	var ps Problems
	total := 0
	for _, d := range english {
		total += len(d.Cards)
		idAt := d.at(-1, "id")
		if len(d.Cards) < MinBuiltinDeckCards {
			ps = append(ps, Problem{d.Path, idAt.line, idAt.col, fmt.Sprintf("a built-in deck needs at least %d cards; this one has %d", MinBuiltinDeckCards, len(d.Cards))})
		}
		var depths [MaxDepth + 1]int
		for _, c := range d.Cards {
			depths[c.Depth]++
			if len(c.Topics) == 0 {
				at := c.at("id")
				ps = append(ps, Problem{d.Path, at.line, at.col, fmt.Sprintf("built-in card %q has no topics; give it at least one, like topics = [\"consent\"]", c.ID)})
			}
		}
		for depth := Gentle; depth <= MaxDepth; depth++ {
			if depths[depth] < MinBuiltinDepthCards {
				ps = append(ps, Problem{d.Path, idAt.line, idAt.col, fmt.Sprintf("a built-in deck needs at least %d cards at depth %d; this one has %d", MinBuiltinDepthCards, depth, depths[depth])})
			}
		}
		if d.Moment == Curious && d.Opener() == nil {
			first := d.Cards[0].at("id")
			ps = append(ps, Problem{d.Path, first.line, first.col, "a built-in curious deck starts with the card that describes the idea: role = \"raiser\", depth = 1"})
		}
	}
	if total < MinBuiltinCards && len(english) > 0 {
		ps = append(ps, Problem{path.Dir(english[0].Path), 0, 0, fmt.Sprintf("the built-in decks need at least %d English cards in all; they have %d", MinBuiltinCards, total)})
	}
	return ps
}
