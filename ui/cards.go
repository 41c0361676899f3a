package ui

import (
	"slices"

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
	turn     *widget.Label // who answers (see whoAnswers)
	progress *widget.Label
	backB    *widget.Button
	passB    *widget.Button
	nextB    *widget.Button
	pauseB   *widget.Button
	homeB    *widget.Button
	starB    *widget.Button
	hideB    *widget.Button
	sessionB *widget.Button
	planB    *widget.Button // "Open our plan", on cards about what a plan settles
	topRow   *flowRow       // the toolbar's layout, whose left group grows with planB
	undoBar  *fyne.Container
	undoB    *widget.Button
	fit      *fitText
	// top and hint step back in full screen, leaving the card, its turn
	// and the three main buttons.
	top  fyne.CanvasObject
	hint fyne.CanvasObject
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

	// The second language is the card's equal: the same size and full
	// contrast, set apart only by italics.
	s.second = widget.NewLabel("")
	s.second.Alignment = fyne.TextAlignCenter
	s.second.Wrapping = fyne.TextWrapWord
	s.second.SizeName = s.text.SizeName
	s.second.TextStyle.Italic = true
	s.second.Hide()

	// Whose turn it is belongs to the card: large, at full contrast.
	s.turn = widget.NewLabel("")
	s.turn.Alignment = fyne.TextAlignCenter
	s.turn.Wrapping = fyne.TextWrapWord
	s.turn.TextStyle.Bold = true
	s.turn.SizeName = theme.SizeNameHeadingText

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
	s.topRow = &flowRow{left: 2, right: 3, squeeze: s.squeezeToolbar}
	s.top = container.New(s.topRow, s.homeB, s.sessionB, s.planB, s.progress, s.starB, s.hideB, s.pauseB)
	s.fit = &fitText{text: s.text, second: s.second, deck: s.deck, turn: s.turn, steps: cardTextSteps, largest: t.largestCardStep}
	cardBody := container.New(s.fit, container.NewPadded(container.NewVBox(s.deck, s.text, s.second, s.turn)))
	card := surface(container.New(&readingColumn{maxWidth: 900, widen: t.widen}, cardBody))
	buttons := container.New(&buttonRow{}, s.backB, s.passB, s.nextB)
	hint := widget.NewLabel(t.T(msgCardHint))
	hint.Alignment = fyne.TextAlignCenter
	hint.Wrapping = fyne.TextWrapWord
	hint.SizeName = theme.SizeNameCaptionText
	hint.Importance = widget.LowImportance
	s.hint = hint
	bottom := container.NewVBox(s.undoBar, container.New(&readingColumn{maxWidth: 600}, buttons), hint)

	s.content = newPointerWatch(t.revealChrome, container.NewPadded(container.NewBorder(s.top, bottom, nil, nil,
		container.New(&readingColumn{maxWidth: 1200, widen: t.widen}, container.NewPadded(card)))))
	return s
}

// squeezeToolbar keeps the toolbar on one line in a small window, so Pause
// stays in its place at the right: first "Open our plan", then "This
// session" show their icons alone. It reports whether level was a level
// it knows.
func (s *cardScreen) squeezeToolbar(level int) bool {
	label := func(b *widget.Button, text string, iconOnly bool) {
		if iconOnly {
			text = ""
		}
		if b.Text != text {
			b.SetText(text)
		}
	}
	label(s.planB, s.t.T(msgOpenOurPlan), level >= 1)
	label(s.sessionB, s.t.T(msgThisSession), level >= 2)
	return level <= 2
}

// setChrome shows or hides what steps back in full screen.
func (s *cardScreen) setChrome(show bool) {
	if show == s.top.Visible() {
		return
	}
	if show {
		s.top.Show()
		s.hint.Show()
	} else {
		s.top.Hide()
		s.hint.Hide()
	}
	s.content.Refresh()
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
	s.turn.SetText(s.t.whoAnswers())
	showPlanButton(s.planB, c)
	// "Open our plan" joins the left group of the toolbar when it shows.
	s.topRow.left = 2
	if s.planB.Visible() {
		s.topRow.left = 3
	}
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

// fitText lays out the card's content centred in the space it has, and
// picks the largest card text size that lets everything fit, up to the
// largest the window allows: a long card is never cut off in a small window
// or at a large text size, and in full screen the card fills the screen.
type fitText struct {
	text, second *widget.Label
	// deck is the deck line above the card and turn the turn line below
	// it; both grow with the card on a big screen, so they stay legible
	// from across the room.
	deck, turn *widget.Label
	steps      []fyne.ThemeSizeName
	// largest is the index of the largest step the window allows now; nil
	// means the first.
	largest func() int
}

func (f *fitText) setStep(step fyne.ThemeSizeName) {
	for _, l := range []*widget.Label{f.text, f.second} {
		if l != nil && l.SizeName != step {
			l.SizeName = step
			l.Refresh()
		}
	}
	if f.deck == nil {
		return
	}
	deck := theme.SizeNameText
	if i := slices.Index(f.steps, step); i >= 0 && cardTextFraction(i) >= 2 {
		deck = theme.SizeNameHeadingText
	} else if i >= 0 && cardTextFraction(i) >= 1.4 {
		deck = theme.SizeNameSubHeadingText
	}
	if f.deck.SizeName != deck {
		f.deck.SizeName = deck
		f.deck.Refresh()
	}
	// The turn line is a heading, or about 60% of the card text when that
	// is larger.
	turn := theme.SizeNameHeadingText
	if i := slices.Index(f.steps, step); i >= 0 && f.turn != nil {
		if j := slices.IndexFunc(cardTextFractions, func(x float32) bool { return x <= 0.6*cardTextFraction(i) }); j >= 0 &&
			theme.Size(cardTextSteps[j]) > theme.Size(theme.SizeNameHeadingText) {
			turn = cardTextSteps[j]
		}
	}
	if f.turn != nil && f.turn.SizeName != turn {
		f.turn.SizeName = turn
		f.turn.Refresh()
	}
}

func (f *fitText) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	first := 0
	if f.largest != nil {
		first = min(max(f.largest(), 0), len(f.steps)-1)
	}
	for _, o := range objects {
		fits := func(i int) bool {
			f.setStep(f.steps[i])
			o.Resize(size)
			return o.MinSize().Height <= size.Height
		}
		// Smaller steps always fit at least as well, so the largest step
		// that fits is found by halving.
		lo, hi := first, len(f.steps)-1
		for lo < hi {
			mid := (lo + hi) / 2
			if fits(mid) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		fits(lo)
		h := min(o.MinSize().Height, size.Height)
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
