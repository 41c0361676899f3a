package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
)

// writeData writes files into a test app's data folder, as a translator
// drops them in.
func writeData(t *testing.T, data string, files map[string]string) {
	t.Helper()
	for rel, text := range files {
		path := filepath.Join(data, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestLeftOutSaysWhat: the note names what was left out (the Italian
// version of a deck, some Italian interface texts, a deck of one's own),
// and Details lists each problem on its own line, file first, with a Copy
// button that copies them all.
func TestLeftOutSaysWhat(t *testing.T) {
	a := newApp(t)
	data := dataDirs[a]
	writeData(t, data, map[string]string{
		"locales/active.it.toml":   "[LanguageName]\nother = \"Italiano\"\n\n[Start]\naltro = \"Inizia\"\n",
		"decks/it/boundaries.toml": "id = \"boundaries\"\ntitle = \"Confini\n",
		"decks/en/ours.toml":       "id = \"ours\"\nmoment = \"someday\"\ntitle = \"Ours\"\ndescription = \"Ours.\"\n\n[[cards]]\nid = \"ours-one\"\ndepth = 1\ntext = \"How are we?\"\n",
	})
	tb, w := newTestTable(t, a, Options{})
	note := findLabel(tb.home.notice, "Left out")
	if note == nil {
		t.Fatal("no note about what was left out")
	}
	want := "One deck file could not be opened, so it is left out for now. Everything else is ready. " +
		"Left out for now, with English in its place: “Boundaries” in Italiano; some interface texts in Italiano. Everything else is ready."
	if note.Text != want {
		t.Errorf("note reads\n%q\nwant\n%q", note.Text, want)
	}

	test.Tap(findButton(tb.home.notice, "Details"))
	overlay := topOverlay(t, w)
	var lines []string
	walkAll(overlay, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.TextStyle.Monospace {
			lines = append(lines, l.Text)
		}
	})
	if len(lines) != 3 {
		t.Fatalf("details show %d lines, want one per problem: %q", len(lines), lines)
	}
	for i, prefix := range []string{"decks/en/ours.toml:2:1: unknown moment", "decks/it/boundaries.toml:2:", "locales/active.it.toml:5:1: unknown key 'altro'; did you mean 'other'?"} {
		if !strings.HasPrefix(lines[i], prefix) {
			t.Errorf("line %d = %q, want it to start with %q", i, lines[i], prefix)
		}
	}
	copyB := findButton(overlay, "Copy")
	if copyB == nil {
		t.Fatal("no Copy button")
	}
	test.Tap(copyB)
	got := a.Clipboard().Content()
	if !strings.Contains(got, filepath.ToSlash(data)+"/locales/active.it.toml:5:1: unknown key 'altro'") || strings.Count(got, "\n") != 3 {
		t.Errorf("clipboard holds %q", got)
	}
}

// TestPickerShowsCardPercentage: a language with every interface message
// and one deck of six is offered with its card figure, not a blend of both
// (which read "44%" when 18% of the cards were translated).
func TestPickerShowsCardPercentage(t *testing.T) {
	a := newApp(t)
	msgs, err := os.ReadFile("../locales/active.de.toml")
	if err != nil {
		t.Fatal(err)
	}
	deck, err := os.ReadFile("../decks/data/de/boundaries.toml")
	if err != nil {
		t.Fatal(err)
	}
	writeData(t, dataDirs[a], map[string]string{
		"locales/active.it.toml":   strings.Replace(string(msgs), `other = "Deutsch"`, `other = "Italiano"`, 1),
		"decks/it/boundaries.toml": string(deck),
	})
	tb, w := newTestTable(t, a, Options{})
	tb.showSettings()
	picker := findIn(topOverlay(t, w), func(s *widget.Select) bool { return strings.HasPrefix(s.Selected, "English") })
	var italian string
	for _, o := range picker.Options {
		if strings.HasPrefix(o, "Italiano") {
			italian = o
		}
	}
	all, _ := decks.LoadBuiltin(decks.SourceLocale)
	var done, total int
	for _, d := range all {
		total += len(d.Cards)
		if d.ID == "boundaries" {
			done = len(d.Cards)
		}
	}
	if want := fmt.Sprintf("Italiano (%d%%)", done*100/total); italian != want {
		t.Errorf("picker offers %q, want %s: %v", italian, want, picker.Options)
	}
}

// TestManyBrokenDecksAreSummarised: a folder of many broken deck files is
// told in a screenful, as deckcheck tells it, not one line per problem.
func TestManyBrokenDecksAreSummarised(t *testing.T) {
	a := newApp(t)
	files := map[string]string{}
	for i := range 300 {
		files[fmt.Sprintf("decks/en/broken-%d.toml", i)] = fmt.Sprintf("id = \"other-%d\"\nmoment = \"sometime\"\n", i)
	}
	writeData(t, dataDirs[a], files)
	tb, _ := newTestTable(t, a, Options{})
	<-tb.userLoaded
	if n := len(tb.problems); n == 0 || n > maxProblemLines+20 {
		t.Fatalf("%d problem lines for 300 broken files", n)
	}
	if !slices.ContainsFunc(tb.problems, func(l string) bool { return strings.Contains(l, "more like these") }) {
		t.Errorf("no summary line among:\n%s", strings.Join(tb.problems, "\n"))
	}
}
