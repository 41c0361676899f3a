package ui

import (
	"image/color"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend.app/tend/decks"
)

// favouritesID is the home screen's own pseudo-deck of starred cards; no
// real deck may use it because it is remembered among the chosen deck ids.
const favouritesID = "favourites"

// A first evening starts gently: Gentle cards, a short round.
var (
	defaultDecks  = []string{"boundaries"}
	defaultDepth  = decks.Gentle
	depthMessages = []*i18n.Message{msgDepthGentle, msgDepthDeeper, msgDepthVulnerable}
)

// roundLengths are the round lengths offered on the decks screen; 0 is
// every card of the chosen decks.
var roundLengths = []int{10, 20, 0}

const defaultRoundLength = 10

// home is the first screen: your names, which decks, how deep, and Start.
type home struct {
	t       *table
	content fyne.CanvasObject

	decks    []*decks.Deck
	checks   []*widget.Check
	counts   []*widget.Label
	favCheck *widget.Check
	favCount *widget.Label
	names    [maxPeople]*widget.Entry
	depths   *enterRadio
	// depthNames are the depth labels in the current language.
	depthNames []string
	rounds     *enterRadio
	// roundNames are the round length labels, in roundLengths order.
	roundNames []string
	remember   *widget.Check
	// onScreen are the checkboxes as placed on screen (see newCheck).
	onScreen []*enterCheck
	startB   *widget.Button
	// continueB returns to a session in progress; shown only then.
	continueB *widget.Button
	notice    *fyne.Container
}

func newHome(t *table, problems []string, problemFiles []string, notes []string) *home {
	h := &home{t: t, decks: t.lib.Sources()}
	prefs := t.settings.prefs
	chosen := prefs.StringListWithFallback(prefDecks, defaultDecks)
	depth := decks.Depth(prefs.IntWithFallback(prefDepth, int(defaultDepth)))
	if depth < decks.Gentle || depth > decks.MaxDepth {
		depth = defaultDepth
	}

	title := widget.NewLabel("Tend") // the name, never translated
	title.SizeName = sizeTitle
	title.TextStyle.Bold = true
	title.Importance = widget.HighImportance
	tagline := widget.NewLabel(t.T(msgAppTagline))
	tagline.Wrapping = fyne.TextWrapWord

	for i := range h.names {
		e := widget.NewEntry()
		e.SetPlaceHolder(t.T([]*i18n.Message{msgFirstName, msgSecondName, msgThirdName, msgFourthName}[i]))
		e.SetText(t.settings.names[i])
		e.OnChanged = func(s string) { t.settings.setName(i, s) }
		// Enter in a name field starts, as it does anywhere on this screen.
		e.OnSubmitted = func(string) { h.enter() }
		h.names[i] = e
	}
	h.remember = h.newCheck(t.T(msgRememberNames), t.settings.setRememberNames)
	h.remember.SetChecked(t.settings.rememberNames)
	fields := make([]fyne.CanvasObject, len(h.names))
	for i, e := range h.names {
		fields[i] = e
	}
	namesRow := container.NewVBox(container.NewBorder(nil, nil, widget.NewLabel(t.T(msgWhoIsHere)), nil,
		container.New(&nameGrid{}, fields...)), h.shown(h.remember))

	rows := make([]fyne.CanvasObject, 0, len(h.decks)+1)
	for _, d := range h.decks {
		title, description := t.lib.Titles(t.locale, d)
		title, description = t.pseudo(title), t.pseudo(description)
		check := h.newCheck(title, func(bool) { h.changed() })
		check.SetChecked(slices.Contains(chosen, d.ID))
		h.checks = append(h.checks, check)
		count := countLabel()
		h.counts = append(h.counts, count)
		rows = append(rows, deckTile(check, h.shown(check), count, description))
	}
	h.favCheck = h.newCheck(t.T(msgFavourites), func(bool) { h.changed() })
	h.favCheck.SetChecked(slices.Contains(chosen, favouritesID))
	h.favCount = countLabel()
	rows = append(rows, deckTile(h.favCheck, h.shown(h.favCheck), h.favCount, t.T(msgFavouritesHint)))
	deckList := container.NewGridWithColumns(2, rows...)

	h.depthNames = make([]string, len(depthMessages))
	for i, m := range depthMessages {
		h.depthNames[i] = t.T(m)
	}
	h.depths = newEnterRadio(h.depthNames, func(string) { h.changed() }, h.enter)
	h.depths.Horizontal = true
	h.depths.Required = true
	h.depths.SetSelected(h.depthNames[depth-1])
	h.roundNames = make([]string, len(roundLengths))
	for i, n := range roundLengths {
		h.roundNames[i] = t.T(msgAllCards)
		if n > 0 {
			h.roundNames[i] = strconv.Itoa(n)
		}
	}
	h.rounds = newEnterRadio(h.roundNames, func(string) { h.changed() }, h.enter)
	h.rounds.Horizontal = true
	h.rounds.Required = true
	round := prefs.IntWithFallback(prefRoundLength, defaultRoundLength)
	if !slices.Contains(roundLengths, round) {
		round = defaultRoundLength
	}
	h.rounds.SetSelected(h.roundNames[slices.Index(roundLengths, round)])
	depthHint := widget.NewLabel(t.T(msgDepthHint))
	depthHint.Wrapping = fyne.TextWrapWord
	depthHint.SizeName = theme.SizeNameCaptionText
	depthHint.Importance = widget.LowImportance

	h.startB = widget.NewButtonWithIcon(t.T(msgStart), theme.MediaPlayIcon(), t.start)
	h.startB.Importance = widget.HighImportance
	h.continueB = widget.NewButtonWithIcon("", theme.MediaPlayIcon(), t.continueSession)
	h.continueB.Importance = widget.HighImportance
	h.continueB.Hide()

	h.notice = container.NewVBox()
	if len(problems) > 0 {
		h.notice.Add(h.problemNotice(problems, problemFiles))
	}
	for _, n := range notes {
		h.notice.Add(h.notePanel(n, func() {
			t.marksNotes = slices.DeleteFunc(t.marksNotes, func(x string) bool { return x == n })
		}))
	}

	body := container.NewVBox(
		title,
		tagline,
		h.notice,
		namesRow,
		sectionLabel(t.T(msgChooseDecks)),
		deckList,
		t.toolsRow(),
	)
	depthLabel := widget.NewLabel(t.T(msgHowDeep))
	depthLabel.TextStyle.Bold = true
	roundLabel := widget.NewLabel(t.T(msgRoundLength))
	roundLabel.TextStyle.Bold = true
	footer := container.NewVBox(
		widget.NewSeparator(),
		container.New(&flowRow{},
			container.New(&flowRow{}, depthLabel, newFitRadio(&h.depths.RadioGroup, h.depths)),
			container.New(&flowRow{}, roundLabel, h.rounds)),
		depthHint,
		container.New(&flowRow{right: 2}, h.continueB, h.startB),
	)
	h.content = container.NewBorder(nil,
		container.New(&readingColumn{maxWidth: 980}, container.NewPadded(footer)),
		nil, nil,
		container.NewVScroll(container.New(&readingColumn{maxWidth: 980}, container.NewPadded(body))),
	)
	h.changed()
	return h
}

// newCheck is a checkbox on which Enter starts (or continues), as it does
// everywhere on the decks screen. The returned Check is the one inside the
// enterCheck, which is what sits on the screen.
func (h *home) newCheck(label string, changed func(bool)) *widget.Check {
	c := &enterCheck{enter: h.enter}
	c.Text = label
	c.OnChanged = changed
	c.ExtendBaseWidget(c)
	h.onScreen = append(h.onScreen, c)
	return &c.Check
}

// enterCheck is a checkbox that passes Enter on: a focused checkbox would
// otherwise swallow it.
type enterCheck struct {
	widget.Check
	enter func()
}

// CreateRenderer is part of fyne.Widget: Fyne's check, with its focus halo
// drawn only when it shows, as on the radio choices (radioChoiceRenderer).
func (c *enterCheck) CreateRenderer() fyne.WidgetRenderer {
	r := &quietHaloRenderer{WidgetRenderer: c.Check.CreateRenderer()}
	for _, o := range r.Objects() {
		if halo, ok := o.(*canvas.Circle); ok {
			r.halo = halo
			break
		}
	}
	r.hideIfClear()
	return r
}

// quietHaloRenderer hides a widget's focus halo while it is transparent:
// Fyne still draws a transparent circle in every frame, and under a
// software renderer every drawn shape keeps memory (docs/BENCHMARKS.md).
type quietHaloRenderer struct {
	fyne.WidgetRenderer
	halo *canvas.Circle
}

// Refresh is part of fyne.WidgetRenderer.
func (r *quietHaloRenderer) Refresh() {
	r.WidgetRenderer.Refresh()
	r.hideIfClear()
}

func (r *quietHaloRenderer) hideIfClear() {
	if r.halo != nil {
		r.halo.Hidden = r.halo.FillColor == color.Transparent
	}
}

// TypedKey is part of fyne.Focusable.
func (c *enterCheck) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		c.enter()
		return
	}
	c.Check.TypedKey(ev)
}

// shown is the widget on screen for one of the home screen's checkboxes.
func (h *home) shown(c *widget.Check) fyne.CanvasObject {
	for _, e := range h.onScreen {
		if &e.Check == c {
			return e
		}
	}
	return c
}

func countLabel() *widget.Label {
	l := widget.NewLabel("")
	l.Importance = widget.LowImportance
	l.SizeName = theme.SizeNameCaptionText
	return l
}

func deckTile(check *widget.Check, shown fyne.CanvasObject, count *widget.Label, description string) fyne.CanvasObject {
	desc := widget.NewLabel(description)
	desc.Wrapping = fyne.TextWrapWord
	return newTapTile(func() { check.SetChecked(!check.Checked) }, surface(container.New(layout.NewCustomPaddedVBoxLayout(0),
		container.NewBorder(nil, nil, nil, count, shown), desc)))
}

// tapTile makes a whole deck tile a target: a click anywhere on it, not
// only on the small box, ticks or unticks the deck.
type tapTile struct {
	widget.BaseWidget
	content fyne.CanvasObject
	tapped  func()
}

func newTapTile(tapped func(), content fyne.CanvasObject) *tapTile {
	t := &tapTile{content: content, tapped: tapped}
	t.ExtendBaseWidget(t)
	return t
}

func (t *tapTile) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(t.content) }

// Tapped is part of fyne.Tappable.
func (t *tapTile) Tapped(*fyne.PointEvent) { t.tapped() }

func sectionLabel(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

// surface puts content on a softly rounded panel, the visual unit of Tend.
func surface(content fyne.CanvasObject) fyne.CanvasObject {
	p := &panel{content: container.NewPadded(content)}
	p.ExtendBaseWidget(p)
	return p
}

// panel is a rounded background behind content. It is a widget, not a bare
// rectangle, so that its colours are looked up again whenever the theme
// changes (light, dark, high contrast).
type panel struct {
	widget.BaseWidget
	content fyne.CanvasObject
}

func (p *panel) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(nil)
	bg.CornerRadius = 12
	bg.StrokeWidth = 1
	r := &panelRenderer{bg: bg, content: p.content}
	r.applyTheme()
	return r
}

type panelRenderer struct {
	bg      *canvas.Rectangle
	content fyne.CanvasObject
}

func (r *panelRenderer) Layout(size fyne.Size) {
	r.bg.Resize(size)
	r.content.Resize(size)
}

func (r *panelRenderer) MinSize() fyne.Size { return r.content.MinSize() }

func (r *panelRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.bg, r.content}
}

// Refresh repaints the background; the content refreshes itself (Fyne
// refreshes every widget when the theme changes), so refreshing it here
// would only lay it out twice.
func (r *panelRenderer) Refresh() {
	r.applyTheme()
	r.bg.Refresh()
}

func (r *panelRenderer) applyTheme() {
	r.bg.FillColor = theme.Color(colorSurface)
	r.bg.StrokeColor = theme.Color(colorEdge)
}

func (r *panelRenderer) Destroy() {}

// showNote adds a calm, dismissible note to the home screen, such as a
// saved plan that could not be read and was set aside.
func (h *home) showNote(msg string) {
	h.t.marksNotes = append(h.t.marksNotes, msg)
	h.notice.Add(h.notePanel(msg, func() {
		h.t.marksNotes = slices.DeleteFunc(h.t.marksNotes, func(n string) bool { return n == msg })
	}))
}

// notePanel is one note; dismissed notes stay gone, even after a language
// switch rebuilds the screen.
func (h *home) notePanel(msg string, dismissed func(), extra ...fyne.CanvasObject) fyne.CanvasObject {
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	var panel fyne.CanvasObject
	dismiss := widget.NewButton(h.t.T(msgDismiss), func() {
		h.notice.Remove(panel)
		dismissed()
	})
	dismiss.Importance = widget.LowImportance
	buttons := container.NewHBox(append(extra, dismiss)...)
	panel = surface(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), buttons, text))
	return panel
}

// chosenDecks returns the ticked decks in display order.
func (h *home) chosenDecks() []*decks.Deck {
	var out []*decks.Deck
	for i, c := range h.checks {
		if c.Checked {
			out = append(out, h.decks[i])
		}
	}
	return out
}

// favourites returns the starred cards that still exist, in starring order.
func (h *home) favourites() []*decks.Card {
	var out []*decks.Card
	for _, id := range h.t.marks.Favourites {
		if c := h.t.lib.Card(id); c != nil {
			out = append(out, c)
		}
	}
	return out
}

// chosenCards is every card the chosen decks (and favourites) offer at the
// chosen depth, each once, leaving out hidden cards.
func (h *home) chosenCards() []*decks.Card {
	depth := h.depth()
	cards := decks.CardsUpTo(h.chosenDecks(), depth)
	if h.favCheck.Checked {
		for _, c := range h.favourites() {
			if c.Depth <= depth && !slices.ContainsFunc(cards, func(x *decks.Card) bool { return x.ID == c.ID }) {
				cards = append(cards, c)
			}
		}
	}
	return h.t.visible(cards)
}

// roundLength is how many cards a new round deals; 0 means all.
func (h *home) roundLength() int {
	i := slices.Index(h.roundNames, h.rounds.Selected)
	if i < 0 {
		return defaultRoundLength
	}
	return roundLengths[i]
}

// enter is Enter on the decks screen: continue the session in progress if
// there is one, else start.
func (h *home) enter() {
	if h.t.inSession() {
		h.t.continueSession()
		return
	}
	h.t.start()
}

func (h *home) depth() decks.Depth {
	i := slices.Index(h.depthNames, h.depths.Selected)
	if i < 0 {
		return defaultDepth
	}
	return decks.Depth(i + 1)
}

// changed updates the counts and Start, and remembers the choice.
func (h *home) changed() {
	if h.startB == nil {
		return // still building
	}
	depth := h.depth()
	var ids []string
	for i, d := range h.decks {
		h.counts[i].SetText(h.t.cardCount(len(h.t.visible(decks.CardsUpTo([]*decks.Deck{d}, depth)))))
		if h.checks[i].Checked {
			ids = append(ids, d.ID)
		}
	}
	favs := 0
	for _, c := range h.t.visible(h.favourites()) {
		if c.Depth <= depth {
			favs++
		}
	}
	if favs == 0 {
		h.favCount.SetText(h.t.T(msgNoCardsYet))
	} else {
		h.favCount.SetText(h.t.N(msgCardCount, favs))
	}
	if h.favCheck.Checked {
		ids = append(ids, favouritesID)
	}
	total := len(h.chosenCards())
	if n := h.roundLength(); n > 0 {
		total = min(total, n)
	}
	if total == 0 {
		h.startB.SetText(h.t.T(msgStart))
		h.startB.Disable()
	} else {
		h.startB.SetText(h.t.N(msgStartWith, total))
		h.startB.Enable()
	}
	// While a session is under way, Continue is the main button and Start
	// steps back: a new round is a deliberate choice.
	if p := h.t.pile; h.t.inSession() {
		h.continueB.SetText(h.t.Tf(msgContinueSession, map[string]any{"N": p.Position(), "Total": p.Len()}))
		h.continueB.Show()
		h.startB.Importance = widget.MediumImportance
	} else {
		h.continueB.Hide()
		h.startB.Importance = widget.HighImportance
	}
	h.startB.Refresh()
	if h.t.therapist.on() {
		return // therapist mode keeps no session history
	}
	prefs := h.t.settings.prefs
	prefs.SetStringList(prefDecks, ids)
	prefs.SetInt(prefDepth, int(depth))
	prefs.SetInt(prefRoundLength, h.roundLength())
}

func (h *home) refresh() { h.changed() }
