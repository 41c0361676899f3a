package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// typeKey delivers a key as the window does: to the focused widget if there
// is one, else to the canvas.
func typeKey(w fyne.Window, key fyne.KeyName) {
	if f := w.Canvas().Focused(); f != nil {
		f.TypedKey(&fyne.KeyEvent{Name: key})
		return
	}
	press(w, key)
}

func shortcut(w fyne.Window, s fyne.Shortcut) {
	w.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

// movingKeys are every key that does something on a screen behind a dialog.
var movingKeys = []fyne.KeyName{fyne.KeyRight, fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter,
	fyne.KeyDown, fyne.KeyLeft, fyne.KeyP, fyne.KeyF, fyne.KeyH, fyne.KeyS, fyne.Key1, fyne.Key2, fyne.Key3}

func TestKeysNeverReachTheScreenBehindADialog(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyRight)
	card, pos := tb.pile.Current(), tb.pile.Position()
	open := map[string]func(){
		"this session": func() { press(w, fyne.KeyS) },
		"keys":         func() { w.Canvas().OnTypedRune()('?') },
		"settings":     func() { shortcut(w, shortcutSettings) },
		"about":        func() { shortcut(w, shortcutAbout) },
	}
	for name, show := range open {
		show()
		if w.Canvas().Overlays().Top() == nil {
			t.Fatalf("%s: no dialog opened", name)
		}
		for _, k := range movingKeys {
			press(w, k)
		}
		if got := visibleScreen(tb); got != "card" || tb.pile.Current() != card || tb.pile.Position() != pos || tb.marks.IsFavourite(card.ID) {
			t.Errorf("%s: keys behind the dialog changed the card screen: %s, position %d", name, got, tb.pile.Position())
		}
		press(w, fyne.KeyEscape)
		if top := w.Canvas().Overlays().Top(); top != nil {
			t.Errorf("%s: Esc left a dialog open", name)
		}
		if got := visibleScreen(tb); got != "card" {
			t.Errorf("%s: Esc closed the dialog and also left the card (%s)", name, got)
		}
	}

	// Esc closes only the topmost of two.
	shortcut(w, shortcutSettings)
	press(w, fyne.KeyF1)
	if tb.keysDialog == nil || tb.settingsDialog == nil {
		t.Fatal("the key list did not open over the settings")
	}
	press(w, fyne.KeyEscape)
	if tb.keysDialog != nil || tb.settingsDialog == nil || w.Canvas().Overlays().Top() == nil {
		t.Error("Esc did not close just the key list")
	}
	press(w, fyne.KeyEscape)
	if w.Canvas().Overlays().Top() != nil || visibleScreen(tb) != "card" {
		t.Error("the second Esc did not close the settings, or left the card")
	}
}

func TestEnterBehindDeckDetailsDoesNotStart(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "en", "broken.toml"), []byte("id = \"broken\"\nmoment = \"later\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tb, w := newTestTable(t, newApp(t), Options{DeckDirs: []string{dir}})
	test.Tap(findButton(tb.home.notice, "Details"))
	if w.Canvas().Overlays().Top() == nil {
		t.Fatal("Details opened nothing")
	}
	press(w, fyne.KeyReturn)
	if got := visibleScreen(tb); got != "home" || tb.pile != nil {
		t.Errorf("Enter behind Details started a session (%s)", got)
	}
	press(w, fyne.KeyEscape)
	press(w, fyne.KeyReturn)
	if got := visibleScreen(tb); got != "card" {
		t.Errorf("Enter after closing Details shows %s", got)
	}
}

func TestHelpKeyToggles(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	for _, open := range []func(){
		func() { w.Canvas().OnTypedRune()('?') },
		func() { press(w, fyne.KeyF1) },
	} {
		open()
		if tb.keysDialog == nil {
			t.Fatal("the key list did not open")
		}
		open()
		if tb.keysDialog != nil || w.Canvas().Overlays().Top() != nil {
			t.Error("pressing it again stacked a second key list instead of closing it")
		}
	}
}

func TestPassKeyIsDocumented(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	first := tb.pile.Current()
	press(w, fyne.KeyDown)
	if tb.pile.Passed() != 1 || !tb.pile.IsPassed(first.ID) || tb.pile.Position() != 2 {
		t.Fatalf("Down did not pass the card: passed %d, position %d", tb.pile.Passed(), tb.pile.Position())
	}
	press(w, fyne.KeyF1)
	overlay := topOverlay(t, w)
	if findLabel(overlay, "Pass this card") == nil || findIn(overlay, func(l *widget.Label) bool { return l.Text == "Down" }) == nil {
		t.Error("the key list does not name the Pass key")
	}
	if !strings.Contains(msgWelcomeBody4.Other, "Down: pass") {
		t.Error("the welcome page does not name the Pass key")
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "| Down |") {
		t.Error("the README's keys table does not name the Pass key")
	}
}

func TestEnterStartsFromAnyControlOnTheDecksScreen(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	w.Canvas().Focus(tb.home.names[0])
	test.Type(tb.home.names[0], "Sam")
	typeKey(w, fyne.KeyReturn)
	if got := visibleScreen(tb); got != "card" {
		t.Errorf("Enter in a name field shows %s, want the card", got)
	}
	press(w, fyne.KeyEscape)
	press(w, fyne.KeyRight) // nothing on the decks screen
	tb.stopForTonight()
	tb.goHome()
	check := tb.home.shown(checkFor(t, tb, "Curious")).(fyne.Focusable)
	w.Canvas().Focus(check)
	check.TypedRune(' ') // ticks it, as a checkbox does
	if !checkFor(t, tb, "Curious").Checked {
		t.Error("Space on a focused deck did not tick it")
	}
	typeKey(w, fyne.KeyReturn)
	if got := visibleScreen(tb); got != "card" {
		t.Errorf("Enter on a focused deck checkbox shows %s, want the card", got)
	}
}

func TestClickingADeckTileTogglesIt(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	check := checkFor(t, tb, "Curious")
	tile := findIn(tb.home.content, func(tt *tapTile) bool {
		return findIn(tt, func(c *enterCheck) bool { return &c.Check == check }) != nil
	})
	if tile == nil {
		t.Fatal("the Curious deck is not on a tappable tile")
	}
	was := check.Checked
	test.Tap(tile)
	if check.Checked == was {
		t.Error("clicking the tile did not toggle the deck")
	}
}

func TestMenusWorkWithoutAMouseAndAreTranslated(t *testing.T) {
	a := newApp(t)
	tb, w := newTestTable(t, a, Options{Language: "de"})
	for _, label := range []string{"Einstellungen…", "Hoher Kontrast", "Vollbild", "Über Tend", "Beenden"} {
		item := findMenuItem(tb.menu.menu, label)
		if item == nil {
			t.Errorf("no menu item %q", label)
			continue
		}
		if item.Shortcut == nil {
			t.Errorf("menu item %q has no shortcut", label)
		}
	}
	if quit := findMenuItem(tb.menu.menu, "Beenden"); quit == nil || !quit.IsQuit {
		t.Error("Quit is not Tend's own, translated item")
	}
	shortcut(w, shortcutSettings)
	if tb.settingsDialog == nil {
		t.Error("Ctrl+, did not open the settings")
	}
	press(w, fyne.KeyEscape)
	shortcut(w, shortcutHighContrast)
	if !tb.settings.highContrast {
		t.Error("Ctrl+Shift+H did not turn on high contrast")
	}
	shortcut(w, shortcutAbout)
	if w.Canvas().Overlays().Top() == nil {
		t.Error("Shift+F1 did not open About")
	}
}

func TestEscInFullScreenKeepsTheSession(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyRight)
	card := tb.pile.Current()
	press(w, fyne.KeyF11)
	press(w, fyne.KeyEscape)
	if w.FullScreen() {
		t.Error("Esc did not leave full screen")
	}
	if got := visibleScreen(tb); got != "card" || tb.pile.Current() != card {
		t.Errorf("Esc in full screen ended the card screen: %s", got)
	}
}

func TestDecksKeepsTheSession(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	for range 6 {
		press(w, fyne.KeyRight)
	}
	card := tb.pile.Current()
	test.Tap(tb.card.homeB)
	want := "Continue (7 of " + itoa(tb.pile.Len()) + ")"
	if !tb.home.continueB.Visible() || tb.home.continueB.Text != want {
		t.Fatalf("decks screen offers %q, want %q", tb.home.continueB.Text, want)
	}
	test.Tap(tb.home.continueB)
	if visibleScreen(tb) != "card" || tb.pile.Current() != card {
		t.Fatal("Continue did not return to the same card")
	}
	press(w, fyne.KeyEscape)
	test.Tap(tb.home.startB)
	press(w, fyne.KeyEscape)
	if tb.home.continueB.Text != "Continue (1 of "+itoa(tb.pile.Len())+")" {
		t.Errorf("after a new start the decks screen offers %q", tb.home.continueB.Text)
	}
}

func TestHelpWelcomeReturnsWhereYouWere(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyRight)
	card := tb.pile.Current()
	findMenuItem(tb.menu.menu, "Welcome").Action()
	if visibleScreen(tb) != "welcome" {
		t.Fatal("Help > Welcome did not show the welcome")
	}
	press(w, fyne.KeyEscape)
	if got := visibleScreen(tb); got != "card" || tb.pile.Current() != card {
		t.Errorf("leaving the welcome shows %s, want the same card", got)
	}
}

func TestSecondLanguageListLeavesOutTheCurrentOne(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	tb.showSettings()
	second := findIn(topOverlay(t, w), func(s *widget.Select) bool { return s.Selected == "No second language" })
	if second == nil {
		t.Fatal("no second-language picker")
	}
	for _, o := range second.Options {
		if strings.HasPrefix(o, "English") {
			t.Errorf("the second-language list offers English while English is on screen: %v", second.Options)
		}
	}
	// Choosing a value leaves the settings open.
	second.SetSelected(second.Options[1])
	if tb.settingsDialog == nil || w.Canvas().Overlays().Top() == nil {
		t.Error("choosing a second language closed the settings")
	}
}

// TestEnterStartsFromEveryFocusableOnTheDecksScreen focuses, one by one,
// every control on the decks screen that takes the keyboard (buttons
// excepted: Enter there is theirs) and presses Enter.
func TestEnterStartsFromEveryFocusableOnTheDecksScreen(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	var controls []fyne.Focusable
	walkAll(tb.home.content, func(o fyne.CanvasObject) {
		if f, ok := o.(fyne.Focusable); ok && o.Visible() {
			if _, button := o.(*widget.Button); !button {
				controls = append(controls, f)
			}
		}
	})
	radios := 0
	for _, c := range controls {
		switch c.(type) {
		case *widget.Entry, *enterCheck:
		default:
			radios++
		}
	}
	if radios < 6 {
		t.Fatalf("found %d radio choices among the focusable controls, want the 3 depths and 3 round lengths", radios)
	}
	for _, c := range controls {
		w.Canvas().Focus(c)
		typeKey(w, fyne.KeyReturn)
		if got := visibleScreen(tb); got != "card" {
			t.Errorf("Enter on a focused %T shows %s, want the card", c, got)
		}
		tb.stopForTonight()
		tb.goHome()
	}
}

// TestRadioChoicesKeepTheirKeys checks that a focused depth or round
// length still chooses with Space and the arrow keys.
func TestRadioChoicesKeepTheirKeys(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	tb.home.depths.SetSelected("Gentle")
	choice := findIn(tb.home.content, func(c *radioChoice) bool { return c.label == "Gentle" })
	if choice == nil {
		t.Fatal("no Gentle choice on the decks screen")
	}
	w.Canvas().Focus(choice)
	typeKey(w, fyne.KeyRight)
	if got := tb.home.depths.Selected; got == "Gentle" {
		t.Error("Right on the focused depth did not choose the next one")
	}
	if f, ok := w.Canvas().Focused().(*radioChoice); !ok || f.label != tb.home.depths.Selected {
		t.Errorf("the focus did not follow the choice: %v", w.Canvas().Focused())
	}
	typeKey(w, fyne.KeyLeft)
	if got := tb.home.depths.Selected; got != "Gentle" {
		t.Errorf("Left chose %q, want Gentle back", got)
	}
	all := findIn(tb.home.content, func(c *radioChoice) bool { return c.label == "All" })
	w.Canvas().Focus(all)
	all.TypedRune(' ')
	if tb.home.rounds.Selected != "All" || tb.home.roundLength() != 0 {
		t.Errorf("Space on the focused All chose %q", tb.home.rounds.Selected)
	}
}

// TestHalosOnlyWhenFocusedOrHovered checks that the decks screen's
// checkboxes and depth choices draw their focus halo only when it has the
// focus or the mouse: Fyne draws a transparent halo otherwise, still a
// shape in every frame, and under a software renderer every drawn shape
// costs memory (docs/BENCHMARKS.md).
func TestHalosOnlyWhenFocusedOrHovered(t *testing.T) {
	type control interface {
		fyne.Widget
		fyne.Focusable
		desktop.Hoverable
		Theme() fyne.Theme
	}
	tb, w := newTestTable(t, newApp(t), Options{})
	controls := map[string]control{
		"a deck's checkbox": tb.home.onScreen[0],
		"the Gentle choice": findIn(tb.home.content, func(c *radioChoice) bool { return c.label == "Gentle" }),
	}
	for name, c := range controls {
		halo := findIn(c, func(*canvas.Circle) bool { return true })
		if halo == nil {
			t.Errorf("%s has no focus halo", name)
			continue
		}
		if halo.Visible() {
			t.Errorf("%s: the halo is drawn with neither focus nor mouse", name)
		}
		w.Canvas().Focus(c)
		if !halo.Visible() || halo.FillColor != c.Theme().Color(theme.ColorNameFocus, fyne.CurrentApp().Settings().ThemeVariant()) {
			t.Errorf("%s focused: halo visible %v in %v, want the focus colour", name, halo.Visible(), halo.FillColor)
		}
		w.Canvas().Unfocus()
		if halo.Visible() {
			t.Errorf("%s: the halo stayed after the focus left", name)
		}
		c.MouseIn(&desktop.MouseEvent{})
		if !halo.Visible() {
			t.Errorf("%s: no halo under the mouse", name)
		}
		c.MouseOut()
		if halo.Visible() {
			t.Errorf("%s: the halo stayed after the mouse left", name)
		}
	}
}

// TestLightDarkAndSystemHaveKeys checks the View menu's three looks each
// have a shortcut, that the shortcuts work (the menu bar is gone in full
// screen, so they are the window's too), and that the key list and the
// README name them.
func TestLightDarkAndSystemHaveKeys(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	ctrlShift := fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift
	for _, c := range []struct {
		item string
		key  fyne.KeyName
		mode string
	}{
		{"Light", fyne.KeyL, themeLight},
		{"Dark", fyne.KeyD, themeDark},
		{"Follow the system", fyne.KeyS, themeSystem},
		{"Dark", fyne.KeyD, themeDark},
	} {
		item := findMenuItem(tb.menu.menu, c.item)
		if item == nil {
			t.Fatalf("no View menu item %q", c.item)
		}
		want := &desktop.CustomShortcut{KeyName: c.key, Modifier: ctrlShift}
		if item.Shortcut == nil || item.Shortcut.ShortcutName() != want.ShortcutName() {
			t.Errorf("menu item %q has shortcut %v, want %s", c.item, item.Shortcut, want.ShortcutName())
		}
		shortcut(w, want)
		if tb.settings.themeMode != c.mode || !item.Checked {
			t.Errorf("%s gave the look %q (ticked %v), want %q", want.ShortcutName(), tb.settings.themeMode, item.Checked, c.mode)
		}
	}
	press(w, fyne.KeyF1)
	if findIn(topOverlay(t, w), func(l *widget.Label) bool { return l.Text == "Ctrl+Shift+L / D / S" }) == nil {
		t.Error("the key list does not name the keys for light, dark and the system's look")
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(readme), "| Ctrl+Shift+L / D / S |") {
		t.Error("the README's keys table does not name the keys for light, dark and the system's look")
	}
}
