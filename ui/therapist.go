package ui

import (
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
	"tend.app/tend/decks/session"
)

// prefTherapist is the therapist mode setting; tend --therapist turns the
// mode on for one launch without changing it.
const prefTherapist = "therapist.mode"

// therapist holds a therapist's tools for one table: therapist mode, the
// session plans, the plan being edited, the planner window and the
// presenter. It lives beside the table rather than in it, so the couple's
// screens stay as they are.
type therapist struct {
	t *table
	// forced is true under tend --therapist; saved is the setting.
	forced, saved bool

	loaded  bool
	builtin []*session.Plan
	own     []*session.Plan
	// plan is the plan being edited, a copy until it is saved; nil until
	// one is opened or a card is added.
	plan  *session.Plan
	dirty bool
	// notes are the running plan's notes by card id, for the presenter.
	notes map[string]string

	planner   *planner
	presenter *presenter
}

func newTherapist(t *table, forced bool) *therapist {
	th := &therapist{t: t, forced: forced, saved: t.settings.prefs.BoolWithFallback(prefTherapist, false)}
	if th.on() {
		th.forget()
	}
	t.win.Canvas().AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyB, Modifier: fyne.KeyModifierShortcutDefault},
		func(fyne.Shortcut) { th.showPlanner() })
	return th
}

// on reports whether therapist mode is on, by the setting or the flag.
func (th *therapist) on() bool { return th.forced || th.saved }

// forget drops what Tend would otherwise keep about the people in the room:
// names leave the preferences and live in memory only, and stars and hidden
// cards start empty and are never written. The person's own marks file, if
// any, is left exactly as it was.
func (th *therapist) forget() {
	s := th.t.settings
	s.ephemeral = true
	s.names = [maxPeople]string{}
	if th.saved {
		// The setting is the therapist's own choice for this computer:
		// names saved before it was turned on go too.
		s.setRememberNames(false)
		p := th.t.settings.prefs
		for _, key := range nameKeys {
			p.RemoveValue(key)
		}
	}
	th.t.marks = &decks.Marks{}
	th.t.marksNotes = nil
}

// setMode turns the therapist mode setting on or off and rebuilds the
// screens, whose star button and names change with it.
func (th *therapist) setMode(on bool) {
	if on == th.saved {
		return
	}
	th.saved = on
	th.t.settings.prefs.SetBool(prefTherapist, on)
	if th.on() {
		th.forget()
	} else {
		th.t.settings.ephemeral = false
		th.t.marks, th.t.marksNotes, th.t.marksUnsaved = loadMarks(marksFile(th.t.dataDir), th.t.loc)
	}
	th.t.relabel()
}

func (th *therapist) plansDir() string { return filepath.Join(th.t.dataDir, "plans") }

// known reports whether a card id names a card this computer has.
func (th *therapist) known(id string) bool { return th.t.lib.Card(id) != nil }

// load reads the built-in and saved plans the first time they are needed.
// Saved plans that cannot be read are set aside and mentioned once on the
// home screen.
func (th *therapist) load() {
	if th.loaded {
		return
	}
	th.loaded = true
	th.builtin, _ = session.Builtin() // checked by CI
	got := session.LoadDir(th.plansDir(), th.known)
	th.own = got.Plans
	for _, kept := range got.SetAside {
		why := ""
		for _, p := range got.Problems {
			if strings.HasPrefix(kept, p.Path+".broken") {
				why = p.Error()
				break
			}
		}
		th.t.home.showNote(th.t.Tf(msgPlanSetAside, map[string]any{"Path": kept, "Error": why}))
	}
}

// relabel shows the planner and the presenter in the language just chosen.
// The plan being edited and the session live outside their windows, so
// nothing is lost.
func (th *therapist) relabel() {
	if th.presenter != nil {
		th.presenter.relabel()
	}
	if th.planner == nil {
		return
	}
	old := th.planner
	th.planner = nil
	th.showPlanner()
	old.win.Close()
}

// editing returns the plan being edited, starting an empty one if needed.
func (th *therapist) editing() *session.Plan {
	if th.plan == nil {
		th.plan = &session.Plan{Title: th.t.T(msgUntitledPlan)}
	}
	return th.plan
}

// open makes p the plan being edited: a copy, shown in the current
// language, so nothing changes on disk until Save.
func (th *therapist) open(p *session.Plan) {
	th.plan = p.In(th.t.locale).Clone()
	th.dirty = false
}

// inPlan reports whether a card is in the plan being edited.
func (th *therapist) inPlan(id string) bool {
	return th.plan != nil && slices.Contains(th.plan.IDs(), id)
}

// add puts a card at the end of the plan being edited, once.
func (th *therapist) add(id string) {
	p := th.editing()
	if slices.Contains(p.IDs(), id) {
		return
	}
	p.Steps = append(p.Steps, session.Step{CardID: id})
	th.changed()
}

// changed marks the plan as edited and shows it wherever it is shown.
func (th *therapist) changed() {
	th.dirty = true
	if th.planner != nil {
		th.planner.refresh()
	}
	if th.t.card != nil && th.t.pile != nil && th.t.pile.Current() != nil {
		th.t.card.update()
	}
}

// save writes the plan being edited to the plans folder.
func (th *therapist) save() error {
	p := th.editing()
	wasBuiltin := p.Builtin
	if _, err := session.Save(th.plansDir(), p); err != nil {
		return err
	}
	th.dirty = false
	th.own = slices.DeleteFunc(th.own, func(x *session.Plan) bool { return x.ID == p.ID })
	th.own = append(th.own, p.Clone())
	if wasBuiltin {
		th.plan = p
	}
	return nil
}

// remove deletes the plan being edited from the plans folder.
func (th *therapist) remove() error {
	p := th.editing()
	if err := session.Remove(p); err != nil {
		return err
	}
	th.own = slices.DeleteFunc(th.own, func(x *session.Plan) bool { return x.ID == p.ID })
	th.plan = nil
	th.dirty = false
	return nil
}

// startPlan runs the plan being edited in its order on the main window.
func (th *therapist) startPlan() bool {
	if th.plan == nil {
		return false
	}
	all, notes := th.plan.Resolve(th.t.lib.Card)
	var cards []*decks.Card
	th.notes = map[string]string{}
	for i, c := range all {
		if th.t.skipped(c) {
			continue // "Leave out cards about the past" holds for plans too
		}
		cards = append(cards, c)
		th.notes[c.ID] = notes[i]
	}
	if len(cards) == 0 {
		return false
	}
	t := th.t
	t.aftercare = false
	t.pile = decks.NewOrderedPile(cards)
	t.sinceCheckIn = 0
	t.hidden = nil
	t.showCard()
	if th.presenter != nil {
		th.presenter.update()
	}
	return true
}

// starButton turns the card screen's star into "Add to plan" in therapist
// mode, where nothing is starred.
func (th *therapist) starButton(b *widget.Button, c *decks.Card) {
	if !th.on() {
		return
	}
	if th.inPlan(c.ID) {
		b.SetText(th.t.T(msgInPlan))
		b.SetIcon(starIcon(true))
	} else {
		b.SetText(th.t.T(msgAddToPlan))
		b.SetIcon(starIcon(false))
	}
}

// menu is the Sessions menu: the planner, presenting and the mode.
func (th *therapist) menu() *fyne.Menu {
	mode := fyne.NewMenuItem(th.t.T(msgTherapistMode), func() { th.setMode(!th.saved) })
	mode.Checked = th.on()
	if th.forced {
		mode.Disabled = true // on for this launch, whatever the setting
	}
	return fyne.NewMenu(th.t.T(msgMenuSessions),
		fyne.NewMenuItem(th.t.T(msgCardsAndPlans), th.showPlanner),
		fyne.NewMenuItem(th.t.T(msgPresentMenu), th.present),
		fyne.NewMenuItemSeparator(),
		mode,
	)
}

// settingsItem is the therapist mode switch in the settings window.
func (th *therapist) settingsItem() *widget.FormItem {
	check := widget.NewCheck(th.t.T(msgTherapistMode), nil)
	check.SetChecked(th.on())
	if th.forced {
		check.Disable()
	}
	check.OnChanged = func(on bool) { th.setMode(on) }
	hint := widget.NewLabel(th.t.T(msgTherapistModeHint))
	hint.Wrapping = fyne.TextWrapWord
	hint.SizeName = theme.SizeNameCaptionText
	hint.Importance = widget.LowImportance
	return widget.NewFormItem("", container.New(layout.NewCustomPaddedVBoxLayout(0), check, hint))
}

// aboutText is what the About box adds in therapist mode.
func (th *therapist) aboutText() string {
	if !th.on() {
		return ""
	}
	return "\n\n" + th.t.T(msgTherapistPromise)
}
