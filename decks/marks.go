package decks

import (
	"bytes"
	"errors"
	"io/fs"
	"slices"

	"github.com/BurntSushi/toml"
)

// Marks are the only things Tend keeps about cards: the ones a person starred
// and the ones they hid as "not for us". Nothing else about a session is ever
// written down. Card ids are stored, so marks survive reshuffles, updates and
// a change of language.
type Marks struct {
	Favourites []string `toml:"favourites"`
	Hidden     []string `toml:"hidden"`
}

// LoadMarks reads a marks file. A missing file is an empty set of marks. A
// broken file returns empty marks and a positioned error, and is left exactly
// as it was: the caller decides what to tell the person. Only a regular file
// of at most MaxFileSize is read (see ReadUserFile).
func LoadMarks(path string) (*Marks, error) {
	m := &Marks{}
	data, err := ReadUserFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return m, nil
	}
	if err != nil {
		return m, err
	}
	if err := DecodeStrict(path, data, m); err != nil {
		return &Marks{}, err
	}
	m.follow(Retired())
	return m, nil
}

// Save writes the marks atomically: to a temporary file in the same folder,
// then renamed over the old one, so a crash or a full disk never leaves a
// half-written file behind.
func (m *Marks) Save(path string) error {
	var buf bytes.Buffer
	buf.WriteString("# Tend: cards you starred or hid. Nothing else is kept.\n")
	if err := toml.NewEncoder(&buf).Encode(m); err != nil {
		return err
	}
	return WriteFileAtomic(path, buf.Bytes())
}

// IsFavourite reports whether the card is starred.
func (m *Marks) IsFavourite(id string) bool { return slices.Contains(m.Favourites, id) }

// IsHidden reports whether the card was hidden as "not for us".
func (m *Marks) IsHidden(id string) bool { return slices.Contains(m.Hidden, id) }

// SetFavourite stars or unstars a card.
func (m *Marks) SetFavourite(id string, on bool) { m.Favourites = toggle(m.Favourites, id, on) }

// SetHidden hides or restores a card.
func (m *Marks) SetHidden(id string, on bool) { m.Hidden = toggle(m.Hidden, id, on) }

func toggle(ids []string, id string, on bool) []string {
	i := slices.Index(ids, id)
	switch {
	case on && i < 0:
		return append(ids, id)
	case !on && i >= 0:
		return slices.Delete(ids, i, i+1)
	}
	return ids
}
