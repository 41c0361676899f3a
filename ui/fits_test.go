package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/locales"
)

// overflows lists every widget under root whose text is wider or taller
// than the widget, or that lies outside the window, ignoring what sits in a
// scroll container (scrolling is how it fits).
func overflows(w fyne.Window, root fyne.CanvasObject) []string {
	win := w.Canvas().Size()
	d := fyne.CurrentApp().Driver()
	var out []string
	var walk func(o fyne.CanvasObject, scrolled bool)
	walk = func(o fyne.CanvasObject, scrolled bool) {
		if !o.Visible() {
			return
		}
		var text string
		check := true
		switch v := o.(type) {
		case *widget.Label:
			text = v.Text
			check = v.Wrapping == fyne.TextWrapOff && v.Truncation == fyne.TextTruncateOff
		case *widget.Button:
			text = v.Text
		case *widget.Check:
			text = v.Text
		case *enterCheck:
			text = v.Text
		case *widget.RadioGroup:
			text = fmt.Sprint(v.Options)
		case *enterRadio:
			text = fmt.Sprint(v.Options)
		case *widget.Select:
			text = v.Selected
		default:
			check = false
		}
		// A dialog's title is laid out only when painted; what was never
		// given a size is not on screen.
		if check && text != "" && !o.Size().IsZero() {
			size, min := o.Size(), o.MinSize()
			if size.Width+0.5 < min.Width || size.Height+0.5 < min.Height {
				out = append(out, fmt.Sprintf("%T %q is %vx%v, needs %vx%v", o, text, size.Width, size.Height, min.Width, min.Height))
			}
			if !scrolled {
				pos := d.AbsolutePositionForObject(o)
				if pos.X < -0.5 || pos.Y < -0.5 || pos.X+size.Width > win.Width+0.5 || pos.Y+size.Height > win.Height+0.5 {
					out = append(out, fmt.Sprintf("%T %q at %v size %v runs outside the %v window", o, text, pos, size, win))
				}
			}
		}
		if _, ok := o.(*container.Scroll); ok {
			scrolled = true
		}
		switch c := o.(type) {
		case *fyne.Container:
			for _, child := range c.Objects {
				walk(child, scrolled)
			}
		case fyne.Widget:
			for _, child := range test.WidgetRenderer(c).Objects() {
				walk(child, scrolled)
			}
		}
	}
	walk(root, false)
	return out
}

// TestEveryScreenFitsEveryLanguage walks every screen and dialog in every
// built-in language and the pseudo-language, in the smallest supported
// window (640x480) at the largest text size, and fails when any text is
// wider than its widget, cut off, or outside the window.
func TestEveryScreenFitsEveryLanguage(t *testing.T) {
	langs := append(locales.BuiltinLanguages(), locales.Pseudo)
	for _, lang := range langs {
		t.Run(lang, func(t *testing.T) {
			a := newApp(t)
			a.Preferences().SetFloat(prefTextScale, maxTextScale)
			a.Preferences().SetBool(prefWelcomeSeen, false)
			a.Preferences().SetInt(prefCheckEvery, 2)
			a.Preferences().SetBool(prefRememberNames, true)
			a.Preferences().SetString(prefName1, "Alexandrina")
			a.Preferences().SetString(prefName2, "Maximiliano")
			a.Preferences().SetString(prefName3, "Konstantina")
			a.Preferences().SetString(prefName4, "Bartholomew")
			broken := t.TempDir()
			if err := os.MkdirAll(filepath.Join(broken, "en"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(broken, "en", "broken.toml"), []byte("id = \"broken\"\nmoment = \"later\"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			tb, w := newTestTable(t, a, Options{Language: lang, DeckDirs: []string{broken}})
			w.Resize(fyne.NewSize(640, 480))
			look := func(where string) {
				t.Helper()
				w.Content().Refresh()
				for _, p := range overflows(w, w.Content()) {
					t.Errorf("%s: %s", where, p)
				}
				if top := w.Canvas().Overlays().Top(); top != nil {
					for _, p := range overflows(w, top) {
						t.Errorf("%s (dialog): %s", where, p)
					}
				}
			}
			for i := range welcomePages {
				tb.welcome.showPage(i)
				look(fmt.Sprintf("welcome page %d", i+1))
			}
			press(w, fyne.KeyEscape)
			look("decks")
			test.Tap(findButton(tb.home.notice, tb.T(msgDetails)))
			look("deck details")
			press(w, fyne.KeyEscape)
			press(w, fyne.KeyReturn)
			look("card")
			press(w, fyne.KeyEscape)
			look("decks with Continue")
			press(w, fyne.KeyReturn)
			for name, open := range map[string]func(){
				"keys": tb.showKeys, "about": tb.showAbout, "settings": tb.showSettings, "this session": tb.showSession,
			} {
				open()
				look(name)
				press(w, fyne.KeyEscape)
			}
			tb.showSettings()
			tb.confirmForget()
			look("forget everything")
			tb.closeDialogs()
			press(w, fyne.KeyRight)
			press(w, fyne.KeyRight)
			look("check-in")
			press(w, fyne.Key1)
			look("pause")
			press(w, fyne.KeyP)
			for !tb.pile.Done() {
				press(w, fyne.KeyRight)
				if visibleScreen(tb) == "checkin" {
					press(w, fyne.Key3)
				}
			}
			look("end")
			press(w, fyne.KeyP)
			test.Tap(tb.pause.stopB)
			look("goodnight")
			// The yes / no / maybe answer page: four answer buttons, each
			// with its key, in one row.
			tb.openYesNo()
			look("yes / no / maybe")
			test.Tap(yesNoScreenOf(t, tb).startB)
			look("yes / no / maybe answer")
			press(w, fyne.KeyEscape)
			// The plan's summary page and its row of five actions.
			tb.openPlan()
			for _, step := range tb.tools.plan.plan.Steps() {
				tb.tools.screen.(*planScreen).goTo(step)
				look(fmt.Sprintf("plan step %v", step))
			}
		})
	}
}
