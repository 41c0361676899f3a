package ui

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend.app/tend/assets"
	"tend.app/tend/decks"
	"tend.app/tend/locales"
)

// version is shown in the About box; TestVersionMatchesFyneApp keeps it in
// step with FyneApp.toml.
const version = "0.1.0"

// Options carries what the command line decides; the zero value is a
// normal start.
type Options struct {
	// DeckDirs are extra deck folders (tend --decks DIR), loaded after the
	// built-in decks and the person's own folder.
	DeckDirs []string
	// Rand shuffles the piles; nil means a randomly seeded generator. Tests
	// pass a fixed seed.
	Rand *rand.Rand
	// Log receives deck problems for whoever started Tend from a terminal;
	// nil means standard error.
	Log io.Writer
	// DataDir holds the person's own decks and their starred and hidden
	// cards; empty means the app's storage folder (DataDir(a)).
	DataDir string
	// LocaleDirs are extra folders of active.<lang>.toml message files
	// (tend --locales DIR), loaded after DataDir/locales.
	LocaleDirs []string
	// Language forces a language tag (tend --lang de, or en-XA for the
	// pseudo-language); empty means the saved choice or the system's.
	Language string
	// Getenv reads the system locale settings; nil means os.Getenv. Tests
	// pin the locale with a map instead.
	Getenv func(string) string
	// Therapist turns therapist mode on for this launch (tend --therapist):
	// no names, stars, hidden cards or session history are kept.
	Therapist bool
	// PreferencesProblem is what CheckFynePreferences set aside before the
	// app was made, told to the person once; nil when nothing was wrong.
	PreferencesProblem *SetAsideFile
}

// DataDir is where Tend keeps what a person saves by default: their own decks
// (DataDir/decks/<locale>/<deck>.toml) and marks.toml, in the app's storage
// folder.
func DataDir(a fyne.App) string {
	return a.Storage().RootURI().Path()
}

// marksFile is where starred and hidden cards are kept, beside the decks.
func marksFile(dataDir string) string {
	return filepath.Join(dataDir, "marks.toml")
}

// Create builds Tend's screens in w, loads every deck and wires the keys and
// the menu. It returns the content for w.SetContent; main does nothing else.
func Create(a fyne.App, w fyne.Window, opts Options) fyne.CanvasObject {
	return create(a, w, opts).root
}

func create(a fyne.App, w fyne.Window, opts Options) *table {
	if opts.Log == nil {
		opts.Log = os.Stderr
	}
	if opts.DataDir == "" {
		opts.DataDir = DataDir(a)
	}
	store, storeNotes := openSettings(a, opts)
	set := loadSettings(store)
	a.Settings().SetTheme(themeFor(set))
	a.SetIcon(fyne.NewStaticResource("icon.svg", assets.IconSVG))
	// The person's own decks and messages are read whole, so their problems
	// are told at once; of the built-in ones (checked by CI) only English and
	// the languages on screen are read now, the rest when the language
	// picker needs them.
	deckDirs := append([]string{filepath.Join(opts.DataDir, "decks")}, opts.DeckDirs...)
	localeDirs := append([]string{filepath.Join(opts.DataDir, "locales")}, opts.LocaleDirs...)
	// Off the UI goroutine: a folder of 5,000 files must not keep the
	// window away (see startLoadingUserDecks). A folder named with --decks
	// must exist; Tend's own may not, most people never make one.
	userDecks, problems, late := startLoadingUserDecks(deckDirs, opts.DeckDirs)
	chosenDecks, _ := store.get(prefDecks) // may name decks that come late
	available := slices.Concat(decks.BuiltinLocales(), locales.BuiltinLanguages(), locales.Languages(localeDirs...))
	for _, d := range userDecks {
		available = append(available, d.Locale)
	}
	if opts.Getenv == nil {
		opts.Getenv = os.Getenv
	}
	lang := chooseLanguage(opts.Language, set, available, opts.Getenv)
	wanted := []string{decks.SourceLocale, lang, set.secondLanguage}
	builtinDecks, ps := decks.LoadBuiltin(wanted...)
	problems = append(problems, ps...)
	lib, ps := decks.NewLibrary(builtinDecks, userDecks)
	problems = append(problems, ps...)
	cat, msgProblems := locales.LoadFor(wanted, localeDirs...)
	problems.Sort()
	lines := problems.Summary(maxProblemLines)
	for _, p := range msgProblems {
		lines = append(lines, p.Error())
	}
	for _, l := range lines {
		fmt.Fprintln(opts.Log, l)
	}
	loc := cat.Localizer(lang)
	marks, notes, marksUnsaved := loadMarks(marksFile(opts.DataDir), loc)
	for _, n := range storeNotes {
		notes = append(notes, n(loc))
	}
	for _, n := range notes {
		fmt.Fprintln(opts.Log, n)
	}
	rng := opts.Rand
	if rng == nil {
		rng = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	t := newTable(a, w, tableState{lib: lib, problems: lines, problemFiles: append(problems.Files(), msgProblems.Files()...),
		marks: marks, marksNotes: notes, settings: set, rng: rng, dataDir: opts.DataDir, catalog: cat,
		userDecks: userDecks, localeDirs: localeDirs, deckDirs: deckDirs, getenv: opts.Getenv, therapistFlag: opts.Therapist,
		marksUnsaved: marksUnsaved}, lang)
	store.onSaveError = func(err error) { t.saveFailed(msgSettingsNotSaved, err) }
	t.userLoaded = make(chan struct{})
	t.finishLoadingUserDecks(late, opts.Log, store, chosenDecks)
	a.Lifecycle().SetOnStarted(func() { go t.releaseStartMemory() })
	return t
}

// loadMarks reads the starred and hidden cards. A file that cannot be read or
// understood is moved aside (never overwritten, nor an earlier copy) and the
// person is told where it went. When it cannot even be moved, unsaved says
// why: this session's stars are not saved, so the file is never replaced.
func loadMarks(path string, loc *locales.Localizer) (m *decks.Marks, notes []string, unsaved error) {
	decks.RemoveStaleTemps(path)
	m, err := decks.LoadMarks(path)
	if err == nil {
		return m, nil, nil
	}
	kept, serr := decks.SetAside(path)
	if serr != nil {
		err = errors.Join(err, serr)
		return m, []string{loc.T(msgMarksUnreadable, map[string]any{"Error": err.Error()})}, err
	}
	return m, []string{loc.T(msgMarksSetAside, map[string]any{"Path": kept, "Error": err.Error()})}, nil
}

type screen int

// The screens, in the order they sit in the root stack.
const (
	screenHome screen = iota
	screenCard
	screenPause
	screenEnd
	screenCheckIn
	screenWelcome
	screenGoodnight
)

// tableState is what create gathers before the screens are built.
type tableState struct {
	lib          *decks.Library
	catalog      *locales.Catalog
	problems     []string // deck and message file problems, one per line
	problemFiles []string // the files they concern
	marks        *decks.Marks
	marksNotes   []string
	// marksUnsaved is why the marks file could not be read nor moved
	// aside; it is then never saved over.
	marksUnsaved error
	settings     *settings
	rng          *rand.Rand
	dataDir      string
	// userDecks and localeDirs are kept to complete the library and the
	// catalog with every built-in language when the picker needs them.
	userDecks  []*decks.Deck
	localeDirs []string
	// deckDirs are the person's deck folder and those given with --decks,
	// in that order; the yes / no / maybe lists are read from them too.
	deckDirs  []string
	allLoaded bool
	// getenv reads the system's locale, to follow it again after "Forget
	// everything".
	getenv func(string) string
	// therapistFlag is tend --therapist.
	therapistFlag bool
	// userLoaded is closed once the person's deck folders are in.
	userLoaded chan struct{}
}

// loadAllLanguages completes the library and catalog with every built-in
// language, for the language pickers and their completeness figures.
func (t *table) loadAllLanguages() {
	if t.allLoaded {
		return
	}
	t.allLoaded = true
	builtin, _ := decks.LoadBuiltin()
	t.lib, _ = decks.NewLibrary(builtin, t.userDecks)
	t.catalog, _ = locales.Load(t.localeDirs...)
	t.loc = t.catalog.Localizer(t.locale)
}

// table is the session controller: it owns the pile and decides which screen
// is showing; the screens only show its state and forward what people do.
type table struct {
	tableState
	app    fyne.App
	win    fyne.Window
	locale string // the language shown, a tag such as "de" or locales.Pseudo
	loc    *locales.Localizer
	pile   *decks.Pile
	// settingsDialog is the open settings window, closed before a language
	// switch rebuilds the screens.
	settingsDialog dialog.Dialog
	// aftercare is true while the pile holds only the aftercare deck, chosen
	// from the pause or end screen.
	aftercare bool
	// sinceCheckIn counts cards moved past since the last check-in.
	sinceCheckIn int
	// hidden is the card last hidden as "not for us", until Undo or the
	// next move.
	hidden *decks.Card

	root    *fyne.Container
	screen  screen
	home    *home
	card    *cardScreen
	pause   *pauseScreen
	end     *endScreen
	checkIn *checkInScreen
	welcome *welcomeScreen
	// goodnight closes an evening stopped from the pause screen.
	goodnight *goodnightScreen
	menu      *mainMenu
	tools     toolHost // our plan and yes / no / maybe (ui/tools.go)

	// dialogs are Tend's open dialogs, oldest first, each with the overlay
	// it put on the canvas: Esc closes the topmost, and while any is open no
	// key reaches the screen behind it.
	dialogs []openDialog
	// keysDialog is the open key list, so "?" and F1 toggle it.
	keysDialog dialog.Dialog
	// checkInDue is true while a check-in waits for an answer: pausing or
	// going to the decks and coming back returns to it, not to a card.
	checkInDue bool
	// welcomeFrom is where Help > Welcome was opened, to return there.
	welcomeFrom screen
	// chromeHidden is true while full screen shows only the card.
	chromeHidden bool
	chromeTimer  *time.Timer
	// therapist holds the plans, the presenter and therapist mode.
	therapist *therapist
	// toldNotSaved holds the failed saves already told this session.
	toldNotSaved map[string]bool
}

func newTable(a fyne.App, w fyne.Window, st tableState, lang string) *table {
	t := &table{tableState: st, app: a, win: w, locale: lang, loc: st.catalog.Localizer(lang)}
	t.therapist = newTherapist(t, st.therapistFlag)
	t.root = container.New(screenStack{skip: t.measuringPass})
	t.build()
	w.SetCloseIntercept(t.quit)
	w.Canvas().SetOnTypedKey(t.typedKey)
	w.Canvas().SetOnTypedRune(t.typedRune)
	t.addShortcuts()
	// No breathing frames while Tend is in the background (hidden,
	// minimised or behind another window).
	lc := a.Lifecycle()
	lc.SetOnExitedForeground(func() {
		if t.pause != nil {
			t.pause.guide.suspend(true)
		}
	})
	lc.SetOnEnteredForeground(func() {
		if t.pause != nil {
			t.pause.guide.suspend(false)
		}
	})
	if t.settings.welcomeSeen {
		t.show(screenHome)
	} else {
		t.show(screenWelcome)
	}
	return t
}

// startSettle is how long after the window opens Tend waits before handing
// back the memory its start used: long enough for the first frames. It and
// freeOSMemory are variables for the tests.
var (
	startSettle  = time.Second
	freeOSMemory = debug.FreeOSMemory
)

// releaseStartMemory hands the garbage of starting back to the system.
// Starting leaves nearly as much garbage as Tend keeps (decks and messages
// decoded, text shaped and wrapped for the first screen), which Go's
// scavenger returns only gradually, over minutes: without this Tend sat in
// 1.15x the memory of a bare Fyne window (docs/BENCHMARKS.md). Once the first
// screen is drawn and the person's own decks are in, one collection returns
// it at once. It runs on its own goroutine and takes a few milliseconds.
func (t *table) releaseStartMemory() {
	<-t.userLoaded
	time.Sleep(startSettle)
	freeOSMemory()
}

// build makes every screen and the menu in the current language. A language
// switch calls it again; the pile, the marks and the settings live outside
// the screens and carry over.
func (t *table) build() {
	// Notes and problems are told once: they stay until dismissed, and a
	// language switch shows the same ones again, in the new language's frame.
	t.home = newHome(t, t.problems, t.problemFiles, slices.Clone(t.marksNotes))
	// The other screens are built when first shown (see ensure): most
	// evenings never see the welcome or the end of a pile, and building a
	// screen shapes all its text.
	t.card, t.pause, t.end, t.checkIn, t.welcome, t.goodnight = nil, nil, nil, nil, nil, nil
	t.root.Objects = []fyne.CanvasObject{t.home.content}
	for range screenGoodnight {
		placeholder := container.NewWithoutLayout()
		placeholder.Hide()
		t.root.Objects = append(t.root.Objects, placeholder)
	}
	t.menu = newMainMenu(t)
	t.win.SetMainMenu(t.menu.menu)
}

// measuringPass tells the root to skip a layout narrower than the window
// while the home screen shows. Fyne's SetContent first lays the content out
// at its minimum size, to learn its true minimum, and then at the window's
// size; on the home screen that first pass wrapped every deck description
// at a third of its real width, twice, before the window could map. The
// home screen keeps its text in a scroll, so its minimum size does not
// depend on that pass; the root is always the window's whole content, so a
// narrower layout is never the one that is shown.
func (t *table) measuringPass(size fyne.Size) bool {
	if t.screen != screenHome || t.win == nil {
		return false
	}
	width := t.win.Canvas().Size().Width
	if t.win.Padded() {
		width -= 2 * theme.Padding()
	}
	return size.Width < width-1
}

// ensure builds a screen the first time it is needed.
func (t *table) ensure(s screen) {
	var content fyne.CanvasObject
	switch {
	case s == screenCard && t.card == nil:
		t.card = newCardScreen(t)
		content = t.card.content
	case s == screenPause && t.pause == nil:
		t.pause = newPauseScreen(t)
		content = t.pause.content
	case s == screenEnd && t.end == nil:
		t.end = newEndScreen(t)
		content = t.end.content
	case s == screenCheckIn && t.checkIn == nil:
		t.checkIn = newCheckInScreen(t)
		content = t.checkIn.content
	case s == screenWelcome && t.welcome == nil:
		t.welcome = newWelcomeScreen(t)
		content = t.welcome.content
	case s == screenGoodnight && t.goodnight == nil:
		t.goodnight = newGoodnightScreen(t)
		content = t.goodnight.content
	default:
		return
	}
	content.Hide()
	t.root.Objects[s] = content
}

// setLanguage switches every screen and the current card at once, and
// remembers the choice.
func (t *table) setLanguage(tag string) {
	if tag == t.locale {
		return
	}
	t.loadAllLanguages()
	t.settings.setLanguage(tag)
	t.locale = tag
	t.loc = t.catalog.Localizer(tag)
	t.relabel()
}

// setSecondLanguage shows every card in a second language too, or none.
func (t *table) setSecondLanguage(tag string) {
	t.loadAllLanguages()
	t.settings.setSecondLanguage(tag)
	t.relabel()
}

func (t *table) relabel() {
	settingsOpen := t.settingsDialog != nil
	t.closeDialogs()
	current := t.screen
	t.build()
	t.therapist.relabel()
	current = t.keepTool(current)
	t.ensure(current)
	switch {
	case current == screenWelcome:
		t.welcome.showPage(0)
	case current == screenEnd:
		t.end.update()
	case current == screenCheckIn:
		t.checkIn.update()
	case t.pile != nil && !t.pile.Done():
		t.ensure(screenCard)
		t.card.update()
	}
	t.show(current)
	if settingsOpen {
		// Choosing a language is one choice among the settings; the
		// window stays open, now in the new language.
		t.showSettings()
	}
}

// T, Tf and N localize interface messages in the current language.
func (t *table) T(m *i18n.Message) string { return t.loc.T(m, nil) }

// Tf localizes a message with placeholders.
func (t *table) Tf(m *i18n.Message, data map[string]any) string { return t.loc.T(m, data) }

// N localizes a message with plural forms for n.
func (t *table) N(m *i18n.Message, n int) string { return t.loc.N(m, n, nil) }

// cardCount says how many cards there are, and "No cards" for none: some
// languages' plural rules put 0 with 1 (Portuguese "0 carta"), and words
// read more kindly than a zero anyway.
func (t *table) cardCount(n int) string {
	if n == 0 {
		return t.T(msgNoCards)
	}
	return t.N(msgCardCount, n)
}

// pseudo turns deck text into the pseudo-language when that is chosen.
func (t *table) pseudo(s string) string {
	if t.locale == locales.Pseudo {
		return locales.PseudoText(s)
	}
	return s
}

// cardText is a card in the current language, English when untranslated.
func (t *table) cardText(c *decks.Card) string {
	text, _ := t.lib.Text(t.locale, c)
	return t.pseudo(text)
}

// secondText is a card in the chosen second language, or "" when there is
// none, it is the same language, or it has no translation there.
func (t *table) secondText(c *decks.Card) string {
	second := t.settings.secondLanguage
	if second == "" || second == t.locale {
		return ""
	}
	text, ok := t.lib.Text(second, c)
	if !ok && second != c.Deck.Locale {
		return ""
	}
	if text == t.cardText(c) {
		return ""
	}
	return text
}

func (t *table) show(s screen) {
	t.ensure(s)
	t.screen = s
	for i, o := range t.root.Objects {
		if screen(i) == s {
			o.Show()
		} else {
			o.Hide()
		}
	}
	if t.pause != nil {
		if s == screenPause {
			t.pause.guide.Start()
		} else {
			t.pause.guide.Stop()
		}
	}
	// A focused checkbox or button would swallow Space and the arrows.
	t.win.Canvas().Unfocus()
	t.applyChrome()
	if !t.root.Size().IsZero() {
		// Before the window gives the root its size, a layout would wrap
		// every text at zero width, only to do it all again.
		t.root.Refresh()
	}
}

// start deals a new pile from the decks chosen on the home screen.
func (t *table) start() {
	cards := t.home.chosenCards()
	if len(cards) == 0 {
		return
	}
	t.aftercare = false
	t.deal(t.round(cards, t.home.roundLength()))
}

// round picks n of the cards at random for a shorter evening; n <= 0 keeps
// them all.
func (t *table) round(cards []*decks.Card, n int) []*decks.Card {
	if n <= 0 || len(cards) <= n {
		return cards
	}
	picked := slices.Clone(cards)
	t.rng.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
	return picked[:n]
}

// aftercareRound is how many cards "End with aftercare" offers: a short,
// gentle round to close with, not a whole new deck.
const aftercareRound = 5

// startAftercare deals a short round of aftercare cards, never deeper than
// the depth in force (a "Slow down" during the session included).
func (t *table) startAftercare() {
	d := t.lib.ByMoment(decks.After)
	if d == nil {
		return
	}
	depth := t.depthInForce()
	cards := t.visible(decks.CardsUpTo([]*decks.Deck{d}, depth))
	// Gentlest first: the round is picked from the shallowest cards.
	picked := slices.Clone(cards)
	t.rng.Shuffle(len(picked), func(i, j int) { picked[i], picked[j] = picked[j], picked[i] })
	slices.SortStableFunc(picked, func(a, b *decks.Card) int { return int(a.Depth) - int(b.Depth) })
	t.aftercare = true
	t.deal(picked[:min(len(picked), aftercareRound)])
}

// depthInForce is the deepest a card may be now: the depth chosen on the
// decks screen, lowered by any "Slow down" in the session.
func (t *table) depthInForce() decks.Depth {
	depth := t.home.depth()
	if t.pile != nil {
		depth = min(depth, t.pile.Limit())
	}
	return depth
}

// visible leaves out the cards hidden as "not for us", and the cards
// about the past when the settings say so.
func (t *table) visible(cards []*decks.Card) []*decks.Card {
	out := cards[:0:0]
	for _, c := range cards {
		if !t.marks.IsHidden(c.ID) && !t.skipped(c) {
			out = append(out, c)
		}
	}
	return out
}

func (t *table) deal(cards []*decks.Card) {
	limit := t.depthInForce()
	t.pile = decks.NewPileGentle(cards, t.rng, t.settings.gentleFirst || t.aftercare)
	if t.aftercare {
		t.pile.LimitDepth(limit)
	}
	t.sinceCheckIn = 0
	t.checkInDue = false
	t.hidden = nil
	t.showCard()
}

func (t *table) showCard() {
	if t.pile.Done() {
		t.ensure(screenEnd)
		t.end.update()
		t.show(screenEnd)
		return
	}
	t.ensure(screenCard)
	t.card.update()
	t.show(screenCard)
}

// moved is called after Next or Pass: every so many cards a check-in comes
// before the next card.
func (t *table) moved() {
	t.hidden = nil
	t.sinceCheckIn++
	if n := t.settings.checkEvery; n > 0 && t.sinceCheckIn >= n && !t.pile.Done() {
		t.sinceCheckIn = 0
		t.checkInDue = true
		t.showCheckIn()
		return
	}
	t.showCard()
}

func (t *table) showCheckIn() {
	t.ensure(screenCheckIn)
	t.checkIn.update()
	t.show(screenCheckIn)
}

// keepGoing answers the check-in: carry on as before.
func (t *table) keepGoing() {
	t.checkInDue = false
	t.showCard()
}

func (t *table) next() {
	t.pile.Next()
	t.moved()
}

func (t *table) pass() {
	t.pile.Pass()
	t.moved()
}

func (t *table) back() {
	if t.pile.Back() {
		t.hidden = nil
		t.showCard()
	}
}

func (t *table) reshuffle() {
	t.pile.Reshuffle()
	t.sinceCheckIn = 0
	t.showCard()
}

// toggleFavourite stars or unstars the current card and saves at once.
func (t *table) toggleFavourite() {
	c := t.pile.Current()
	if c == nil {
		return
	}
	if t.therapist.on() { // nothing is starred; the card goes into the plan
		t.therapist.add(c.ID)
		return
	}
	t.marks.SetFavourite(c.ID, !t.marks.IsFavourite(c.ID))
	t.saveMarks()
	t.card.update()
}

// hideCard takes the current card out for good ("not for us"); Undo brings
// it back until the next move.
func (t *table) hideCard() {
	c := t.pile.Drop()
	if c == nil {
		return
	}
	t.marks.SetHidden(c.ID, true)
	t.saveMarks()
	t.showCard()
	t.hidden = c
	t.card.update()
}

func (t *table) undoHide() {
	if t.hidden == nil || t.pile == nil {
		return
	}
	c := t.hidden
	t.hidden = nil
	t.marks.SetHidden(c.ID, false)
	t.saveMarks()
	t.pile.Insert(c)
	t.showCard()
}

// restoreHidden brings back a card hidden earlier, from the settings.
func (t *table) restoreHidden(id string) {
	t.marks.SetHidden(id, false)
	t.saveMarks()
	t.home.refresh()
}

func (t *table) saveMarks() {
	if t.therapist.on() {
		return // therapist mode keeps marks for this session only
	}
	if t.marksUnsaved != nil {
		// The file on disk could not be read: never save over it.
		t.saveFailed(msgMarksNotSaved, t.marksUnsaved)
		return
	}
	if err := t.marks.Save(marksFile(t.dataDir)); err != nil {
		t.saveFailed(msgMarksNotSaved, err)
	}
}

// slowDown lowers the depth for the rest of the pile, starting with the
// very card that comes next.
func (t *table) slowDown() {
	limit := max(decks.Gentle, t.depthInForce()-1)
	t.pile.LimitDepth(limit)
	// LimitDepth keeps the card on top, but behind a check-in that card has
	// not been shown yet: take it out of this round too. Drop only touches
	// this pile (the card is not hidden for good), and the depth limit keeps
	// it out of any reshuffle.
	for c := t.pile.Current(); c != nil && c.Depth > limit; c = t.pile.Current() {
		t.pile.Drop()
	}
	t.checkInDue = false
	t.showCard()
}

func (t *table) pauseSession() {
	if t.pile != nil && (t.screen == screenCard || t.screen == screenEnd || t.screen == screenCheckIn) {
		t.show(screenPause)
	}
}

// resume returns from the pause to where the couple were: the check-in if
// one was waiting, otherwise the card.
func (t *table) resume() {
	if t.checkInDue {
		t.showCheckIn()
		return
	}
	t.showCard()
}

// stopForTonight ends the session kindly: no more cards, nothing kept.
func (t *table) stopForTonight() {
	t.pile = nil
	t.hidden = nil
	t.checkInDue = false
	t.show(screenGoodnight)
}

// inSession reports whether a round is under way that the decks screen can
// offer to continue.
func (t *table) inSession() bool {
	return t.pile != nil && !t.pile.Done()
}

// goHome shows the decks; the session stays, offered as "Continue".
func (t *table) goHome() {
	t.hidden = nil
	t.home.refresh()
	t.show(screenHome)
}

// continueSession returns from the decks to the session in progress.
func (t *table) continueSession() {
	if t.inSession() {
		t.resume()
	}
}

func (t *table) hasAftercare() bool {
	return t.lib.ByMoment(decks.After) != nil
}

// applyView re-applies text size, contrast and light/dark after a change.
func (t *table) applyView() {
	t.app.Settings().SetTheme(themeFor(t.settings))
	t.menu.update()
}

func (t *table) textSize(steps int) {
	if t.settings.stepTextScale(steps) {
		t.applyView()
	}
}

func (t *table) toggleFullScreen() {
	t.win.SetFullScreen(!t.win.FullScreen())
	t.chromeHidden = t.win.FullScreen()
	t.applyChrome()
	t.menu.update()
}

// Menu shortcuts, also shown beside their menu items. Ctrl is Cmd on macOS.
var (
	shortcutSettings     = &desktop.CustomShortcut{KeyName: fyne.KeyComma, Modifier: fyne.KeyModifierShortcutDefault}
	shortcutHighContrast = &desktop.CustomShortcut{KeyName: fyne.KeyH, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutAbout        = &desktop.CustomShortcut{KeyName: fyne.KeyF1, Modifier: fyne.KeyModifierShift}
	shortcutQuit         = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	// The looks: L for light, D for dark, S to follow the system.
	shortcutLight  = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutDark   = &desktop.CustomShortcut{KeyName: fyne.KeyD, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	shortcutSystem = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
)

// chromeDelay is how long the menu and toolbar stay after a key or a mouse
// move in full screen, before stepping back again.
const chromeDelay = 3 * time.Second

// applyChrome hides the menu bar and the card's toolbar in full screen,
// and shows them otherwise.
func (t *table) applyChrome() {
	hide := t.chromeHidden && t.win.FullScreen()
	if hide {
		if t.win.MainMenu() != nil {
			t.win.SetMainMenu(nil)
		}
	} else if t.menu != nil && t.win.MainMenu() == nil {
		t.win.SetMainMenu(t.menu.menu)
	}
	if t.card != nil {
		t.card.setChrome(!hide)
	}
}

// revealChrome brings the menu and toolbar back for a moment in full screen.
func (t *table) revealChrome() {
	if !t.win.FullScreen() {
		return
	}
	if t.chromeHidden {
		t.chromeHidden = false
		t.applyChrome()
	}
	if t.chromeTimer != nil {
		t.chromeTimer.Stop()
	}
	t.chromeTimer = time.AfterFunc(chromeDelay, func() {
		fyne.Do(func() {
			if t.win.FullScreen() && !t.dialogOpen() {
				t.chromeHidden = true
				t.applyChrome()
			}
		})
	})
}

// viewScale is how much larger than the default 1100x720 the window is, at
// least 1: full screen on a 1920x1080 projector is about 1.5.
func (t *table) viewScale() float32 {
	s := t.win.Canvas().Size()
	return max(1, min(s.Width/1100, s.Height/720))
}

// widen is how much wider the card may be than in the default window.
func (t *table) widen() float32 {
	return max(1, t.win.Canvas().Size().Width/1100)
}

// largestCardStep is the largest card text step the window allows: the
// normal size in the default window or smaller, growing quickly beyond it,
// so that on a 1920x1080 screen the card reads from across the room.
func (t *table) largestCardStep() int {
	limit := 1 + (t.viewScale()-1)*4.4
	for i, f := range cardTextFractions {
		if f <= limit+0.001 {
			return i
		}
	}
	return len(cardTextFractions) - 1
}

func (t *table) addShortcuts() {
	c := t.win.Canvas()
	for _, k := range []fyne.KeyName{fyne.KeyEqual, fyne.KeyPlus, fyne.KeyAsterisk} {
		c.AddShortcut(&desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { t.textSize(+1) })
	}
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) { t.textSize(-1) })
	c.AddShortcut(&desktop.CustomShortcut{KeyName: fyne.Key0, Modifier: fyne.KeyModifierShortcutDefault}, func(fyne.Shortcut) {
		t.textSize(int((defaultTextScale - t.settings.textScale) / textScaleStep * 1.0001))
	})
	c.AddShortcut(&fyne.ShortcutUndo{}, func(fyne.Shortcut) {
		if t.dialogOpen() {
			return
		}
		t.undoHide()
	})
	c.AddShortcut(shortcutSettings, func(fyne.Shortcut) {
		if t.settingsDialog == nil {
			t.showSettings()
		}
	})
	c.AddShortcut(shortcutHighContrast, func(fyne.Shortcut) { t.toggleHighContrast() })
	c.AddShortcut(shortcutAbout, func(fyne.Shortcut) { t.showAbout() })
	c.AddShortcut(shortcutQuit, func(fyne.Shortcut) { t.quit() })
	for s, mode := range map[*desktop.CustomShortcut]string{shortcutLight: themeLight, shortcutDark: themeDark, shortcutSystem: themeSystem} {
		c.AddShortcut(s, func(fyne.Shortcut) { t.setThemeMode(mode) })
	}
}

// setThemeMode is the View menu's light, dark or follow the system.
func (t *table) setThemeMode(mode string) {
	t.settings.setThemeMode(mode)
	t.applyView()
}

// openDialog is a dialog Tend opened, with the overlay it shows as.
type openDialog struct {
	dialog  dialog.Dialog
	overlay fyne.CanvasObject
}

// showDialog shows d and keeps it on the stack of open dialogs, so that Esc
// closes the topmost and keys never reach the screen behind it. onClosed,
// if not nil, runs after it closes, however it was closed.
func (t *table) showDialog(d dialog.Dialog, onClosed func()) {
	d.SetOnClosed(func() {
		t.dialogs = slices.DeleteFunc(t.dialogs, func(o openDialog) bool { return o.dialog == d })
		if onClosed != nil {
			onClosed()
		}
	})
	d.Show()
	t.dialogs = append(t.dialogs, openDialog{dialog: d, overlay: t.win.Canvas().Overlays().Top()})
}

// dialogOpen reports whether any dialog or pop-up covers the screen.
func (t *table) dialogOpen() bool {
	return t.win.Canvas().Overlays().Top() != nil
}

// closeTop closes the topmost dialog or pop-up, and nothing else.
func (t *table) closeTop() {
	top := t.win.Canvas().Overlays().Top()
	if top == nil {
		return
	}
	for i := len(t.dialogs) - 1; i >= 0; i-- {
		if t.dialogs[i].overlay == top {
			t.dialogs[i].dialog.Hide()
			return
		}
	}
	t.win.Canvas().Overlays().Remove(top) // a pop-up menu, such as a list's
}

// closeDialogs closes every dialog Tend opened, newest first.
func (t *table) closeDialogs() {
	for len(t.dialogs) > 0 {
		t.dialogs[len(t.dialogs)-1].dialog.Hide()
	}
}

// toggleKeys shows the key list, or closes it when it is already showing.
func (t *table) toggleKeys() {
	if t.keysDialog != nil {
		t.keysDialog.Hide()
		return
	}
	t.showKeys()
}

func (t *table) toggleHighContrast() {
	t.settings.setHighContrast(!t.settings.highContrast)
	t.applyView()
}

// typedKey is the keyboard map. On the card: Right/Space next, Down pass,
// Left back, P pause, F star, H not for us, S this session, Esc decks.
// Everywhere: F11 full screen, F1 keys. While a dialog is open, keys go
// only to it: Esc closes it, F1 toggles the key list, nothing else passes.
func (t *table) typedKey(ev *fyne.KeyEvent) {
	t.revealChrome()
	switch ev.Name {
	case fyne.KeyF11:
		t.toggleFullScreen()
		return
	case fyne.KeyF1:
		t.toggleKeys()
		return
	case fyne.KeyF5:
		t.therapist.present()
		return
	}
	if t.dialogOpen() {
		if ev.Name == fyne.KeyEscape {
			t.closeTop()
		}
		return
	}
	if ev.Name == fyne.KeyEscape && t.win.FullScreen() {
		// Esc is how people leave full screen everywhere else; here too, and
		// it never ends anything.
		t.toggleFullScreen()
		return
	}
	switch t.screen {
	case screenHome:
		if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
			t.home.enter()
		}
	case screenCard:
		switch ev.Name {
		case fyne.KeyRight, fyne.KeySpace:
			t.next()
		case fyne.KeyDown:
			t.pass()
		case fyne.KeyLeft:
			t.back()
		case fyne.KeyP:
			t.pauseSession()
		case fyne.KeyF:
			t.toggleFavourite()
		case fyne.KeyH:
			t.hideCard()
		case fyne.KeyS:
			t.showSession()
		case fyne.KeyEscape:
			t.goHome()
		}
	case screenPause:
		switch ev.Name {
		case fyne.KeyP, fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
			t.resume()
		case fyne.KeyEscape:
			t.goHome()
		}
	case screenEnd:
		switch ev.Name {
		case fyne.KeyLeft:
			t.back()
		case fyne.KeyP:
			t.pauseSession()
		case fyne.KeyEscape:
			t.goHome()
		}
	case screenCheckIn:
		// Only the check-in's own keys answer it, never the keys that move
		// cards, so it cannot be skipped by momentum.
		switch ev.Name {
		case fyne.Key1, fyne.KeyP:
			t.pauseSession()
		case fyne.Key2:
			if !t.checkIn.slowB.Disabled() {
				t.slowDown()
			}
		case fyne.Key3:
			t.keepGoing()
		case fyne.KeyEscape:
			t.goHome()
		}
	case screenWelcome:
		switch ev.Name {
		case fyne.KeyRight, fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
			t.welcome.next()
		case fyne.KeyLeft:
			t.welcome.back()
		case fyne.KeyEscape:
			t.welcome.finish()
		}
	case screenGoodnight:
		if ev.Name == fyne.KeyEscape || ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
			t.goHome()
		}
	default:
		if s, ok := t.tools.screen.(*yesNoScreen); ok && t.toolShowing() && s.typedKey(ev.Name) {
			return
		}
		if ev.Name == fyne.KeyEscape {
			t.escapeTool()
		}
	}
}

// typedRune catches "?" for the key list, whatever the keyboard layout.
func (t *table) typedRune(r rune) {
	if r == '?' {
		t.toggleKeys()
	}
}
