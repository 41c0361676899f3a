package decks

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoadMarks feeds arbitrary bytes to the marks reader: it must never
// panic, and what it accepts must save and read back the same.
func FuzzLoadMarks(f *testing.F) {
	f.Add([]byte("favourites = [\"a\", \"b\"]\nhidden = [\"c\"]\n"))
	f.Add([]byte("favourites = [\n"))
	f.Add([]byte("favourites = [\"a\", 1]\n"))
	f.Add([]byte("colour = \"red\"\n"))
	f.Add([]byte{})
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, "marks.toml")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		m, err := LoadMarks(path)
		if err != nil {
			if m == nil || len(m.Favourites)+len(m.Hidden) != 0 {
				t.Fatalf("a broken file gave marks %+v", m)
			}
			return
		}
		if err := m.Save(path); err != nil {
			t.Fatal(err)
		}
		back, err := LoadMarks(path)
		if err != nil || len(back.Favourites) != len(m.Favourites) || len(back.Hidden) != len(m.Hidden) {
			t.Fatalf("saved marks read back as %+v, %v; had %+v", back, err, m)
		}
	})
}
