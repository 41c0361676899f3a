package ui

import (
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
)

// newTestTable builds Tend exactly as main does, on Fyne's test app, with a
// fixed shuffle.
func newTestTable(t *testing.T, a fyne.App, opts Options) (*table, fyne.Window) {
	t.Helper()
	w := a.NewWindow("Tend")
	opts.Rand = rand.New(rand.NewPCG(42, 7))
	if opts.DataDir == "" {
		opts.DataDir = dataDirs[a]
	}
	if opts.Getenv == nil {
		opts.Getenv = func(string) string { return "" } // pinned: English
	}
	opts.Log = io.Discard
	tb := create(a, w, opts)
	w.SetContent(tb.root)
	w.Resize(fyne.NewSize(1100, 720))
	t.Cleanup(w.Close)
	t.Cleanup(func() {
		// Nothing may tick into a closed window while the next test runs.
		if tb.chromeTimer != nil {
			tb.chromeTimer.Stop()
		}
		if tb.pause != nil {
			tb.pause.guide.Stop()
		}
	})
	return tb, w
}

// dataDirs gives every test app its own folder for decks and marks.
var dataDirs = map[fyne.App]string{}

// newApp is a test app where a returning couple would start: welcome seen,
// check-ins off, Deeper cards in shuffled order, every card in the round,
// its own empty data folder. Tests of those features change the
// preferences before building the table; TestFirstRunIsGentle checks the
// first-run defaults.
func newApp(t *testing.T) fyne.App {
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefWelcomeSeen, true)
	a.Preferences().SetInt(prefCheckEvery, 0)
	a.Preferences().SetInt(prefDepth, int(decks.Deeper))
	a.Preferences().SetInt(prefRoundLength, 0)
	a.Preferences().SetBool(prefGentleFirst, false)
	dataDirs[a] = t.TempDir()
	return a
}

func press(w fyne.Window, key fyne.KeyName) {
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: key})
}

func visibleScreen(tb *table) string {
	names := []string{"home", "card", "pause", "end", "checkin", "welcome", "goodnight"}
	var shown []string
	for i, o := range tb.root.Objects {
		if o.Visible() {
			shown = append(shown, names[i])
		}
	}
	return strings.Join(shown, "+")
}

func checkFor(t *testing.T, tb *table, title string) *widget.Check {
	t.Helper()
	for _, c := range tb.home.checks {
		if c.Text == title {
			return c
		}
	}
	t.Fatalf("no deck checkbox %q", title)
	return nil
}

func TestHomeListsDecksWithCounts(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	if got := visibleScreen(tb); got != "home" {
		t.Fatalf("showing %q at start, want home", got)
	}
	if want := len(tb.lib.Decks("en")); len(tb.home.checks) != want {
		t.Fatalf("%d decks on the home screen, want all %d built-in ones", len(tb.home.checks), want)
	}
	boundaries := tb.lib.Deck("en", "boundaries")
	if !checkFor(t, tb, "Boundaries").Checked {
		t.Error("Boundaries is not chosen by default")
	}
	want := boundaries.CountUpTo(decks.Deeper)
	if got := tb.home.counts[0].Text; got != itoa(want)+" cards" {
		t.Errorf("Boundaries count %q, want %d cards", got, want)
	}
	if tb.home.startB.Text != "Start with "+itoa(want)+" cards" || tb.home.startB.Disabled() {
		t.Errorf("Start button %q disabled=%v", tb.home.startB.Text, tb.home.startB.Disabled())
	}

	test.Tap(checkFor(t, tb, "Boundaries"))
	if !tb.home.startB.Disabled() || tb.home.startB.Text != "Start" {
		t.Errorf("Start is %q and enabled with no deck chosen", tb.home.startB.Text)
	}
	press(tb.win, fyne.KeyReturn)
	if got := visibleScreen(tb); got != "home" {
		t.Errorf("Enter with no decks went to %q", got)
	}

	test.Tap(checkFor(t, tb, "Curious"))
	tb.home.depths.SetSelected("Gentle")
	curious := tb.lib.Deck("en", "curious")
	if got, want := tb.home.startB.Text, "Start with "+itoa(curious.CountUpTo(decks.Gentle))+" cards"; got != want {
		t.Errorf("Start button %q, want %q", got, want)
	}
}

func TestCardScreenKeysAndButtons(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	test.Type(tb.home.names[0], "Sam")
	test.Type(tb.home.names[1], "Alex")
	test.Tap(tb.home.startB)
	if got := visibleScreen(tb); got != "card" {
		t.Fatalf("after Start showing %q, want card", got)
	}
	total := tb.pile.Len()
	shows := func(n int) {
		t.Helper()
		c := tb.pile.Current()
		if tb.card.text.Text != c.Text {
			t.Errorf("card text %q, want %q", tb.card.text.Text, c.Text)
		}
		if want := itoa(n) + " of " + itoa(total); tb.card.progress.Text != want {
			t.Errorf("progress %q, want %q", tb.card.progress.Text, want)
		}
		if !strings.HasPrefix(tb.card.deck.Text, "Boundaries  ·  ") {
			t.Errorf("deck line %q", tb.card.deck.Text)
		}
		if c.Both != (tb.card.turn.Text == "Both of you" && tb.card.turn.Visible()) {
			t.Errorf("turn line %q (shown %v) for a card with both=%v", tb.card.turn.Text, tb.card.turn.Visible(), c.Both)
		}
	}
	shows(1)
	if !tb.card.backB.Disabled() {
		t.Error("Back is enabled on the first card")
	}
	first := tb.card.text.Text
	press(w, fyne.KeyRight)
	shows(2)
	if tb.card.text.Text == first {
		t.Error("Right showed the same card")
	}
	press(w, fyne.KeySpace)
	shows(3)
	press(w, fyne.KeyLeft)
	press(w, fyne.KeyLeft)
	shows(1)
	if tb.card.text.Text != first {
		t.Error("going back did not return to the first card")
	}
	test.Tap(tb.card.nextB)
	shows(2)
	test.Tap(tb.card.passB)
	shows(3)
	if tb.pile.Passed() != 1 {
		t.Errorf("passed %d cards, want 1", tb.pile.Passed())
	}
	test.Tap(tb.card.backB)
	shows(2)

	press(w, fyne.KeyP)
	if got := visibleScreen(tb); got != "pause" {
		t.Fatalf("P showed %q, want pause", got)
	}
	press(w, fyne.KeyRight) // the pause screen does not deal cards
	press(w, fyne.KeyP)
	if got := visibleScreen(tb); got != "card" {
		t.Fatalf("P on pause showed %q, want card", got)
	}
	shows(2)
	test.Tap(tb.card.pauseB)
	test.Tap(tb.pause.resumeB)
	shows(2)

	press(w, fyne.KeyEscape)
	if got := visibleScreen(tb); got != "home" {
		t.Errorf("Esc showed %q, want home", got)
	}
	if !tb.home.continueB.Visible() || tb.home.continueB.Text != "Continue (2 of "+itoa(total)+")" {
		t.Errorf("decks screen offers %q (shown %v), want Continue (2 of %d)", tb.home.continueB.Text, tb.home.continueB.Visible(), total)
	}
	press(w, fyne.KeyReturn)
	if got := visibleScreen(tb); got != "card" {
		t.Fatalf("Enter on the decks screen during a session showed %q, want the card", got)
	}
	shows(2)
}

func TestEndOfPileAndAftercare(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	test.Tap(tb.home.startB)
	seen := map[string]bool{}
	for range tb.pile.Len() {
		seen[tb.card.text.Text] = true
		press(w, fyne.KeyRight)
	}
	if len(seen) != tb.pile.Len() {
		t.Errorf("saw %d different cards in a pile of %d", len(seen), tb.pile.Len())
	}
	if got := visibleScreen(tb); got != "end" {
		t.Fatalf("after the last card showing %q, want end", got)
	}
	if !strings.Contains(tb.end.panel.body.Text, "Thank you") {
		t.Errorf("end text %q", tb.end.panel.body.Text)
	}
	press(w, fyne.KeyLeft)
	if got := visibleScreen(tb); got != "card" || tb.card.progress.Text != itoa(tb.pile.Len())+" of "+itoa(tb.pile.Len()) {
		t.Errorf("Left on the end screen: %q, %q", got, tb.card.progress.Text)
	}
	press(w, fyne.KeyRight)
	test.Tap(tb.end.againB)
	if got := visibleScreen(tb); got != "card" || tb.card.progress.Text != "1 of "+itoa(tb.pile.Len()) {
		t.Errorf("Shuffle again: %q, %q", got, tb.card.progress.Text)
	}

	for !tb.pile.Done() {
		press(w, fyne.KeyRight)
	}
	test.Tap(tb.end.aftercareB)
	assertAftercare(t, tb)
	if !strings.HasPrefix(tb.card.deck.Text, "Aftercare") {
		t.Errorf("deck line %q, want Aftercare", tb.card.deck.Text)
	}
}

func assertAftercare(t *testing.T, tb *table) {
	t.Helper()
	if got := visibleScreen(tb); got != "card" {
		t.Fatalf("aftercare showing %q, want card", got)
	}
	if tb.pile.Len() != aftercareRound {
		t.Errorf("aftercare round has %d cards, want a short round of %d", tb.pile.Len(), aftercareRound)
	}
	for !tb.pile.Done() {
		c := tb.pile.Current()
		if c.Deck.Moment != decks.After {
			t.Fatalf("non-aftercare card %q in the aftercare pile", c.ID)
		}
		if c.Depth > tb.home.depth() {
			t.Fatalf("aftercare card %q at depth %d, deeper than the chosen %d", c.ID, c.Depth, tb.home.depth())
		}
		tb.pile.Next()
	}
}

func TestPauseGoesToAftercare(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyP)
	test.Tap(tb.pause.aftercareB)
	assertAftercare(t, tb)
}

func TestChoicesAreRemembered(t *testing.T) {
	a := newApp(t)
	tb, _ := newTestTable(t, a, Options{})
	test.Tap(checkFor(t, tb, "Boundaries"))
	test.Tap(checkFor(t, tb, "Aftercare"))
	test.Tap(checkFor(t, tb, "Curious"))
	tb.home.depths.SetSelected("Vulnerable")

	again, _ := newTestTable(t, a, Options{})
	var chosen []string
	for _, d := range again.home.chosenDecks() {
		chosen = append(chosen, d.ID)
	}
	if strings.Join(chosen, " ") != "aftercare curious" || again.home.depth() != decks.Vulnerable {
		t.Errorf("remembered %v at depth %d, want aftercare curious at 3", chosen, again.home.depth())
	}
}

func TestBadPreferencesFallBack(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetInt(prefDepth, 9)
	a.Preferences().SetStringList(prefDecks, []string{"no-such-deck", "check-ins"})
	tb, _ := newTestTable(t, a, Options{})
	if tb.home.depth() != defaultDepth || defaultDepth != decks.Gentle {
		t.Errorf("depth %d from a bad preference, want %d", tb.home.depth(), defaultDepth)
	}
	if ds := tb.home.chosenDecks(); len(ds) != 1 || ds[0].ID != "check-ins" {
		t.Errorf("chosen %v, want only check-ins", ds)
	}
}

func TestBrokenDecksAreListedOnceAndCalmly(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "en"), 0o755); err != nil {
		t.Fatal(err)
	}
	good := "id = \"mine\"\nmoment = \"curious\"\ntitle = \"Our own\"\ndescription = \"Cards we wrote.\"\n\n[[cards]]\nid = \"mine-one\"\ndepth = 1\ntext = \"What did we learn this week?\"\n"
	for name, text := range map[string]string{
		"en/broken.toml": "id = \"broken\"\nmoment = \"later\"\n",
		"en/mine.toml":   good,
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	tb, _ := newTestTable(t, newApp(t), Options{DeckDirs: []string{dir}})
	builtin, _ := decks.LoadBuiltin(decks.SourceLocale)
	if want := len(builtin) + 1; len(tb.home.checks) != want {
		t.Errorf("%d decks, want the %d built-in ones and ours", len(tb.home.checks), want-1)
	}
	checkFor(t, tb, "Our own")
	if len(tb.home.notice.Objects) != 1 {
		t.Fatalf("notice has %d panels, want 1", len(tb.home.notice.Objects))
	}
	text := findLabel(tb.home.notice, "could not be opened")
	if text == nil || !strings.HasPrefix(text.Text, "One deck file could not be opened") {
		t.Fatalf("notice text missing")
	}
	dismiss := findButton(tb.home.notice, "Dismiss")
	test.Tap(dismiss)
	if len(tb.home.notice.Objects) != 0 {
		t.Error("Dismiss left the notice up")
	}
}

func findLabel(o fyne.CanvasObject, part string) *widget.Label {
	var found *widget.Label
	walkAll(o, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, part) {
			found = l
		}
	})
	return found
}

func findButton(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	walkAll(o, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
	})
	return found
}

func itoa(n int) string { return strconv.Itoa(n) }
