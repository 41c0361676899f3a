package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// welcomePages are the few short screens a first-time couple sees: what
// Tend is, what consent means here, that passing is always fine, and keys.
var welcomePages = []struct{ heading, body string }{
	{"Welcome to Tend", "Tend is a deck of conversation cards for partners: before being close, during, afterwards, and the next day. Draw one card at a time and answer in your own words."},
	{"Consent is a conversation", "Consent is informed, enthusiastic and ongoing. Either of you can change your mind at any moment, and Tend will remind you to check in with each other."},
	{"Passing is always fine", "Pass any card without giving a reason, or stop altogether. Pause is always one key away. Tend keeps nothing about your conversation."},
	{"How the keys work", "Right or Space: next card.  Left: back.  P: pause.  F: star a card.  H: not for us.  Esc: your decks.  ?: every key."},
}

// welcomeScreen shows the welcome pages; Skip is always there.
type welcomeScreen struct {
	t       *table
	content fyne.CanvasObject
	panel   *calmPanel
	page    int
	skipB   *widget.Button
	backB   *widget.Button
	nextB   *widget.Button
}

func newWelcomeScreen(t *table) *welcomeScreen {
	s := &welcomeScreen{t: t}
	s.skipB = widget.NewButton("Skip", s.finish)
	s.skipB.Importance = widget.LowImportance
	s.backB = widget.NewButtonWithIcon("Back", theme.NavigateBackIcon(), s.back)
	s.nextB = widget.NewButtonWithIcon("Next", theme.NavigateNextIcon(), s.next)
	s.nextB.IconPlacement = widget.ButtonIconTrailingText
	s.nextB.Importance = widget.HighImportance
	s.panel = newCalmPanel("", "", nil, s.skipB, s.backB, s.nextB)
	s.content = s.panel.content
	s.showPage(0)
	return s
}

func (s *welcomeScreen) showPage(i int) {
	s.page = i
	p := welcomePages[i]
	s.panel.heading.SetText(p.heading)
	s.panel.body.SetText(p.body)
	if i == 0 {
		s.backB.Disable()
	} else {
		s.backB.Enable()
	}
	if i == len(welcomePages)-1 {
		s.nextB.SetText("Let's begin")
	} else {
		s.nextB.SetText("Next")
	}
}

func (s *welcomeScreen) next() {
	if s.page == len(welcomePages)-1 {
		s.finish()
		return
	}
	s.showPage(s.page + 1)
}

func (s *welcomeScreen) back() {
	if s.page > 0 {
		s.showPage(s.page - 1)
	}
}

// finish remembers that the welcome was seen and goes to the decks.
func (s *welcomeScreen) finish() {
	s.t.settings.setWelcomeSeen()
	s.showPage(0)
	s.t.goHome()
}

// open shows the welcome again, from the Help menu.
func (s *welcomeScreen) open() {
	s.showPage(0)
	s.t.show(screenWelcome)
}
