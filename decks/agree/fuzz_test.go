package agree

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"tend.app/tend/decks/decktest"
)

// FuzzParseList feeds arbitrary bytes to the yes / no / maybe list parser:
// it must not panic, every problem must name the file with a sane
// position, and a list comes back exactly when there are no problems.
func FuzzParseList(f *testing.F) {
	decktest.SeedFiles(f, "../data/*/lists/*.toml")
	f.Add([]byte("id = \"x\"\ntitle = 1\n[[items]]\nid = 2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		list, ps := ParseList("en/lists/fuzz.toml", data, "en")
		lines := strings.Count(string(data), "\n") + 1
		for _, p := range ps {
			if p.Path != "en/lists/fuzz.toml" || p.Line < 0 || p.Line > lines || p.Col < 0 || p.Msg == "" {
				t.Fatalf("bad problem %#v for %d lines", p, lines)
			}
		}
		if (list == nil) == (len(ps) == 0) {
			t.Fatalf("list %v with problems %v", list, ps)
		}
	})
}

// FuzzLoadSaved feeds arbitrary bytes to the readers of the couple's saved
// plan and kept list: they must not panic, a broken file is an error (for
// the caller to set aside), and what they accept saves and reads back the
// same.
func FuzzLoadSaved(f *testing.F) {
	dir := f.TempDir()
	plan, shared := filepath.Join(dir, "plan.toml"), filepath.Join(dir, "shared.toml")
	if err := samplePlan().Save(plan); err != nil {
		f.Fatal(err)
	}
	if err := (Shared{BothYes: []string{"a"}, WorthTalking: []string{"b"}}).Save(shared); err != nil {
		f.Fatal(err)
	}
	decktest.SeedFiles(f, plan, shared)
	f.Add([]byte("version = 1\n[plan]\nstop_word = [1]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, "in.toml")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		if p, err := LoadPlan(path); err == nil && p != nil {
			saveAndReload(t, "plan", filepath.Join(dir, "plan.toml"), p, (*Plan).Save, LoadPlan)
		}
		if s, err := LoadShared(path); err == nil && s != nil {
			saveAndReload(t, "kept list", filepath.Join(dir, "shared.toml"), s, (*Shared).Save, LoadShared)
		}
	})
}

// saveAndReload checks that v, which a reader accepted, saves to path and
// reads back the same.
func saveAndReload[T any](t *testing.T, what, path string, v *T, save func(*T, string) error, load func(string) (*T, error)) {
	t.Helper()
	if err := save(v, path); err != nil {
		t.Fatalf("an accepted %s does not save: %v", what, err)
	}
	back, err := load(path)
	if err != nil || !reflect.DeepEqual(back, v) {
		t.Fatalf("the %s changed on the way back: %v\n%#v\n%#v", what, err, v, back)
	}
}
