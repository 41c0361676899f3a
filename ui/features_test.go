package ui

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
)

// walkAll visits every object below o, looking inside widgets' renderers
// too, so tests can find what a dialog or a panel shows.
func walkAll(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch c := o.(type) {
	case *fyne.Container:
		for _, child := range c.Objects {
			walkAll(child, visit)
		}
	case fyne.Widget:
		for _, child := range test.WidgetRenderer(c).Objects() {
			walkAll(child, visit)
		}
	}
}

func findIn[T fyne.CanvasObject](o fyne.CanvasObject, match func(T) bool) T {
	var found T
	var zero T
	walkAll(o, func(o fyne.CanvasObject) {
		if v, ok := o.(T); ok && match(v) && any(found) == any(zero) {
			found = v
		}
	})
	return found
}

func topOverlay(t *testing.T, w fyne.Window) fyne.CanvasObject {
	t.Helper()
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog is showing")
	}
	return top
}

func buttonIn(o fyne.CanvasObject, text string) *widget.Button {
	return findIn(o, func(b *widget.Button) bool { return b.Text == text })
}

func TestTurnsAlternateWithNames(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	test.Tap(tb.home.remember)
	test.Type(tb.home.names[0], "Sam")
	test.Type(tb.home.names[1], "  Alex  ")
	press(w, fyne.KeyReturn)
	var turns []string
	for !tb.pile.Done() {
		c := tb.pile.Current()
		got := tb.card.turn.Text
		switch {
		case c.Both && got != "Both of you":
			t.Fatalf("card for both shows %q", got)
		case !c.Both:
			turns = append(turns, got)
		}
		press(w, fyne.KeyRight)
	}
	for i, got := range turns {
		want := []string{"Sam answers", "Alex answers"}[i%2]
		if got != want {
			t.Fatalf("turn %d shows %q, want %q (all: %v)", i, got, want, turns)
		}
	}
	again, _ := newTestTable(t, tb.app, Options{})
	if again.settings.names != [maxPeople]string{"Sam", "Alex"} || again.home.names[1].Text != "Alex" {
		t.Errorf("names not remembered: %q", again.settings.names)
	}
}

func TestNoNamesNoTurnLine(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	for ; tb.pile.Current().Both; press(w, fyne.KeyRight) {
	}
	if tb.card.turn.Visible() {
		t.Errorf("turn line %q shown without names", tb.card.turn.Text)
	}
}

func TestFavourites(t *testing.T) {
	a := newApp(t)
	tb, w := newTestTable(t, a, Options{})
	if tb.home.favCount.Text != "No cards yet" {
		t.Errorf("favourites count %q before starring", tb.home.favCount.Text)
	}
	press(w, fyne.KeyReturn)
	first := tb.pile.Current()
	press(w, fyne.KeyF)
	if tb.card.starB.Text != "Starred" || !tb.marks.IsFavourite(first.ID) {
		t.Fatalf("F did not star: button %q", tb.card.starB.Text)
	}
	press(w, fyne.KeyRight)
	second := tb.pile.Current()
	test.Tap(tb.card.starB)
	test.Tap(tb.card.starB) // and unstar
	if tb.marks.IsFavourite(second.ID) || tb.card.starB.Text != "Star" {
		t.Error("tapping the star twice did not unstar")
	}
	data, err := os.ReadFile(marksFile(dataDirs[a]))
	if err != nil || !strings.Contains(string(data), first.ID) || strings.Contains(string(data), second.ID) {
		t.Fatalf("marks file %q, %v", data, err)
	}

	again, w2 := newTestTable(t, a, Options{})
	if again.home.favCount.Text != "1 card" {
		t.Errorf("favourites count %q after a restart", again.home.favCount.Text)
	}
	for _, c := range again.home.checks {
		c.SetChecked(false)
	}
	test.Tap(again.home.favCheck)
	press(w2, fyne.KeyReturn)
	if again.pile.Len() != 1 || again.pile.Current().ID != first.ID {
		t.Errorf("the Favourites deck dealt %d cards", again.pile.Len())
	}
}

func TestHideUndoAndRestore(t *testing.T) {
	a := newApp(t)
	tb, w := newTestTable(t, a, Options{})
	before := tb.home.startB.Text
	press(w, fyne.KeyReturn)
	total := tb.pile.Len()
	hidden := tb.pile.Current()
	press(w, fyne.KeyH)
	if tb.pile.Current() == hidden || tb.pile.Len() != total-1 || !tb.card.undoBar.Visible() {
		t.Fatal("H did not take the card out and offer Undo")
	}
	test.Tap(tb.card.undoB)
	if tb.pile.Current() != hidden || tb.pile.Len() != total || tb.card.undoBar.Visible() || tb.marks.IsHidden(hidden.ID) {
		t.Fatal("Undo did not bring the card back")
	}
	test.Tap(tb.card.hideB)
	press(w, fyne.KeyRight)
	if tb.card.undoBar.Visible() {
		t.Error("Undo still offered after moving on")
	}

	again, w2 := newTestTable(t, a, Options{})
	if again.home.startB.Text == before {
		t.Errorf("the hidden card still counts: %q", again.home.startB.Text)
	}
	press(w2, fyne.KeyReturn)
	for ; !again.pile.Done(); again.pile.Next() {
		if again.pile.Current().ID == hidden.ID {
			t.Fatal("a hidden card was dealt after a restart")
		}
	}
	press(w2, fyne.KeyEscape)
	again.showSettings()
	restore := buttonIn(topOverlay(t, w2), "Restore")
	if restore == nil {
		t.Fatal("the settings list no Restore button for the hidden card")
	}
	test.Tap(restore)
	if again.marks.IsHidden(hidden.ID) {
		t.Error("Restore did not unhide the card")
	}
	test.Tap(buttonIn(topOverlay(t, w2), "Done"))
	if again.home.startB.Text != before {
		t.Errorf("after restoring, Start says %q, want %q", again.home.startB.Text, before)
	}
}

func TestCheckInsSlowDown(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetInt(prefCheckEvery, 3)
	tb, w := newTestTable(t, a, Options{})
	tb.home.depths.SetSelected("Vulnerable")
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyRight)
	test.Tap(tb.card.passB)
	if got := visibleScreen(tb); got != "card" {
		t.Fatalf("check-in came too early: %q", got)
	}
	press(w, fyne.KeyRight)
	if got := visibleScreen(tb); got != "checkin" {
		t.Fatalf("after 3 cards showing %q, want the check-in", got)
	}
	if tb.pile.Position() != 4 {
		t.Errorf("position %d behind the check-in, want 4", tb.pile.Position())
	}
	test.Tap(tb.checkIn.slowB)
	if got := visibleScreen(tb); got != "card" || tb.pile.Limit() != decks.Deeper {
		t.Fatalf("Slow down: showing %q, limit %d", got, tb.pile.Limit())
	}
	for i := 0; !tb.pile.Done(); i++ {
		// From the very next card on, the first one included.
		if tb.pile.Current().Depth > decks.Deeper {
			t.Fatalf("a depth 3 card %d cards after slowing down", i)
		}
		press(w, fyne.KeyRight)
		if visibleScreen(tb) == "checkin" {
			if i < 2 {
				t.Fatalf("check-in after %d cards", i+1)
			}
			test.Tap(tb.checkIn.goB)
			i = -1
		}
	}
	tb.home.depths.SetSelected("Gentle")
	press(w, fyne.KeyEscape)
	press(w, fyne.KeyReturn)
	for visibleScreen(tb) != "checkin" {
		press(w, fyne.KeyRight)
	}
	if !tb.checkIn.slowB.Disabled() {
		t.Error("Slow down offered when the cards are already gentle")
	}
	test.Tap(tb.checkIn.pauseB)
	if got := visibleScreen(tb); got != "pause" {
		t.Errorf("Pause from the check-in showed %q", got)
	}
}

func TestGentleStart(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetBool(prefGentleFirst, true)
	tb, w := newTestTable(t, a, Options{})
	tb.home.depths.SetSelected("Vulnerable")
	press(w, fyne.KeyReturn)
	last := decks.Gentle
	for !tb.pile.Done() {
		d := tb.pile.Current().Depth
		if d < last {
			t.Fatalf("depth %d after %d with a gentle start", d, last)
		}
		last = d
		press(w, fyne.KeyRight)
	}
	if last != decks.Vulnerable {
		t.Errorf("never reached depth 3")
	}
}

func TestPauseBreathes(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	if tb.pause != nil {
		t.Error("the pause screen was built before anyone paused")
	}
	press(w, fyne.KeyP)
	if !tb.pause.guide.running() {
		t.Error("the breathing guide does not run on the pause screen")
	}
	test.Tap(tb.pause.resumeB)
	if tb.pause.guide.running() {
		t.Error("the breathing guide still runs after resuming")
	}
}

func TestWelcomeFirstRunOnly(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetBool(prefWelcomeSeen, false)
	tb, w := newTestTable(t, a, Options{})
	if got := visibleScreen(tb); got != "welcome" {
		t.Fatalf("first run shows %q, want welcome", got)
	}
	var headings []string
	for range welcomePages {
		headings = append(headings, tb.welcome.panel.heading.Text)
		if tb.welcome.page < len(welcomePages)-1 {
			press(w, fyne.KeyRight)
		}
	}
	if !strings.Contains(strings.Join(headings, "|"), "Consent") || tb.welcome.nextB.Text != "Let's begin" {
		t.Errorf("pages %v, last button %q", headings, tb.welcome.nextB.Text)
	}
	test.Tap(tb.welcome.nextB)
	if got := visibleScreen(tb); got != "home" {
		t.Fatalf("after the welcome showing %q", got)
	}
	again, _ := newTestTable(t, a, Options{})
	if got := visibleScreen(again); got != "home" {
		t.Errorf("second run shows %q, want home", got)
	}
	item := findMenuItem(again.menu.menu, "Welcome")
	item.Action()
	if got := visibleScreen(again); got != "welcome" {
		t.Fatalf("Help > Welcome shows %q", got)
	}
	test.Tap(again.welcome.skipB)
	if got := visibleScreen(again); got != "home" {
		t.Errorf("Skip shows %q", got)
	}
}

func findMenuItem(m *fyne.MainMenu, label string) *fyne.MenuItem {
	for _, menu := range m.Items {
		for _, item := range menu.Items {
			if item.Label == label {
				return item
			}
		}
	}
	return nil
}

func TestPresentation(t *testing.T) {
	a := newApp(t)
	tb, w := newTestTable(t, a, Options{})
	base := theme.Size(sizeCardText)
	for range 20 {
		tb.textSize(+1)
	}
	if tb.settings.textScale != maxTextScale || theme.Size(sizeCardText) <= base*1.9 {
		t.Errorf("largest text: scale %v, card size %v (was %v)", tb.settings.textScale, theme.Size(sizeCardText), base)
	}
	again, _ := newTestTable(t, a, Options{})
	if again.settings.textScale != maxTextScale {
		t.Errorf("text size not remembered: %v", again.settings.textScale)
	}

	press(w, fyne.KeyF11)
	if !w.FullScreen() || !tb.menu.fullScreen.Checked {
		t.Error("F11 did not go full screen")
	}
	press(w, fyne.KeyF11)
	if w.FullScreen() {
		t.Error("F11 did not leave full screen")
	}

	findMenuItem(tb.menu.menu, "High contrast").Action()
	findMenuItem(tb.menu.menu, "Light").Action()
	if bg := theme.Color(theme.ColorNameBackground); bg != rgb(0xffffff) {
		t.Errorf("high contrast light background %v", bg)
	}
	findMenuItem(tb.menu.menu, "Dark").Action()
	if bg := theme.Color(theme.ColorNameBackground); bg != rgb(0x000000) {
		t.Errorf("high contrast dark background %v", bg)
	}
	if !tb.settings.highContrast || tb.settings.themeMode != themeDark || !tb.menu.dark.Checked || tb.menu.light.Checked {
		t.Errorf("view settings not kept: %+v", tb.settings)
	}
}

func TestShortcutsChangeTextSize(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	bigger := &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	smaller := &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
	reset := &desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(bigger)
	w.Canvas().(fyne.Shortcutable).TypedShortcut(bigger)
	if math.Abs(tb.settings.textScale-1.2) > 1e-9 {
		t.Errorf("two Ctrl+= gave scale %v, want 1.2", tb.settings.textScale)
	}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(smaller)
	if math.Abs(tb.settings.textScale-1.1) > 1e-9 {
		t.Errorf("Ctrl+- gave scale %v, want 1.1", tb.settings.textScale)
	}
	w.Canvas().(fyne.Shortcutable).TypedShortcut(reset)
	if tb.settings.textScale != defaultTextScale {
		t.Errorf("Ctrl+0 gave scale %v", tb.settings.textScale)
	}
}

// TestCardTextAlwaysFits checks, at the largest text size and in a small
// window, that the longest card shrinks until all of it is visible.
func TestCardTextAlwaysFits(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetFloat(prefTextScale, maxTextScale)
	tb, w := newTestTable(t, a, Options{})
	press(w, fyne.KeyReturn)
	longest := tb.pile.Current()
	for _, c := range tb.lib.Decks("en")[0].Cards {
		if len(c.Text) > len(longest.Text) {
			longest = c
		}
	}
	for _, size := range []fyne.Size{{Width: 640, Height: 480}, {Width: 1100, Height: 720}, {Width: 1920, Height: 1080}} {
		w.Resize(size)
		tb.card.text.SetText(longest.Text)
		tb.card.content.Refresh()
		body := tb.card.text
		box := findParentBox(tb.card.content, body)
		if box == nil {
			t.Fatal("card text not found")
		}
		space := box.Size()
		need := box.MinSize()
		if need.Height > space.Height+0.5 {
			t.Errorf("at %v the card needs %v but has %v (text size %s)", size, need.Height, space.Height, body.SizeName)
		}
		if size.Width >= 1920 && body.SizeName == cardTextSteps[len(cardTextSteps)-1] {
			t.Errorf("full screen shrank the text to %s", body.SizeName)
		}
	}
}

func findParentBox(root fyne.CanvasObject, child fyne.CanvasObject) *fyne.Container {
	var found *fyne.Container
	walkAll(root, func(o fyne.CanvasObject) {
		if c, ok := o.(*fyne.Container); ok {
			for _, x := range c.Objects {
				if x == child {
					found = c
				}
			}
		}
	})
	return found
}

func TestSessionListGoesBack(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	first := tb.pile.Current()
	press(w, fyne.KeyRight)
	press(w, fyne.KeyRight)
	press(w, fyne.KeyS)
	list := findIn(topOverlay(t, w), func(l *widget.List) bool { return true })
	if list == nil || list.Length() != 3 {
		t.Fatalf("session list missing or wrong length")
	}
	list.Select(0)
	if tb.pile.Current() != first || tb.card.progress.Text != "1 of "+itoa(tb.pile.Len()) {
		t.Errorf("choosing the first card shows %q", tb.card.text.Text)
	}
}

func TestEndSummary(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyF)
	test.Tap(tb.card.passB)
	press(w, fyne.KeyDown) // the Pass key
	for !tb.pile.Done() {
		press(w, fyne.KeyRight)
	}
	// The figures stand out: each number is its own large label, with its
	// words under it, not a sentence.
	for _, f := range []struct {
		n     int
		words string
	}{{tb.pile.Len() - 2, "cards talked about"}, {2, "passed, and that's fine"}, {1, "starred to come back to"}} {
		num := findIn(tb.end.figures, func(l *widget.Label) bool { return l.Text == itoa(f.n) })
		if num == nil || num.SizeName != sizeTitle || !num.TextStyle.Bold {
			t.Errorf("no large figure %d in the summary", f.n)
		}
		if findLabel(tb.end.figures, f.words) == nil {
			t.Errorf("no %q under a figure", f.words)
		}
	}
	if !strings.HasPrefix(tb.end.panel.body.Text, "Thank you") {
		t.Errorf("summary text %q", tb.end.panel.body.Text)
	}
}

func TestBadSettingsFallBack(t *testing.T) {
	a := newApp(t)
	p := a.Preferences()
	p.SetString(prefCheckEvery, "often")
	p.SetFloat(prefTextScale, math.NaN())
	p.SetString(prefThemeMode, "purple")
	p.SetInt(prefHighContrast, 3)
	p.SetString(prefName1, strings.Repeat("Long name ", 10))
	tb, _ := newTestTable(t, a, Options{})
	s := tb.settings
	if s.checkEvery != defaultCheckEvery || s.textScale != defaultTextScale || s.themeMode != themeSystem || s.highContrast {
		t.Errorf("bad values not replaced by defaults: %+v", s)
	}
	if len([]rune(s.names[0])) > maxNameLen {
		t.Errorf("name not shortened: %q", s.names[0])
	}
	p.SetFloat(prefTextScale, 7)
	p.SetInt(prefCheckEvery, -2)
	if s := loadSettings(p); s.textScale != defaultTextScale || s.checkEvery != defaultCheckEvery {
		t.Errorf("out of range values kept: %+v", s)
	}
}

func TestBrokenMarksFileIsKeptAndMentioned(t *testing.T) {
	a := newApp(t)
	path := marksFile(dataDirs[a])
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	broken := "favourites = [\n"
	if err := os.WriteFile(path, []byte(broken), 0o600); err != nil {
		t.Fatal(err)
	}
	tb, w := newTestTable(t, a, Options{})
	if findLabel(tb.home.notice, "could not be read") == nil {
		t.Error("no calm note about the broken file")
	}
	if data, err := os.ReadFile(path + ".broken"); err != nil || string(data) != broken {
		t.Errorf("the broken file was not kept: %q %v", data, err)
	}
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyF)
	if _, err := os.Stat(path); err != nil {
		t.Errorf("starring did not save a fresh file: %v", err)
	}
}

func TestKeysAndAbout(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	w.Canvas().OnTypedRune()('?')
	overlay := topOverlay(t, w)
	for _, k := range keyHelp {
		if findIn(overlay, func(l *widget.Label) bool { return l.Text == k.what.Other }) == nil {
			t.Errorf("the keys overlay lacks %q", k.what.Other)
		}
	}
	test.Tap(buttonIn(overlay, "Close"))
	findMenuItem(tb.menu.menu, "About Tend").Action()
	about := findIn(topOverlay(t, w), func(l *widget.Label) bool { return strings.Contains(l.Text, "Tend "+version) })
	if about == nil || !strings.Contains(about.Text, msgPrivacyPromise.Other) {
		t.Error("About lacks the version or the privacy promise")
	}
}

func TestVersionMatchesFyneApp(t *testing.T) {
	data, err := os.ReadFile("../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `Version = "`+version+`"`) {
		t.Errorf("FyneApp.toml does not say Version = %q", version)
	}
}
