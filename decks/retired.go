package decks

import (
	"io/fs"
	"sync"

	"github.com/BurntSushi/toml"
)

// RetiredFile is the list of retired card ids in a deck folder, beside the
// language folders: `old-id = "new-id"`, or `old-id = ""` when no card
// replaces it. Card ids are never reused or renamed (stars, hidden cards,
// translations and plans point at them), so when cards are merged or cut the
// old id is retired here and what pointed at it follows.
const RetiredFile = "retired.toml"

// Retired is the built-in list of retired card ids and what replaces each
// ("" when nothing does). It is read once, on first use.
var Retired = sync.OnceValue(func() map[string]string {
	m, _ := parseRetired(BuiltinFS())
	return m
})

// parseRetired reads RetiredFile from the top of fsys; a missing file is an
// empty list.
func parseRetired(fsys fs.FS) (map[string]string, error) {
	m := map[string]string{}
	data, err := fs.ReadFile(fsys, RetiredFile)
	if err != nil {
		return m, nil
	}
	if _, err := toml.Decode(string(data), &m); err != nil {
		return map[string]string{}, err
	}
	return m, nil
}

// follow moves marks from retired ids to the cards that replace them, and
// drops those whose cards were cut, so a star given to one of two merged
// cards stays on the card that remains.
func (m *Marks) follow(retired map[string]string) {
	m.Favourites = followIDs(m.Favourites, retired)
	m.Hidden = followIDs(m.Hidden, retired)
}

func followIDs(ids []string, retired map[string]string) []string {
	out := ids[:0]
	seen := map[string]bool{}
	for _, id := range ids {
		if to, ok := retired[id]; ok {
			id = to
		}
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, id)
	}
	return out
}
