package decks

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestMarksRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "marks.toml")
	m, err := LoadMarks(path)
	if err != nil || len(m.Favourites)+len(m.Hidden) != 0 {
		t.Fatalf("missing file: %v %+v", err, m)
	}
	m.SetFavourite("a", true)
	m.SetFavourite("b", true)
	m.SetFavourite("a", true) // twice is once
	m.SetHidden("c", true)
	m.SetFavourite("b", false)
	if err := m.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := LoadMarks(path)
	if err != nil {
		t.Fatal(err)
	}
	if !back.IsFavourite("a") || back.IsFavourite("b") || !back.IsHidden("c") || len(back.Favourites) != 1 {
		t.Errorf("round trip gave %+v", back)
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestBrokenMarksAreReportedAndKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marks.toml")
	broken := "favourites = [\"a\",\n"
	if err := os.WriteFile(path, []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	m, err := LoadMarks(path)
	if err == nil || !strings.HasPrefix(err.Error(), path+":1:19: ") {
		t.Errorf("error %v, want one positioned at %s:1:19", err, path)
	}
	if m == nil || len(m.Favourites) != 0 {
		t.Errorf("marks from a broken file: %+v", m)
	}
	if data, _ := os.ReadFile(path); string(data) != broken {
		t.Error("the broken file was changed")
	}
	if err := os.WriteFile(path, []byte("favourites = [\"a\"]\ncolour = 1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadMarks(path); err == nil || !strings.Contains(err.Error(), `unknown key "colour"`) {
		t.Errorf("unknown key: %v", err)
	}
}

func TestWriteFileAtomicReplaces(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	for _, s := range []string{"one", "two"} {
		if err := WriteFileAtomic(path, []byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	if data, _ := os.ReadFile(path); string(data) != "two" {
		t.Errorf("file holds %q", data)
	}
	if err := WriteFileAtomic(filepath.Join(path, "under-a-file"), nil); err == nil {
		t.Error("writing below a file succeeded")
	}
}
