package agree

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"

	"github.com/BurntSushi/toml"

	"tend.app/tend/decks"
)

// Answer is one person's private answer to one item. The zero value is
// Skip: an item not answered counts exactly like one passed over, so nobody
// can tell a skip from an item never reached.
type Answer int8

// The answers a person can give.
const (
	Skip Answer = iota
	Yes
	Maybe
	No
)

// Outcome is what the reveal says about one item, computed from both
// answers together. It is the only thing about an item that ever leaves a
// Round.
type Outcome int8

// The outcomes. Hidden covers every pair with a "no" or a skip in it, and
// nothing distinguishes those pairs from one another.
const (
	Hidden Outcome = iota
	// BothYes: both said yes.
	BothYes
	// WorthTalking: both are at least open to it ("yes" and "maybe", or
	// both "maybe"), shown as "worth talking about".
	WorthTalking
)

// Match is the reveal rule. Only what both are open to is shown: two yeses
// as BothYes, and a yes with a maybe as WorthTalking. Two maybes are shown
// as WorthTalking too: otherwise a person who said maybe and saw an item
// shown would know the other had said yes; this way "worth talking about"
// never tells either of them the other's exact answer. Any no or skip hides
// the item, and a hidden item looks the same whoever said no and whether
// anyone did.
func Match(a, b Answer) Outcome {
	switch {
	case a == Yes && b == Yes:
		return BothYes
	case (a == Yes || a == Maybe) && (b == Yes || b == Maybe):
		return WorthTalking
	}
	return Hidden
}

// Round is one yes / no / maybe evening on one laptop: each person in turn
// answers the same items; then the round reveals what both are open to and
// forgets who said what. Answers live only in memory and are never saved.
type Round struct {
	items   []Item
	answers [2]map[string]Answer
	// revealed is set once Reveal has run: the answers are gone and
	// cannot be set again.
	revealed bool
}

// NewRound starts a round over items, in their order.
func NewRound(items []Item) *Round {
	return &Round{items: slices.Clone(items), answers: [2]map[string]Answer{{}, {}}}
}

// Items are the items of the round, in order.
func (r *Round) Items() []Item { return r.items }

// Set records person's answer (0 or 1) to the item with id. After Reveal
// it does nothing: the round is over.
func (r *Round) Set(person int, id string, a Answer) {
	if r.revealed || person < 0 || person > 1 {
		return
	}
	if a == Skip {
		delete(r.answers[person], id)
		return
	}
	r.answers[person][id] = a
}

// Get returns person's answer to the item with id. The ui asks only for
// the person whose turn it is.
func (r *Round) Get(person int, id string) Answer {
	if person < 0 || person > 1 {
		return Skip
	}
	return r.answers[person][id]
}

// Reveal applies Match to every item and returns what both are open to,
// in item order, then forgets both people's answers for good.
func (r *Round) Reveal() Shared {
	var s Shared
	for _, it := range r.items {
		switch Match(r.answers[0][it.ID], r.answers[1][it.ID]) {
		case BothYes:
			s.BothYes = append(s.BothYes, it.ID)
		case WorthTalking:
			s.WorthTalking = append(s.WorthTalking, it.ID)
		}
	}
	r.Forget()
	r.revealed = true
	return s
}

// Forget drops both people's answers, as when they leave the round before
// the reveal.
func (r *Round) Forget() {
	r.answers = [2]map[string]Answer{{}, {}}
}

// Shared is the result of a round: item ids both are open to. It holds no
// answer of either person, no "no", and no counts of anything hidden, so it
// can be shown on screen, printed and, when both tick "keep our shared
// list", saved.
type Shared struct {
	BothYes      []string `toml:"both_yes"`
	WorthTalking []string `toml:"worth_talking"`
}

// Empty reports whether nothing is shared: the ui then says so kindly,
// without suggesting why.
func (s Shared) Empty() bool { return len(s.BothYes) == 0 && len(s.WorthTalking) == 0 }

const sharedHeader = "# Tend: the shared list you both chose to keep. Only what you were both open to is here.\n"

type sharedFile struct {
	Version int `toml:"version"`
	Shared
}

// Save writes the shared list atomically. The ui calls it only when both
// people ticked "keep our shared list".
func (s Shared) Save(path string) error {
	var buf bytes.Buffer
	buf.WriteString(sharedHeader)
	if err := toml.NewEncoder(&buf).Encode(sharedFile{Version: 1, Shared: s}); err != nil {
		return err
	}
	return decks.WriteFileAtomic(path, buf.Bytes())
}

// LoadShared reads a kept shared list. A missing file returns (nil, nil).
// A broken one returns a positioned error and is left as it is, for the
// caller to set aside and report.
func LoadShared(path string) (*Shared, error) {
	data, err := decks.ReadUserFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var f sharedFile
	if err := decks.DecodeStrict(path, data, &f); err != nil {
		return nil, err
	}
	if f.Version != 1 {
		return nil, decks.Problem{Path: path, Msg: fmt.Sprintf("version %d is not one this Tend can read (it reads version 1)", f.Version)}
	}
	return &f.Shared, nil
}
