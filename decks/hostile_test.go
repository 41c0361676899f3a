package decks

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestParseRejectsDeepNesting: nesting that only a hostile or broken file
// has is refused before the decoder sees it, at its place. Before the
// pre-scan, 10,000 nested inline tables took minutes and gigabytes.
func TestParseRejectsDeepNesting(t *testing.T) {
	head := "id = \"deep\"\nmoment = \"before\"\ntitle = \"Deep\"\ndescription = \"Deep.\"\n"
	for _, tc := range []struct {
		name, src, want string
	}{
		{"inline tables", head + "x = " + strings.Repeat("{a = ", 10000) + "1" + strings.Repeat("}", 10000) + "\n",
			"en/deep.toml:5:25: brackets nested 5 deep; this file needs at most 4 (is a closing ] or } missing?)"},
		{"lists", head + "topics = " + strings.Repeat("[", 20000) + "\n",
			"en/deep.toml:5:14: brackets nested 5 deep; this file needs at most 4 (is a closing ] or } missing?)"},
		{"dotted key", head + strings.Repeat("a.", 30000) + "b = 1\n",
			"en/deep.toml:5:8: a key of more than 4 parts joined by dots; this file needs at most 4"},
		{"table name", head + "[" + strings.Repeat("t.", 100) + "t]\n",
			"en/deep.toml:5:9: a key of more than 4 parts joined by dots; this file needs at most 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, ps := Parse("en/deep.toml", []byte(tc.src), "en")
			if d != nil || ps.Error() != tc.want {
				t.Errorf("got %v\nwant %s", ps, tc.want)
			}
		})
	}
}

// TestScanTOMLDepthSkipsStringsAndComments: brackets and dots inside texts
// and comments are not structure; real decks pass.
func TestScanTOMLDepthSkipsStringsAndComments(t *testing.T) {
	src := `# [[[[[[ a.b.c.d.e.f
id = "a.b.c.d.e.f [[[[[["
text = """
{{{{{{{ "quoted" \""" ....... ]]]]
"""
note = 'it''s [[[[[[ ....'
topics = ["consent", "pace"] # [[[[ ......
[[cards]]
a.b.c.d = 1
`
	if line, col, msg := ScanTOMLDepth([]byte(src), MaxNesting, MaxKeyParts); msg != "" {
		t.Errorf("%d:%d: %s", line, col, msg)
	}
	for name, data := range builtinData(t) {
		if line, col, msg := ScanTOMLDepth(data, MaxNesting, MaxKeyParts); msg != "" {
			t.Errorf("%s:%d:%d: %s", name, line, col, msg)
		}
	}
}

// TestLoadDirHostileFolders: a FIFO or a link to /dev/zero in a deck
// folder is refused at once rather than hanging or exhausting Tend, a huge
// file is not read, and a linked language folder is followed.
func TestLoadDirHostileFolders(t *testing.T) {
	root, elsewhere := t.TempDir(), t.TempDir()
	writeFile(t, filepath.Join(elsewhere, "good.toml"), deckFile("good", "before", "good-one").Data)
	if err := os.Symlink(elsewhere, filepath.Join(root, "en")); err != nil {
		t.Skip("no symlinks here:", err)
	}
	if err := os.MkdirAll(filepath.Join(root, "de"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(root, "de", "p.toml"), 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	if err := os.Symlink("/dev/zero", filepath.Join(root, "de", "zero.toml")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(root, "de", "huge.toml"), make([]byte, MaxFileSize+1))
	type result struct {
		ds []*Deck
		ps Problems
	}
	done := make(chan result, 1)
	go func() {
		ds, ps := LoadDir(root)
		done <- result{ds, ps}
	}()
	var r result
	select {
	case r = <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("LoadDir hangs on a folder with a FIFO or /dev/zero in it")
	}
	if len(r.ds) != 1 || r.ds[0].ID != "good" {
		t.Errorf("decks %v, want the good one from the linked en folder", r.ds)
	}
	name := filepath.ToSlash(root)
	want := name + "/de/huge.toml: file is 1048577 bytes; a deck file may be at most 1 MiB (1048576 bytes)\n" +
		name + "/de/p.toml: not a regular file (a pipe, device or folder); Tend reads only ordinary files\n" +
		name + "/de/zero.toml: not a regular file (a pipe, device or folder); Tend reads only ordinary files"
	r.ps.Sort()
	if r.ps.Error() != want {
		t.Errorf("problems:\n%s\nwant:\n%s", r.ps.Error(), want)
	}
}

// TestLoadUserDirNamedMissing: a folder the person named (tend --decks DIR)
// that does not exist is told, calmly; the default folder of their own
// decks, which most people never make, is not.
func TestLoadUserDirNamedMissing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "nothing-here")
	if ds, ps := LoadUserDir(dir, false); ds != nil || ps != nil {
		t.Errorf("default folder: %v, %v", ds, ps)
	}
	_, ps := LoadUserDir(dir, true)
	if want := filepath.ToSlash(dir) + ": this deck folder does not exist; check the folder given with --decks"; ps.Error() != want {
		t.Errorf("got %q\nwant %q", ps.Error(), want)
	}
	file := filepath.Join(t.TempDir(), "a-file")
	writeFile(t, file, []byte("x"))
	if _, ps := LoadUserDir(file, true); len(ps) != 1 || !strings.Contains(ps[0].Msg, "is a file, not a folder") {
		t.Errorf("a file as deck folder: %v", ps)
	}
}

func writeFile(t *testing.T, path string, data []byte) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestTranslationLengthIsBounded: translations may run longer than English,
// within a bound; a 10,000-character card froze the window for 17 s.
func TestTranslationLengthIsBounded(t *testing.T) {
	long := strings.Repeat("Wie geht es dir? ", 600)
	for _, locale := range []string{"de", "fr"} {
		src := "id = \"long\"\nmoment = \"during\"\ntitle = \"" + strings.Repeat("Lang ", 20) + "\"\ndescription = \"Lang.\"\n[[cards]]\nid = \"long-card\"\ndepth = 1\ntext = \"" + long + "\"\n"
		_, ps := Parse(locale+"/long.toml", []byte(src), locale)
		want := locale + "/long.toml:3:1: title is 100 characters; a translated title may have at most 80\n" +
			locale + "/long.toml:8:1: card text is 10200 characters; a translated card may have at most 320"
		if ps.Error() != want {
			t.Errorf("got\n%v\nwant\n%s", ps, want)
		}
	}
	ok := "id = \"long\"\nmoment = \"during\"\ntitle = \"Lang\"\ndescription = \"Lang.\"\n[[cards]]\nid = \"long-card\"\ndepth = 1\ntext = \"" + strings.Repeat("Wie geht es dir? ", 18) + "\"\n"
	if _, ps := Parse("de/long.toml", []byte(ok), "de"); len(ps) > 0 {
		t.Errorf("a German card of 306 characters was refused: %v", ps)
	}
}

// deepTOML is a small file whose inline tables nest n deep: the decoder's
// cost grows faster than the square of n (4,000 levels, 24 KB, took 4 s).
func deepTOML(key string, n int) []byte {
	return []byte(key + " = " + strings.Repeat("{a = ", n) + "1" + strings.Repeat("}", n) + "\n")
}

// Marks are read at every start: a marks.toml nested thousands deep must be
// refused at once, with its place, not keep the window away for minutes.
func TestDeepMarksAreRefusedAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "marks.toml")
	if err := os.WriteFile(path, deepTOML("favourites", 4000), 0o600); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err := LoadMarks(path)
	if took := time.Since(start); took > time.Second {
		t.Errorf("took %v", took)
	}
	var p Problem
	if !errors.As(err, &p) || p.Line != 1 || !strings.Contains(p.Msg, "nested") {
		t.Errorf("got %v, want a positioned problem about nesting", err)
	}
}

// A card of only zero-width or direction marks showed as a blank card, and
// U+202E showed its text reversed. Both are refused where they stand, in
// English and in translations; the isolates and marks right-to-left text
// does need (U+2066-U+2069, U+200E, U+200F) are fine.
func TestCardTextMustBeVisibleAndReadForwards(t *testing.T) {
	deck := func(text string) []byte {
		return []byte("id = \"odd\"\nmoment = \"during\"\ntitle = \"Odd\"\ndescription = \"Odd.\"\n[[cards]]\nid = \"odd-card\"\ndepth = 1\ntext = \"" + text + "\"\n")
	}
	for _, locale := range []string{"en", "de"} {
		for text, want := range map[string]string{
			"\u200b\u200c\u2060":      "odd.toml:8:1: card text has no visible characters, only spaces or invisible marks",
			" \u200e \u200f ":         "odd.toml:8:1: card text has no visible characters, only spaces or invisible marks",
			"\u202eWhat do you need?": "odd.toml:8:1: card text holds the direction control U+202E, which can show the text reversed; remove it (right-to-left text needs none here)",
			"Say \u202bhello\u202c":   "odd.toml:8:1: card text holds the direction control U+202B, which can show the text reversed; remove it (right-to-left text needs none here)",
		} {
			_, ps := Parse(locale+"/odd.toml", deck(text), locale)
			if ps.Error() != locale+"/"+want {
				t.Errorf("%s %q: got %v, want %s", locale, text, ps, want)
			}
		}
		for _, fine := range []string{"What would help \u2067\u05e9\u05dc\u05d5\u05dd\u2069 most?", "\u200fOK?"} {
			if _, ps := Parse(locale+"/odd.toml", deck(fine), locale); len(ps) > 0 {
				t.Errorf("%s %q was refused: %v", locale, fine, ps)
			}
		}
	}
}
