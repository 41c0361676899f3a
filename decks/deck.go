// Package decks defines Tend's card decks: the TOML format, strict loading
// with precise error positions, the built-in English decks, and the draw pile.
// It has no Fyne dependency so that the checker builds without cgo and the
// model is tested as plain Go.
package decks

import (
	"fmt"
	"strings"
)

// Moment says when in an evening a deck is meant to be used; the home screen
// orders decks by it and the pause screen uses it to find aftercare.
type Moment string

// The moments a deck may belong to, in the order a couple meets them.
const (
	Before     Moment = "before"
	During     Moment = "during"
	After      Moment = "after"
	Reflection Moment = "reflection"
	Solo       Moment = "solo"
	Curious    Moment = "curious"
)

// Moments lists every valid moment in display order.
var Moments = []Moment{Before, During, After, Reflection, Solo, Curious}

func (m Moment) rank() int {
	for i, x := range Moments {
		if x == m {
			return i
		}
	}
	return len(Moments)
}

// Depth is how much openness a card asks for. Couples choose the highest depth
// they want, so the scale must be honest.
type Depth int

// The three depths of a card.
const (
	Gentle     Depth = 1 // easy to answer with someone new
	Deeper     Depth = 2 // asks for some openness
	Vulnerable Depth = 3 // for partners who already trust each other
)

// MaxDepth is the deepest level a card may have.
const MaxDepth = Vulnerable

// SourceLocale is the language every deck is written in first; translations
// are checked against it and fill their gaps from it.
const SourceLocale = "en"

// Limits that keep cards readable at arm's length and files cheap to load.
const (
	MaxTextLen  = 160     // characters of an English card's text
	MaxTitleLen = 40      // characters of an English deck title
	MaxDescLen  = 120     // characters of an English deck description
	MaxFileSize = 1 << 20 // bytes of one deck file

	// Translations may run longer than English, within a bound: a card
	// must still fit on the screen.
	MaxTranslatedTextLen  = 2 * MaxTextLen
	MaxTranslatedTitleLen = 2 * MaxTitleLen
	MaxTranslatedDescLen  = 2 * MaxDescLen
)

// validID reports whether id has the shape of deck and card ids: lowercase
// ASCII words and digits joined by single hyphens, like "slow-start". Ids are
// stable keys shared by translations, favourites and plans. (A hand-written
// check: a regexp costs more than the rest of a card's validation.)
func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

// Role says who answers a card when it is read aloud. Turns alternate only
// between cards of role RoleEither; the others always go to the same person,
// so a card meant for the one who raised an idea never reaches the listener.
type Role string

// The roles a card may have.
const (
	RoleEither   Role = "either"   // one person answers; turns alternate
	RoleBoth     Role = "both"     // everyone present answers
	RoleRaiser   Role = "raiser"   // the one who brought an idea up
	RoleListener Role = "listener" // the one who is hearing the idea
)

// Roles lists every valid role, for validation and documentation.
var Roles = []Role{RoleEither, RoleBoth, RoleRaiser, RoleListener}

// Topics is the fixed list of topics a card may carry. Therapists choose
// cards by topic and a setting can leave out a topic (past-experiences), so
// the list is closed: an unknown topic in a deck file is an error. Topic
// names are translated as interface messages ("Topic" + the name).
var Topics = []string{
	"consent",               // yes, maybe, no; wanting versus going along
	"stop-signals",          // stop word, slow-down word, a signal without words
	"pace",                  // starting slow, slowing down
	"checking-in",           // how and how often to ask during
	"practice-phrases",      // lines to practise beforehand ("Try saying: ...")
	"sensitivity",           // very sensitive right after a peak
	"aftercare-needs",       // what helps afterwards
	"aftercare-plan",        // an aftercare plan talked through in advance
	"low-mood",              // a low mood afterwards, or later
	"trust-and-control",     // leading and following
	"desire-differences",    // not tonight, different levels of desire, duty
	"non-sexual-closeness",  // closeness that is not sexual
	"health-and-protection", // health, protection, pain named plainly
	"repair",                // when something went wrong
	"feedback",              // giving and taking hard feedback
	"appreciation",          // what we value in each other
	"body-image",            // feeling at ease in one's body
	"past-experiences",      // the past; can be left out with one setting
	"new-ideas",             // talking about something new
	"privacy",               // privacy and dealbreakers around something new
	"other-partners",        // agreements with other partners
	"drifting-away",         // dissociation, planned for beforehand
	"unspoken-needs",        // noticing a need nobody said aloud
	"feelings",              // how each of us feels, in general
	"solo",                  // care for oneself alone
}

// Card is one conversation starter.
type Card struct {
	ID    string
	Text  string
	Depth Depth
	// Both is true exactly when Role is RoleBoth: everyone answers, rather
	// than taking turns. It stays for code written before roles existed.
	Both bool
	// Role says who answers; RoleEither for files that do not say.
	Role Role
	// Topics are names from Topics, in the order the deck file gives them.
	Topics []string
	Note   string // guidance for translators; never shown to couples
	Deck   *Deck  // the deck the card belongs to
	// Source is, in a translation, the SourceHash of the English text that
	// was translated; empty in English.
	Source string

	index         int    // the card's place in its file, to find its positions
	inheritsDepth bool   // a translation that leaves depth to the English card
	stated        stated // what the file itself said, for checking translations
}

// stated records which of the keys a translation inherits were written in
// the file, so a translation that contradicts its English card is reported
// rather than silently overruled.
type stated struct {
	depth, role, both, topics bool
	bothValue                 bool
}

// at returns where key of this card was written (its table's header when
// the key was not).
func (c *Card) at(key string) position {
	if c.Deck == nil {
		return position{}
	}
	return c.Deck.at(c.index, key)
}

// Deck is one file's worth of cards for one moment in one language.
type Deck struct {
	ID          string
	Locale      string
	Title       string
	Description string
	Moment      Moment
	Note        string // guidance for translators
	Cards       []*Card
	Path        string // where it was loaded from, for messages
	// Source is, in a translation, the DeckSourceHash of the English title
	// and description that were translated.
	Source string

	momentStated bool
	// src is the file's text, as it was given to Parse (not copied). Positions
	// of keys are found in it only when a message needs one: most files have
	// no problems, and finding them all up front cost a fifth of the loading
	// time.
	src       []byte
	positions func() *keyPositions
	// missingMoment is true for a translation that leaves its moment to
	// the English deck; see standaloneProblems.
	missingMoment bool
}

// standaloneProblems are the problems of a deck in another language that
// turns out to have no English original to inherit its moment and depths
// from; for a translation they are no problems at all.
func (d *Deck) standaloneProblems() Problems {
	var ps Problems
	if d.missingMoment {
		ps = append(ps, Problem{d.Path, 1, 1, "deck is missing moment (a deck with no English original needs its own)"})
	}
	for _, c := range d.Cards {
		if c.inheritsDepth {
			at := c.at("id")
			ps = append(ps, Problem{d.Path, at.line, at.col, "card is missing depth (a deck with no English original needs its own)"})
		}
	}
	return ps
}

// at returns where key was written in the file: at the top level when
// card is -1, else in the card-th [[cards]] table.
func (d *Deck) at(card int, key string) position {
	if d.positions == nil {
		return position{}
	}
	kp := d.positions()
	if card < 0 {
		return kp.top.at(key)
	}
	return kp.card(card).at(key)
}

// CountUpTo returns how many cards are at or below the given depth; the home
// screen shows it next to each deck.
func (d *Deck) CountUpTo(max Depth) int {
	n := 0
	for _, c := range d.Cards {
		if c.Depth <= max {
			n++
		}
	}
	return n
}

// String names the deck for logs and test failures.
func (d *Deck) String() string { return fmt.Sprintf("%s/%s", d.Locale, d.ID) }

// CardsUpTo gathers the cards of the given decks at or below max depth, in
// deck order; a Pile shuffles them.
func CardsUpTo(ds []*Deck, max Depth) []*Card {
	var out []*Card
	for _, d := range ds {
		for _, c := range d.Cards {
			if c.Depth <= max {
				out = append(out, c)
			}
		}
	}
	return out
}
