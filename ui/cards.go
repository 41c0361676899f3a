package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cardScreen shows one card at a time, large and centred, with the few
// controls a couple needs: back, pass, next, and a Pause that never moves.
type cardScreen struct {
	t       *table
	content fyne.CanvasObject

	deck     *widget.Label // deck title and depth above the text
	text     *widget.Label
	both     *widget.Label
	progress *widget.Label
	backB    *widget.Button
	passB    *widget.Button
	nextB    *widget.Button
	pauseB   *widget.Button
	homeB    *widget.Button
}

func newCardScreen(t *table) *cardScreen {
	s := &cardScreen{t: t}
	s.deck = widget.NewLabel("")
	s.deck.Alignment = fyne.TextAlignCenter
	s.deck.Importance = widget.HighImportance
	s.deck.TextStyle.Bold = true

	s.text = widget.NewLabel("")
	s.text.Alignment = fyne.TextAlignCenter
	s.text.Wrapping = fyne.TextWrapWord
	s.text.SizeName = sizeCardText

	s.both = widget.NewLabel("For both of you")
	s.both.Alignment = fyne.TextAlignCenter
	s.both.Importance = widget.LowImportance

	s.progress = widget.NewLabel("")
	s.progress.Alignment = fyne.TextAlignCenter
	s.progress.Importance = widget.LowImportance

	s.homeB = widget.NewButtonWithIcon("Decks", theme.HomeIcon(), t.goHome)
	s.homeB.Importance = widget.LowImportance
	s.pauseB = widget.NewButtonWithIcon("Pause", theme.MediaPauseIcon(), t.pauseSession)
	s.backB = widget.NewButtonWithIcon("Back", theme.NavigateBackIcon(), t.back)
	s.passB = widget.NewButton("Pass", t.pass)
	s.nextB = widget.NewButtonWithIcon("Next", theme.NavigateNextIcon(), t.next)
	s.nextB.IconPlacement = widget.ButtonIconTrailingText
	s.nextB.Importance = widget.HighImportance

	top := container.NewBorder(nil, nil, s.homeB, s.pauseB, s.progress)
	cardBody := container.NewVBox(s.deck, s.text, s.both)
	card := surface(container.New(&readingColumn{maxWidth: 860, middle: true}, container.NewPadded(cardBody)))
	buttons := container.NewGridWithColumns(3, s.backB, s.passB, s.nextB)
	hint := widget.NewLabel("Passing is always fine   ·   P to pause   ·   Esc for your decks")
	hint.Alignment = fyne.TextAlignCenter
	hint.SizeName = theme.SizeNameCaptionText
	hint.Importance = widget.LowImportance
	bottom := container.NewVBox(container.New(&readingColumn{maxWidth: 560}, buttons), hint)

	s.content = container.NewPadded(container.NewBorder(top, bottom, nil, nil,
		container.New(&readingColumn{maxWidth: 1100}, container.NewPadded(card))))
	return s
}

// update shows the pile's current card.
func (s *cardScreen) update() {
	p := s.t.pile
	c := p.Current()
	if c == nil {
		return
	}
	s.deck.SetText(fmt.Sprintf("%s  ·  %s", c.Deck.Title, depthNames[c.Depth-1]))
	s.text.SetText(c.Text)
	if c.Both {
		s.both.Show()
	} else {
		s.both.Hide()
	}
	s.progress.SetText(fmt.Sprintf("%d of %d", p.Position(), p.Len()))
	if p.Position() > 1 {
		s.backB.Enable()
	} else {
		s.backB.Disable()
	}
}
