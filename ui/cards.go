package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/assets"
)

// cardScreen shows one card at a time, large and centred, with the few
// controls a couple needs: back, pass, next, star, not for us, and a Pause
// that never moves.
type cardScreen struct {
	t       *table
	content fyne.CanvasObject

	deck     *widget.Label // deck title and depth above the text
	text     *widget.Label
	second   *widget.Label // the card in a second language, when chosen
	turn     *widget.Label // whose turn it is, or "Both of you"
	progress *widget.Label
	backB    *widget.Button
	passB    *widget.Button
	nextB    *widget.Button
	pauseB   *widget.Button
	homeB    *widget.Button
	starB    *widget.Button
	hideB    *widget.Button
	sessionB *widget.Button
	planB    *widget.Button // "Open our plan", on boundaries and aftercare cards
	undoBar  *fyne.Container
	undoB    *widget.Button
	fit      *fitText
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
	s.text.SizeName = cardTextSteps[0]

	s.second = widget.NewLabel("")
	s.second.Alignment = fyne.TextAlignCenter
	s.second.Wrapping = fyne.TextWrapWord
	s.second.SizeName = theme.SizeNameSubHeadingText
	s.second.Importance = widget.LowImportance
	s.second.Hide()

	s.turn = widget.NewLabel("")
	s.turn.Alignment = fyne.TextAlignCenter
	s.turn.TextStyle.Bold = true
	s.turn.Importance = widget.LowImportance

	s.progress = widget.NewLabel("")
	s.progress.Alignment = fyne.TextAlignCenter
	s.progress.Importance = widget.LowImportance

	s.homeB = widget.NewButtonWithIcon(t.T(msgDecks), theme.HomeIcon(), t.goHome)
	s.homeB.Importance = widget.LowImportance
	s.sessionB = widget.NewButtonWithIcon(t.T(msgThisSession), theme.ListIcon(), t.showSession)
	s.sessionB.Importance = widget.LowImportance
	s.starB = widget.NewButtonWithIcon(t.T(msgStar), starIcon(false), t.toggleFavourite)
	s.starB.Importance = widget.LowImportance
	s.hideB = widget.NewButtonWithIcon(t.T(msgNotForUs), theme.VisibilityOffIcon(), t.hideCard)
	s.hideB.Importance = widget.LowImportance
	s.pauseB = widget.NewButtonWithIcon(t.T(msgPause), theme.MediaPauseIcon(), t.pauseSession)
	s.backB = widget.NewButtonWithIcon(t.T(msgBack), theme.NavigateBackIcon(), t.back)
	s.passB = widget.NewButton(t.T(msgPass), t.pass)
	s.nextB = widget.NewButtonWithIcon(t.T(msgNext), theme.NavigateNextIcon(), t.next)
	s.nextB.IconPlacement = widget.ButtonIconTrailingText
	s.nextB.Importance = widget.HighImportance

	undoText := widget.NewLabel(t.T(msgCardHidden))
	s.undoB = widget.NewButtonWithIcon(t.T(msgUndo), theme.ContentUndoIcon(), t.undoHide)
	s.undoBar = container.NewCenter(container.NewHBox(undoText, s.undoB))
	s.undoBar.Hide()

	s.planB = t.openPlanButton()
	top := container.NewBorder(nil, nil,
		container.NewHBox(s.homeB, s.sessionB, s.planB),
		container.NewHBox(s.starB, s.hideB, s.pauseB),
		s.progress)
	s.fit = &fitText{text: s.text, steps: cardTextSteps}
	cardBody := container.New(s.fit, container.NewPadded(container.NewVBox(s.deck, s.text, s.second, s.turn)))
	card := surface(container.New(&readingColumn{maxWidth: 900}, cardBody))
	buttons := container.NewGridWithColumns(3, s.backB, s.passB, s.nextB)
	hint := widget.NewLabel(t.T(msgCardHint))
	hint.Alignment = fyne.TextAlignCenter
	hint.SizeName = theme.SizeNameCaptionText
	hint.Importance = widget.LowImportance
	bottom := container.NewVBox(s.undoBar, container.New(&readingColumn{maxWidth: 600}, buttons), hint)

	s.content = container.NewPadded(container.NewBorder(top, bottom, nil, nil,
		container.New(&readingColumn{maxWidth: 1200}, container.NewPadded(card))))
	return s
}

var (
	starOn  = theme.NewPrimaryThemedResource(fyne.NewStaticResource("star.svg", assets.StarSVG))
	starOff = theme.NewThemedResource(fyne.NewStaticResource("star-outline.svg", assets.StarOutlineSVG))
)

func starIcon(on bool) fyne.Resource {
	if on {
		return starOn
	}
	return starOff
}

// update shows the pile's current card.
func (s *cardScreen) update() {
	p := s.t.pile
	c := p.Current()
	if c == nil {
		return
	}
	title, _ := s.t.lib.Titles(s.t.locale, c.Deck)
	s.deck.SetText(s.t.Tf(msgDeckAndDepth, map[string]any{"Deck": s.t.pseudo(title), "Depth": s.t.T(depthMessages[c.Depth-1])}))
	s.text.SetText(s.t.cardText(c))
	if second := s.t.secondText(c); second != "" {
		s.second.SetText(second)
		s.second.Show()
	} else {
		s.second.Hide()
	}
	s.turn.SetText(s.turnText())
	showPlanButton(s.planB, c)
	if s.turn.Text == "" {
		s.turn.Hide()
	} else {
		s.turn.Show()
	}
	s.progress.SetText(s.t.Tf(msgProgress, map[string]any{"N": p.Position(), "Total": p.Len()}))
	if p.Position() > 1 {
		s.backB.Enable()
	} else {
		s.backB.Disable()
	}
	if s.t.marks.IsFavourite(c.ID) {
		s.starB.SetText(s.t.T(msgStarred))
		s.starB.SetIcon(starIcon(true))
	} else {
		s.starB.SetText(s.t.T(msgStar))
		s.starB.SetIcon(starIcon(false))
	}
	s.t.therapist.starButton(s.starB, c)
	if s.t.hidden != nil {
		s.undoBar.Show()
	} else {
		s.undoBar.Hide()
	}
	s.content.Refresh()
}

// turnText says who answers: "Both of you" for cards marked so, otherwise
// the partner whose turn it is, when names were given.
func (s *cardScreen) turnText() string {
	turn := s.t.pile.Turn()
	if turn < 0 {
		return s.t.T(msgBothOfYou)
	}
	names := s.t.settings.names
	switch {
	case names[0] == "" && names[1] == "":
		return ""
	case names[turn] == "":
		return s.t.T(msgYourTurn)
	}
	return s.t.Tf(msgNameAnswers, map[string]any{"Name": names[turn]})
}

// fitText lays out the card's content centred in the space it has, and
// shrinks the card text step by step until everything fits, so a long card
// is never cut off in a small window or at a large text size.
type fitText struct {
	text  *widget.Label
	steps []fyne.ThemeSizeName
}

func (f *fitText) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		var h float32
		for i, step := range f.steps {
			if f.text.SizeName != step {
				f.text.SizeName = step
				f.text.Refresh()
			}
			o.Resize(fyne.NewSize(size.Width, size.Height))
			h = o.MinSize().Height
			if h <= size.Height || i == len(f.steps)-1 {
				break
			}
		}
		h = min(h, size.Height)
		o.Resize(fyne.NewSize(size.Width, h))
		o.Move(fyne.NewPos(0, (size.Height-h)/2))
	}
}

// MinSize is small on purpose: the text shrinks to fit rather than forcing
// the window to grow.
func (f *fitText) MinSize(objects []fyne.CanvasObject) fyne.Size {
	return fyne.NewSize(200, 120)
}

var _ fyne.Layout = (*fitText)(nil)
