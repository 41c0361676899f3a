package decks

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestRemoveStaleTemps(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "marks.toml")
	write := func(name string, age time.Duration) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		when := time.Now().Add(-age)
		if err := os.Chtimes(p, when, when); err != nil {
			t.Fatal(err)
		}
		return p
	}
	kept := []string{
		write("marks.toml", time.Hour),
		write(".marks.toml.123.tmp", time.Second), // a save in progress
		write(".settings.toml.9.tmp", time.Hour),  // another file's
		write("marks.toml.broken", time.Hour),
	}
	gone := write(".marks.toml.456.tmp", time.Hour)
	RemoveStaleTemps(path)
	if _, err := os.Stat(gone); err == nil {
		t.Error("a stale temporary file was left")
	}
	for _, p := range kept {
		if _, err := os.Stat(p); err != nil {
			t.Errorf("%s removed: %v", filepath.Base(p), err)
		}
	}
}
