package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// luminance is WCAG 2's relative luminance of an opaque colour.
func luminance(c color.Color) float64 {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(n.R) + 0.7152*lin(n.G) + 0.0722*lin(n.B)
}

// over blends a translucent colour over an opaque one, as the screen does.
func over(top, bottom color.Color) color.Color {
	t := color.NRGBAModel.Convert(top).(color.NRGBA)
	b := color.NRGBAModel.Convert(bottom).(color.NRGBA)
	a := float64(t.A) / 255
	mix := func(x, y uint8) uint8 { return uint8(math.Round(float64(x)*a + float64(y)*(1-a))) }
	return color.NRGBA{R: mix(t.R, b.R), G: mix(t.G, b.G), B: mix(t.B, b.B), A: 0xff}
}

func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

// TestTextContrastInEveryTheme computes, from the theme's own colours, the
// WCAG contrast of every kind of text Tend shows against every background it
// is shown on, in light, dark and high contrast: at least 4.5:1 (AA). The
// card's edge, a non-text boundary, needs 3:1.
func TestTextContrastInEveryTheme(t *testing.T) {
	text := []fyne.ThemeColorName{
		theme.ColorNameForeground,  // cards, turn line, second language, labels
		theme.ColorNameDisabled,    // hints, counts, captions (low importance)
		theme.ColorNamePrimary,     // the deck line, the summary figures
		theme.ColorNamePlaceHolder, // the name fields' placeholders
	}
	backgrounds := []fyne.ThemeColorName{theme.ColorNameBackground, colorSurface, theme.ColorNameInputBackground,
		theme.ColorNameOverlayBackground}
	for _, hc := range []bool{false, true} {
		for _, mode := range []string{themeLight, themeDark} {
			th := &tendTheme{Theme: theme.DefaultTheme(), scale: 1, highContrast: hc, mode: mode}
			c := func(n fyne.ThemeColorName) color.Color { return th.Color(n, theme.VariantLight) }
			name := mode
			if hc {
				name += ", high contrast"
			}
			for _, fg := range text {
				for _, bg := range backgrounds {
					if fg == theme.ColorNamePlaceHolder && bg != theme.ColorNameInputBackground {
						continue
					}
					if r := contrast(c(fg), c(bg)); r < 4.5 {
						t.Errorf("%s: %s on %s is %.2f:1, want 4.5:1", name, fg, bg, r)
					}
				}
			}
			buttons := []struct{ fg, bg fyne.ThemeColorName }{
				{theme.ColorNameForeground, theme.ColorNameButton},
				{theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
			}
			for _, b := range buttons {
				if r := contrast(c(b.fg), c(b.bg)); r < 4.5 {
					t.Errorf("%s: button text %s on %s is %.2f:1, want 4.5:1", name, b.fg, b.bg, r)
				}
			}
			if r := contrast(c(colorEdge), c(theme.ColorNameBackground)); r < 3 {
				t.Errorf("%s: the card's edge is %.2f:1 against the background, want 3:1", name, r)
			}
			// A focused button must look different from an unfocused one,
			// the filled primary buttons included, and its label must stay
			// readable.
			for _, b := range buttons {
				focused := over(c(theme.ColorNameFocus), c(b.bg))
				if r := contrast(focused, c(b.bg)); r < 1.5 {
					t.Errorf("%s: focus on a %s button changes it only %.2f:1", name, b.bg, r)
				}
				if r := contrast(c(b.fg), focused); r < 4.5 {
					t.Errorf("%s: a focused %s button's label is %.2f:1", name, b.bg, r)
				}
			}
		}
	}
}

// TestTurnLineIsPartOfTheCard checks that whose turn it is sits on the card
// itself, large and at full contrast, and that a second language is shown
// as the card's equal.
func TestTurnLineIsPartOfTheCard(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetString(prefSecondLanguage, "de")
	tb, w := newTestTable(t, a, Options{})
	press(w, fyne.KeyReturn)
	card := findIn(tb.card.content, func(p *panel) bool {
		return findIn(p, func(l *widget.Label) bool { return l == tb.card.text }) != nil
	})
	if card == nil || findIn(card, func(l *widget.Label) bool { return l == tb.card.turn }) == nil {
		t.Fatal("the turn line is not on the card")
	}
	if tb.card.turn.Importance != widget.MediumImportance || theme.Size(tb.card.turn.SizeName) < theme.Size(theme.SizeNameHeadingText) {
		t.Errorf("turn line importance %v, size %v: want full contrast and heading size", tb.card.turn.Importance, tb.card.turn.SizeName)
	}
	if !tb.card.second.Visible() {
		t.Fatal("no second language shown")
	}
	if tb.card.second.SizeName != tb.card.text.SizeName || tb.card.second.Importance != tb.card.text.Importance {
		t.Errorf("second language at %s/%v, card at %s/%v: not equals", tb.card.second.SizeName, tb.card.second.Importance, tb.card.text.SizeName, tb.card.text.Importance)
	}
}

// TestFullScreenReadsFromAcrossTheRoom: on 1920x1080 the card text is at
// least three times its size in the default window, and the menu and
// toolbar step back until a key or a mouse move.
func TestFullScreenReadsFromAcrossTheRoom(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	// A card of typical length.
	for len(tb.pile.Current().Text) > 90 {
		press(w, fyne.KeyRight)
	}
	tb.card.content.Refresh()
	normal := theme.Size(tb.card.text.SizeName)
	press(w, fyne.KeyF11)
	w.Resize(fyne.NewSize(1920, 1080))
	tb.card.content.Refresh()
	if big := theme.Size(tb.card.text.SizeName); big < 3*normal {
		t.Errorf("full screen card text %v px, want at least 3x %v", big, normal)
	}
	if theme.Size(tb.card.turn.SizeName) < 1.5*theme.Size(theme.SizeNameHeadingText) {
		t.Errorf("the turn line stays %v px in full screen", theme.Size(tb.card.turn.SizeName))
	}
	if tb.card.deck.SizeName != theme.SizeNameHeadingText {
		t.Errorf("the deck line stays %q in full screen", tb.card.deck.SizeName)
	}
	if tb.card.top.Visible() || tb.card.hint.Visible() || w.MainMenu() != nil {
		t.Error("the toolbar, hint or menu still show in full screen")
	}
	if !tb.card.nextB.Visible() || !tb.card.passB.Visible() || !tb.card.backB.Visible() {
		t.Error("the three main buttons do not show in full screen")
	}
	test.MoveMouse(w.Canvas(), fyne.NewPos(400, 400))
	if !tb.card.top.Visible() || w.MainMenu() == nil {
		t.Error("a mouse move did not bring the toolbar and menu back")
	}
	press(w, fyne.KeyF11)
	if !tb.card.top.Visible() || w.MainMenu() == nil {
		t.Error("leaving full screen did not bring the toolbar and menu back")
	}
}
