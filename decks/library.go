package decks

import (
	"cmp"
	"embed"
	"errors"
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

// LoadForCheck is LoadFS for the checker. It also returns the decks of the
// files that have problems, as far as they could be read, so that
// Library.UnknownCards can report a translated card id with no English
// card even in a file that is broken for other reasons too.
func LoadForCheck(fsys fs.FS, name string) (good, broken []*Deck, problems Problems) {
	return loadAll(fsys, name, func(string) bool { return true })
}

func loadFS(fsys fs.FS, name string, keep func(locale string) bool) ([]*Deck, Problems) {
	ds, _, ps := loadAll(fsys, name, keep)
	return ds, ps
}

func loadAll(fsys fs.FS, name string, keep func(locale string) bool) (decks, broken []*Deck, problems Problems) {
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, nil, Problems{{Path: name, Msg: fmt.Sprintf("cannot read deck folder: %v", err)}}
	}
	for _, e := range entries {
		shown := path.Join(name, e.Name())
		if !isDir(fsys, e.Name(), e) {
			// RetiredFile is not a deck: it maps retired card ids to
			// their successors, so stars can follow them.
			if strings.HasSuffix(e.Name(), ".toml") && e.Name() != RetiredFile {
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
				// A folder named x.toml is not a deck; a link, followed,
				// must lead to a regular file (loadFile checks).
				continue
			}
			file := path.Join(shown, f.Name())
			d, ps := loadFile(fsys, path.Join(e.Name(), f.Name()), file, tag.String())
			problems = append(problems, ps...)
			switch {
			case len(ps) > 0 && d != nil:
				broken = append(broken, d)
			case d != nil:
				decks = append(decks, d)
			}
		}
	}
	return decks, broken, problems
}

func loadFile(fsys fs.FS, rel, shown, locale string) (*Deck, Problems) {
	// Only regular files, and never more than the limit: a FIFO would hang
	// Tend and a link to /dev/zero would never end.
	data, err := ReadFileLimited(fsys, rel, MaxFileSize)
	switch {
	case errors.Is(err, ErrNotRegular):
		return nil, Problems{{Path: shown, Msg: "not a regular file (a pipe, device or folder); Tend reads only ordinary files"}}
	case errors.Is(err, ErrTooLarge):
		size := int64(MaxFileSize + 1)
		if info, err := fs.Stat(fsys, rel); err == nil {
			size = info.Size()
		}
		return nil, Problems{{Path: shown, Msg: fmt.Sprintf("file is %d bytes; a deck file may be at most 1 MiB (%d bytes)", size, MaxFileSize)}}
	case err != nil:
		return nil, Problems{{Path: shown, Msg: fmt.Sprintf("cannot read file: %v", unwrapPath(err))}}
	}
	return parse(shown, data, locale)
}

// unwrapPath drops the file name from an error that repeats it: messages
// start with the path already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// isDir reports whether a folder entry is a folder, following a symbolic
// link (a language folder linked from elsewhere is fine).
func isDir(fsys fs.FS, name string, e fs.DirEntry) bool {
	if e.Type()&fs.ModeSymlink == 0 {
		return e.IsDir()
	}
	info, err := fs.Stat(fsys, name)
	return err == nil && info.IsDir()
}

// LoadDir reads decks from a folder on disk (the user's own decks, or one
// given with --decks). A missing folder is not a problem: most people never
// make one.
func LoadDir(dir string) ([]*Deck, Problems) { return LoadUserDir(dir, false) }

// LoadUserDir is LoadDir that knows whether the person named the folder
// (tend --decks DIR): a named folder that does not exist is a problem to
// tell them, while the default folder of their own decks may well not
// exist.
func LoadUserDir(dir string, named bool) ([]*Deck, Problems) {
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !named:
		return nil, nil
	case errors.Is(err, fs.ErrNotExist):
		return nil, Problems{{Path: filepath.ToSlash(dir), Msg: "this deck folder does not exist; check the folder given with --decks"}}
	case err == nil && !info.IsDir():
		return nil, Problems{{Path: filepath.ToSlash(dir), Msg: "this is a file, not a folder; decks are read from a folder holding en/, de/, ... folders"}}
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
	lib := &Library{translations: map[string]map[string]*Deck{}}
	var problems Problems
	type key struct{ locale, id string }
	n := map[string]int{}
	for _, src := range sources {
		for _, d := range src {
			n[d.Locale] += len(d.Cards)
		}
	}
	deckIDs := map[key]*Deck{}
	// cards[locale][card id] holds the cards of every deck accepted so far;
	// it becomes lib.cards once the translations that turn out broken are
	// taken out again (one index instead of two: loading is mostly maps).
	cards := make(map[string]map[string]*Card, len(n))
	var accepted []*Deck
	for _, src := range sources {
		for _, d := range src {
			var ps Problems
			if first, dup := deckIDs[key{d.Locale, d.ID}]; dup {
				at := d.at(-1, "id")
				ps = append(ps, Problem{d.Path, at.line, at.col, fmt.Sprintf("deck id %q is already used by %s", d.ID, first.Path)})
			}
			for _, c := range d.Cards {
				if first, dup := cards[d.Locale][c.ID]; dup {
					at := c.at("id")
					ps = append(ps, Problem{d.Path, at.line, at.col, fmt.Sprintf("card id %q is already used in %s:%d", c.ID, first.Deck.Path, first.at("id").line)})
				}
			}
			if len(ps) > 0 {
				problems = append(problems, ps...)
				continue
			}
			deckIDs[key{d.Locale, d.ID}] = d
			byID := cards[d.Locale]
			if byID == nil {
				byID = make(map[string]*Card, n[d.Locale])
				cards[d.Locale] = byID
			}
			for _, c := range d.Cards {
				byID[c.ID] = c
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
	// reject takes a deck found broken here out of the card index.
	reject := func(d *Deck, ps Problems) {
		problems = append(problems, ps...)
		for _, c := range d.Cards {
			if cards[d.Locale][c.ID] == c {
				delete(cards[d.Locale], c.ID)
			}
		}
	}
	for _, d := range accepted {
		src, translated := english[d.ID]
		switch {
		case d.Locale == SourceLocale:
			lib.sources = append(lib.sources, d)
		case translated:
			if ps := d.inherit(src, func(id string) *Card { return cards[SourceLocale][id] }); len(ps) > 0 {
				// A translation that contradicts its English deck is
				// broken; the English shows in its place.
				reject(d, ps)
				continue
			}
			if lib.translations[d.Locale] == nil {
				lib.translations[d.Locale] = map[string]*Deck{}
			}
			lib.translations[d.Locale][d.ID] = d
		default:
			if ps := append(d.standaloneProblems(), CheckRoles(d)...); len(ps) > 0 {
				reject(d, ps)
				continue
			}
			lib.sources = append(lib.sources, d)
		}
	}
	lib.cards = cards
	slices.SortStableFunc(lib.sources, func(a, b *Deck) int {
		return cmp.Or(cmp.Compare(a.Moment.rank(), b.Moment.rank()), cmp.Compare(a.Locale, b.Locale), cmp.Compare(a.Title, b.Title))
	})
	return lib, problems
}

// inherit fills in what a translation leaves to its English original
// (moment, and each card's depth, role and topics), and reports where the
// translation contradicts it, and cards the English deck does not have
// (englishCard finds an English card by id, in any deck: the library's
// index, so no map is built per translation).
func (d *Deck) inherit(src *Deck, englishCard func(cardID string) *Card) Problems {
	var ps Problems
	if d.momentStated && d.Moment != src.Moment {
		at := d.at(-1, "moment")
		ps = append(ps, Problem{d.Path, at.line, at.col, fmt.Sprintf(
			"moment %q differs from the English deck's moment %q; leave moment out, a translation takes it from the English deck", d.Moment, src.Moment)})
	}
	d.Moment = src.Moment
	for _, c := range d.Cards {
		if s := englishCard(c.ID); s != nil && s.Deck == src {
			ps = append(ps, c.inheritFrom(s, d.Path)...)
		}
	}
	return append(ps, d.unknownCards(src, englishCard)...)
}

// unknownCards reports the cards of a translation that its English deck
// does not have, with a suggestion.
func (d *Deck) unknownCards(src *Deck, englishCard func(cardID string) *Card) Problems {
	var ps Problems
	var ids []string
	for _, c := range d.Cards {
		if c.ID == "" || !validID(c.ID) {
			continue
		}
		other := englishCard(c.ID)
		if other != nil && other.Deck == src {
			continue
		}
		msg := fmt.Sprintf("no English card %q in deck %q", c.ID, src.ID)
		if other != nil {
			msg += fmt.Sprintf("; that card is in the deck %q, so its translation belongs in %s.toml", other.Deck.ID, other.Deck.ID)
		} else {
			if ids == nil {
				ids = make([]string, len(src.Cards))
				for i, c := range src.Cards {
					ids[i] = c.ID
				}
			}
			if sug := suggest(c.ID, ids); sug != "" {
				msg += fmt.Sprintf("; did you mean %q?", sug)
			} else {
				msg += "; keep each card's id as it is in English"
			}
		}
		at := c.at("id")
		ps = append(ps, Problem{d.Path, at.line, at.col, msg})
	}
	return ps
}

// UnknownCards reports the cards of broken translations (from
// LoadForCheck) whose ids their English deck does not have. Such a file is
// left out anyway; saying this too lets a translator fix everything at once.
func (l *Library) UnknownCards(broken []*Deck) Problems {
	var ps Problems
	for _, d := range broken {
		if d.Locale == SourceLocale {
			continue
		}
		var src *Deck
		for _, s := range l.sources {
			if s.Locale == SourceLocale && s.ID == d.ID {
				src = s
			}
		}
		if src == nil {
			continue
		}
		ps = append(ps, d.unknownCards(src, func(id string) *Card { return l.cards[SourceLocale][id] })...)
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
