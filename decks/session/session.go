// Package session holds session plans: a therapist's chosen cards, in order,
// with a note for each that only the therapist sees. A plan names cards by
// id, so it runs in every language the cards are translated into, and it is
// a small TOML file a colleague can be sent. The package is plain Go without
// Fyne; the app, deckcheck and the tests share its strict parser.
package session

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"tend.app/tend/decks"
)

// Limits that keep a plan readable on the therapist's screen.
const (
	MaxTitleLen = 80  // characters of a plan's title
	MaxDescLen  = 200 // characters of a plan's description
	MaxNoteLen  = 400 // characters of one card's note
	MaxSteps    = 200 // cards in one plan
)

// Plan is one session plan.
type Plan struct {
	// ID is the file's base name without ".toml"; it names the plan in the
	// user folder and ties a built-in plan to its translations.
	ID          string
	Title       string
	Description string // optional: what the plan is for
	Steps       []Step
	// Path is where the plan was read from, for messages; "" for a plan not
	// saved yet.
	Path string
	// Builtin is true for the example plans shipped with Tend, which are
	// read-only: saving one makes the person's own copy.
	Builtin bool

	translations map[string]*Plan // built-in plans: by language
}

// Step is one card of a plan and the therapist's note on it.
type Step struct {
	CardID string
	Note   string
}

// IDs returns the card ids in plan order.
func (p *Plan) IDs() []string {
	out := make([]string, len(p.Steps))
	for i, s := range p.Steps {
		out[i] = s.CardID
	}
	return out
}

// Clone returns a copy whose steps can be edited without touching p.
func (p *Plan) Clone() *Plan {
	c := *p
	c.Steps = slices.Clone(p.Steps)
	return &c
}

// In returns the plan as shown in locale: the title, description and notes
// of its translation where there is one, its own text elsewhere. A plan's
// cards never change with the language; only the therapist's words do.
func (p *Plan) In(locale string) *Plan {
	t := p.translations[locale]
	if t == nil {
		return p
	}
	out := p.Clone()
	out.Title = or(t.Title, p.Title)
	out.Description = or(t.Description, p.Description)
	notes := map[string]string{}
	for _, s := range t.Steps {
		notes[s.CardID] = s.Note
	}
	for i, s := range out.Steps {
		out.Steps[i].Note = or(notes[s.CardID], s.Note)
	}
	return out
}

func or(s, fallback string) string {
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}

// Resolve finds each step's card with find (decks.Library.Card, usually)
// and returns the cards and their notes in order, leaving out the steps
// whose card is unknown here (a deck the person does not have).
func (p *Plan) Resolve(find func(id string) *decks.Card) (cards []*decks.Card, notes []string) {
	for _, s := range p.Steps {
		if c := find(s.CardID); c != nil {
			cards = append(cards, c)
			notes = append(notes, s.Note)
		}
	}
	return cards, notes
}

var (
	planKeys = []string{"title", "description", "cards"}
	stepKeys = []string{"id", "note"}
)

// Parse reads one plan file. name is the path shown in messages; its base
// name without ".toml" becomes the plan's id. known reports whether a card
// id exists; nil skips that check (translations of built-in plans are
// checked against their English plan instead).
//
// Problems come back as `file:line:col: message`, every one found. A plan
// is returned, with problems, when only its card ids are unknown, so that
// a plan from a colleague with other decks still runs with the cards this
// computer has; for anything else (syntax, unknown keys, wrong types,
// limits) the plan is nil.
func Parse(name string, data []byte, known func(id string) bool) (*Plan, decks.Problems) {
	p := &parser{name: name}
	if len(data) > decks.MaxFileSize {
		p.add(0, 0, "file is %d bytes; a plan may be at most 1 MiB (%d bytes)", len(data), decks.MaxFileSize)
		return nil, p.problems
	}
	if !utf8.Valid(data) {
		p.add(0, 0, "the file is not UTF-8 text; save it as UTF-8")
		return nil, p.problems
	}
	if deep, ok := decks.CheckTOMLDepth(name, data); ok {
		return nil, append(p.problems, deep)
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			p.add(pe.Position.Line, max(pe.Position.Col, 1), "%s", pe.Message)
		} else {
			p.add(0, 0, "%s", strings.TrimPrefix(err.Error(), "toml: "))
		}
		return nil, p.problems
	}
	p.keys = decks.LocateKeys(string(data))
	plan := &Plan{ID: strings.TrimSuffix(path.Base(filepath.ToSlash(name)), ".toml"), Path: name}
	p.unknown(raw, planKeys, p.keys.Top, "plan")
	plan.Title = p.text(raw, "title", p.keys.Top, true, MaxTitleLen)
	plan.Description = p.text(raw, "description", p.keys.Top, false, MaxDescLen)
	var unknownIDs decks.Problems
	switch v := raw["cards"].(type) {
	case nil:
		// A plan just begun may have no cards yet.
	case []map[string]any:
		if len(v) > MaxSteps {
			line, col := p.keys.Top("cards")
			p.add(line, col, "a plan may hold at most %d cards, not %d", MaxSteps, len(v))
			break
		}
		seen := map[string]int{}
		for i, rc := range v {
			at := func(key string) (int, int) { return p.keys.Card(i, key) }
			p.unknown(rc, stepKeys, at, "card")
			s := Step{CardID: p.text(rc, "id", at, true, 0), Note: p.text(rc, "note", at, false, MaxNoteLen)}
			line, col := at("id")
			switch {
			case s.CardID == "":
			case seen[s.CardID] > 0:
				p.add(line, col, "card %q is already in the plan (line %d)", s.CardID, seen[s.CardID])
			case known != nil && !known(s.CardID):
				unknownIDs = append(unknownIDs, decks.Problem{Path: name, Line: line, Col: col, Msg: fmt.Sprintf("unknown card id %q", s.CardID)})
			}
			if s.CardID != "" && seen[s.CardID] == 0 {
				seen[s.CardID] = line
			}
			plan.Steps = append(plan.Steps, s)
		}
	default:
		line, col := p.keys.Top("cards")
		p.add(line, col, "cards must be a list of [[cards]] tables, not %s", decks.TypeName(v))
	}
	if len(p.problems) > 0 {
		p.problems = append(p.problems, unknownIDs...)
		p.problems.Sort()
		return nil, p.problems
	}
	return plan, unknownIDs
}

type parser struct {
	name     string
	keys     decks.KeyPositions
	problems decks.Problems
}

func (p *parser) add(line, col int, format string, args ...any) {
	p.problems = append(p.problems, decks.Problem{Path: p.name, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) unknown(raw map[string]any, known []string, at func(string) (int, int), what string) {
	var keys []string
	for k := range raw {
		if !slices.Contains(known, k) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		line, col := at(k)
		p.add(line, col, "unknown %s key %q; known keys are %s", what, k, strings.Join(known, ", "))
	}
}

// text reads a string key; limit 0 means no length limit.
func (p *parser) text(raw map[string]any, key string, at func(string) (int, int), required bool, limit int) string {
	line, col := at(key)
	v, ok := raw[key]
	if !ok {
		if required {
			p.add(line, col, "missing %s", key)
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		p.add(line, col, "%s must be text in quotes, not %s", key, decks.TypeName(v))
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		p.add(line, col, "%s is empty", key)
	}
	if n := utf8.RuneCountInString(s); limit > 0 && n > limit {
		p.add(line, col, "%s is %d characters; keep it to %d or fewer", key, n, limit)
	}
	return s
}

// planFile is a plan as written to disk.
type planFile struct {
	Title       string     `toml:"title"`
	Description string     `toml:"description,omitempty"`
	Cards       []stepFile `toml:"cards"`
}

type stepFile struct {
	ID   string `toml:"id"`
	Note string `toml:"note,omitempty"`
}

// Marshal writes a plan in the format Parse reads.
func (p *Plan) Marshal() ([]byte, error) {
	f := planFile{Title: p.Title, Description: p.Description}
	for _, s := range p.Steps {
		f.Cards = append(f.Cards, stepFile{ID: s.CardID, Note: s.Note})
	}
	var buf bytes.Buffer
	buf.WriteString("# A Tend session plan. Cards are named by id, so the plan runs in every\n# language they are translated into. Notes are for the therapist only.\n\n")
	if err := toml.NewEncoder(&buf).Encode(f); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Save writes p into dir atomically, as dir/<p.ID>.toml. A plan without an
// id, or a built-in one, gets a new id from its title that no file in dir
// uses yet, so saving never replaces another plan. It returns the path.
func Save(dir string, p *Plan) (string, error) {
	if p.ID == "" || p.Builtin {
		p.ID = freeID(dir, p.Title)
		p.Builtin = false
		p.translations = nil
	}
	data, err := p.Marshal()
	if err != nil {
		return "", err
	}
	file := filepath.Join(dir, p.ID+".toml")
	if err := decks.WriteFileAtomic(file, data); err != nil {
		return "", err
	}
	p.Path = file
	return file, nil
}

// Remove deletes a saved plan's file.
func Remove(p *Plan) error {
	if p.Path == "" || p.Builtin {
		return nil
	}
	return os.Remove(p.Path)
}

// freeID makes a file name from a title: its lowercase letters and digits
// (in any script) joined by hyphens, with -2, -3, ... added when the name
// is taken.
func freeID(dir, title string) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			sb.WriteRune(r)
		case sb.Len() > 0 && !strings.HasSuffix(sb.String(), "-"):
			sb.WriteByte('-')
		}
		if sb.Len() >= 40 {
			break
		}
	}
	base := strings.Trim(sb.String(), "-")
	if base == "" {
		base = "plan"
	}
	id := base
	for n := 2; ; n++ {
		if _, err := os.Lstat(filepath.Join(dir, id+".toml")); errors.Is(err, fs.ErrNotExist) {
			return id
		}
		id = fmt.Sprintf("%s-%d", base, n)
	}
}

// Loaded is what reading a folder of plans gives.
type Loaded struct {
	Plans []*Plan
	// Problems lists everything wrong, positioned; a plan with unknown card
	// ids is loaded anyway and its problems are listed here too.
	Problems decks.Problems
	// SetAside lists the files that could not be understood and were moved
	// aside (to <file>.broken), so a later save can never overwrite them.
	SetAside []string
}

// LoadDir reads every *.toml plan in dir (the person's plan folder). A
// missing folder holds no plans. A file that cannot be understood is moved
// aside; one with unknown card ids is kept and loaded with the cards known
// here.
func LoadDir(dir string, known func(id string) bool) Loaded {
	return readDir(dir, known, true)
}

// CheckDir reports the problems of every plan in dir without changing
// anything, for deckcheck.
func CheckDir(dir string, known func(id string) bool) decks.Problems {
	return readDir(dir, known, false).Problems
}

func readDir(dir string, known func(id string) bool, setAside bool) Loaded {
	var out Loaded
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return out
	}
	if err != nil {
		out.Problems = decks.Problems{{Path: dir, Msg: fmt.Sprintf("cannot read plan folder: %v", err)}}
		return out
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".toml") || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		file := filepath.Join(dir, e.Name())
		plan, ps := ReadFile(file, known)
		out.Problems = append(out.Problems, ps...)
		if plan != nil {
			out.Plans = append(out.Plans, plan)
			continue
		}
		if setAside {
			if kept, err := decks.SetAside(file); err == nil {
				out.SetAside = append(out.SetAside, kept)
			}
		}
	}
	slices.SortFunc(out.Plans, func(a, b *Plan) int { return strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)) })
	return out
}

// ReadFile reads and parses one plan file, safely (see decks.ReadUserFile).
func ReadFile(file string, known func(id string) bool) (*Plan, decks.Problems) {
	data, err := decks.ReadUserFile(file)
	if err != nil {
		return nil, decks.Problems{{Path: file, Msg: fmt.Sprintf("cannot read plan: %v", err)}}
	}
	return Parse(file, data, known)
}

//go:embed data
var builtin embed.FS

// BuiltinName prefixes messages about the built-in plans: their path in this
// repository.
const BuiltinName = "decks/session/data"

// Builtin returns the example plans shipped with Tend, in English with
// their translations attached (see Plan.In), and the problems found in
// them. Card ids are not checked here: CheckBuiltin does that against a
// library.
func Builtin() ([]*Plan, decks.Problems) {
	fsys, _ := fs.Sub(builtin, "data")
	var plans []*Plan
	var problems decks.Problems
	read := func(locale string) map[string]*Plan {
		out := map[string]*Plan{}
		files, _ := fs.Glob(fsys, locale+"/*.toml")
		for _, f := range files {
			data, _ := fs.ReadFile(fsys, f)
			p, ps := Parse(path.Join(BuiltinName, f), data, nil)
			problems = append(problems, ps...)
			if p != nil {
				p.Builtin = true
				out[p.ID] = p
			}
		}
		return out
	}
	english := read(decks.SourceLocale)
	dirs, _ := fs.ReadDir(fsys, ".")
	for _, d := range dirs {
		if !d.IsDir() || d.Name() == decks.SourceLocale {
			continue
		}
		for id, t := range read(d.Name()) {
			src := english[id]
			if src == nil {
				problems = append(problems, decks.Problem{Path: t.Path, Msg: fmt.Sprintf("no English plan %q to translate", id)})
				continue
			}
			if !slices.Equal(t.IDs(), src.IDs()) {
				problems = append(problems, decks.Problem{Path: t.Path, Msg: fmt.Sprintf("cards must be the English plan's, in its order: %s", strings.Join(src.IDs(), ", "))})
				continue
			}
			if src.translations == nil {
				src.translations = map[string]*Plan{}
			}
			src.translations[d.Name()] = t
		}
	}
	for _, p := range english {
		plans = append(plans, p)
	}
	slices.SortFunc(plans, func(a, b *Plan) int { return strings.Compare(a.ID, b.ID) })
	return plans, problems
}

// Translated lists the languages a built-in plan is translated into.
func (p *Plan) Translated() []string {
	var out []string
	for l := range p.translations {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

// CheckBuiltin reports the built-in plans' problems and every card id they
// use that known does not have, positioned in the English file.
func CheckBuiltin(known func(id string) bool) decks.Problems {
	fsys, _ := fs.Sub(builtin, "data")
	_, problems := Builtin()
	files, _ := fs.Glob(fsys, decks.SourceLocale+"/*.toml")
	for _, f := range files {
		data, _ := fs.ReadFile(fsys, f)
		if p, ps := Parse(path.Join(BuiltinName, f), data, known); p != nil {
			problems = append(problems, ps...)
		}
	}
	problems.Sort()
	return problems
}
