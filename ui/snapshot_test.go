package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestLayoutSnapshots pins the layout of the main screens as markup (text,
// positions, sizes), so an accidental change to spacing, order or wording
// shows up in review. Regenerate a golden by copying it from
// testdata/failed after checking the change is wanted.
func TestLayoutSnapshots(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetBool(prefRememberNames, true)
	a.Preferences().SetString(prefName1, "Sam")
	a.Preferences().SetString(prefName2, "Alex")
	tb, w := newTestTable(t, a, Options{})
	w.Resize(fyne.NewSize(1000, 700))
	test.AssertObjectRendersToMarkup(t, "home.xml", w.Content())
	press(w, fyne.KeyReturn)
	test.AssertObjectRendersToMarkup(t, "card.xml", w.Content())
	press(w, fyne.KeyP)
	tb.pause.guide.Stop() // a still frame
	test.AssertObjectRendersToMarkup(t, "pause.xml", w.Content())
	press(w, fyne.KeyP)
	for !tb.pile.Done() {
		press(w, fyne.KeyRight)
	}
	test.AssertObjectRendersToMarkup(t, "end.xml", w.Content())
}
