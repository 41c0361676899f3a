package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend.app/tend/decks/agree"
)

// planState is the plan being made, kept while Tend runs so closing the
// tool and coming back loses nothing. It is written to disk only by Save.
type planState struct {
	plan *agree.Plan
	step agree.Step
	// saved is true when plan.toml holds a plan (this one, or an earlier
	// version of it).
	saved bool
	note  string
}

var (
	signalMessages = map[string]*i18n.Message{
		"two-taps": msgSignalTwoTaps, "raised-hand": msgSignalRaisedHand,
		"squeeze-twice": msgSignalSqueeze, "let-go": msgSignalLetGo,
	}
	afterStopMessages = map[string]*i18n.Message{
		"all-stops": msgAfterAllStops, "no-questions": msgAfterNoQuestions,
		"ask-what-helps": msgAfterAskNeeds, "stay-close-or-apart": msgAfterCloseApart,
	}
	needMessages = map[string]*i18n.Message{
		"held": msgNeedHeld, "quiet": msgNeedQuiet, "talk": msgNeedTalk, "space": msgNeedSpace,
		"water": msgNeedWater, "snack": msgNeedSnack, "blanket": msgNeedBlanket, "shower": msgNeedShower,
		"kind-words": msgNeedKindWords, "time": msgNeedTime, "message-next-day": msgNeedMessage,
	}
)

// openPlan shows the plan: the saved one on its summary page when there is
// one, otherwise the first step of a new plan with the suggested words.
func (t *table) openPlan() {
	if t.tools.plan == nil {
		st := &planState{}
		st.note = t.loadUserFile(planFile(t.dataDir), func(path string) error {
			p, err := agree.LoadPlan(path)
			if p != nil {
				st.plan, st.step, st.saved = p, agree.StepSummary, true
			}
			return err
		})
		if st.plan == nil {
			st.plan = t.newPlan()
		}
		t.tools.plan = st
	}
	t.openTool(func() fyne.CanvasObject {
		s := newPlanScreen(t, t.tools.plan)
		t.tools.screen = s
		return s.content
	})
}

// newPlan starts a plan with the suggested words in the language on screen
// and the names given on the home screen, all of which can be changed.
func (t *table) newPlan() *agree.Plan {
	p := agree.NewPlan(false)
	p.StopWord = t.T(msgPlanSuggestStop)
	p.SlowWord = t.T(msgPlanSuggestSlow)
	names := t.settings.pair()
	for i := range p.People {
		p.People[i].Name = names[i]
	}
	return p
}

// planScreen is one step of the guided plan, or its summary page. It is
// rebuilt for every step from the planState; the widgets write straight
// into the plan as people type and tick.
type planScreen struct {
	t       *table
	st      *planState
	content fyne.CanvasObject

	heading *widget.Label
	title   *widget.Label
	stepOf  *widget.Label
	note    *widget.Label
	backB   *widget.Button
	skipB   *widget.Button
	nextB   *widget.Button
	doneB   *widget.Button

	// The current step's fields, for tests and for each other.
	together   *widget.RadioGroup
	names      [2]*widget.Entry
	stopWord   *widget.Entry
	slowWord   *widget.Entry
	signal     *widget.RadioGroup
	ownSignal  *widget.Entry
	afterStop  []*widget.Check
	ifQuiet    *widget.Entry
	checkIn    [2]*widget.Entry
	needs      []*widget.Check
	ownNeeds   *widget.Entry
	lowMood    *widget.Entry
	nextDay    *widget.Entry
	differ     *widget.Entry
	afterNext  *widget.Check
	reviewDate *widget.Entry

	// The summary page's actions.
	summary *fyne.Container
	saveB   *widget.Button
	deleteB *widget.Button
	pdfB    *widget.Button
	copyB   *widget.Button
	changeB *widget.Button
}

func newPlanScreen(t *table, st *planState) *planScreen {
	s := &planScreen{t: t, st: st}
	s.heading = widget.NewLabel("")
	s.heading.SizeName = theme.SizeNameHeadingText
	s.heading.TextStyle.Bold = true
	s.heading.Wrapping = fyne.TextWrapWord
	s.stepOf = widget.NewLabel("")
	s.stepOf.Importance = widget.LowImportance
	s.note = widget.NewLabel(st.note)
	s.note.Wrapping = fyne.TextWrapWord
	s.note.Importance = widget.HighImportance
	if st.note == "" {
		s.note.Hide()
	}
	s.doneB = widget.NewButtonWithIcon(t.T(msgAgreeDone), theme.HomeIcon(), t.closeTool)
	s.doneB.Importance = widget.LowImportance
	s.backB = widget.NewButtonWithIcon(t.T(msgBack), theme.NavigateBackIcon(), func() { s.goTo(st.plan.Back(st.step)) })
	s.skipB = widget.NewButton(t.T(msgSkip), func() { s.goTo(st.plan.Next(st.step)) })
	s.nextB = widget.NewButtonWithIcon(t.T(msgNext), theme.NavigateNextIcon(), func() { s.goTo(st.plan.Next(st.step)) })
	s.nextB.IconPlacement = widget.ButtonIconTrailingText
	s.nextB.Importance = widget.HighImportance

	var body fyne.CanvasObject
	// Back, Skip, Next side by side, as wide as the page's text; stacked
	// only when a long label at a large text size cannot fit a third of it.
	nav := container.New(&readingColumn{maxWidth: 780}, container.New(&buttonRow{}, s.backB, s.skipB, s.nextB))
	if st.step == agree.StepSummary {
		body = s.summaryPage()
		// Five actions: one centred row in English at the usual size,
		// two or more in a longer language or a small window.
		nav = container.New(&flowRow{centre: true}, s.changeB, s.copyB, s.pdfB, s.deleteB, s.saveB)
	} else {
		body = s.stepPage()
	}
	steps := st.plan.Steps()
	if i := slices.Index(steps, st.step); i >= 0 && st.step != agree.StepSummary {
		s.stepOf.SetText(t.Tf(msgPlanStepOf, map[string]any{"N": i + 1, "Total": len(steps) - 1}))
	}
	if st.step == agree.StepWho {
		s.backB.Disable()
	}
	title := t.T(msgOurPlan)
	if st.plan.Solo {
		title = t.T(msgMyPlan)
	}
	titleL := widget.NewLabel(title)
	titleL.TextStyle.Bold = true
	titleL.Importance = widget.HighImportance
	s.title = titleL
	top := newToolBar(s.doneB, titleL, s.stepOf)
	page := container.NewVBox(s.heading, s.note, body)
	s.content = container.NewPadded(container.NewBorder(top, container.NewPadded(nav), nil, nil,
		container.NewVScroll(container.New(&readingColumn{maxWidth: 820}, container.NewPadded(page)))))
	return s
}

// goTo moves to another step by rebuilding the screen for it.
func (s *planScreen) goTo(step agree.Step) {
	s.st.step = step
	s.st.note = ""
	s.t.openTool(s.t.tools.build)
}

func hint(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	l.Importance = widget.LowImportance
	return l
}

func bold(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	l.Wrapping = fyne.TextWrapWord
	return l
}

func body(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// entry is a one-line or multi-line field bound to *field.
func entry(field *string, placeholder string, multi bool) *widget.Entry {
	e := widget.NewEntry()
	if multi {
		e = widget.NewMultiLineEntry()
		e.Wrapping = fyne.TextWrapWord
		e.SetMinRowsVisible(2)
	}
	e.SetPlaceHolder(placeholder)
	e.SetText(*field)
	e.OnChanged = func(v string) { *field = strings.TrimSpace(v) }
	return e
}

func (s *planScreen) name(i int) string {
	return s.t.personName(i, s.st.plan.People[i].Name)
}

func (s *planScreen) stepPage() fyne.CanvasObject {
	t, p := s.t, s.st.plan
	switch s.st.step {
	case agree.StepWho:
		s.heading.SetText(t.T(msgPlanWhoTitle))
		forTwo, forMe := t.T(msgPlanForTwo), t.T(msgPlanForMe)
		s.together = widget.NewRadioGroup([]string{forTwo, forMe}, nil)
		s.together.Horizontal = true
		s.together.Required = true
		if p.Solo {
			s.together.SetSelected(forMe)
		} else {
			s.together.SetSelected(forTwo)
		}
		for i := range s.names {
			ph := []*i18n.Message{msgFirstName, msgSecondName}[i]
			s.names[i] = widget.NewEntry()
			s.names[i].SetPlaceHolder(t.T(ph))
			if i < len(p.People) {
				s.names[i].SetText(p.People[i].Name)
			}
			s.names[i].OnChanged = func(v string) {
				if i < len(p.People) {
					p.People[i].Name = strings.TrimSpace(v)
				}
			}
		}
		second := s.names[1]
		if p.Solo {
			second.Hide()
		}
		s.together.OnChanged = func(v string) {
			p.SetSolo(v == forMe)
			if p.Solo {
				second.Hide()
			} else {
				second.SetText(p.People[1].Name)
				second.Show()
			}
			s.content.Refresh()
		}
		return container.NewVBox(body(t.T(msgPlanWhoBody)), s.together, hint(t.T(msgPlanSoloHint)),
			bold(t.T(msgPlanNames)), inset(container.NewGridWithColumns(2, s.names[0], s.names[1])))

	case agree.StepStopping:
		s.heading.SetText(t.T(msgPlanStopTitle))
		s.stopWord = entry(&p.StopWord, t.T(msgPlanSuggestStop), false)
		s.slowWord = entry(&p.SlowWord, t.T(msgPlanSuggestSlow), false)
		var labels []string
		for _, id := range agree.Signals {
			labels = append(labels, t.T(signalMessages[id]))
		}
		s.ownSignal = widget.NewEntry()
		s.ownSignal.SetPlaceHolder(t.T(msgPlanOwnSignal))
		s.signal = widget.NewRadioGroup(labels, nil)
		if i := slices.Index(agree.Signals, p.Signal); i >= 0 {
			s.signal.SetSelected(labels[i])
		} else {
			s.ownSignal.SetText(p.Signal)
		}
		s.signal.OnChanged = func(v string) {
			if i := slices.Index(labels, v); i >= 0 {
				p.Signal = agree.Signals[i]
				s.ownSignal.SetText("")
			} else if slices.Contains(agree.Signals, p.Signal) {
				p.Signal = ""
			}
		}
		s.ownSignal.OnChanged = func(v string) {
			if v = strings.TrimSpace(v); v != "" {
				p.Signal = v
				s.signal.SetSelected("")
			} else if !slices.Contains(agree.Signals, p.Signal) {
				p.Signal = ""
			}
		}
		s.afterStop = nil
		for _, id := range agree.AfterStops {
			c := widget.NewCheck(t.T(afterStopMessages[id]), func(on bool) { p.SetAfterStop(id, on) })
			c.SetChecked(p.HasAfterStop(id))
			s.afterStop = append(s.afterStop, c)
		}
		s.ifQuiet = entry(&p.IfQuiet, t.T(msgPlanIfQuietHint), true)
		return container.NewVBox(body(t.T(msgPlanStopBody)),
			container.NewGridWithColumns(2,
				container.NewVBox(bold(t.T(msgPlanStopWord)), inset(s.stopWord)),
				container.NewVBox(bold(t.T(msgPlanSlowWord)), inset(s.slowWord))),
			bold(t.T(msgPlanSignal)), s.signal, inset(s.ownSignal),
			bold(t.T(msgPlanAfterStop)), checkColumns(s.afterStop),
			bold(t.T(msgPlanIfQuiet)), inset(s.ifQuiet))

	case agree.StepCheckIn:
		s.heading.SetText(t.T(msgPlanCheckTitle))
		rows := []fyne.CanvasObject{body(t.T(msgPlanCheckBody))}
		for i := range p.People {
			s.checkIn[i] = entry(&p.People[i].CheckIn, t.T(msgPlanCheckHint), true)
			rows = append(rows, bold(t.Tf(msgPlanCheckFor, map[string]any{"Name": s.name(i)})), inset(s.checkIn[i]))
		}
		return container.NewVBox(rows...)

	case agree.StepCareFirst, agree.StepCareSecond:
		i := 0
		if s.st.step == agree.StepCareSecond {
			i = 1
		}
		if p.Solo {
			s.heading.SetText(t.T(msgPlanCareMine))
		} else {
			s.heading.SetText(t.Tf(msgPlanCareFor, map[string]any{"Name": s.name(i)}))
		}
		s.needs = nil
		for _, id := range agree.Needs {
			c := widget.NewCheck(t.T(needMessages[id]), func(on bool) { p.SetNeed(i, id, on) })
			c.SetChecked(p.HasNeed(i, id))
			s.needs = append(s.needs, c)
		}
		person := &p.People[i]
		s.ownNeeds = entry(&person.OwnNeeds, "", true)
		s.lowMood = entry(&person.LowMood, "", true)
		s.nextDay = entry(&person.NextDay, t.T(msgPlanNextDayHint), false)
		return container.NewVBox(body(t.T(msgPlanCareBody)),
			checkColumns(s.needs),
			bold(t.T(msgPlanOwnNeeds)), inset(s.ownNeeds),
			bold(t.T(msgPlanLowMood)), hint(t.T(msgPlanLowMoodNote)), inset(s.lowMood),
			bold(t.T(msgPlanNextDay)), inset(s.nextDay))

	case agree.StepTogether:
		s.heading.SetText(t.T(msgPlanDifferTitle))
		s.differ = entry(&p.SpaceOrCloseness, t.T(msgPlanDifferHint), true)
		return container.NewVBox(body(t.T(msgPlanDifferBody)), inset(s.differ))

	case agree.StepReview:
		s.heading.SetText(t.T(msgPlanReviewTitle))
		s.reviewDate = widget.NewEntry()
		s.reviewDate.SetPlaceHolder(t.T(msgPlanOnDate))
		s.afterNext = widget.NewCheck(t.T(msgPlanAfterNext), nil)
		if p.Review == agree.ReviewAfterNextTime {
			s.afterNext.SetChecked(true)
		} else {
			s.reviewDate.SetText(p.Review)
		}
		s.afterNext.OnChanged = func(on bool) {
			if on {
				p.Review = agree.ReviewAfterNextTime
				s.reviewDate.SetText("")
			} else if p.Review == agree.ReviewAfterNextTime {
				p.Review = ""
			}
		}
		s.reviewDate.OnChanged = func(v string) {
			if v = strings.TrimSpace(v); v != "" {
				p.Review = v
				s.afterNext.SetChecked(false)
			} else if p.Review != agree.ReviewAfterNextTime {
				p.Review = ""
			}
		}
		s.nextB.SetText(t.T(msgPlanSummaryButton))
		return container.NewVBox(body(t.T(msgPlanReviewBody)), s.afterNext, inset(s.reviewDate))
	}
	return container.NewVBox()
}

func checkObjects(cs []*widget.Check) []fyne.CanvasObject {
	out := make([]fyne.CanvasObject, len(cs))
	for i, c := range cs {
		out[i] = c
	}
	return out
}

// checkColumns lays check boxes out in as many columns of equal width as
// the window has room for: three side by side on a wide screen, one under
// the other in a small window or a long language, instead of a fixed grid
// that makes the window grow past the screen's edge.
func checkColumns(cs []*widget.Check) *fyne.Container {
	var cell fyne.Size
	for _, c := range cs {
		cell = cell.Max(c.MinSize())
	}
	return container.NewGridWrap(cell, checkObjects(cs)...)
}

// summaryPage is the calm page of everything agreed, both people side by
// side, with Save, Delete, PDF and copy.
func (s *planScreen) summaryPage() fyne.CanvasObject {
	t, st := s.t, s.st
	sh := t.planSheet(st.plan)
	s.heading.SetText(sh.title)
	s.changeB = widget.NewButtonWithIcon(t.T(msgPlanChange), theme.DocumentCreateIcon(), func() { s.goTo(agree.StepWho) })
	s.copyB = widget.NewButtonWithIcon(t.T(msgCopyText), theme.ContentCopyIcon(), func() {
		t.app.Clipboard().SetContent(sh.text())
		s.say(t.T(msgCopied))
	})
	s.pdfB = widget.NewButtonWithIcon(t.T(msgSavePDF), theme.DocumentSaveIcon(), func() {
		t.savePDF("our-plan.pdf", func() ([]byte, error) { return sh.pdf(t.agreeFooter()) }, s.say)
	})
	s.deleteB = widget.NewButtonWithIcon(t.T(msgPlanDelete), theme.DeleteIcon(), func() {
		t.showDialog(dialog.NewConfirm(t.T(msgPlanDelete), t.T(msgPlanDeleteAsk), func(yes bool) {
			if yes {
				s.deleteSaved()
			}
		}, t.win), nil)
	})
	s.saveB = widget.NewButtonWithIcon(t.T(msgPlanSave), theme.DocumentSaveIcon(), s.save)
	s.saveB.Importance = widget.HighImportance
	if !st.saved {
		s.deleteB.Disable()
	}
	if st.plan.Empty() {
		s.pdfB.Disable()
		s.copyB.Disable()
		return body(t.T(msgPlanNothingYet))
	}
	s.summary = sh.objects()
	return s.summary
}

// save writes the plan; the only way a plan reaches the disk.
func (s *planScreen) save() {
	if err := s.st.plan.Save(planFile(s.t.dataDir)); err != nil {
		s.say(s.t.Tf(msgNotSaved, map[string]any{"Error": err.Error()}))
		return
	}
	s.st.saved = true
	s.deleteB.Enable()
	s.say(s.t.T(msgPlanSaved))
}

// deleteSaved removes plan.toml and starts a fresh plan on screen.
func (s *planScreen) deleteSaved() {
	if !s.t.deleteToolFile(planFile(s.t.dataDir), s.say, &s.st.note) {
		return
	}
	s.st.saved = false
	s.st.plan = s.t.newPlan()
	s.st.step = agree.StepWho
	s.t.openTool(s.t.tools.build)
}

// say shows a short note under the heading.
func (s *planScreen) say(msg string) { sayToolNote(s.note, &s.st.note, msg) }
