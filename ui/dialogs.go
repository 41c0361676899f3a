package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
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
	{msgKeyDown, msgKeyPass},
	{msgKeyLeft, msgKeyBack},
	{"P", msgKeyPause},
	{"F", msgKeyStar},
	{"H", msgKeyHide},
	{"Ctrl+Z", msgKeyUndo},
	{"S", msgKeySession},
	{msgKeyEsc, msgKeyHome},
	{msgKeyEnter, msgKeyStart},
	{"F11", msgKeyFullScreen},
	{"F5", msgKeyPresent},
	{"Ctrl+B", msgCardsAndPlans},
	{msgKeyCtrlPlusMinus, msgKeyTextSize},
	{"Ctrl+Shift+L / D / S", msgKeyThemeMode},
	{"Ctrl+Shift+H", msgHighContrast},
	{"Ctrl+,", msgSettings},
	{"Shift+F1", msgAboutTend},
	{"Ctrl+Q", msgQuit},
	{msgKeyQuestion, msgKeyHelp},
}

// mainMenu is the File / View / Help menu. Its View items show ticks for
// the current state, so update is called after every change. Every item is
// reachable without a mouse (Alt opens the menu bar, and the main items have
// shortcuts). A new tool adds its items to the slices in newMainMenu.
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
	m.fullScreen.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF11}
	m.contrast = fyne.NewMenuItem(t.T(msgHighContrast), t.toggleHighContrast)
	m.contrast.Shortcut = shortcutHighContrast
	mode := func(name string) func() {
		return func() { t.setThemeMode(name) }
	}
	m.system = fyne.NewMenuItem(t.T(msgFollowSystem), mode(themeSystem))
	m.system.Shortcut = shortcutSystem
	m.light = fyne.NewMenuItem(t.T(msgLight), mode(themeLight))
	m.light.Shortcut = shortcutLight
	m.dark = fyne.NewMenuItem(t.T(msgDark), mode(themeDark))
	m.dark.Shortcut = shortcutDark
	bigger := fyne.NewMenuItem(t.T(msgBiggerText), func() { t.textSize(+1) })
	smaller := fyne.NewMenuItem(t.T(msgSmallerText), func() { t.textSize(-1) })
	bigger.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	smaller.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
	settings := fyne.NewMenuItem(t.T(msgSettingsMenu), t.showSettings)
	settings.Shortcut = shortcutSettings
	keys := fyne.NewMenuItem(t.T(msgKeys), t.toggleKeys)
	keys.Shortcut = &desktop.CustomShortcut{KeyName: fyne.KeyF1}
	about := fyne.NewMenuItem(t.T(msgAboutTend), t.showAbout)
	about.Shortcut = shortcutAbout
	// Tend's own Quit, so that it is translated (Fyne adds an English one
	// when a menu has none).
	quit := fyne.NewMenuItem(t.T(msgQuit), t.quit)
	quit.IsQuit = true
	quit.Shortcut = shortcutQuit

	file := []*fyne.MenuItem{fyne.NewMenuItem(t.T(msgYourDecks), t.goHome), settings}
	view := []*fyne.MenuItem{m.fullScreen, bigger, smaller, fyne.NewMenuItemSeparator(), m.contrast, m.system, m.light, m.dark}
	help := []*fyne.MenuItem{keys, fyne.NewMenuItem(t.T(msgWelcome), t.openWelcome), about}
	m.menu = fyne.NewMainMenu(
		fyne.NewMenu(t.T(msgMenuFile), append(file, fyne.NewMenuItemSeparator(), quit)...),
		fyne.NewMenu(t.T(msgMenuView), view...),
		fyne.NewMenu(t.T(msgMenuHelp), help...),
	)
	m.menu.Items = slices.Insert(m.menu.Items, 2, t.therapist.menu())
	t.addToolsMenu(m.menu.Items[0])
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
	scroll.SetMinSize(t.dialogSize(grid.MinSize().Width, min(grid.MinSize().Height, 420)))
	d := dialog.NewCustom(t.T(msgKeys), t.T(msgClose), scroll, t.win)
	t.keysDialog = d
	t.showDialog(d, func() { t.keysDialog = nil })
}

// dialogSize is a dialog's content size: what it asks for, within what the
// window leaves around a dialog's title, buttons and margins, so that no
// dialog is larger than a 640x480 window.
func (t *table) dialogSize(w, h float32) fyne.Size {
	win := t.win.Canvas().Size()
	if win.IsZero() {
		return fyne.NewSize(w, h)
	}
	return fyne.NewSize(min(w, win.Width-80), min(h, win.Height-200))
}

func (t *table) showAbout() {
	stored := t.Tf(msgStoredWhere, map[string]any{"Folder": t.dataDir})
	text := widget.NewLabel(fmt.Sprintf("Tend %s\n\n%s\n\n%s\n\n%s\n\n%s", Version(), t.T(msgAboutText), t.T(msgPrivacyPromise)+t.therapist.aboutText(), stored, t.T(msgNotTherapy)))
	text.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(text)
	scroll.SetMinSize(t.dialogSize(520, 300))
	t.showDialog(dialog.NewCustom(t.T(msgAboutTend), t.T(msgClose), scroll, t.win), nil)
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
	skipPast := widget.NewCheck(t.T(msgSkipPast), func(on bool) {
		t.settings.setSkipPast(on)
		t.home.refresh()
	})
	skipPast.SetChecked(t.settings.skipPast)
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
	look.Horizontal = t.win.Canvas().Size().Width >= 800
	for k, v := range modes {
		if v == t.settings.themeMode {
			look.SetSelected(k)
		}
	}
	size := widget.NewLabel("")
	showSize := func() { size.SetText(fmt.Sprintf("%d%%", int(t.settings.textScale*100+0.5))) }
	showSize()
	textSize := container.New(&flowRow{},
		// Icons rather than "A−": U+2212 is in none of Fyne's fonts.
		widget.NewButtonWithIcon("", theme.ZoomOutIcon(), func() { t.textSize(-1); showSize() }),
		size,
		widget.NewButtonWithIcon("", theme.ZoomInIcon(), func() { t.textSize(+1); showSize() }),
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
	hiddenScroll.SetMinSize(fyne.NewSize(min(520, t.dialogSize(520, 0).Width-200), 160))

	motion := widget.NewCheck(t.T(msgReduceMotion), func(on bool) {
		t.settings.setReduceMotion(on)
		if t.pause != nil {
			t.pause.guide.Stop()
			t.pause.guide.still = on
		}
	})
	motion.SetChecked(t.settings.reduceMotion)
	forget := widget.NewButton(t.T(msgForgetEverything), t.confirmForget)

	form := widget.NewForm(
		widget.NewFormItem(t.T(msgLanguage), t.languagePicker()),
		widget.NewFormItem(t.T(msgAlsoShowIn), t.secondLanguagePicker()),
		widget.NewFormItem(t.T(msgCheckIns), checkEvery),
		widget.NewFormItem(t.T(msgOrder), gentle),
		widget.NewFormItem(t.T(msgTopicsSetting), skipPast),
		widget.NewFormItem(t.T(msgTextSize), textSize),
		widget.NewFormItem(t.T(msgLook), look),
		widget.NewFormItem("", contrast),
		widget.NewFormItem(t.T(msgMotion), motion),
		widget.NewFormItem(t.T(msgHiddenCards), hiddenScroll),
		widget.NewFormItem(t.T(msgPrivacy), container.NewHBox(forget)),
		t.therapist.settingsItem(),
	)
	// In a small window the settings scroll rather than run off the screen.
	scroll := container.NewVScroll(form)
	scroll.SetMinSize(t.dialogSize(form.MinSize().Width, form.MinSize().Height))
	d := dialog.NewCustom(t.T(msgSettings), t.T(msgDone), scroll, t.win)
	t.settingsDialog = d
	t.showDialog(d, func() {
		if t.settingsDialog == d {
			t.settingsDialog = nil
		}
		t.home.refresh()
	})
}

// confirmForget asks before forgetting everything.
func (t *table) confirmForget() {
	body := widget.NewLabel(t.T(msgForgetBody))
	body.Wrapping = fyne.TextWrapWord
	scroll := container.NewVScroll(body)
	scroll.SetMinSize(t.dialogSize(420, 100))
	d := dialog.NewCustomConfirm(t.T(msgForgetTitle), t.T(msgForget), t.T(msgCancel), scroll, func(yes bool) {
		if yes {
			t.forgetEverything()
		}
	}, t.win)
	t.showDialog(d, nil)
}

// forgetEverything removes what Tend keeps about the people using it: the
// names, the starred and hidden cards, and every setting. The person's own
// deck files stay. The session in progress ends too.
func (t *table) forgetEverything() {
	t.closeDialogs()
	t.marks.Favourites, t.marks.Hidden = nil, nil
	t.saveMarks()
	t.settings.reset()
	t.pile = nil
	t.hidden = nil
	t.checkInDue = false
	lang := chooseLanguage("", t.settings, languages(t.catalog, t.lib), t.getenv)
	t.locale = lang
	t.loc = t.catalog.Localizer(lang)
	t.app.Settings().SetTheme(themeFor(t.settings))
	t.build()
	t.show(screenHome)
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
				mark = t.T(msgStarredMark) + " " // "★" is in none of Fyne's fonts
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
	d = dialog.NewCustom(t.T(msgThisSession), t.T(msgClose), container.NewGridWrap(t.dialogSize(640, 360), scroll), t.win)
	t.showDialog(d, nil)
}

// goToSeen returns to the i-th card seen in this round.
func (t *table) goToSeen(i int) {
	t.pile.GoTo(i)
	t.hidden = nil
	t.showCard()
}
