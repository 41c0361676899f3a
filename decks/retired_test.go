package decks

import (
	"io/fs"
	"testing"

	"github.com/BurntSushi/toml"
)

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
