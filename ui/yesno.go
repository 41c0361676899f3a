package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend.app/tend/decks"
	"tend.app/tend/decks/agree"
)

type yesNoPhase int

const (
	phaseIntro yesNoPhase = iota
	phaseAnswer
	phaseHandOver
	phaseBothDone
	phaseReveal
)

// yesNoState is one yes / no / maybe round in progress. Both people's
// answers live only inside round, which forgets them on the reveal or when
// the round is left; nothing here is ever written but the shared result,
// and only when both ask.
type yesNoState struct {
	lists  *agree.Lists
	phase  yesNoPhase
	round  *agree.Round
	person int
	index  int
	names  [2]string
	shared *agree.Shared
	// viewingKept is true when the shared result on screen is the kept
	// file rather than tonight's round.
	viewingKept bool
	keep        [2]bool
	note        string
}

// openYesNo shows the yes / no / maybe tool at its first screen, or where
// the round stands when it was left open.
func (t *table) openYesNo() {
	if t.tools.yesNo == nil {
		// Lists follow the decks: built-in first, then every deck folder.
		builtin, _ := agree.LoadBuiltinLists()
		sources := [][]*agree.List{builtin}
		var ps decks.Problems
		for _, dir := range t.deckDirs {
			mine, more := agree.LoadListDir(dir)
			sources = append(sources, mine)
			ps = append(ps, more...)
		}
		lists, more := agree.NewLists(sources...)
		ps = append(ps, more...)
		st := &yesNoState{lists: lists, names: t.settings.pair()}
		if len(ps) > 0 {
			st.note = t.N(msgDecksLeftOut, len(ps.Files())) + "\n" + ps.Error()
		}
		t.tools.yesNo = st
	}
	// A round left some other way than Done (the File menu, say) is
	// forgotten when the tool is opened again, as Done would have: nobody
	// comes back to someone else's half-answered turn.
	if s, showing := t.tools.screen.(*yesNoScreen); !showing || s.st != t.tools.yesNo || !t.toolShowing() {
		st := t.tools.yesNo
		if st.round != nil {
			st.round.Forget()
		}
		st.round, st.shared, st.phase, st.keep, st.viewingKept = nil, nil, phaseIntro, [2]bool{}, false
	}
	t.openTool(func() fyne.CanvasObject {
		s := newYesNoScreen(t, t.tools.yesNo)
		t.tools.screen = s
		return s.content
	})
}

// yesNoScreen shows one phase of the round. Like the plan, it is rebuilt
// from the state on every move.
type yesNoScreen struct {
	t       *table
	st      *yesNoState
	content fyne.CanvasObject

	note *widget.Label
	// intro
	names   [2]*widget.Entry
	startB  *widget.Button
	keptB   *widget.Button
	doneB   *widget.Button
	turn    *widget.Label
	item    *widget.Label
	second  *widget.Label
	answers map[agree.Answer]*widget.Button
	backB   *widget.Button
	readyB  *widget.Button
	showB   *widget.Button
	// reveal
	shared  *fyne.Container
	keep    [2]*widget.Check
	keepB   *widget.Button
	deleteB *widget.Button
	pdfB    *widget.Button
	copyB   *widget.Button
}

func newYesNoScreen(t *table, st *yesNoState) *yesNoScreen {
	s := &yesNoScreen{t: t, st: st}
	s.note = widget.NewLabel(st.note)
	s.note.Wrapping = fyne.TextWrapWord
	s.note.Importance = widget.HighImportance
	if st.note == "" {
		s.note.Hide()
	}
	s.doneB = widget.NewButtonWithIcon(t.T(msgAgreeDone), theme.HomeIcon(), s.leave)
	s.doneB.Importance = widget.LowImportance
	titleL := widget.NewLabel(t.T(msgYesNoMaybe))
	titleL.TextStyle.Bold = true
	titleL.Importance = widget.HighImportance
	var page, bottom fyne.CanvasObject
	right := fyne.CanvasObject(widget.NewLabel(""))
	switch st.phase {
	case phaseIntro:
		page, bottom = s.introPage()
	case phaseAnswer:
		page, bottom = s.answerPage()
		progress := widget.NewLabel(t.Tf(msgProgress, map[string]any{"N": st.index + 1, "Total": len(st.round.Items())}))
		progress.Importance = widget.LowImportance
		right = progress
	case phaseHandOver:
		page, bottom = s.handOverPage()
	case phaseBothDone:
		page, bottom = s.bothDonePage()
	case phaseReveal:
		page, bottom = s.revealPage()
	}
	top := newToolBar(s.doneB, titleL, right)
	s.content = container.NewPadded(container.NewBorder(top, container.NewPadded(bottom), nil, nil,
		container.NewVScroll(container.New(&readingColumn{maxWidth: 820, middle: st.phase != phaseReveal},
			container.NewPadded(container.NewVBox(s.note, page))))))
	return s
}

func (s *yesNoScreen) name(i int) string { return s.t.personName(i, s.st.names[i]) }

// move changes phase and rebuilds the screen.
func (s *yesNoScreen) move(p yesNoPhase) {
	s.st.phase = p
	s.st.note = ""
	s.t.openTool(s.t.tools.build)
}

// leave closes the tool. A round left before the reveal is forgotten: the
// answers given so far are dropped at once.
func (s *yesNoScreen) leave() {
	if s.st.round != nil && s.st.phase != phaseReveal {
		s.st.round.Forget()
		s.st.round = nil
		s.st.phase = phaseIntro
	}
	if s.st.phase == phaseReveal {
		s.st.phase, s.st.shared, s.st.round, s.st.keep, s.st.viewingKept = phaseIntro, nil, nil, [2]bool{}, false
	}
	s.st.note = ""
	s.t.closeTool()
}

func heading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameHeadingText
	l.TextStyle.Bold = true
	l.Wrapping = fyne.TextWrapWord
	l.Alignment = fyne.TextAlignCenter
	return l
}

func centred(l *widget.Label) *widget.Label {
	l.Alignment = fyne.TextAlignCenter
	return l
}

func (s *yesNoScreen) introPage() (fyne.CanvasObject, fyne.CanvasObject) {
	t, st := s.t, s.st
	for i := range s.names {
		s.names[i] = widget.NewEntry()
		s.names[i].SetPlaceHolder(t.T([]*i18n.Message{msgFirstName, msgSecondName}[i]))
		s.names[i].SetText(st.names[i])
		s.names[i].OnChanged = func(v string) {
			st.names[i] = strings.TrimSpace(v)
			s.startB.SetText(t.Tf(msgYesNoStartWith, map[string]any{"Name": s.name(0)}))
		}
	}
	s.startB = widget.NewButtonWithIcon(t.Tf(msgYesNoStartWith, map[string]any{"Name": s.name(0)}), theme.NavigateNextIcon(), s.start)
	s.startB.IconPlacement = widget.ButtonIconTrailingText
	s.startB.Importance = widget.HighImportance
	if len(st.lists.Items(t.locale)) == 0 {
		s.startB.Disable()
	}
	s.keptB = widget.NewButtonWithIcon(t.T(msgYesNoKeptList), theme.ListIcon(), s.openKept)
	buttons := container.NewHBox(s.startB)
	if kept, err := agree.LoadShared(sharedFile(t.dataDir)); err != nil || kept != nil {
		buttons.Add(s.keptB)
	}
	page := container.NewVBox(heading(t.T(msgYesNoIntroTitle)), centred(body(t.T(msgYesNoIntroBody))),
		widget.NewLabel(""), inset(container.NewGridWithColumns(2, s.names[0], s.names[1])))
	return page, container.NewCenter(buttons)
}

// start begins the first person's turn over the items in the language on
// screen.
func (s *yesNoScreen) start() {
	s.st.round = agree.NewRound(s.st.lists.Items(s.t.locale))
	s.st.person, s.st.index = 0, 0
	s.move(phaseAnswer)
}

// openKept shows the kept shared list, setting a broken file aside.
func (s *yesNoScreen) openKept() {
	var kept *agree.Shared
	note := s.t.loadUserFile(sharedFile(s.t.dataDir), func(path string) error {
		var err error
		kept, err = agree.LoadShared(path)
		return err
	})
	if kept == nil {
		s.st.note = note
		s.t.openTool(s.t.tools.build)
		return
	}
	s.st.shared, s.st.viewingKept = kept, true
	s.move(phaseReveal)
}

// itemText finds an item's words in the language on screen, and in the
// second language when one is chosen.
func (s *yesNoScreen) itemText(id string) (string, string) {
	find := func(locale string) string {
		for _, it := range s.st.lists.Items(locale) {
			if it.ID == id {
				return it.Text
			}
		}
		return ""
	}
	first := find(s.t.locale)
	if first == "" {
		first = id
	}
	second := ""
	if l := s.t.settings.secondLanguage; l != "" && l != s.t.locale {
		if second = find(l); second == first {
			second = ""
		}
	}
	return first, second
}

func (s *yesNoScreen) listTitle(listID string) string {
	for _, l := range s.st.lists.ListsFor(s.t.locale) {
		if l.ID == listID {
			return l.Title
		}
	}
	return ""
}

func (s *yesNoScreen) answerPage() (fyne.CanvasObject, fyne.CanvasObject) {
	t, st := s.t, s.st
	it := st.round.Items()[st.index]
	s.turn = centred(bold(t.Tf(msgYesNoTurn, map[string]any{"Name": s.name(st.person)})))
	s.turn.Importance = widget.LowImportance
	list := centred(widget.NewLabel(s.listTitle(it.List)))
	list.Importance = widget.HighImportance
	text, second := s.itemText(it.ID)
	s.item = heading(text)
	s.item.SizeName = sizeTitle
	s.second = centred(body(second))
	s.second.Importance = widget.LowImportance
	if second == "" {
		s.second.Hide()
	}
	question := centred(widget.NewLabel(t.T(msgYesNoQuestion)))
	current := st.round.Get(st.person, it.ID)
	s.answers = map[agree.Answer]*widget.Button{}
	// Side by side when every label fits, stacked in the same order when a
	// translation at a large text size does not.
	row := container.New(&buttonRow{})
	labels := map[agree.Answer]string{agree.Yes: t.T(msgYes), agree.Maybe: t.T(msgMaybe), agree.No: t.T(msgNo), agree.Skip: t.T(msgYesNoSkip)}
	for i, a := range answerOrder {
		b := widget.NewButton(keyed(i+1, labels[a]), func() { s.answer(a) })
		if a == current && (current != agree.Skip) {
			b.Importance = widget.HighImportance
		}
		s.answers[a] = b
		row.Add(b)
	}
	s.backB = widget.NewButtonWithIcon(t.T(msgBack), theme.NavigateBackIcon(), func() {
		st.index--
		s.move(phaseAnswer)
	})
	s.backB.Importance = widget.LowImportance
	if st.index == 0 {
		s.backB.Disable()
	}
	page := container.NewVBox(s.turn, widget.NewLabel(""), list, surface(container.NewPadded(container.NewVBox(s.item, s.second))), question)
	bottom := container.NewVBox(container.New(&readingColumn{maxWidth: 720}, row), container.NewCenter(s.backB))
	return page, bottom
}

// answerOrder is the answer page's buttons from left to right, and so their
// number keys: 1 yes, 2 maybe, 3 no, 4 skip. The keys that move cards answer
// nothing, so an item cannot be passed by momentum.
var answerOrder = [...]agree.Answer{agree.Yes, agree.Maybe, agree.No, agree.Skip}

// typedKey answers the item on screen with its number key, and reports
// whether the key was one.
func (s *yesNoScreen) typedKey(name fyne.KeyName) bool {
	if s.st.phase != phaseAnswer {
		return false
	}
	for i, a := range answerOrder {
		if name == fyne.KeyName(strconv.Itoa(i+1)) {
			s.answer(a)
			return true
		}
	}
	return false
}

// answer records the person's answer and moves on; after the last item the
// hand-over (or, after the second person, the "both done") screen hides
// everything that was chosen.
func (s *yesNoScreen) answer(a agree.Answer) {
	st := s.st
	st.round.Set(st.person, st.round.Items()[st.index].ID, a)
	if st.index+1 < len(st.round.Items()) {
		st.index++
		s.move(phaseAnswer)
		return
	}
	if st.person == 0 {
		s.move(phaseHandOver)
	} else {
		s.move(phaseBothDone)
	}
}

func (s *yesNoScreen) handOverPage() (fyne.CanvasObject, fyne.CanvasObject) {
	t := s.t
	s.readyB = widget.NewButtonWithIcon(t.Tf(msgHandOverReady, map[string]any{"Name": s.name(1)}), theme.NavigateNextIcon(), func() {
		s.st.person, s.st.index = 1, 0
		s.move(phaseAnswer)
	})
	s.readyB.IconPlacement = widget.ButtonIconTrailingText
	s.readyB.Importance = widget.HighImportance
	page := container.NewVBox(heading(t.Tf(msgHandOverTitle, map[string]any{"Name": s.name(0)})),
		centred(body(t.Tf(msgHandOverBody, map[string]any{"Other": s.name(1)}))))
	return page, container.NewCenter(s.readyB)
}

func (s *yesNoScreen) bothDonePage() (fyne.CanvasObject, fyne.CanvasObject) {
	t := s.t
	s.showB = widget.NewButtonWithIcon(t.T(msgShowShared), theme.VisibilityIcon(), func() {
		shared := s.st.round.Reveal()
		s.st.round = nil
		s.st.shared = &shared
		s.move(phaseReveal)
	})
	s.showB.Importance = widget.HighImportance
	page := container.NewVBox(heading(t.T(msgBothDoneTitle)), centred(body(t.T(msgBothDoneBody))))
	return page, container.NewCenter(s.showB)
}

// sharedSheet lays out what both are open to; it never says how many items
// were hidden, or why.
func (t *table) sharedSheet(sh *agree.Shared, itemText func(id string) (string, string)) *sheet {
	out := &sheet{title: t.bi(msgWhatWeShare, nil)}
	bullets := func(ids []string) []string {
		var b []string
		for _, id := range ids {
			first, second := itemText(id)
			if second != "" {
				first += " / " + second
			}
			b = append(b, first)
		}
		return b
	}
	if len(sh.BothYes) > 0 {
		out.sections = append(out.sections, sheetSection{heading: t.bi(msgBothYes, nil), bullets: bullets(sh.BothYes)})
	}
	if len(sh.WorthTalking) > 0 {
		out.sections = append(out.sections, sheetSection{heading: t.bi(msgWorthTalking, nil), hint: t.bi(msgWorthTalkingHint, nil), bullets: bullets(sh.WorthTalking)})
	}
	if sh.Empty() {
		out.note = t.bi(msgNothingShared, nil)
	}
	return out
}

func (s *yesNoScreen) revealPage() (fyne.CanvasObject, fyne.CanvasObject) {
	t, st := s.t, s.st
	sh := t.sharedSheet(st.shared, s.itemText)
	s.shared = sh.objects()
	s.copyB = widget.NewButtonWithIcon(t.T(msgCopyText), theme.ContentCopyIcon(), func() {
		t.app.Clipboard().SetContent(sh.text())
		s.say(t.T(msgCopied))
	})
	s.pdfB = widget.NewButtonWithIcon(t.T(msgSavePDF), theme.DocumentSaveIcon(), func() {
		t.savePDF("what-we-share.pdf", func() ([]byte, error) { return sh.pdf(t.agreeFooter()) }, s.say)
	})
	if st.shared.Empty() {
		s.copyB.Disable()
		s.pdfB.Disable()
	}
	page := container.NewVBox(heading(sh.title), s.shared)
	buttons := container.NewHBox(s.copyB, s.pdfB)
	if st.viewingKept {
		s.deleteB = widget.NewButtonWithIcon(t.T(msgDeleteKept), theme.DeleteIcon(), s.deleteKept)
		buttons.Add(s.deleteB)
		return page, container.NewCenter(buttons)
	}
	s.keepB = widget.NewButtonWithIcon(t.T(msgKeep), theme.DocumentSaveIcon(), s.keepShared)
	s.keepB.Importance = widget.HighImportance
	for i := range s.keep {
		s.keep[i] = widget.NewCheck(t.Tf(msgKeepShared, map[string]any{"Name": s.name(i)}), func(on bool) {
			st.keep[i] = on
			s.updateKeep()
		})
		s.keep[i].SetChecked(st.keep[i])
	}
	s.updateKeep()
	buttons.Add(s.keepB)
	if st.shared.Empty() {
		s.keepB.Hide()
		return page, container.NewCenter(buttons)
	}
	// The ticks stay in view beside the buttons, so Keep never looks
	// disabled for no visible reason.
	keepHint := hint(t.T(msgKeepSharedHint))
	keepHint.Alignment = fyne.TextAlignCenter
	return page, container.NewVBox(
		container.New(&readingColumn{maxWidth: 820}, container.NewGridWithColumns(2, s.keep[0], s.keep[1])),
		keepHint, container.NewCenter(buttons))
}

func (s *yesNoScreen) updateKeep() {
	if s.st.keep[0] && s.st.keep[1] {
		s.keepB.Enable()
	} else {
		s.keepB.Disable()
	}
}

// keepShared writes the shared result, and only that, once both ticked.
func (s *yesNoScreen) keepShared() {
	if !s.st.keep[0] || !s.st.keep[1] {
		return
	}
	if err := s.st.shared.Save(sharedFile(s.t.dataDir)); err != nil {
		s.say(s.t.Tf(msgNotSaved, map[string]any{"Error": err.Error()}))
		return
	}
	s.say(s.t.T(msgPlanSaved))
}

func (s *yesNoScreen) deleteKept() {
	if !s.t.deleteToolFile(sharedFile(s.t.dataDir), s.say, &s.st.note) {
		return
	}
	s.st.phase, s.st.shared, s.st.viewingKept = phaseIntro, nil, false
	s.t.openTool(s.t.tools.build)
}

// say shows a short note under the heading.
func (s *yesNoScreen) say(msg string) { sayToolNote(s.note, &s.st.note, msg) }
