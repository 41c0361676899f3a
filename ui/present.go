package ui

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
)

// tickEvery is how often the presenter's timers are redrawn; tests set it
// to 0 and move the clock themselves.
var tickEvery = time.Second

// presenter shows a session on two windows. The clients' window holds only
// what the clients should see: the card and whose turn it is, as large as
// the window allows (or the pause, check-in and end screens). The main
// window becomes the therapist's console: the card on screen, the next one,
// the therapist's note, a timer for the card and for the session, and the
// controls. The session itself is still the table's pile, so Pass, Pause,
// check-ins and turns work as always; keys work in both windows. Closing
// the clients' window returns to one window.
//
// Fyne 2.7 cannot list monitors or place a window on one, so the clients'
// window opens where the window manager puts it; the console says to move
// it to the other screen and press F11 there (or use the console's button).
type presenter struct {
	th     *therapist
	t      *table
	client fyne.Window
	view   *bigText // the clients' window's content

	root       fyne.CanvasObject // the console
	nowTitle   *widget.Label
	nowText    *widget.Label
	nowMeta    *widget.Label
	noteText   *widget.Label
	nextText   *widget.Label
	nextNote   *widget.Label
	progress   *widget.Label
	sessionClk *widget.Label
	cardClk    *widget.Label
	backB      *widget.Button
	passB      *widget.Button
	nextB      *widget.Button
	pauseB     *widget.Button
	resumeB    *widget.Button
	slowB      *widget.Button
	againB     *widget.Button
	fullB      *widget.Button

	now       func() time.Time
	started   time.Time
	cardSince time.Time
	shown     string // what the clients see, to restart the card timer on a change
	stopTick  chan struct{}
}

// present opens the clients' window for the session under way; with none,
// it starts the plan being edited, or the decks chosen on the home screen.
func (th *therapist) present() {
	t := th.t
	if th.presenter != nil {
		th.presenter.client.RequestFocus()
		return
	}
	if t.pile == nil || t.pile.Done() {
		if !th.startPlan() {
			t.start()
		}
	}
	if t.pile == nil {
		return
	}
	if t.screen != screenCard && t.screen != screenPause && t.screen != screenCheckIn && t.screen != screenEnd {
		t.showCard()
	}
	th.presenter = newPresenter(th)
}

func newPresenter(th *therapist) *presenter {
	t := th.t
	p := &presenter{th: th, t: t, now: time.Now}
	p.started = p.now()
	p.cardSince = p.started

	p.view = newBigText()
	p.client = t.app.NewWindow(t.T(msgClientsWindow))
	p.client.SetContent(container.NewPadded(p.view))
	p.client.Resize(fyne.NewSize(1024, 640))
	p.client.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { p.key(ev, true) })
	p.client.Canvas().SetOnTypedRune(t.typedRune)
	p.buildConsole()

	// Buttons for other moments (Resume, Slow down...) are hidden before
	// the console is shown: a window grows to fit what it is first given
	// and never shrinks back.
	p.update()
	t.win.SetContent(p.root)
	t.win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { p.key(ev, false) })
	p.client.SetOnClosed(p.closed)
	p.client.Show()
	// The therapist works from the console; the clients' window needs no
	// keyboard focus (its keys still work when it has it).
	t.win.RequestFocus()
	if tickEvery > 0 {
		p.stopTick = make(chan struct{})
		go p.tickLoop(p.stopTick)
	}
	return p
}

// buildConsole makes the therapist's console in the current language.
func (p *presenter) buildConsole() {
	t := p.t
	heading := func(m string) *widget.Label {
		l := widget.NewLabel(m)
		l.TextStyle.Bold = true
		l.Importance = widget.LowImportance
		return l
	}
	wrap := func(size fyne.ThemeSizeName) *widget.Label {
		l := widget.NewLabel("")
		l.Wrapping = fyne.TextWrapWord
		l.SizeName = size
		return l
	}
	p.nowTitle = heading(t.T(msgOnScreenNow))
	p.nowText = wrap(theme.SizeNameHeadingText)
	p.nowMeta = wrap(theme.SizeNameText)
	p.nowMeta.Importance = widget.LowImportance
	p.noteText = wrap(theme.SizeNameSubHeadingText)
	p.nextText = wrap(theme.SizeNameSubHeadingText)
	p.nextNote = wrap(theme.SizeNameText)
	p.nextNote.Importance = widget.LowImportance
	p.progress = widget.NewLabel("")
	p.sessionClk = widget.NewLabel("")
	p.sessionClk.TextStyle.Monospace = true
	p.cardClk = widget.NewLabel("")
	p.cardClk.TextStyle.Monospace = true
	p.cardClk.Importance = widget.HighImportance

	do := func(f func()) func() { return func() { f(); p.update() } }
	p.backB = widget.NewButtonWithIcon(t.T(msgBack), theme.NavigateBackIcon(), do(t.back))
	p.passB = widget.NewButton(t.T(msgPass), do(t.pass))
	p.nextB = widget.NewButtonWithIcon(t.T(msgNext), theme.NavigateNextIcon(), do(func() {
		if t.screen == screenCheckIn {
			t.showCard()
		} else {
			t.next()
		}
	}))
	p.nextB.IconPlacement = widget.ButtonIconTrailingText
	p.nextB.Importance = widget.HighImportance
	p.pauseB = widget.NewButtonWithIcon(t.T(msgPause), theme.MediaPauseIcon(), do(t.pauseSession))
	p.resumeB = widget.NewButtonWithIcon(t.T(msgResume), theme.MediaPlayIcon(), do(t.resume))
	p.resumeB.Importance = widget.HighImportance
	p.slowB = widget.NewButton(t.T(msgSlowDown), do(t.slowDown))
	p.againB = widget.NewButtonWithIcon(t.T(msgShuffleAgain), theme.ViewRefreshIcon(), do(t.reshuffle))
	p.fullB = widget.NewButtonWithIcon(t.T(msgClientsFullScreen), theme.ViewFullScreenIcon(), p.toggleClientFullScreen)
	stopB := widget.NewButtonWithIcon(t.T(msgStopPresenting), theme.CancelIcon(), p.stop)

	hint := widget.NewLabel(t.T(msgPresentingHint))
	hint.Wrapping = fyne.TextWrapWord
	hint.Importance = widget.LowImportance
	clocks := container.NewHBox(p.sessionClk, widget.NewLabel("·"), p.cardClk, widget.NewLabel("·"), p.progress)
	// The full-screen button sits by the hint that explains it, so the
	// clocks and Stop fit on one line in a small window in every language.
	top := container.NewVBox(container.NewBorder(nil, nil, clocks, stopB),
		container.NewBorder(nil, nil, nil, container.NewCenter(p.fullB), hint), widget.NewSeparator())

	now := surface(container.NewVBox(p.nowTitle, p.nowText, p.nowMeta))
	note := surface(container.NewVBox(heading(t.T(msgYourNote)), p.noteText))
	next := surface(container.NewVBox(heading(t.T(msgUpNext)), p.nextText, p.nextNote))
	left := container.NewVBox(now, note)
	body := container.NewGridWithColumns(2, container.NewVScroll(left), container.NewVScroll(container.NewVBox(next)))
	buttons := container.NewGridWithColumns(4, p.backB, p.passB, p.nextB, p.pauseB)
	extra := container.NewHBox(p.resumeB, p.slowB, p.againB)
	bottom := container.NewVBox(widget.NewSeparator(), container.NewBorder(nil, nil, nil, extra, buttons))
	p.root = container.NewPadded(container.NewBorder(top, bottom, nil, nil, body))
}

// relabel shows both windows in the language just chosen, mid-session.
func (p *presenter) relabel() {
	p.client.SetTitle(p.t.T(msgClientsWindow))
	p.buildConsole()
	p.update()
	p.t.win.SetContent(p.root)
}

func (p *presenter) tickLoop(stop chan struct{}) {
	tk := time.NewTicker(tickEvery)
	defer tk.Stop()
	for {
		select {
		case <-stop:
			return
		case <-tk.C:
			fyne.Do(p.tick)
		}
	}
}

// key answers keys from either window: the card keys of the table (Right,
// Space, Left, P, F, H, S, ?), plus F11 for the window it was pressed in,
// F5 to stop presenting, and Esc to leave the clients' full screen. Esc
// never leaves the session while clients are watching.
func (p *presenter) key(ev *fyne.KeyEvent, fromClient bool) {
	switch ev.Name {
	case fyne.KeyF11:
		if fromClient {
			p.toggleClientFullScreen()
		} else {
			p.t.toggleFullScreen()
		}
		return
	case fyne.KeyF5:
		p.stop()
		return
	case fyne.KeyEscape:
		if fromClient && p.client.FullScreen() {
			p.toggleClientFullScreen()
		}
		return
	}
	p.t.typedKey(ev)
	p.update()
}

func (p *presenter) toggleClientFullScreen() {
	p.client.SetFullScreen(!p.client.FullScreen())
}

// stop closes the clients' window; closed does the rest.
func (p *presenter) stop() { p.client.Close() }

// closed returns the main window to the table's screens.
func (p *presenter) closed() {
	if p.stopTick != nil {
		close(p.stopTick)
		p.stopTick = nil
	}
	t := p.t
	if p.th.presenter == p {
		p.th.presenter = nil
	}
	t.win.Canvas().SetOnTypedKey(t.typedKey)
	t.win.SetContent(t.root)
	t.show(t.screen)
}

// update shows the table's state in both windows.
func (p *presenter) update() {
	t := p.t
	pile := t.pile
	var lines []bigLine
	var next *decks.Card
	meta, note := "", ""
	p.nowTitle.SetText(t.T(msgOnScreenNow))
	for _, b := range []*widget.Button{p.backB, p.passB, p.nextB, p.pauseB, p.resumeB, p.slowB, p.againB} {
		b.Hide()
	}
	switch t.screen {
	case screenPause:
		lines = []bigLine{{Text: t.T(msgPauseTitle), Scale: 1, Bold: true}, {Text: t.T(msgPauseBody), Scale: 0.5}}
		next = pile.Current()
		p.resumeB.Show()
	case screenCheckIn:
		lines = []bigLine{{Text: t.T(msgCheckInTitle), Scale: 1, Bold: true}, {Text: t.T(msgCheckInBody), Scale: 0.5}}
		next = pile.Current()
		p.nextB.SetText(t.T(msgKeepGoing))
		p.nextB.Show()
		p.pauseB.Show()
		setEnabled(p.slowB, min(pile.Limit(), t.home.depth()) > decks.Gentle)
		p.slowB.Show()
	case screenEnd:
		lines = []bigLine{{Text: t.T(msgLastCard), Scale: 1, Bold: true}, {Text: t.T(msgThanksSession), Scale: 0.5}}
		p.backB.Show()
		p.againB.Show()
	default:
		c := pile.Current()
		if c == nil {
			break
		}
		lines = []bigLine{{Text: t.cardText(c), Scale: 1}}
		if second := t.secondText(c); second != "" {
			lines = append(lines, bigLine{Text: second, Scale: 0.6, Color: theme.ColorNamePlaceHolder})
		}
		turn := t.whoAnswers()
		if turn != "" {
			lines = append(lines, bigLine{Text: turn, Scale: 0.45, Bold: true, Color: theme.ColorNamePrimary})
		}
		title, _ := t.lib.Titles(t.locale, c.Deck)
		meta = t.Tf(msgDeckAndDepth, map[string]any{"Deck": t.pseudo(title), "Depth": t.T(depthMessages[c.Depth-1])})
		if turn != "" {
			meta += "  ·  " + turn
		}
		note = p.th.notes[c.ID]
		next = pile.Upcoming()
		p.nextB.SetText(t.T(msgNext))
		setEnabled(p.backB, pile.Position() > 1)
		for _, b := range []*widget.Button{p.backB, p.passB, p.nextB, p.pauseB} {
			b.Show()
		}
	}
	if t.pause != nil {
		// The table's own pause screen is not on show while presenting: its
		// breathing animation would only cost CPU.
		t.pause.guide.Stop()
	}
	p.view.set(lines...)
	if len(lines) > 0 {
		p.nowText.SetText(lines[0].Text)
	}
	p.nowMeta.SetText(meta)
	if note == "" {
		p.noteText.SetText(t.T(msgNoNote))
		p.noteText.Importance = widget.LowImportance
	} else {
		p.noteText.SetText(note)
		p.noteText.Importance = widget.MediumImportance
	}
	p.noteText.Refresh()
	if next == nil {
		p.nextText.SetText(t.T(msgNothingNext))
		p.nextNote.SetText("")
	} else {
		p.nextText.SetText(t.cardText(next))
		p.nextNote.SetText(p.th.notes[next.ID])
	}
	if pile.Done() {
		p.progress.SetText("")
	} else {
		p.progress.SetText(t.Tf(msgProgress, map[string]any{"N": pile.Position(), "Total": pile.Len()}))
	}
	// Texts of a new length change the panels' heights.
	p.root.Refresh()
	shown := fmt.Sprint(t.screen, pile.Position(), p.view.Text())
	if shown != p.shown {
		p.shown = shown
		p.cardSince = p.now()
	}
	p.tick()
}

// tick redraws the two timers.
func (p *presenter) tick() {
	now := p.now()
	p.sessionClk.SetText(p.t.Tf(msgSessionTime, map[string]any{"Time": clock(now.Sub(p.started))}))
	p.cardClk.SetText(p.t.Tf(msgCardTime, map[string]any{"Time": clock(now.Sub(p.cardSince))}))
}

// clock formats a duration as m:ss, or h:mm:ss past an hour.
func clock(d time.Duration) string {
	s := int(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}
