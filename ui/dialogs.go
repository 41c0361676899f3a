package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// keyHelp is every key Tend answers to, for the "?" overlay and the README.
// Key labels that are the same on every keyboard are plain strings; the
// others are messages.
var keyHelp = []struct {
	key  any // string or *i18n.Message
	what *i18n.Message
}{
	{msgKeyRightSpace, msgKeyNext},
	{msgKeyLeft, msgKeyBack},
	{"P", msgKeyPause},
	{"F", msgKeyStar},
	{"H", msgKeyHide},
	{"Ctrl+Z", msgKeyUndo},
	{"S", msgKeySession},
	{msgKeyEsc, msgKeyHome},
	{msgKeyEnter, msgKeyStart},
	{"F11", msgKeyFullScreen},
	{msgKeyCtrlPlusMinus, msgKeyTextSize},
	{msgKeyQuestion, msgKeyHelp},
}

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
	m.fullScreen = fyne.NewMenuItem(t.T(msgKeyFullScreen), t.toggleFullScreen)
	m.contrast = fyne.NewMenuItem(t.T(msgHighContrast), func() {
		t.settings.setHighContrast(!t.settings.highContrast)
		t.applyView()
	})
	mode := func(name string) func() {
		return func() { t.settings.setThemeMode(name); t.applyView() }
	}
	m.system = fyne.NewMenuItem(t.T(msgFollowSystem), mode(themeSystem))
	m.light = fyne.NewMenuItem(t.T(msgLight), mode(themeLight))
	m.dark = fyne.NewMenuItem(t.T(msgDark), mode(themeDark))
	bigger := fyne.NewMenuItem(t.T(msgBiggerText), func() { t.textSize(+1) })
	smaller := fyne.NewMenuItem(t.T(msgSmallerText), func() { t.textSize(-1) })
	m.menu = fyne.NewMainMenu(
		fyne.NewMenu(t.T(msgMenuFile),
			fyne.NewMenuItem(t.T(msgYourDecks), t.goHome),
			fyne.NewMenuItem(t.T(msgSettingsMenu), t.showSettings),
		),
		fyne.NewMenu(t.T(msgMenuView), m.fullScreen, bigger, smaller, fyne.NewMenuItemSeparator(),
			m.contrast, m.system, m.light, m.dark),
		fyne.NewMenu(t.T(msgMenuHelp),
			fyne.NewMenuItem(t.T(msgKeys), t.showKeys),
			fyne.NewMenuItem(t.T(msgWelcome), t.openWelcome),
			fyne.NewMenuItem(t.T(msgAboutTend), t.showAbout),
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
		name, ok := k.key.(string)
		if !ok {
			name = t.T(k.key.(*i18n.Message))
		}
		key := widget.NewLabel(name)
		key.TextStyle.Bold = true
		grid.Add(key)
		grid.Add(widget.NewLabel(t.T(k.what)))
	}
	scroll := container.NewVScroll(grid)
	scroll.SetMinSize(fyne.NewSize(grid.MinSize().Width, min(grid.MinSize().Height, 420)))
	dialog.ShowCustom(t.T(msgKeys), t.T(msgClose), scroll, t.win)
}

func (t *table) showAbout() {
	text := widget.NewLabel(fmt.Sprintf("Tend %s\n\n%s\n\n%s\n\n%s", Version(), t.T(msgAboutText), t.T(msgPrivacyPromise), t.T(msgNotTherapy)))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(fyne.NewSize(460, 220))
	dialog.ShowCustom(t.T(msgAboutTend), t.T(msgClose), scroll, t.win)
}

// checkEveryChoices are the check-in intervals offered in the settings.
var checkEveryChoices = []int{0, 3, 5, 8, 10}

func (t *table) checkEveryLabel(n int) string {
	if n == 0 {
		return t.T(msgNever)
	}
	return t.N(msgEveryN, n)
}

// showSettings is the one settings window: check-ins, gentle start, look,
// and the hidden cards to restore.
func (t *table) showSettings() {
	var labels []string
	for _, n := range checkEveryChoices {
		labels = append(labels, t.checkEveryLabel(n))
	}
	if !slices.Contains(checkEveryChoices, t.settings.checkEvery) {
		labels = append(labels, t.checkEveryLabel(t.settings.checkEvery))
	}
	checkEvery := widget.NewSelect(labels, func(s string) {
		for _, n := range append(checkEveryChoices, t.settings.checkEvery) {
			if t.checkEveryLabel(n) == s {
				t.settings.setCheckEvery(n)
			}
		}
	})
	checkEvery.SetSelected(t.checkEveryLabel(t.settings.checkEvery))
	gentle := widget.NewCheck(t.T(msgGentleFirst), t.settings.setGentleFirst)
	gentle.SetChecked(t.settings.gentleFirst)
	contrast := widget.NewCheck(t.T(msgHighContrast), func(on bool) {
		if on != t.settings.highContrast {
			t.settings.setHighContrast(on)
			t.applyView()
		}
	})
	contrast.SetChecked(t.settings.highContrast)
	modes := map[string]string{t.T(msgFollowSystem): themeSystem, t.T(msgLight): themeLight, t.T(msgDark): themeDark}
	look := widget.NewRadioGroup([]string{t.T(msgFollowSystem), t.T(msgLight), t.T(msgDark)}, func(s string) {
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
			c := t.lib.Card(id)
			if c == nil {
				continue
			}
			text := widget.NewLabel(t.cardText(c))
			text.Wrapping = fyne.TextWrapWord
			restore := widget.NewButton(t.T(msgRestore), func() { t.restoreHidden(id); fillHidden() })
			hiddenBox.Add(container.NewBorder(nil, nil, nil, restore, text))
		}
		if len(hiddenBox.Objects) == 0 {
			none := widget.NewLabel(t.T(msgNoHidden))
			none.Importance = widget.LowImportance
			hiddenBox.Add(none)
		}
	}
	fillHidden()
	hiddenScroll := container.NewVScroll(hiddenBox)
	hiddenScroll.SetMinSize(fyne.NewSize(520, 160))

	form := widget.NewForm(
		widget.NewFormItem(t.T(msgLanguage), t.languagePicker()),
		widget.NewFormItem(t.T(msgAlsoShowIn), t.secondLanguagePicker()),
		widget.NewFormItem(t.T(msgCheckIns), checkEvery),
		widget.NewFormItem(t.T(msgOrder), gentle),
		widget.NewFormItem(t.T(msgTextSize), textSize),
		widget.NewFormItem(t.T(msgLook), look),
		widget.NewFormItem("", contrast),
		widget.NewFormItem(t.T(msgHiddenCards), hiddenScroll),
	)
	d := dialog.NewCustom(t.T(msgSettings), t.T(msgDone), form, t.win)
	t.settingsDialog = d
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
				mark = t.T(msgPassedMark) + " "
			}
			o.(*widget.Label).SetText(fmt.Sprintf("%d. %s%s", i+1, mark, t.cardText(c)))
		})
	list.OnSelected = func(i widget.ListItemID) {
		t.goToSeen(i)
		d.Hide()
	}
	scroll := container.NewStack(list)
	size := fyne.NewSize(640, 360)
	d = dialog.NewCustom(t.T(msgThisSession), t.T(msgClose), container.NewGridWrap(size, scroll), t.win)
	d.Show()
}

// goToSeen returns to the i-th card seen in this round.
func (t *table) goToSeen(i int) {
	t.pile.GoTo(i)
	t.hidden = nil
	t.showCard()
}
