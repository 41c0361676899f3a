package ui

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend.app/tend/decks"
)

// calmPanel is the shared shape of the quiet screens (pause, check-in, end,
// welcome): a heading, a few kind sentences, optional extra content and a row
// of choices, centred on a quiet page.
type calmPanel struct {
	content fyne.CanvasObject
	heading *widget.Label
	body    *widget.Label
	row     *fyne.Container
}

func newCalmPanel(heading, body string, extra fyne.CanvasObject, buttons ...fyne.CanvasObject) *calmPanel {
	p := &calmPanel{}
	p.heading = widget.NewLabel(heading)
	p.heading.Alignment = fyne.TextAlignCenter
	p.heading.SizeName = theme.SizeNameHeadingText
	p.heading.TextStyle.Bold = true
	p.heading.Wrapping = fyne.TextWrapWord
	p.body = widget.NewLabel(body)
	p.body.Alignment = fyne.TextAlignCenter
	p.body.Wrapping = fyne.TextWrapWord
	p.body.SizeName = theme.SizeNameSubHeadingText
	p.row = container.New(&buttonRow{}, buttons...)
	items := []fyne.CanvasObject{p.heading, p.body}
	if extra != nil {
		items = append(items, extra)
	}
	items = append(items, widget.NewLabel(""), container.New(&readingColumn{maxWidth: 230 * float32(len(buttons))}, p.row))
	p.content = container.NewPadded(container.NewVScroll(container.New(&readingColumn{maxWidth: 760, middle: true}, container.NewVBox(items...))))
	return p
}

// pauseScreen is a calm place to stop. It says, plainly, that stopping is
// fine, breathes slowly with the couple in a circle as large as the window
// allows, and offers to carry on, to end with a short round of aftercare,
// or to stop for tonight.
type pauseScreen struct {
	t          *table
	content    fyne.CanvasObject
	guide      *breathingGuide
	resumeB    *widget.Button
	aftercareB *widget.Button
	stopB      *widget.Button
}

func newPauseScreen(t *table) *pauseScreen {
	s := &pauseScreen{t: t, guide: newBreathingGuide()}
	s.guide.inText, s.guide.outText = t.T(msgBreatheIn), t.T(msgBreatheOut)
	s.guide.stillText = t.T(msgBreatheSlowly)
	s.guide.label.SetText(s.guide.inText)
	s.guide.still = t.settings.reduceMotion
	s.guide.setProgress(0)
	s.resumeB = widget.NewButtonWithIcon(t.T(msgResume), theme.MediaPlayIcon(), t.resume)
	s.resumeB.Importance = widget.HighImportance
	s.aftercareB = widget.NewButton(t.T(msgEndWithAftercare), t.startAftercare)
	if !t.hasAftercare() {
		s.aftercareB.Disable()
	}
	s.stopB = widget.NewButton(t.T(msgStopForTonight), t.stopForTonight)

	heading := widget.NewLabel(t.T(msgPauseTitle))
	heading.Alignment = fyne.TextAlignCenter
	heading.SizeName = theme.SizeNameHeadingText
	heading.TextStyle.Bold = true
	heading.Wrapping = fyne.TextWrapWord
	body := widget.NewLabel(t.T(msgPauseBody))
	body.Alignment = fyne.TextAlignCenter
	body.Wrapping = fyne.TextWrapWord
	body.SizeName = theme.SizeNameSubHeadingText
	buttons := container.New(&readingColumn{maxWidth: 720}, container.New(&buttonRow{}, s.resumeB, s.aftercareB, s.stopB))
	// The guide takes all the height the words and buttons leave, so the
	// circle grows with the window.
	s.content = container.NewPadded(container.New(&readingColumn{maxWidth: 900, widen: t.widen},
		container.NewBorder(container.NewVBox(heading, body), container.NewVBox(widget.NewLabel(""), buttons), nil, nil, s.guide)))
	return s
}

// goodnightScreen closes an evening stopped from the pause screen: a few
// kind words, no more cards, and the way back to the decks.
type goodnightScreen struct {
	content fyne.CanvasObject
	homeB   *widget.Button
}

func newGoodnightScreen(t *table) *goodnightScreen {
	s := &goodnightScreen{}
	s.homeB = widget.NewButtonWithIcon(t.T(msgDecks), theme.HomeIcon(), t.goHome)
	s.content = newCalmPanel(t.T(msgGoodnightTitle), t.T(msgGoodnightBody), nil, s.homeB).content
	return s
}

// checkInScreen comes every few cards: a moment to ask how it is going,
// with an easy way to slow down or pause.
type checkInScreen struct {
	t       *table
	content fyne.CanvasObject
	goB     *widget.Button
	slowB   *widget.Button
	pauseB  *widget.Button
}

// newCheckInScreen lays the three answers out with equal weight, in the
// order of the card screen's buttons (stop-ish on the left where Back is,
// carrying on at the right where Next is), each with its own number key.
func newCheckInScreen(t *table) *checkInScreen {
	s := &checkInScreen{t: t}
	s.pauseB = widget.NewButtonWithIcon(keyed(1, t.T(msgPause)), theme.MediaPauseIcon(), t.pauseSession)
	s.slowB = widget.NewButton(keyed(2, t.T(msgSlowDown)), t.slowDown)
	s.goB = widget.NewButtonWithIcon(keyed(3, t.T(msgKeepGoing)), theme.NavigateNextIcon(), t.keepGoing)
	s.goB.IconPlacement = widget.ButtonIconTrailingText
	p := newCalmPanel(t.T(msgCheckInTitle), t.T(msgCheckInBody),
		nil, s.pauseB, s.slowB, s.goB)
	s.content = p.content
	return s
}

// update disables "Slow down" when the cards are already as gentle as they go.
func (s *checkInScreen) update() {
	if s.t.depthInForce() <= decks.Gentle {
		s.slowB.Disable()
	} else {
		s.slowB.Enable()
	}
}

// endScreen closes a pile kindly: a short summary of this session (which is
// never stored) and an offer of another round or of aftercare.
type endScreen struct {
	t          *table
	content    fyne.CanvasObject
	panel      *calmPanel
	figures    *fyne.Container
	againB     *widget.Button
	aftercareB *widget.Button
	homeB      *widget.Button
}

func newEndScreen(t *table) *endScreen {
	s := &endScreen{t: t}
	s.againB = widget.NewButtonWithIcon(t.T(msgShuffleAgain), theme.ViewRefreshIcon(), t.reshuffle)
	s.aftercareB = widget.NewButton(t.T(msgAftercare), t.startAftercare)
	s.aftercareB.Importance = widget.HighImportance
	if !t.hasAftercare() {
		s.aftercareB.Disable()
	}
	s.homeB = widget.NewButtonWithIcon(t.T(msgDecks), theme.HomeIcon(), t.goHome)
	s.figures = container.NewGridWithColumns(3)
	s.panel = newCalmPanel(t.T(msgLastCard), "", container.NewCenter(s.figures), s.againB, s.aftercareB, s.homeB)
	s.content = s.panel.content
	return s
}

// summary counts this round: cards talked about, passed and starred. Only
// cards moved past with Next count as talked about: a passed card does not,
// nor does a card still on the table (never answered).
func (s *endScreen) summary() (talked, passed, starred int) {
	p := s.t.pile
	for _, c := range p.Seen() {
		switch {
		case p.IsPassed(c.ID):
			passed++
		case c != p.Current():
			talked++
		}
		if s.t.marks.IsFavourite(c.ID) {
			starred++
		}
	}
	return talked, passed, starred
}

// figure is one number of the summary, large, with its words under it.
func (s *endScreen) figure(n int, m *i18n.Message) fyne.CanvasObject {
	num := widget.NewLabel(strconv.Itoa(n))
	num.Alignment = fyne.TextAlignCenter
	num.SizeName = sizeTitle
	num.TextStyle.Bold = true
	num.Importance = widget.HighImportance
	words := widget.NewLabel(s.t.N(m, n))
	words.Alignment = fyne.TextAlignCenter
	return container.NewVBox(num, words)
}

func (s *endScreen) update() {
	talked, passed, starred := s.summary()
	s.figures.RemoveAll()
	s.figures.Add(s.figure(talked, msgFigureTalked))
	s.figures.Add(s.figure(passed, msgFigurePassed))
	s.figures.Add(s.figure(starred, msgFigureStarred))
	if s.t.aftercare {
		s.panel.body.SetText(s.t.T(msgThanksAftercare))
	} else {
		s.panel.body.SetText(s.t.T(msgThanksSession))
	}
}

// keyed writes a number key on a button, "1  ·  Pause", for the screens
// answered with number keys (the check-in, yes / no / maybe), in a form no
// language needs to translate.
func keyed(n int, label string) string { return fmt.Sprintf("%d  ·  %s", n, label) }
