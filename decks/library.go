package decks

import (
	"cmp"
	"embed"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/language"
)

//go:embed data
var builtin embed.FS

// BuiltinFS holds the decks shipped inside the binary, laid out as
// <locale>/<deck-id>.toml, so Tend needs no files beside it.
func BuiltinFS() fs.FS {
	sub, err := fs.Sub(builtin, "data")
	if err != nil {
		panic(err) // the embed pattern above guarantees the folder
	}
	return sub
}

// BuiltinName is the prefix shown in messages about built-in decks: their
// path in this repository, where a developer would fix them.
const BuiltinName = "decks/data"

// LoadFS reads every deck below fsys, laid out as <locale>/<deck-id>.toml.
// name is the folder as the person knows it and prefixes every message.
// Broken files are reported and skipped; the good ones are returned.
func LoadFS(fsys fs.FS, name string) ([]*Deck, Problems) {
	return loadFS(fsys, name, func(string) bool { return true })
}

// BuiltinLocales lists the languages of the built-in decks without reading
// the decks, so the app can choose one before loading only what it needs.
func BuiltinLocales() []string {
	entries, _ := fs.ReadDir(BuiltinFS(), ".")
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out
}

// LoadBuiltin reads the built-in decks of the given languages only (all of
// them when none are given). Starting Tend needs English and the language
// shown, not all six.
func LoadBuiltin(locales ...string) ([]*Deck, Problems) {
	return loadFS(BuiltinFS(), BuiltinName, func(l string) bool {
		return len(locales) == 0 || slices.Contains(locales, l)
	})
}

func loadFS(fsys fs.FS, name string, keep func(locale string) bool) ([]*Deck, Problems) {
	var decks []*Deck
	var problems Problems
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, Problems{{Path: name, Msg: fmt.Sprintf("cannot read deck folder: %v", err)}}
	}
	for _, e := range entries {
		shown := path.Join(name, e.Name())
		if !e.IsDir() {
			if strings.HasSuffix(e.Name(), ".toml") {
				problems = append(problems, Problem{Path: shown, Msg: "deck files belong in a language folder, for example en/" + e.Name()})
			}
			continue
		}
		if !keep(e.Name()) {
			continue
		}
		tag, err := language.Parse(e.Name())
		if err != nil {
			problems = append(problems, Problem{Path: shown, Msg: fmt.Sprintf("folder %q is not a language code such as en, de or pt-BR", e.Name())})
			continue
		}
		files, err := fs.ReadDir(fsys, e.Name())
		if err != nil {
			problems = append(problems, Problem{Path: shown, Msg: fmt.Sprintf("cannot read folder: %v", err)})
			continue
		}
		for _, f := range files {
			if f.IsDir() || !strings.HasSuffix(f.Name(), ".toml") {
				continue
			}
			file := path.Join(shown, f.Name())
			d, ps := loadFile(fsys, path.Join(e.Name(), f.Name()), file, tag.String())
			problems = append(problems, ps...)
			if d != nil {
				decks = append(decks, d)
			}
		}
	}
	return decks, problems
}

func loadFile(fsys fs.FS, rel, shown, locale string) (*Deck, Problems) {
	if info, err := fs.Stat(fsys, rel); err == nil && info.Size() > MaxFileSize {
		// Do not read a huge file into memory only to reject it.
		return nil, Problems{{Path: shown, Msg: fmt.Sprintf("file is %d bytes; a deck file may be at most 1 MiB (%d bytes)", info.Size(), MaxFileSize)}}
	}
	data, err := fs.ReadFile(fsys, rel)
	if err != nil {
		return nil, Problems{{Path: shown, Msg: fmt.Sprintf("cannot read file: %v", err)}}
	}
	return Parse(shown, data, locale)
}

// LoadDir reads decks from a folder on disk (the user's own decks, or one
// given with --decks). A missing folder is not a problem: most people never
// make one.
func LoadDir(dir string) ([]*Deck, Problems) {
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return nil, nil
	}
	return LoadFS(os.DirFS(dir), filepath.ToSlash(dir))
}

// Library is every deck Tend knows, built-in and the person's own, checked
// together so that ids stay unique across all of them. English decks are the
// sources; a deck in another language with the id of an English deck is its
// translation and inherits the moment and each card's depth from it. A deck
// in another language with no English original stands on its own.
type Library struct {
	sources []*Deck
	// translations[locale][deck id] is the translation of a source deck.
	translations map[string]map[string]*Deck
	// cards[locale][card id] finds any card, source or translated.
	cards map[string]map[string]*Card
}

// NewLibrary combines decks from several sources in priority order (built-in
// first). A later deck whose id, or any of whose card ids, is already taken in
// its language is skipped with a problem, so a user's deck can never silently
// replace a built-in card that favourites and translations refer to.
func NewLibrary(sources ...[]*Deck) (*Library, Problems) {
	lib := &Library{translations: map[string]map[string]*Deck{}, cards: map[string]map[string]*Card{}}
	var problems Problems
	type owner struct {
		deck *Deck
		pos  position
	}
	deckIDs := map[string]*Deck{} // locale/id
	cardIDs := map[string]owner{} // locale/id
	var accepted []*Deck
	for _, src := range sources {
		for _, d := range src {
			var ps Problems
			if first, dup := deckIDs[d.Locale+"/"+d.ID]; dup {
				ps = append(ps, Problem{d.Path, d.idPos.line, d.idPos.col, fmt.Sprintf("deck id %q is already used by %s", d.ID, first.Path)})
			}
			for _, c := range d.Cards {
				if first, dup := cardIDs[d.Locale+"/"+c.ID]; dup {
					ps = append(ps, Problem{d.Path, c.pos.line, c.pos.col, fmt.Sprintf("card id %q is already used in %s:%d", c.ID, first.deck.Path, first.pos.line)})
				}
			}
			if len(ps) > 0 {
				problems = append(problems, ps...)
				continue
			}
			deckIDs[d.Locale+"/"+d.ID] = d
			for _, c := range d.Cards {
				cardIDs[d.Locale+"/"+c.ID] = owner{d, c.pos}
			}
			accepted = append(accepted, d)
		}
	}
	english := map[string]*Deck{}
	for _, d := range accepted {
		if d.Locale == SourceLocale {
			english[d.ID] = d
		}
	}
	for _, d := range accepted {
		src, translated := english[d.ID]
		switch {
		case d.Locale == SourceLocale:
			lib.sources = append(lib.sources, d)
		case translated:
			if ps := d.inherit(src); len(ps) > 0 {
				// A translation that contradicts its English deck is
				// broken; the English shows in its place.
				problems = append(problems, ps...)
				continue
			}
			if lib.translations[d.Locale] == nil {
				lib.translations[d.Locale] = map[string]*Deck{}
			}
			lib.translations[d.Locale][d.ID] = d
		case len(d.inherits) > 0:
			problems = append(problems, d.inherits...)
			continue
		default:
			if ps := CheckRoles(d); len(ps) > 0 {
				problems = append(problems, ps...)
				continue
			}
			lib.sources = append(lib.sources, d)
		}
		if lib.cards[d.Locale] == nil {
			lib.cards[d.Locale] = map[string]*Card{}
		}
		for _, c := range d.Cards {
			lib.cards[d.Locale][c.ID] = c
		}
	}
	slices.SortStableFunc(lib.sources, func(a, b *Deck) int {
		return cmp.Or(cmp.Compare(a.Moment.rank(), b.Moment.rank()), cmp.Compare(a.Locale, b.Locale), cmp.Compare(a.Title, b.Title))
	})
	return lib, problems
}

// inherit fills in what a translation leaves to its English original
// (moment, and each card's depth, role and topics), and reports where the
// translation contradicts it.
func (d *Deck) inherit(src *Deck) Problems {
	var ps Problems
	if d.momentStated && d.Moment != src.Moment {
		ps = append(ps, Problem{d.Path, d.momentPos.line, d.momentPos.col, fmt.Sprintf(
			"moment %q differs from the English deck's moment %q; leave moment out, a translation takes it from the English deck", d.Moment, src.Moment)})
	}
	d.Moment = src.Moment
	byID := make(map[string]*Card, len(src.Cards))
	for _, c := range src.Cards {
		byID[c.ID] = c
	}
	for _, c := range d.Cards {
		if s, ok := byID[c.ID]; ok {
			ps = append(ps, c.inheritFrom(s, d.Path)...)
		}
	}
	return ps
}

// Sources returns the decks couples choose from: every English deck, and
// decks in other languages that have no English original, by moment.
func (l *Library) Sources() []*Deck { return l.sources }

// Decks returns the decks written in locale: the sources in that language
// and the translations into it.
func (l *Library) Decks(locale string) []*Deck {
	var out []*Deck
	for _, d := range l.sources {
		if d.Locale == locale {
			out = append(out, d)
		}
	}
	for _, d := range l.sources {
		if t := l.translations[locale][d.ID]; t != nil {
			out = append(out, t)
		}
	}
	return out
}

// Deck finds a deck by language and id (a source or a translation), or nil.
func (l *Library) Deck(locale, id string) *Deck {
	for _, d := range l.Decks(locale) {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// ByMoment returns the first source deck for a moment, or nil; the pause
// screen uses it to go straight to aftercare.
func (l *Library) ByMoment(m Moment) *Deck {
	for _, d := range l.sources {
		if d.Moment == m {
			return d
		}
	}
	return nil
}

// Card finds a source card by id, or returns nil; favourites and hidden
// cards are remembered by id.
func (l *Library) Card(id string) *Card {
	for _, d := range l.sources {
		if c := l.cards[d.Locale][id]; c != nil && c.Deck == d {
			return c
		}
	}
	return nil
}

// Text returns a card's text in locale, and whether it is really written in
// that language. A card with no translation falls back to its own text, so
// a couple never sees a blank or an id.
func (l *Library) Text(locale string, c *Card) (string, bool) {
	if c.Deck.Locale == locale {
		return c.Text, true
	}
	if t := l.cards[locale][c.ID]; t != nil && t.Deck.ID == c.Deck.ID && strings.TrimSpace(t.Text) != "" {
		return t.Text, true
	}
	return c.Text, false
}

// Titles returns a deck's title and description in locale, falling back to
// the deck's own.
func (l *Library) Titles(locale string, d *Deck) (title, description string) {
	title, description = d.Title, d.Description
	if t := l.translations[locale][d.ID]; t != nil && d.Locale == SourceLocale {
		if strings.TrimSpace(t.Title) != "" {
			title = t.Title
		}
		if strings.TrimSpace(t.Description) != "" {
			description = t.Description
		}
	}
	return title, description
}

// Locales lists every language that has decks, English first.
func (l *Library) Locales() []string {
	out := []string{SourceLocale}
	for loc := range l.translations {
		out = append(out, loc)
	}
	for _, d := range l.sources {
		if !slices.Contains(out, d.Locale) {
			out = append(out, d.Locale)
		}
	}
	slices.Sort(out[1:])
	return out
}
