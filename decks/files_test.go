package decks

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"testing/fstest"
	"time"
)

func TestReadFileLimited(t *testing.T) {
	fsys := fstest.MapFS{
		"ok.toml":  {Data: []byte("a = 1")},
		"big.toml": {Data: make([]byte, 11)},
		"dir":      {Mode: fs.ModeDir},
	}
	if data, err := ReadFileLimited(fsys, "ok.toml", 10); err != nil || string(data) != "a = 1" {
		t.Errorf("ok.toml: %q, %v", data, err)
	}
	if _, err := ReadFileLimited(fsys, "big.toml", 10); !errors.Is(err, ErrTooLarge) {
		t.Errorf("big.toml: got %v, want ErrTooLarge", err)
	}
	if _, err := ReadFileLimited(fsys, "dir", 10); !errors.Is(err, ErrNotRegular) {
		t.Errorf("dir: got %v, want ErrNotRegular", err)
	}
	if _, err := ReadFileLimited(fsys, "missing.toml", 10); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing: got %v, want ErrNotExist", err)
	}
}

// A FIFO would block an open forever and a link to /dev/zero never ends:
// both must be refused at once.
func TestReadFileLimitedSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(dir, "p.toml"), 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(dir, "zero.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "real.toml"), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("real.toml", filepath.Join(dir, "link.toml")); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		for _, name := range []string{"p.toml", "zero.toml"} {
			if _, err := ReadFileLimited(os.DirFS(dir), name, MaxFileSize); !errors.Is(err, ErrNotRegular) {
				t.Errorf("%s: got %v, want ErrNotRegular", name, err)
			}
		}
		if data, err := ReadFileLimited(os.DirFS(dir), "link.toml", MaxFileSize); err != nil || string(data) != "x" {
			t.Errorf("a link to a regular file is followed: %q, %v", data, err)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO or /dev/zero hung")
	}
}

// Each broken copy is kept: a second broken file never replaces the first.
func TestSetAsideKeepsEveryCopy(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "marks.toml")
	want := []string{path + ".broken", path + ".broken-2", path + ".broken-3"}
	for i, w := range want {
		content := []byte{'a' + byte(i)}
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		kept, err := SetAside(path)
		if err != nil || kept != w {
			t.Fatalf("copy %d: kept %q, %v; want %q", i, kept, err, w)
		}
		if _, err := os.Stat(path); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("copy %d: the broken file is still in place", i)
		}
	}
	for i, w := range want {
		if data, _ := os.ReadFile(w); string(data) != string([]byte{'a' + byte(i)}) {
			t.Errorf("%s holds %q; an earlier copy was overwritten", w, data)
		}
	}
}

func TestReadUserFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.toml")
	if _, err := ReadUserFile(path); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	if err := WriteFileAtomic(path, []byte("title = \"x\"")); err != nil {
		t.Fatal(err)
	}
	if data, err := ReadUserFile(path); err != nil || string(data) != "title = \"x\"" {
		t.Errorf("got %q, %v", data, err)
	}
}
