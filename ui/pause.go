package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// calmPanel is the shared shape of the pause and end screens: a heading,
// a few kind sentences and a row of choices, centred on a quiet page.
func calmPanel(heading, body string, buttons ...fyne.CanvasObject) (fyne.CanvasObject, *widget.Label) {
	h := widget.NewLabel(heading)
	h.Alignment = fyne.TextAlignCenter
	h.SizeName = theme.SizeNameHeadingText
	h.TextStyle.Bold = true
	h.Wrapping = fyne.TextWrapWord
	b := widget.NewLabel(body)
	b.Alignment = fyne.TextAlignCenter
	b.Wrapping = fyne.TextWrapWord
	b.SizeName = theme.SizeNameSubHeadingText
	row := container.NewGridWithColumns(len(buttons), buttons...)
	box := container.NewVBox(h, b, widget.NewLabel(""), container.New(&readingColumn{maxWidth: 200 * float32(len(buttons))}, row))
	return container.NewPadded(container.New(&readingColumn{maxWidth: 720, middle: true}, box)), b
}

// pauseScreen is a calm place to stop. It says, plainly, that stopping is
// fine, and offers to carry on or to move to aftercare.
type pauseScreen struct {
	t          *table
	content    fyne.CanvasObject
	resumeB    *widget.Button
	aftercareB *widget.Button
}

func newPauseScreen(t *table) *pauseScreen {
	s := &pauseScreen{t: t}
	s.resumeB = widget.NewButtonWithIcon("Resume", theme.MediaPlayIcon(), t.resume)
	s.resumeB.Importance = widget.HighImportance
	s.aftercareB = widget.NewButton("Go to aftercare", t.startAftercare)
	if !t.hasAftercare() {
		s.aftercareB.Disable()
	}
	s.content, _ = calmPanel("Let's pause",
		"It's completely fine to stop here, for a moment or for tonight. Take a slow breath together. Nothing has to happen next.",
		s.resumeB, s.aftercareB)
	return s
}

// endScreen closes a pile kindly and offers another round or aftercare.
type endScreen struct {
	t          *table
	content    fyne.CanvasObject
	body       *widget.Label
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
	s.content, s.body = calmPanel("That was the last card", "", s.againB, s.aftercareB, s.homeB)
	return s
}

func (s *endScreen) update() {
	if s.t.aftercare {
		s.body.SetText("Thank you for looking after each other. Stay close, or take some space, whatever feels right now.")
		return
	}
	s.body.SetText("Thank you for listening to each other. However it went, taking this time together matters. Some aftercare might feel good now.")
}
