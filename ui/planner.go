package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks/session"
)

// planner is the therapist's preparation window: the card browser on the
// left, the plan on the right (title, cards in order, a note per card), and
// Save, Start and Present. It is a window of its own so the main window can
// stay on the couple's screens, or be shared, while a plan is made.
type planner struct {
	th      *therapist
	win     fyne.Window
	root    fyne.CanvasObject
	browser *browser

	picker   *widget.Select
	choices  []*session.Plan // the picker's plans, after "New plan"
	title    *widget.Entry
	steps    *widget.List
	selected int // index of the chosen step, or -1
	empty    *widget.Label
	stepText *widget.Label
	note     *widget.Entry
	upB      *widget.Button
	downB    *widget.Button
	removeB  *widget.Button
	saveB    *widget.Button
	deleteB  *widget.Button
	startB   *widget.Button
	presentB *widget.Button
	handoutB *widget.Button
	status   *widget.Label
	// handoutDialog is the open handout dialog, for tests.
	handoutDialog dialog.Dialog
	// filling is true while the widgets are being set from the plan, so
	// their change callbacks do not count as edits.
	filling bool
}

// showPlanner opens the planner window, or brings it forward.
func (th *therapist) showPlanner() {
	th.load()
	if th.planner != nil {
		th.planner.win.RequestFocus()
		return
	}
	w := th.t.app.NewWindow(th.t.T(msgCardsAndPlans))
	p := newPlanner(th, w)
	th.planner = p
	w.SetContent(p.content())
	w.Resize(fyne.NewSize(1200, 720)) // fits a 1366x768 laptop with its panel
	w.SetOnClosed(func() {
		if th.planner == p {
			th.planner = nil
		}
	})
	w.Show()
}

func newPlanner(th *therapist, w fyne.Window) *planner {
	t := th.t
	p := &planner{th: th, win: w, selected: -1}
	p.browser = newBrowser(th, p.chose)

	p.picker = widget.NewSelect(nil, p.pick)
	p.picker.PlaceHolder = t.T(msgNewPlan)
	p.title = widget.NewEntry()
	p.title.SetPlaceHolder(t.T(msgPlanTitle))
	p.title.OnChanged = func(s string) {
		if !p.filling {
			th.editing().Title = s
			p.edited()
		}
	}
	p.empty = widget.NewLabel(t.T(msgPlanEmpty))
	p.empty.Wrapping = fyne.TextWrapWord
	p.empty.Alignment = fyne.TextAlignCenter
	p.empty.Importance = widget.LowImportance
	p.steps = widget.NewList(
		func() int {
			if th.plan == nil {
				return 0
			}
			return len(th.plan.Steps)
		},
		func() fyne.CanvasObject {
			n := widget.NewLabel("00")
			n.TextStyle.Bold = true
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			note := widget.NewLabel("")
			note.Truncation = fyne.TextTruncateEllipsis
			note.SizeName = theme.SizeNameCaptionText
			note.Importance = widget.LowImportance
			return container.NewBorder(nil, nil, n, nil, container.New(layout.NewCustomPaddedVBoxLayout(0), text, note))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			lines := row.Objects[0].(*fyne.Container)
			row.Objects[1].(*widget.Label).SetText(fmt.Sprintf("%d.", i+1))
			s := th.plan.Steps[i]
			lines.Objects[0].(*widget.Label).SetText(p.cardText(s.CardID))
			lines.Objects[1].(*widget.Label).SetText(s.Note)
		})
	p.steps.OnSelected = func(i widget.ListItemID) {
		if i != p.selected { // not the echo of selectStep's own Select
			p.selectStep(i)
		}
	}

	p.stepText = widget.NewLabel("")
	p.stepText.Wrapping = fyne.TextWrapWord
	p.stepText.TextStyle.Bold = true
	p.note = widget.NewMultiLineEntry()
	p.note.Wrapping = fyne.TextWrapWord
	p.note.SetMinRowsVisible(2)
	p.note.SetPlaceHolder(t.T(msgNoteForYou))
	p.note.OnChanged = func(s string) {
		if !p.filling && p.selected >= 0 && th.plan != nil && p.selected < len(th.plan.Steps) {
			th.plan.Steps[p.selected].Note = s
			p.edited()
			p.steps.RefreshItem(p.selected)
		}
	}
	p.upB = widget.NewButtonWithIcon(t.T(msgMoveUp), theme.MoveUpIcon(), func() { p.move(-1) })
	p.downB = widget.NewButtonWithIcon(t.T(msgMoveDown), theme.MoveDownIcon(), func() { p.move(+1) })
	p.removeB = widget.NewButtonWithIcon(t.T(msgRemove), theme.ContentRemoveIcon(), p.remove)
	p.saveB = widget.NewButtonWithIcon(t.T(msgSave), theme.DocumentSaveIcon(), p.save)
	p.deleteB = widget.NewButtonWithIcon(t.T(msgDeletePlan), theme.DeleteIcon(), p.confirmDelete)
	p.deleteB.Importance = widget.LowImportance
	p.startB = widget.NewButtonWithIcon(t.T(msgStart), theme.MediaPlayIcon(), p.start)
	p.presentB = widget.NewButtonWithIcon(t.T(msgPresent), theme.ComputerIcon(), p.present)
	p.presentB.Importance = widget.HighImportance
	p.handoutB = widget.NewButtonWithIcon(t.T(msgHandout), theme.DocumentPrintIcon(), p.showHandout)
	p.status = widget.NewLabel("")
	p.status.Wrapping = fyne.TextWrapWord
	p.status.Importance = widget.LowImportance
	hint := widget.NewLabel(t.T(msgPlanKeys))
	hint.SizeName = theme.SizeNameCaptionText
	hint.Importance = widget.LowImportance
	hint.Wrapping = fyne.TextWrapWord

	editor := container.NewVBox(p.stepText, p.note, container.NewHBox(p.upB, p.downB, p.removeB))
	top := container.NewVBox(p.picker, p.title)
	bottom := container.NewVBox(editor, widget.NewSeparator(), p.status,
		container.NewHBox(p.deleteB, p.handoutB), container.NewHBox(layout.NewSpacer(), p.saveB, p.startB, p.presentB), hint)
	plan := container.NewBorder(top, bottom, nil, nil, container.NewStack(p.steps, container.NewVBox(widget.NewLabel(""), p.empty)))
	split := container.NewHSplit(container.NewPadded(p.browser.content), container.NewPadded(plan))
	split.Offset = 0.55
	p.root = split

	c := w.Canvas()
	c.SetOnTypedKey(p.typedKey)
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyUp, Modifier: fyne.KeyModifierAlt}, func(fyne.Shortcut) { p.move(-1) })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyDown, Modifier: fyne.KeyModifierAlt}, func(fyne.Shortcut) { p.move(+1) })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { p.save() })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { c.Focus(p.browser.search) })
	p.fillPicker()
	p.refresh()
	return p
}

func (p *planner) content() fyne.CanvasObject { return p.root }

// cardText is a card in the shown language, or its id when this computer
// does not have it (a plan from a colleague with other decks).
func (p *planner) cardText(id string) string {
	c := p.th.t.lib.Card(id)
	if c == nil {
		return "? " + id
	}
	return p.th.t.cardText(c)
}

// fillPicker lists "New plan", the saved plans and the examples.
func (p *planner) fillPicker() {
	th := p.th
	t := th.t
	p.choices = append(slices.Clone(th.own), th.builtin...)
	names := []string{t.T(msgNewPlan)}
	for _, pl := range p.choices {
		title := pl.In(t.locale).Title
		if pl.Builtin {
			title = t.Tf(msgExamplePlan, map[string]any{"Title": title})
		}
		names = append(names, title)
	}
	p.filling = true
	p.picker.SetOptions(names)
	p.picker.ClearSelected()
	if th.plan != nil {
		for i, pl := range p.choices {
			if pl.ID == th.plan.ID && pl.Builtin == th.plan.Builtin {
				p.picker.SetSelectedIndex(i + 1)
			}
		}
	}
	p.filling = false
}

func (p *planner) pick(string) {
	if p.filling {
		return
	}
	th := p.th
	if th.dirty && th.plan != nil && len(th.plan.Steps) > 0 {
		// Opening another plan would drop unsaved changes: ask first.
		i := p.picker.SelectedIndex()
		dialog.ShowConfirm(th.t.T(msgUnsaved), th.t.Tf(msgLeaveUnsaved, map[string]any{"Title": th.plan.Title}), func(leave bool) {
			if leave {
				th.dirty = false
				p.open(i)
			} else {
				p.fillPicker()
			}
		}, p.win)
		return
	}
	p.open(p.picker.SelectedIndex())
}

// open opens the picker's i-th choice: 0 is a new plan.
func (p *planner) open(i int) {
	switch {
	case i == 0:
		p.th.plan = nil
		p.th.editing()
		p.th.dirty = false
	case i > 0 && i <= len(p.choices):
		p.th.open(p.choices[i-1])
	default:
		return
	}
	p.selected = -1
	p.refresh()
}

// chose adds a card from the browser, or shows it if it is in the plan.
func (p *planner) chose(id string) {
	if i := slices.Index(p.th.editing().IDs(), id); i >= 0 {
		p.selectStep(i)
		return
	}
	p.th.add(id) // refreshes
	p.selectStep(len(p.th.plan.Steps) - 1)
}

func (p *planner) selectStep(i int) {
	th := p.th
	if th.plan == nil || i < 0 || i >= len(th.plan.Steps) {
		p.selected = -1
	} else {
		p.selected = i
	}
	p.showStep()
	if p.selected >= 0 {
		p.steps.ScrollTo(p.selected)
	}
}

func (p *planner) showStep() {
	p.filling = true
	defer func() { p.filling = false }()
	if p.selected < 0 {
		p.steps.UnselectAll()
		p.stepText.SetText("")
		p.note.SetText("")
		p.note.Disable()
		p.upB.Disable()
		p.downB.Disable()
		p.removeB.Disable()
		return
	}
	s := p.th.plan.Steps[p.selected]
	p.steps.Select(p.selected)
	p.stepText.SetText(p.cardText(s.CardID))
	p.note.Enable()
	p.note.SetText(s.Note)
	p.removeB.Enable()
	setEnabled(p.upB, p.selected > 0)
	setEnabled(p.downB, p.selected < len(p.th.plan.Steps)-1)
}

func setEnabled(b *widget.Button, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// move moves the chosen card one place earlier (-1) or later (+1).
func (p *planner) move(by int) {
	th := p.th
	if th.plan == nil || p.selected < 0 {
		return
	}
	j := p.selected + by
	if j < 0 || j >= len(th.plan.Steps) {
		return
	}
	th.plan.Steps[p.selected], th.plan.Steps[j] = th.plan.Steps[j], th.plan.Steps[p.selected]
	p.selected = j
	th.changed()
}

// remove takes the chosen card out of the plan; the next one is chosen.
func (p *planner) remove() {
	th := p.th
	if th.plan == nil || p.selected < 0 {
		return
	}
	th.plan.Steps = slices.Delete(th.plan.Steps, p.selected, p.selected+1)
	if p.selected >= len(th.plan.Steps) {
		p.selected = len(th.plan.Steps) - 1
	}
	th.changed()
}

// edited is a change typed into the title or a note.
func (p *planner) edited() {
	p.th.dirty = true
	p.showStatus()
}

// refresh shows the plan being edited everywhere in the window.
func (p *planner) refresh() {
	th := p.th
	plan := th.editing()
	p.filling = true
	if p.title.Text != plan.Title {
		p.title.SetText(plan.Title)
	}
	p.filling = false
	if len(plan.Steps) == 0 {
		p.empty.Show()
	} else {
		p.empty.Hide()
	}
	p.steps.Refresh()
	if p.selected >= len(plan.Steps) {
		p.selected = len(plan.Steps) - 1
	}
	p.showStep()
	p.showStatus()
	p.browser.list.Refresh()
	setEnabled(p.startB, len(plan.Steps) > 0)
	setEnabled(p.presentB, len(plan.Steps) > 0)
	setEnabled(p.handoutB, len(plan.Steps) > 0)
	setEnabled(p.deleteB, plan.Path != "" && !plan.Builtin)
}

func (p *planner) showStatus() {
	th := p.th
	t := th.t
	plan := th.editing()
	var parts []string
	switch {
	case plan.Builtin:
		parts = append(parts, t.T(msgExampleCopy))
	case th.dirty:
		parts = append(parts, t.T(msgUnsaved))
	case plan.Path != "":
		parts = append(parts, t.T(msgSaved))
	}
	missing := 0
	for _, id := range plan.IDs() {
		if !th.known(id) {
			missing++
		}
	}
	if missing > 0 {
		parts = append(parts, t.N(msgPlanCardsMissing, missing))
	}
	text := ""
	for i, s := range parts {
		if i > 0 {
			text += " "
		}
		text += s
	}
	p.status.SetText(text)
	setEnabled(p.saveB, th.dirty || plan.Path == "" || plan.Builtin)
}

func (p *planner) save() {
	if err := p.th.save(); err != nil {
		p.status.SetText(p.th.t.Tf(msgPlanNotSaved, map[string]any{"Error": err.Error()}))
		return
	}
	p.fillPicker()
	p.refresh()
}

func (p *planner) confirmDelete() {
	plan := p.th.editing()
	if plan.Path == "" || plan.Builtin {
		return
	}
	t := p.th.t
	dialog.ShowConfirm(t.T(msgDeletePlan), t.Tf(msgDeletePlanConfirm, map[string]any{"Title": plan.Title}), func(ok bool) {
		if !ok {
			return
		}
		if err := p.th.remove(); err != nil {
			p.status.SetText(err.Error())
			return
		}
		p.selected = -1
		p.fillPicker()
		p.refresh()
	}, p.win)
}

// start runs the plan on the main window, in order.
func (p *planner) start() {
	if p.th.startPlan() {
		p.th.t.win.RequestFocus()
	}
}

// present runs the plan and opens the clients' window.
func (p *planner) present() {
	if p.th.startPlan() {
		p.th.present()
	}
}

// typedKey is the plan's keyboard: Up and Down choose a card, Delete takes
// it out; Alt+Up and Alt+Down (shortcuts) move it.
func (p *planner) typedKey(ev *fyne.KeyEvent) {
	n := 0
	if p.th.plan != nil {
		n = len(p.th.plan.Steps)
	}
	switch ev.Name {
	case fyne.KeyUp:
		if n > 0 {
			p.selectStep(max(0, p.selected-1))
		}
	case fyne.KeyDown:
		if n > 0 {
			p.selectStep(min(n-1, p.selected+1))
		}
	case fyne.KeyDelete, fyne.KeyBackspace:
		p.remove()
	case fyne.KeyEscape:
		p.win.Canvas().Unfocus()
	}
}
