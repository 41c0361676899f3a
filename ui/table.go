package ui

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"tend/assets"
	"tend/decks"
)

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
}

// UserDeckDir is where a person keeps their own decks, laid out like the
// built-in ones (<locale>/<deck>.toml), inside the app's storage folder.
func UserDeckDir(a fyne.App) string {
	return filepath.Join(a.Storage().RootURI().Path(), "decks")
}

// Create builds Tend's screens in w, loads every deck and wires the keys. It
// returns the content for w.SetContent; main does nothing else.
func Create(a fyne.App, w fyne.Window, opts Options) fyne.CanvasObject {
	return create(a, w, opts).root
}

func create(a fyne.App, w fyne.Window, opts Options) *table {
	a.Settings().SetTheme(newTheme())
	a.SetIcon(fyne.NewStaticResource("icon.svg", assets.IconSVG))
	lib, problems := decks.Load(append([]string{UserDeckDir(a)}, opts.DeckDirs...)...)
	if opts.Log == nil {
		opts.Log = os.Stderr
	}
	for _, p := range problems {
		fmt.Fprintln(opts.Log, p.Error())
	}
	rng := opts.Rand
	if rng == nil {
		rng = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	return newTable(a, w, lib, problems, rng)
}

type screen int

const (
	screenHome screen = iota
	screenCard
	screenPause
	screenEnd
)

// table is the session controller: it owns the pile and decides which screen
// is showing; the screens only show its state and forward what people do.
type table struct {
	app    fyne.App
	win    fyne.Window
	lib    *decks.Library
	locale string
	rng    *rand.Rand
	pile   *decks.Pile
	// aftercare is true while the pile holds only the aftercare deck, chosen
	// from the pause or end screen.
	aftercare bool

	root   *fyne.Container
	screen screen
	home   *home
	card   *cardScreen
	pause  *pauseScreen
	end    *endScreen
}

func newTable(a fyne.App, w fyne.Window, lib *decks.Library, problems decks.Problems, rng *rand.Rand) *table {
	t := &table{app: a, win: w, lib: lib, locale: decks.SourceLocale, rng: rng}
	t.home = newHome(t, problems)
	t.card = newCardScreen(t)
	t.pause = newPauseScreen(t)
	t.end = newEndScreen(t)
	t.root = container.NewStack(t.home.content, t.card.content, t.pause.content, t.end.content)
	w.Canvas().SetOnTypedKey(t.typedKey)
	t.show(screenHome)
	return t
}

func (t *table) show(s screen) {
	t.screen = s
	for i, o := range t.root.Objects {
		if screen(i) == s {
			o.Show()
		} else {
			o.Hide()
		}
	}
	// A focused checkbox or button would swallow Space and the arrows.
	t.win.Canvas().Unfocus()
	t.root.Refresh()
}

// start deals a new pile from the decks chosen on the home screen.
func (t *table) start() {
	chosen := t.home.chosenDecks()
	cards := decks.CardsUpTo(chosen, t.home.depth())
	if len(cards) == 0 {
		return
	}
	t.aftercare = false
	t.deal(cards)
}

// startAftercare switches to the aftercare deck, at the chosen depth.
func (t *table) startAftercare() {
	d := t.lib.ByMoment(t.locale, decks.After)
	if d == nil {
		return
	}
	t.aftercare = true
	t.deal(decks.CardsUpTo([]*decks.Deck{d}, t.home.depth()))
}

func (t *table) deal(cards []*decks.Card) {
	t.pile = decks.NewPile(cards, t.rng)
	t.showCard()
}

func (t *table) showCard() {
	if t.pile.Done() {
		t.end.update()
		t.show(screenEnd)
		return
	}
	t.card.update()
	t.show(screenCard)
}

func (t *table) next() {
	t.pile.Next()
	t.showCard()
}

func (t *table) pass() {
	t.pile.Pass()
	t.showCard()
}

func (t *table) back() {
	if t.pile.Back() {
		t.showCard()
	}
}

func (t *table) reshuffle() {
	t.pile.Reshuffle()
	t.showCard()
}

func (t *table) pauseSession() {
	if t.pile != nil && (t.screen == screenCard || t.screen == screenEnd) {
		t.show(screenPause)
	}
}

func (t *table) resume() { t.showCard() }

func (t *table) goHome() {
	t.home.refresh()
	t.show(screenHome)
}

func (t *table) hasAftercare() bool {
	return t.lib.ByMoment(t.locale, decks.After) != nil
}

// typedKey is the keyboard map: Right/Space next, Left back, P pause,
// Esc home; Enter starts from the home screen.
func (t *table) typedKey(ev *fyne.KeyEvent) {
	switch t.screen {
	case screenHome:
		if ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
			t.start()
		}
	case screenCard:
		switch ev.Name {
		case fyne.KeyRight, fyne.KeySpace:
			t.next()
		case fyne.KeyLeft:
			t.back()
		case fyne.KeyP:
			t.pauseSession()
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
	}
}
