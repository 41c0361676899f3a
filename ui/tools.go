package ui

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
	"tend.app/tend/decks/printout"
)

// The two agreement tools, "Our plan" and "Yes / no / maybe", live beside
// the decks. Their screens are not among the table's fixed screens: a tool
// is shown in one extra slot at the end of the root stack, which toolHost
// keeps, so the card table needs only a menu item, a home row and a button
// to reach them.

// toolHost remembers the open tool and what to go back to.
type toolHost struct {
	slot *fyne.Container
	// from is the screen the tool was opened from, shown again on Done.
	from screen
	// build makes the open tool's screen in the current language from the
	// tool's own state, so a language switch can rebuild it.
	build func() fyne.CanvasObject
	// index is the slot's place in the root stack when last shown.
	index screen
	// screen is the screen struct build made last (a *planScreen or a
	// *yesNoScreen), for tests and for moving between steps.
	screen any
	plan   *planState
	yesNo  *yesNoState
}

// openTool shows the screen build makes, remembering where to go back to.
func (t *table) openTool(build func() fyne.CanvasObject) {
	if !t.toolShowing() {
		t.tools.from = t.screen
	}
	t.tools.build = build
	t.tools.index = t.placeTool()
	t.show(t.tools.index)
}

// placeTool puts the tool's screen in its slot, adding the slot to the root
// stack when a rebuild of the screens dropped it, and returns its index.
func (t *table) placeTool() screen {
	if t.tools.slot == nil {
		t.tools.slot = container.NewStack()
	}
	t.tools.slot.Objects = []fyne.CanvasObject{t.tools.build()}
	i := slices.Index(t.root.Objects, fyne.CanvasObject(t.tools.slot))
	if i < 0 {
		t.root.Objects = append(t.root.Objects, t.tools.slot)
		i = len(t.root.Objects) - 1
	}
	return screen(i)
}

// keepTool is called by relabel after the screens are rebuilt in a new
// language: the open tool is rebuilt too and stays on screen.
func (t *table) keepTool(current screen) screen {
	if t.tools.build == nil || current != t.tools.index {
		// The tool was left some other way (the File menu, say): it
		// stays closed.
		t.tools.build = nil
		return current
	}
	t.tools.index = t.placeTool()
	return t.tools.index
}

// toolShowing reports whether a tool's screen is on screen.
func (t *table) toolShowing() bool {
	return t.tools.build != nil && t.tools.slot != nil && t.tools.slot.Visible() && t.screen == t.tools.index
}

// closeTool goes back to where the tool was opened from.
func (t *table) closeTool() {
	t.tools.build = nil
	from := t.tools.from
	if from == screenCard && t.pile != nil && !t.pile.Done() {
		t.showCard()
		return
	}
	if from == screenHome || int(from) >= len(t.root.Objects) {
		t.goHome()
		return
	}
	t.show(from)
}

// escapeTool is Esc in a tool: the same as its Done button.
func (t *table) escapeTool() {
	if !t.toolShowing() {
		return
	}
	switch s := t.tools.screen.(type) {
	case *yesNoScreen:
		s.leave()
	default:
		t.closeTool()
	}
}

// toolsRow is the home screen's way into both tools.
func (t *table) toolsRow() fyne.CanvasObject {
	planB := widget.NewButtonWithIcon(t.T(msgOurPlan), theme.DocumentIcon(), t.openPlan)
	yesNoB := widget.NewButtonWithIcon(t.T(msgYesNoMaybe), theme.VisibilityOffIcon(), t.openYesNo)
	hint := func(m string) fyne.CanvasObject {
		l := widget.NewLabel(m)
		l.Wrapping = fyne.TextWrapWord
		l.SizeName = theme.SizeNameCaptionText
		l.Importance = widget.LowImportance
		return l
	}
	return container.NewVBox(
		sectionLabel(t.T(msgSettleTogether)),
		container.NewGridWithColumns(2,
			surface(container.NewBorder(nil, nil, planB, nil, hint(t.T(msgOurPlanHint)))),
			surface(container.NewBorder(nil, nil, yesNoB, nil, hint(t.T(msgYesNoHint))))),
	)
}

// addToolsMenu puts the tools in the File menu, after its first item
// ("Your decks").
func (t *table) addToolsMenu(file *fyne.Menu) {
	at := min(1, len(file.Items))
	file.Items = slices.Insert(file.Items, at,
		fyne.NewMenuItem(t.T(msgOurPlan), t.openPlan),
		fyne.NewMenuItem(t.T(msgYesNoMaybe), t.openYesNo))
}

// openPlanButton is the card screen's "Open our plan", shown on cards
// that talk about plans (see talksAboutPlans).
func (t *table) openPlanButton() *widget.Button {
	b := widget.NewButtonWithIcon(t.T(msgOpenOurPlan), theme.DocumentIcon(), t.openPlan)
	b.Importance = widget.LowImportance
	b.Hide()
	return b
}

// planTopics are the topics a plan settles: the stop signals, and the
// aftercare talked through in advance.
var planTopics = []string{"stop-signals", "aftercare-plan"}

// talksAboutPlans reports whether a card is about something a plan
// settles, in whichever deck it is.
func talksAboutPlans(c *decks.Card) bool {
	return c != nil && slices.ContainsFunc(planTopics, c.HasTopic)
}

// showPlanButton shows or hides the card screen's plan button for c.
func showPlanButton(b *widget.Button, c *decks.Card) {
	if b == nil {
		return
	}
	if talksAboutPlans(c) {
		b.Show()
	} else {
		b.Hide()
	}
}

// printFonts are the fonts printouts are written in: Fyne's embedded
// NotoSans, which covers Latin and Cyrillic, so no font is shipped twice.
func printFonts() printout.Fonts {
	return printout.Fonts{Regular: theme.DefaultTextFont().Content(), Bold: theme.DefaultTextBoldFont().Content()}
}

// personName is what a person is called on screen and on paper: their
// name, or "First person" / "Second person".
func (t *table) personName(i int, name string) string {
	if name != "" {
		return name
	}
	if i == 0 {
		return t.T(msgFirstPerson)
	}
	return t.T(msgSecondPerson)
}

// loadUserFile runs load on path; a broken file is set aside (never
// overwritten) and a calm note says where it went. It returns the note, or
// "" when all is well.
func (t *table) loadUserFile(path string, load func(string) error) string {
	err := load(path)
	if err == nil {
		return ""
	}
	kept, serr := decks.SetAside(path)
	if serr != nil {
		kept = serr.Error()
	}
	return t.Tf(msgFileSetAside, map[string]any{"Error": err.Error(), "Path": kept})
}

// removeUserFile deletes a saved file; one already gone is fine.
func removeUserFile(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// The files the tools keep, only when asked, beside the marks.
func planFile(dataDir string) string   { return filepath.Join(dataDir, "plan.toml") }
func sharedFile(dataDir string) string { return filepath.Join(dataDir, "shared-list.toml") }

// agreeFooter is the small line on every printout.
func (t *table) agreeFooter() string { return t.T(msgMadeWithTend) }

// toolBar is the top line of a tool: Done on the left, a counter on the
// right, and the tool's name centred on the window rather than between the
// two, which differ in width (and the counter is often empty), so the name
// does not wander from step to step. When the sides leave too little room
// the name moves aside just enough to clear them.
type toolBar struct{}

func newToolBar(left, title, right fyne.CanvasObject) *fyne.Container {
	return container.New(toolBar{}, left, title, right)
}

func (toolBar) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	left, title, right := objects[0], objects[1], objects[2]
	lw, tw, rw := left.MinSize().Width, title.MinSize().Width, right.MinSize().Width
	left.Resize(fyne.NewSize(lw, size.Height))
	left.Move(fyne.NewPos(0, 0))
	right.Resize(fyne.NewSize(rw, size.Height))
	right.Move(fyne.NewPos(size.Width-rw, 0))
	x := (size.Width - tw) / 2
	x = max(min(x, size.Width-rw-tw), lw)
	title.Resize(fyne.NewSize(min(tw, max(0, size.Width-lw-rw)), size.Height))
	title.Move(fyne.NewPos(x, 0))
}

func (toolBar) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		s.Width += m.Width
		s.Height = max(s.Height, m.Height)
	}
	return s
}

// fieldInset lines a field's box up with the text of the labels above it:
// a label draws its text one inner padding in from its edge, an entry draws
// its box at its edge, so without the inset every field pokes out to the
// left of the column it belongs to.
type fieldInset struct{}

func inset(o fyne.CanvasObject) *fyne.Container {
	return container.New(fieldInset{}, o)
}

func (fieldInset) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	p := theme.InnerPadding()
	for _, o := range objects {
		o.Resize(fyne.NewSize(max(0, size.Width-2*p), size.Height))
		o.Move(fyne.NewPos(p, 0))
	}
}

func (fieldInset) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(2*theme.InnerPadding(), 0)
}

// sayToolNote shows msg in a tool's note under its heading and keeps it in
// the tool's state (kept), so the rebuild after a language switch or a
// change of step shows it again.
func sayToolNote(note *widget.Label, kept *string, msg string) {
	*kept = msg
	note.SetText(msg)
	note.Show()
}

// deleteToolFile removes a tool's saved file (the plan, the shared list).
// When it cannot, say tells why and it returns false; when it has, kept
// (the tool's note) says so, for the screen the caller rebuilds next.
func (t *table) deleteToolFile(path string, say func(string), kept *string) bool {
	if err := removeUserFile(path); err != nil {
		say(t.Tf(msgNotSaved, map[string]any{"Error": err.Error()}))
		return false
	}
	*kept = t.T(msgPlanDeleted)
	return true
}
