package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
)

// keyHelp is every key Tend answers to, for the "?" overlay and the README.
var keyHelp = [][2]string{
	{"Right or Space", "Next card"},
	{"Left", "Previous card"},
	{"P", "Pause, and resume"},
	{"F", "Star the card (Favourites)"},
	{"H", "Not for us: hide the card for good"},
	{"Ctrl+Z", "Undo hiding a card"},
	{"S", "This session: the cards so far"},
	{"Esc", "Back to your decks"},
	{"Enter", "Start, on the decks screen"},
	{"F11", "Full screen"},
	{"Ctrl + and Ctrl -", "Bigger or smaller text (Ctrl 0 resets)"},
	{"? or F1", "This list of keys"},
}

// privacyPromise is said in the About box and the README.
const privacyPromise = "Tend makes no network connections and keeps no record of your conversations. " +
	"It remembers only your settings and the cards you star or hide, on this computer."

// mainMenu is the File / View / Help menu. Its View items show ticks for
// the current state, so update is called after every change.
type mainMenu struct {
	t                   *table
	menu                *fyne.MainMenu
	fullScreen          *fyne.MenuItem
	contrast            *fyne.MenuItem
	system, light, dark *fyne.MenuItem
}

func newMainMenu(t *table) *mainMenu {
	m := &mainMenu{t: t}
	m.fullScreen = fyne.NewMenuItem("Full screen", t.toggleFullScreen)
	m.contrast = fyne.NewMenuItem("High contrast", func() {
		t.settings.setHighContrast(!t.settings.highContrast)
		t.applyView()
	})
	mode := func(name string) func() {
		return func() { t.settings.setThemeMode(name); t.applyView() }
	}
	m.system = fyne.NewMenuItem("Follow the system", mode(themeSystem))
	m.light = fyne.NewMenuItem("Light", mode(themeLight))
	m.dark = fyne.NewMenuItem("Dark", mode(themeDark))
	bigger := fyne.NewMenuItem("Bigger text", func() { t.textSize(+1) })
	smaller := fyne.NewMenuItem("Smaller text", func() { t.textSize(-1) })
	m.menu = fyne.NewMainMenu(
		fyne.NewMenu("File",
			fyne.NewMenuItem("Your decks", t.goHome),
			fyne.NewMenuItem("Settings…", t.showSettings),
		),
		fyne.NewMenu("View", m.fullScreen, bigger, smaller, fyne.NewMenuItemSeparator(),
			m.contrast, m.system, m.light, m.dark),
		fyne.NewMenu("Help",
			fyne.NewMenuItem("Keys", t.showKeys),
			fyne.NewMenuItem("Welcome", func() { t.welcome.open() }),
			fyne.NewMenuItem("About Tend", t.showAbout),
		),
	)
	m.update()
	return m
}

func (m *mainMenu) update() {
	s := m.t.settings
	m.fullScreen.Checked = m.t.win.FullScreen()
	m.contrast.Checked = s.highContrast
	m.system.Checked = s.themeMode == themeSystem
	m.light.Checked = s.themeMode == themeLight
	m.dark.Checked = s.themeMode == themeDark
	m.menu.Refresh()
}

// showKeys is the "?" overlay: every key in one calm list.
func (t *table) showKeys() {
	grid := container.NewGridWithColumns(2)
	for _, k := range keyHelp {
		key := widget.NewLabel(k[0])
		key.TextStyle.Bold = true
		grid.Add(key)
		grid.Add(widget.NewLabel(k[1]))
	}
	dialog.ShowCustom("Keys", "Close", grid, t.win)
}

func (t *table) showAbout() {
	text := widget.NewLabel(fmt.Sprintf("Tend %s\n\nCards for talking about consent and care.\n\n%s\n\nTend is not a substitute for therapy or medical advice.", version, privacyPromise))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(460, 220))
	dialog.ShowCustom("About Tend", "Close", scroll, t.win)
}

// checkEveryChoices are the check-in intervals offered in the settings.
var checkEveryChoices = []int{0, 3, 5, 8, 10}

func checkEveryLabel(n int) string {
	if n == 0 {
		return "Never"
	}
	return fmt.Sprintf("Every %d cards", n)
}

// showSettings is the one settings window: check-ins, gentle start, look,
// and the hidden cards to restore.
func (t *table) showSettings() {
	var labels []string
	for _, n := range checkEveryChoices {
		labels = append(labels, checkEveryLabel(n))
	}
	if !slices.Contains(checkEveryChoices, t.settings.checkEvery) {
		labels = append(labels, checkEveryLabel(t.settings.checkEvery))
	}
	checkEvery := widget.NewSelect(labels, func(s string) {
		for _, n := range append(checkEveryChoices, t.settings.checkEvery) {
			if checkEveryLabel(n) == s {
				t.settings.setCheckEvery(n)
			}
		}
	})
	checkEvery.SetSelected(checkEveryLabel(t.settings.checkEvery))
	gentle := widget.NewCheck("Gentle cards first, then deeper ones", t.settings.setGentleFirst)
	gentle.SetChecked(t.settings.gentleFirst)
	contrast := widget.NewCheck("High contrast", func(on bool) {
		if on != t.settings.highContrast {
			t.settings.setHighContrast(on)
			t.applyView()
		}
	})
	contrast.SetChecked(t.settings.highContrast)
	modes := map[string]string{"Follow the system": themeSystem, "Light": themeLight, "Dark": themeDark}
	look := widget.NewRadioGroup([]string{"Follow the system", "Light", "Dark"}, func(s string) {
		if m, ok := modes[s]; ok && m != t.settings.themeMode {
			t.settings.setThemeMode(m)
			t.applyView()
		}
	})
	look.Horizontal = true
	for k, v := range modes {
		if v == t.settings.themeMode {
			look.SetSelected(k)
		}
	}
	size := widget.NewLabel("")
	showSize := func() { size.SetText(fmt.Sprintf("%d%%", int(t.settings.textScale*100+0.5))) }
	showSize()
	textSize := container.NewHBox(
		widget.NewButton("A−", func() { t.textSize(-1); showSize() }),
		size,
		widget.NewButton("A+", func() { t.textSize(+1); showSize() }),
	)

	hiddenBox := container.NewVBox()
	var fillHidden func()
	fillHidden = func() {
		hiddenBox.RemoveAll()
		for _, id := range slices.Clone(t.marks.Hidden) {
			c := t.lib.Card(t.locale, id)
			if c == nil {
				continue
			}
			text := widget.NewLabel(c.Text)
			text.Wrapping = fyne.TextWrapWord
			restore := widget.NewButton("Restore", func() { t.restoreHidden(id); fillHidden() })
			hiddenBox.Add(container.NewBorder(nil, nil, nil, restore, text))
		}
		if len(hiddenBox.Objects) == 0 {
			none := widget.NewLabel("No hidden cards. Press H on a card that is not for you.")
			none.Importance = widget.LowImportance
			hiddenBox.Add(none)
		}
	}
	fillHidden()
	hiddenScroll := container.NewVScroll(hiddenBox)
	hiddenScroll.SetMinSize(fyne.NewSize(520, 160))

	form := widget.NewForm(
		widget.NewFormItem("Check-ins", checkEvery),
		widget.NewFormItem("Order", gentle),
		widget.NewFormItem("Text size", textSize),
		widget.NewFormItem("Look", look),
		widget.NewFormItem("", contrast),
		widget.NewFormItem("Hidden cards", hiddenScroll),
	)
	d := dialog.NewCustom("Settings", "Done", form, t.win)
	d.SetOnClosed(t.home.refresh)
	d.Show()
}

// showSession lists the cards seen so far; choosing one goes back to it.
func (t *table) showSession() {
	if t.pile == nil {
		return
	}
	seen := t.pile.Seen()
	var d *dialog.CustomDialog
	list := widget.NewList(
		func() int { return len(seen) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			c := seen[i]
			mark := ""
			switch {
			case t.marks.IsFavourite(c.ID):
				mark = "★ "
			case t.pile.IsPassed(c.ID):
				mark = "(passed) "
			}
			o.(*widget.Label).SetText(fmt.Sprintf("%d. %s%s", i+1, mark, c.Text))
		})
	list.OnSelected = func(i widget.ListItemID) {
		t.goToSeen(i)
		d.Hide()
	}
	scroll := container.NewStack(list)
	size := fyne.NewSize(640, 360)
	d = dialog.NewCustom("This session", "Close", container.NewGridWrap(size, scroll), t.win)
	d.Show()
}

// goToSeen returns to the i-th card seen in this round.
func (t *table) goToSeen(i int) {
	t.pile.GoTo(i)
	t.hidden = nil
	t.showCard()
}
