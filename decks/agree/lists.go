package agree

import (
	"cmp"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"tend.app/tend/decks"
)

// Yes / no / maybe items are localized data laid out like the decks, in a
// lists folder inside each language folder:
//
//	decks/data/<lang>/lists/<list-id>.toml   built in
//	<data dir>/decks/<lang>/lists/*.toml      the person's own
//
// The deck loader reads only the files directly inside a language folder,
// so it never mistakes a list for a deck.

// ListsFolder is the name of the folder, inside a language folder, that
// holds the item lists.
const ListsFolder = "lists"

// MaxItemLen is the longest English item text: an item is read at a
// glance, in a row of three buttons.
const MaxItemLen = 100

// Item is one thing to answer yes / no / maybe to, such as "Holding
// hands". ID ties a translation to its English item.
type Item struct {
	ID   string
	Text string
	// List is the id of the list the item belongs to.
	List string
	// source is a translation's fingerprint of the English text.
	source string
	line   int
}

// List is one file of items on one theme (touch, words, pace...).
type List struct {
	ID     string
	Title  string
	Order  int
	Locale string
	Path   string
	Items  []Item
}

var (
	listKeys     = []string{"id", "title", "order", "items"}
	itemKeys     = []string{"id", "text"}
	transKeys    = []string{"id", "title", "items"}
	transItemKey = []string{"id", "text", "source"}
)

// ParseList reads one list file. name is the path shown in messages; its
// base name without ".toml" must be the list id. Every problem found is
// returned, each with a position, and a list is returned only when there
// are none.
func ParseList(name string, data []byte, locale string) (*List, decks.Problems) {
	var ps decks.Problems
	add := func(line, col int, format string, args ...any) {
		ps = append(ps, decks.Problem{Path: name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
	}
	if len(data) > decks.MaxFileSize {
		add(0, 0, "file is %d bytes; a list file may be at most 1 MiB", len(data))
		return nil, ps
	}
	if !utf8.Valid(data) {
		add(0, 0, "file is not valid UTF-8; save it as UTF-8")
		return nil, ps
	}
	if deep, ok := decks.CheckTOMLDepth(name, data); ok {
		return nil, append(ps, deep)
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if ok := asParseError(err, &pe); ok {
			add(pe.Position.Line, max(pe.Position.Col, 1), "%s", pe.Message)
		} else {
			add(0, 0, "%v", err)
		}
		return nil, ps
	}
	pos := locateListKeys(string(data))
	base, _ := language.Make(locale).Base()
	english := base.String() == decks.SourceLocale
	known, knownItem := listKeys, itemKeys
	if !english {
		known, knownItem = transKeys, transItemKey
	}
	l := &List{Locale: locale, Path: name}
	for k := range raw {
		if !slices.Contains(known, k) {
			p := pos.at(-1, k)
			add(p.line, p.col, "unknown key %q; a list file has %s", k, strings.Join(known, ", "))
		}
	}
	// A translation may leave a title or text empty: not translated yet,
	// so English shows meanwhile (a fresh template is all empty).
	str := func(m map[string]any, item int, key string) string {
		v, ok := m[key]
		if s, isStr := v.(string); isStr && s == "" && !english && key != "id" {
			return ""
		}
		if !ok {
			p := pos.at(item, "")
			what := "the list"
			if item >= 0 {
				what = fmt.Sprintf("item %d", item+1)
			}
			add(p.line, p.col, "%s has no %s", what, key)
			return ""
		}
		s, ok := v.(string)
		if !ok || strings.TrimSpace(s) == "" {
			p := pos.at(item, key)
			add(p.line, p.col, "%s must be some text in quotes", key)
			return ""
		}
		return strings.TrimSpace(s)
	}
	l.ID = str(raw, -1, "id")
	if want := strings.TrimSuffix(path.Base(filepath.ToSlash(name)), ".toml"); l.ID != "" && l.ID != want {
		p := pos.at(-1, "id")
		add(p.line, p.col, "id %q must match the file name %q", l.ID, want+".toml")
	} else if l.ID != "" && !validID(l.ID) {
		p := pos.at(-1, "id")
		add(p.line, p.col, "id %q may use only a-z, 0-9 and single hyphens", l.ID)
	}
	l.Title = str(raw, -1, "title")
	if v, ok := raw["order"]; ok {
		n, isInt := v.(int64)
		if !isInt || n < 0 || n > 1000 {
			p := pos.at(-1, "order")
			add(p.line, p.col, "order must be a whole number from 0 to 1000")
		}
		l.Order = int(n)
	}
	rawItems, ok := raw["items"].([]map[string]any)
	if !ok {
		p := pos.at(-1, "items")
		add(p.line, p.col, "a list needs its items, each starting with [[items]]")
	}
	seen := map[string]int{}
	for i, it := range rawItems {
		for k := range it {
			if !slices.Contains(knownItem, k) {
				p := pos.at(i, k)
				add(p.line, p.col, "unknown key %q; an item has %s", k, strings.Join(knownItem, ", "))
			}
		}
		item := Item{ID: str(it, i, "id"), Text: str(it, i, "text"), List: l.ID, line: pos.at(i, "").line}
		if item.ID != "" {
			p := pos.at(i, "id")
			if !validID(item.ID) {
				add(p.line, p.col, "item id %q may use only a-z, 0-9 and single hyphens", item.ID)
			}
			if first, dup := seen[item.ID]; dup {
				add(p.line, p.col, "item id %q is already used on line %d", item.ID, first)
			}
			seen[item.ID] = p.line
		}
		if english && utf8.RuneCountInString(item.Text) > MaxItemLen {
			p := pos.at(i, "text")
			add(p.line, p.col, "text is %d characters; an item may have at most %d", utf8.RuneCountInString(item.Text), MaxItemLen)
		}
		if s, ok := it["source"].(string); ok {
			item.source = s
		}
		l.Items = append(l.Items, item)
	}
	if len(ps) > 0 {
		ps.Sort()
		return nil, ps
	}
	return l, nil
}

func asParseError(err error, pe *toml.ParseError) bool {
	e, ok := err.(toml.ParseError)
	if ok {
		*pe = e
	}
	return ok
}

func validID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for _, c := range id {
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '-' {
			return false
		}
	}
	return true
}

type keyPos struct{ line, col int }

// listPositions finds where each key is written, for messages that point:
// top[key] for the list's own keys, items[i][key] for item i; key "" is
// where the item's [[items]] header is.
type listPositions struct {
	top   map[string]keyPos
	items []map[string]keyPos
}

func (p listPositions) at(item int, key string) keyPos {
	if item < 0 {
		if kp, ok := p.top[key]; ok {
			return kp
		}
		return keyPos{1, 1}
	}
	if item >= len(p.items) {
		return keyPos{}
	}
	if kp, ok := p.items[item][key]; ok {
		return kp
	}
	return p.items[item][""]
}

// locateListKeys is a small line scanner, enough for the flat shape of a
// list file: top-level keys, then [[items]] tables of key = value lines.
func locateListKeys(src string) listPositions {
	p := listPositions{top: map[string]keyPos{}}
	table := p.top
	for n, line := range strings.Split(src, "\n") {
		trimmed := strings.TrimSpace(line)
		col := len(line) - len(strings.TrimLeft(line, " \t")) + 1
		switch {
		case trimmed == "" || strings.HasPrefix(trimmed, "#"):
		case strings.HasPrefix(trimmed, "[["):
			table = map[string]keyPos{"": {n + 1, col}}
			p.items = append(p.items, table)
		case strings.HasPrefix(trimmed, "["):
			table = map[string]keyPos{}
		default:
			if k, _, ok := strings.Cut(trimmed, "="); ok {
				k = strings.Trim(strings.TrimSpace(k), `"'`)
				if _, dup := table[k]; !dup {
					table[k] = keyPos{n + 1, col}
				}
			}
		}
	}
	return p
}

// LoadLists reads every list below fsys, laid out as
// <lang>/lists/<id>.toml, for the languages keep accepts. name is the
// folder as the person knows it and prefixes every message. Broken files
// are reported and skipped.
func LoadLists(fsys fs.FS, name string, keep func(locale string) bool) ([]*List, decks.Problems) {
	var lists []*List
	var problems decks.Problems
	langs, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, decks.Problems{{Path: name, Msg: fmt.Sprintf("cannot read folder: %v", err)}}
	}
	for _, l := range langs {
		if !l.IsDir() || !keep(l.Name()) {
			continue
		}
		tag, err := language.Parse(l.Name())
		if err != nil {
			continue // the deck loader already reports a folder that is not a language
		}
		dir := path.Join(l.Name(), ListsFolder)
		files, err := fs.ReadDir(fsys, dir)
		if err != nil {
			continue // no lists in this language
		}
		for _, f := range files {
			if f.IsDir() || !strings.HasSuffix(f.Name(), ".toml") {
				continue
			}
			shown := path.Join(name, dir, f.Name())
			data, err := decks.ReadFileLimited(fsys, path.Join(dir, f.Name()), decks.MaxFileSize)
			if err != nil {
				problems = append(problems, decks.Problem{Path: shown, Msg: fmt.Sprintf("cannot read file: %v", err)})
				continue
			}
			list, ps := ParseList(shown, data, tag.String())
			problems = append(problems, ps...)
			if list != nil {
				lists = append(lists, list)
			}
		}
	}
	return lists, problems
}

// LoadBuiltinLists reads the built-in lists of the given languages (all
// when none are given).
func LoadBuiltinLists(locales ...string) ([]*List, decks.Problems) {
	return LoadLists(decks.BuiltinFS(), decks.BuiltinName, func(l string) bool {
		return len(locales) == 0 || slices.Contains(locales, l)
	})
}

// LoadListDir reads the lists in a deck folder on disk (the person's own,
// or one given with --decks). A missing folder is not a problem.
func LoadListDir(dir string) ([]*List, decks.Problems) {
	if _, err := os.Stat(dir); os.IsNotExist(err) {
		return nil, nil
	}
	return LoadLists(os.DirFS(dir), filepath.ToSlash(dir), func(string) bool { return true })
}

// Lists is every item list Tend knows, built-in and the person's own.
// English lists are the sources and set the order; a list in another
// language with an English list's id translates it, item by item.
type Lists struct {
	sources []*List
	// translations[locale][list id]
	translations map[string]map[string]*List
}

// NewLists combines lists in priority order (built-in first). A later list
// whose id or any of whose item ids is already taken in its language is
// skipped with a problem, so nobody's file can replace a built-in item.
func NewLists(sources ...[]*List) (*Lists, decks.Problems) {
	ls := &Lists{translations: map[string]map[string]*List{}}
	var problems decks.Problems
	listIDs := map[string]string{} // locale/id -> path
	itemIDs := map[string]string{} // locale/id -> path
	for _, src := range sources {
		for _, l := range src {
			var ps decks.Problems
			if first, dup := listIDs[l.Locale+"/"+l.ID]; dup {
				ps = append(ps, decks.Problem{Path: l.Path, Line: 1, Msg: fmt.Sprintf("list id %q is already used by %s", l.ID, first)})
			}
			for _, it := range l.Items {
				if first, dup := itemIDs[l.Locale+"/"+it.ID]; dup && first != l.Path {
					ps = append(ps, decks.Problem{Path: l.Path, Line: it.line, Msg: fmt.Sprintf("item id %q is already used in %s", it.ID, first)})
				}
			}
			if len(ps) > 0 {
				problems = append(problems, ps...)
				continue
			}
			listIDs[l.Locale+"/"+l.ID] = l.Path
			for _, it := range l.Items {
				itemIDs[l.Locale+"/"+it.ID] = l.Path
			}
			if l.Locale == decks.SourceLocale {
				ls.sources = append(ls.sources, l)
				continue
			}
			if ls.translations[l.Locale] == nil {
				ls.translations[l.Locale] = map[string]*List{}
			}
			ls.translations[l.Locale][l.ID] = l
		}
	}
	// A list in another language with no English original stands on its
	// own, as a source in its language.
	for _, byID := range ls.translations {
		for id, l := range byID {
			if !slices.ContainsFunc(ls.sources, func(s *List) bool { return s.ID == id }) {
				ls.sources = append(ls.sources, l)
				delete(byID, id)
			}
		}
	}
	slices.SortStableFunc(ls.sources, func(a, b *List) int {
		return cmp.Or(cmp.Compare(a.Order, b.Order), cmp.Compare(a.ID, b.ID))
	})
	return ls, problems
}

// ListsFor returns the lists shown in locale, in order: every English list
// (and every list written only in locale), with titles and items in locale
// where translated and in English where not yet.
func (ls *Lists) ListsFor(locale string) []*List {
	var out []*List
	for _, src := range ls.sources {
		if src.Locale != decks.SourceLocale && src.Locale != locale {
			continue
		}
		tr := ls.translations[locale][src.ID]
		l := &List{ID: src.ID, Title: src.Title, Order: src.Order, Locale: locale, Path: src.Path}
		if tr != nil && tr.Title != "" {
			l.Title = tr.Title
		}
		for _, it := range src.Items {
			if tr != nil {
				if i := slices.IndexFunc(tr.Items, func(t Item) bool { return t.ID == it.ID && t.Text != "" }); i >= 0 {
					it.Text = tr.Items[i].Text
				}
			}
			l.Items = append(l.Items, it)
		}
		out = append(out, l)
	}
	return out
}

// Items returns every item shown in locale, list by list.
func (ls *Lists) Items(locale string) []Item {
	var out []Item
	for _, l := range ls.ListsFor(locale) {
		out = append(out, l.Items...)
	}
	return out
}

// ListReport says how complete one language's lists are, for deckcheck.
type ListReport struct {
	Total, Done    int
	Missing, Stale []string // item ids
}

// Report compares the English items with their translation into locale.
// A translated item is stale when its source fingerprint
// (decks.SourceHash of the English text) is missing or no longer matches.
func (ls *Lists) Report(locale string) ListReport {
	var r ListReport
	for _, src := range ls.sources {
		if src.Locale != decks.SourceLocale {
			continue
		}
		tr := ls.translations[locale][src.ID]
		for _, it := range src.Items {
			r.Total++
			i := -1
			if tr != nil {
				i = slices.IndexFunc(tr.Items, func(t Item) bool { return t.ID == it.ID && t.Text != "" })
			}
			switch {
			case i < 0:
				r.Missing = append(r.Missing, it.ID)
			case tr.Items[i].source != decks.SourceHash(it.Text):
				r.Stale = append(r.Stale, it.ID)
			default:
				r.Done++
			}
		}
	}
	return r
}

// Check is deckcheck's part for the lists: it reads the built-in lists and
// those in dirs, prints every problem as path:line:col and, for every
// language but English, how complete its items are, and returns false when
// a file is broken or a language in required is incomplete or stale.
func Check(w io.Writer, required []string, dirs ...string) bool {
	builtin, problems := LoadBuiltinLists()
	sources := [][]*List{builtin}
	for _, dir := range dirs {
		ls, ps := LoadListDir(dir)
		problems = append(problems, ps...)
		sources = append(sources, ls)
	}
	ls, ps := NewLists(sources...)
	problems = append(problems, ps...)
	problems.Sort()
	for _, p := range problems {
		fmt.Fprintln(w, p.Error())
	}
	ok := len(problems) == 0
	var langs []string
	for l := range ls.translations {
		langs = append(langs, l)
	}
	for _, l := range required {
		if l != decks.SourceLocale && !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	// A language folder in a drop-in folder with no lists yet is reported
	// too, as not translated: a translator sees what is left to do.
	for _, dir := range dirs {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			if tag, err := language.Parse(e.Name()); err == nil && e.IsDir() && tag.String() != decks.SourceLocale {
				langs = append(langs, tag.String())
			}
		}
	}
	slices.Sort(langs)
	langs = slices.Compact(langs)
	english := len(ls.Items(decks.SourceLocale))
	for _, l := range langs {
		r := ls.Report(l)
		line := fmt.Sprintf("%s lists: %d of %d yes / no / maybe items", l, r.Done, r.Total)
		if len(r.Missing) > 0 {
			line += "; missing: " + strings.Join(r.Missing, ", ")
		}
		if len(r.Stale) > 0 {
			line += "; stale: " + strings.Join(r.Stale, ", ")
		}
		fmt.Fprintln(w, line)
		if r.Done < r.Total && slices.Contains(required, l) {
			ok = false
		}
	}
	fmt.Fprintf(w, "lists: %d English yes / no / maybe items in %d lists\n", english, len(ls.ListsFor(decks.SourceLocale)))
	return ok
}

// ListTemplate writes the file a translator starts from for one list: each
// English item in a comment, an empty text to fill in (English shows until
// it is), and the source fingerprint. Items already translated in existing
// (which may be nil) and still up to date keep their text; a stale one
// moves into a comment to rework, so nothing a translator wrote is lost.
func ListTemplate(src, existing *List, lang string) []byte {
	var b strings.Builder
	q := strconv.Quote
	fmt.Fprintf(&b, "# Tend yes / no / maybe list %q, %s translation of the English list.\n", src.ID, lang)
	b.WriteString("# Translate the title and every text. Keep ids and source fingerprints as they are.\n")
	title := ""
	done := map[string]Item{}
	if existing != nil {
		title = existing.Title
		for _, it := range existing.Items {
			done[it.ID] = it
		}
	}
	fmt.Fprintf(&b, "# English title: %s\nid = %s\ntitle = %s\n", src.Title, q(src.ID), q(title))
	for _, it := range src.Items {
		fmt.Fprintf(&b, "\n[[items]]\n# English: %s\n", it.Text)
		text := ""
		if old, ok := done[it.ID]; ok && old.Text != "" {
			if old.source == decks.SourceHash(it.Text) {
				text = old.Text
			} else {
				fmt.Fprintf(&b, "# The English changed since this was translated: %s\n", old.Text)
			}
		}
		fmt.Fprintf(&b, "id = %s\ntext = %s\nsource = %s\n", q(it.ID), q(text), q(decks.SourceHash(it.Text)))
	}
	return []byte(b.String())
}

// WriteTemplates starts (or refreshes) lang's lists in a deck folder,
// deckDir/<lang>/lists/<id>.toml, one per English list, keeping what is
// already translated there; deckcheck -new calls it beside the deck
// templates.
func WriteTemplates(w io.Writer, deckDir, lang string) error {
	builtin, _ := LoadBuiltinLists(decks.SourceLocale)
	mine, _ := LoadListDir(deckDir)
	for _, src := range builtin {
		var existing *List
		for _, l := range mine {
			if l.Locale == lang && l.ID == src.ID {
				existing = l
			}
		}
		path := filepath.Join(deckDir, lang, ListsFolder, src.ID+".toml")
		if err := decks.WriteFileAtomic(path, ListTemplate(src, existing, lang)); err != nil {
			return err
		}
		fmt.Fprintln(w, "wrote", path)
	}
	return nil
}
