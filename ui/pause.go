package ui

import (
	"fmt"

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
	s.resumeB = widget.NewButtonWithIcon("Resume", theme.MediaPlayIcon(), t.resume)
	s.resumeB.Importance = widget.HighImportance
	s.aftercareB = widget.NewButton("End with aftercare", t.startAftercare)
	if !t.hasAftercare() {
		s.aftercareB.Disable()
	}
	p := newCalmPanel("Let's pause",
		"It's completely fine to stop here, for a moment or for tonight. Breathe slowly together with the circle. Nothing has to happen next.",
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
	s.goB = widget.NewButtonWithIcon("Keep going", theme.NavigateNextIcon(), t.showCard)
	s.goB.Importance = widget.HighImportance
	s.slowB = widget.NewButton("Slow down", t.slowDown)
	s.pauseB = widget.NewButtonWithIcon("Pause", theme.MediaPauseIcon(), t.pauseSession)
	p := newCalmPanel("How are we doing?",
		"A quick check-in: how is this feeling for each of you? Slowing down keeps to gentler cards from here on.",
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
	s.againB = widget.NewButtonWithIcon("Shuffle again", theme.ViewRefreshIcon(), t.reshuffle)
	s.aftercareB = widget.NewButton("Aftercare", t.startAftercare)
	s.aftercareB.Importance = widget.HighImportance
	if !t.hasAftercare() {
		s.aftercareB.Disable()
	}
	s.homeB = widget.NewButtonWithIcon("Decks", theme.HomeIcon(), t.goHome)
	s.panel = newCalmPanel("That was the last card", "", nil, s.againB, s.aftercareB, s.homeB)
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
	line := fmt.Sprintf("You talked about %s", plural(talked, "card"))
	if passed > 0 {
		line += fmt.Sprintf(" and passed %d", passed)
	}
	if starred > 0 {
		line += fmt.Sprintf(", and starred %d to come back to", starred)
	}
	line += ". "
	if s.t.aftercare {
		s.panel.body.SetText(line + "Thank you for looking after each other. Stay close, or take some space, whatever feels right now.")
		return
	}
	s.panel.body.SetText(line + "Thank you for listening to each other. However it went, taking this time together matters. Some aftercare might feel good now.")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
