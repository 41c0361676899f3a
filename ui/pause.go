package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
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
	p.row = container.NewGridWithColumns(len(buttons), buttons...)
	items := []fyne.CanvasObject{p.heading, p.body}
	if extra != nil {
		items = append(items, extra)
	}
	items = append(items, widget.NewLabel(""), container.New(&readingColumn{maxWidth: 210 * float32(len(buttons))}, p.row))
	p.content = container.NewPadded(container.NewVScroll(container.New(&readingColumn{maxWidth: 760, middle: true}, container.NewVBox(items...))))
	return p
}

// pauseScreen is a calm place to stop. It says, plainly, that stopping is
// fine, breathes slowly with the couple, and offers to carry on or to end
// with aftercare.
type pauseScreen struct {
	t          *table
	content    fyne.CanvasObject
	guide      *breathingGuide
	resumeB    *widget.Button
	aftercareB *widget.Button
}

func newPauseScreen(t *table) *pauseScreen {
	s := &pauseScreen{t: t, guide: newBreathingGuide()}
	s.guide.inText, s.guide.outText = t.T(msgBreatheIn), t.T(msgBreatheOut)
	s.guide.setProgress(0)
	s.resumeB = widget.NewButtonWithIcon(t.T(msgResume), theme.MediaPlayIcon(), t.resume)
	s.resumeB.Importance = widget.HighImportance
	s.aftercareB = widget.NewButton(t.T(msgEndWithAftercare), t.startAftercare)
	if !t.hasAftercare() {
		s.aftercareB.Disable()
	}
	p := newCalmPanel(t.T(msgPauseTitle), t.T(msgPauseBody),
		s.guide, s.resumeB, s.aftercareB)
	s.content = p.content
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

func newCheckInScreen(t *table) *checkInScreen {
	s := &checkInScreen{t: t}
	s.goB = widget.NewButtonWithIcon(t.T(msgKeepGoing), theme.NavigateNextIcon(), t.showCard)
	s.goB.Importance = widget.HighImportance
	s.slowB = widget.NewButton(t.T(msgSlowDown), t.slowDown)
	s.pauseB = widget.NewButtonWithIcon(t.T(msgPause), theme.MediaPauseIcon(), t.pauseSession)
	p := newCalmPanel(t.T(msgCheckInTitle), t.T(msgCheckInBody),
		nil, s.goB, s.slowB, s.pauseB)
	s.content = p.content
	return s
}

// update disables "Slow down" when the cards are already as gentle as they go.
func (s *checkInScreen) update() {
	if min(s.t.pile.Limit(), s.t.home.depth()) <= 1 {
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
	s.panel = newCalmPanel(t.T(msgLastCard), "", nil, s.againB, s.aftercareB, s.homeB)
	s.content = s.panel.content
	return s
}

// summary counts this round: cards talked about, passed and starred.
func (s *endScreen) summary() (talked, passed, starred int) {
	for _, c := range s.t.pile.Seen() {
		if s.t.pile.IsPassed(c.ID) {
			passed++
		} else {
			talked++
		}
		if s.t.marks.IsFavourite(c.ID) {
			starred++
		}
	}
	return talked, passed, starred
}

func (s *endScreen) update() {
	talked, passed, starred := s.summary()
	parts := []string{s.t.N(msgTalkedAbout, talked)}
	if passed > 0 {
		parts = append(parts, s.t.N(msgPassed, passed))
	}
	if starred > 0 {
		parts = append(parts, s.t.N(msgStarredCount, starred))
	}
	if s.t.aftercare {
		parts = append(parts, s.t.T(msgThanksAftercare))
	} else {
		parts = append(parts, s.t.T(msgThanksSession))
	}
	s.panel.body.SetText(strings.Join(parts, " "))
}
