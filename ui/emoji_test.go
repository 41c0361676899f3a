package ui

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"github.com/go-text/typesetting/font"
)

// TestNoEmojiNeeded backs the release builds' -tags no_emoji, which leaves out
// Fyne's emoji font: no character in the built-in decks, the translations or
// the interface's own strings may need that font, that is, be missing from
// Fyne's text fonts yet drawn by the emoji font.
func TestNoEmojiNeeded(t *testing.T) {
	if theme.DefaultEmojiFont() == nil {
		t.Skip("built with no_emoji: nothing to compare against")
	}
	text := []*font.Face{parseFont(t, theme.DefaultTextFont()), parseFont(t, theme.DefaultTextBoldFont())}
	emoji := parseFont(t, theme.DefaultEmojiFont())
	inText := func(r rune) bool {
		for _, f := range text {
			if _, ok := f.NominalGlyph(r); ok {
				return true
			}
		}
		return false
	}

	checked := 0
	check := func(path string) {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		checked++
		for i, line := range strings.Split(string(data), "\n") {
			// Comments are never drawn: TOML's "#" lines, Go's "//".
			if trimmed := strings.TrimSpace(line); strings.HasPrefix(trimmed, "#") || strings.HasPrefix(trimmed, "//") {
				continue
			}
			if at := strings.Index(line, " // "); at >= 0 && strings.HasSuffix(path, ".go") {
				line = line[:at]
			}
			for _, r := range line {
				if r < 0x80 || unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) || inText(r) {
					continue
				}
				if _, ok := emoji.NominalGlyph(r); ok {
					t.Errorf("%s:%d: %q (U+%04X) is drawn only by Fyne's emoji font, which release builds (-tags no_emoji) leave out", path, i+1, r, r)
				} else {
					t.Errorf("%s:%d: %q (U+%04X) is in none of Fyne's fonts: it shows as an empty box where no system font has it", path, i+1, r, r)
				}
			}
		}
	}
	for _, root := range []string{"../decks/data", "../locales"} {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && filepath.Ext(path) == ".toml" {
				check(path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sources, _ := filepath.Glob("*.go")
	for _, path := range sources {
		if !strings.HasSuffix(path, "_test.go") {
			check(path)
		}
	}
	if checked < 10 {
		t.Fatalf("only %d files checked; are the decks and locales where this test looks?", checked)
	}
}

func parseFont(t *testing.T, res fyne.Resource) *font.Face {
	t.Helper()
	f, err := font.ParseTTF(bytes.NewReader(res.Content()))
	if err != nil {
		t.Fatalf("%s: %v", res.Name(), err)
	}
	return f
}
