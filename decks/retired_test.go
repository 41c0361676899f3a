package decks

import (
	"slices"
	"testing"
	"testing/fstest"
)

func TestMarksFollowRetiredIDs(t *testing.T) {
	retired, err := parseRetired(fstest.MapFS{RetiredFile: {Data: []byte(`
old-merged = "kept"
old-cut = ""
`)}})
	if err != nil {
		t.Fatal(err)
	}
	m := &Marks{Favourites: []string{"old-merged", "kept", "other", "old-cut"}, Hidden: []string{"old-cut", "x"}}
	m.follow(retired)
	if want := []string{"kept", "other"}; !slices.Equal(m.Favourites, want) {
		t.Errorf("favourites = %q, want %q (merged star follows once, cut card dropped)", m.Favourites, want)
	}
	if want := []string{"x"}; !slices.Equal(m.Hidden, want) {
		t.Errorf("hidden = %q, want %q", m.Hidden, want)
	}
}

// Every built-in retirement points from an id no English card uses to one
// that a card does (or to nothing), so stars never point at nothing.
func TestBuiltinRetiredIDs(t *testing.T) {
	ds, ps := LoadBuiltin(SourceLocale)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	live := map[string]bool{}
	for _, d := range ds {
		for _, c := range d.Cards {
			live[c.ID] = true
		}
	}
	if _, err := parseRetired(BuiltinFS()); err != nil {
		t.Fatalf("%s/%s: %v", BuiltinName, RetiredFile, err)
	}
	for old, to := range Retired() {
		if live[old] {
			t.Errorf("%s: %q is retired but a card still uses it", RetiredFile, old)
		}
		if to != "" && !live[to] {
			t.Errorf("%s: %q is retired in favour of %q, which no English card has", RetiredFile, old, to)
		}
	}
}
