package decks

import (
	"io/fs"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/BurntSushi/toml"
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

// TestRetiredIDs keeps data/retired.toml honest: a retired id is never used
// again by any built-in card in any language, and the card a star should
// follow to exists in English.
func TestRetiredIDs(t *testing.T) {
	data, err := fs.ReadFile(BuiltinFS(), RetiredFile)
	if err != nil {
		t.Fatal(err)
	}
	var retired map[string]string
	if _, err := toml.Decode(string(data), &retired); err != nil {
		t.Fatalf("%s: %v", RetiredFile, err)
	}
	if len(retired) == 0 {
		t.Fatalf("%s lists no ids", RetiredFile)
	}
	builtin, ps := LoadBuiltin()
	if len(ps) > 0 {
		t.Fatalf("built-in decks have problems:\n%v", ps)
	}
	english := map[string]bool{}
	for _, d := range builtin {
		for _, c := range d.Cards {
			if d.Locale == SourceLocale {
				english[c.ID] = true
			}
			if _, gone := retired[c.ID]; gone {
				t.Errorf("%s: card %q reuses a retired id", d, c.ID)
			}
		}
	}
	for old, next := range retired {
		if !validID(old) {
			t.Errorf("%s: %q is not a card id", RetiredFile, old)
		}
		if next != "" && !english[next] {
			t.Errorf("%s: %q points to %q, which is no English card", RetiredFile, old, next)
		}
	}
}
