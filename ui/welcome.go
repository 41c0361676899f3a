package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// welcomePages are the few short screens a first-time couple sees: what
// Tend is, what consent means here, that passing is always fine, and keys.
var welcomePages = []struct{ heading, body *i18n.Message }{
	{msgWelcomeTitle1, msgWelcomeBody1},
	{msgWelcomeTitle2, msgWelcomeBody2},
	{msgWelcomeTitle3, msgWelcomeBody3},
	{msgWelcomeTitle4, msgWelcomeBody4},
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
	s.skipB = widget.NewButton(t.T(msgSkip), s.finish)
	s.skipB.Importance = widget.LowImportance
	s.backB = widget.NewButtonWithIcon(t.T(msgBack), theme.NavigateBackIcon(), s.back)
	s.nextB = widget.NewButtonWithIcon(t.T(msgNext), theme.NavigateNextIcon(), s.next)
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
	s.panel.heading.SetText(s.t.T(p.heading))
	s.panel.body.SetText(s.t.T(p.body))
	if i == 0 {
		s.backB.Disable()
	} else {
		s.backB.Enable()
	}
	if i == len(welcomePages)-1 {
		s.nextB.SetText(s.t.T(msgLetsBegin))
	} else {
		s.nextB.SetText(s.t.T(msgNext))
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

// finish remembers that the welcome was seen and returns to where Help >
// Welcome was opened (the decks on a first start), session and all.
func (s *welcomeScreen) finish() {
	s.t.settings.setWelcomeSeen()
	s.showPage(0)
	from := s.t.welcomeFrom
	s.t.welcomeFrom = screenHome
	switch {
	case from == screenHome || from == screenWelcome:
		s.t.goHome()
	case from == screenGoodnight || s.t.pile != nil:
		s.t.show(from)
	default:
		s.t.goHome()
	}
}

// openWelcome shows the welcome again, from the Help menu.
func (t *table) openWelcome() {
	if t.screen != screenWelcome {
		t.welcomeFrom = t.screen
	}
	t.ensure(screenWelcome)
	t.welcome.showPage(0)
	t.show(screenWelcome)
}
