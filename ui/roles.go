package ui

import (
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend.app/tend/decks"
)

// whoAnswers is the turn line of the pile's current card, on the card
// screen and in the presenter alike. It reads naturally with no name and
// with one to four: turns of "either" cards go round the names given; a
// card for everyone says so only when more than one person is named; the
// one who raised an idea and the one hearing it are never guessed by name.
func (t *table) whoAnswers() string {
	if t.pile == nil {
		return ""
	}
	c := t.pile.Current()
	if c == nil {
		return ""
	}
	people := t.settings.people()
	switch {
	case c.Role == decks.RoleBoth || c.Both:
		if m := everyoneMessage(len(people)); m != nil {
			return t.T(m)
		}
		return ""
	case c.Role == decks.RoleRaiser:
		return t.T(msgTurnRaiser)
	case c.Role == decks.RoleListener:
		return t.T(msgTurnListener)
	case len(people) == 0:
		return ""
	}
	return t.Tf(msgNameAnswers, map[string]any{"Name": people[t.pile.TurnAmong(len(people))]})
}

// everyoneMessage is how a card for everyone is marked for n named people:
// nothing for one person (or no names), "Both of you" for two, "Everyone"
// for more.
func everyoneMessage(n int) *i18n.Message {
	switch {
	case n == 2:
		return msgBothOfYou
	case n > 2:
		return msgTurnEveryone
	}
	return nil
}

// skipped reports whether the settings leave c out of every pile: cards
// about past experiences, for people for whom such questions come up too
// suddenly.
func (t *table) skipped(c *decks.Card) bool {
	return t.settings.skipPast && c.HasTopic(decks.TopicPast)
}
