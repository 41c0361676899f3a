// Package locales holds Tend's interface messages (go-i18n TOML files,
// active.<lang>.toml, with active.en.toml as the source), loads them with
// drop-in files from the person's own folder, picks the language from the
// system, and makes the pseudo-language used to catch cut-off text. It has
// no Fyne dependency, so the checker builds without cgo.
package locales

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"tend.app/tend/decks"
)

//go:embed active.*.toml
var builtin embed.FS

// Source is the language every message is written in first.
const Source = "en"

// BuiltinName prefixes messages about the built-in files: their path in this
// repository.
const BuiltinName = "locales"

// File is one loaded message file: its language and message ids, kept so the
// checker can say what is missing or stale.
type File struct {
	Path     string
	Tag      language.Tag
	Messages map[string]*i18n.MessageTemplate // the usable ones
	Hashes   map[string]string                // id → the source hash recorded by goi18n merge
	// Broken holds the ids of messages left out because of a problem
	// (reported with its position); English shows in their place.
	Broken map[string]bool
	// Unreadable is set when the file could not be read at all (too large,
	// not a regular file): it counts as broken, not as "not translated yet".
	Unreadable bool
	// Comments are the translator's own comment lines, by the message they
	// stand before or inside ("" for the end of the file), so that
	// refreshing the file with deckcheck -new keeps them.
	Comments map[string][]string
	src      string // kept while loading, for positions
}

// Catalog is every interface message Tend knows, built-in and dropped in.
type Catalog struct {
	bundle *i18n.Bundle
	files  map[string]*File // by language tag string
}

// Load reads the built-in message files and then active.*.toml files from
// each folder in dirs (a translator's drop-in folder). It returns every
// problem with its position; a message with a problem is left out (English
// shows in its place) and every other message still loads.
func Load(dirs ...string) (*Catalog, decks.Problems) {
	return LoadFor(nil, dirs...)
}

// BuiltinLanguages lists the built-in message files' languages without
// parsing them.
func BuiltinLanguages() []string { return fileLanguages(builtin) }

// Languages lists the languages of the message files in dirs (drop-in
// folders) without parsing them.
func Languages(dirs ...string) []string {
	var out []string
	for _, dir := range dirs {
		out = append(out, fileLanguages(os.DirFS(dir))...)
	}
	return out
}

func fileLanguages(fsys fs.FS) []string {
	files, _ := fs.Glob(fsys, "active.*.toml")
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = strings.TrimSuffix(strings.TrimPrefix(f, "active."), ".toml")
	}
	return out
}

// LoadFor is Load with only the given built-in languages (and English)
// parsed; nil means all. Drop-in folders are always read whole, so their
// problems are reported at once.
func LoadFor(langs []string, dirs ...string) (*Catalog, decks.Problems) {
	c := &Catalog{bundle: i18n.NewBundle(language.English), files: map[string]*File{}}
	c.bundle.RegisterUnmarshalFunc("toml", toml.Unmarshal)
	problems := c.loadFS(builtin, BuiltinName, func(lang string) bool {
		return langs == nil || lang == Source || slices.Contains(langs, lang)
	})
	for _, dir := range dirs {
		if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
			continue
		}
		problems = append(problems, c.loadFS(os.DirFS(dir), filepath.ToSlash(dir), func(string) bool { return true })...)
	}
	return c, problems
}

func (c *Catalog) loadFS(fsys fs.FS, name string, keep func(lang string) bool) decks.Problems {
	files, err := fs.Glob(fsys, "active.*.toml")
	if err != nil {
		return decks.Problems{{Path: name, Msg: err.Error()}}
	}
	// English first: every translation is checked against it.
	slices.SortStableFunc(files, func(a, b string) int {
		return boolCmp(a != "active."+Source+".toml", b != "active."+Source+".toml")
	})
	var problems decks.Problems
	for _, f := range files {
		if !keep(strings.TrimSuffix(strings.TrimPrefix(f, "active."), ".toml")) {
			continue
		}
		shown := path.Join(name, f)
		file, ps := readFile(fsys, f, shown)
		if file != nil && file.Tag != language.English {
			if en := c.files[Source]; en != nil {
				ps = append(ps, file.checkAgainst(en, file.src)...)
			}
		}
		ps.Sort()
		problems = append(problems, ps...)
		if file == nil {
			continue
		}
		file.src = ""
		// The file is decoded once, here, and handed to go-i18n as messages.
		msgs := make([]*i18n.Message, 0, len(file.Messages))
		for _, m := range file.Messages {
			msgs = append(msgs, m.Message)
		}
		if err := c.bundle.AddMessages(file.Tag, msgs...); err != nil {
			problems = append(problems, decks.Problem{Path: shown, Msg: err.Error()})
		}
		c.files[file.Tag.String()] = file
	}
	return problems
}

func boolCmp(a, b bool) int { return boolInt(a) - boolInt(b) }

// readFile reads one message file safely (a regular file of at most
// MaxFileSize, so a FIFO or a link to /dev/zero cannot hang or exhaust Tend)
// and parses it. A file that cannot be read at all comes back empty and
// marked Unreadable, so it is reported as broken, not as untranslated.
func readFile(fsys fs.FS, name, shown string) (*File, decks.Problems) {
	data, err := decks.ReadFileLimited(fsys, name, MaxFileSize)
	if err != nil {
		msg := err.Error()
		switch {
		case errors.Is(err, decks.ErrTooLarge):
			msg = fmt.Sprintf("file is larger than 1 MiB (%d bytes), the limit for a message file, so it is not read", MaxFileSize)
		case errors.Is(err, decks.ErrNotRegular):
			msg = "not a regular file (a folder, a device or a pipe), so it is not read"
		}
		f, ps := parseFile(shown, nil)
		if f != nil {
			f.Unreadable = true
		}
		return f, append(ps, decks.Problem{Path: shown, Msg: msg})
	}
	f, ps := parseFile(shown, data)
	if f != nil {
		f.src = string(data)
	}
	return f, ps
}

// Languages lists the languages with interface messages, English first.
func (c *Catalog) Languages() []string {
	var out []string
	for tag := range c.files {
		if tag != Source {
			out = append(out, tag)
		}
	}
	slices.Sort(out)
	return append([]string{Source}, out...)
}

// File returns the loaded file for a language, or nil.
func (c *Catalog) File(tag string) *File { return c.files[tag] }

// Hash is the fingerprint goi18n merge records of a source message
// (description and "other" text), so a changed English message marks its
// translations stale.
func Hash(m *i18n.MessageTemplate) string {
	return sourceHash(m.Description + m.PluralTemplates["other"].Src)
}

// Localizer turns messages into text in one language, falling back to
// English for anything missing, and never failing: a couple must never see
// an id or an error where a word should be.
type Localizer struct {
	tag     string
	loc     *i18n.Localizer
	english *i18n.Localizer // for messages a translation left empty
	pseudo  bool
}

// Localizer returns the localizer for a language tag from Languages, or for
// Pseudo.
func (c *Catalog) Localizer(tag string) *Localizer {
	if tag == Pseudo {
		return &Localizer{tag: tag, loc: i18n.NewLocalizer(c.bundle, Source), pseudo: true}
	}
	return &Localizer{tag: tag, loc: i18n.NewLocalizer(c.bundle, tag, Source), english: i18n.NewLocalizer(c.bundle, Source)}
}

// Tag is the language this localizer speaks.
func (l *Localizer) Tag() string { return l.tag }

// T localizes a message; data fills its {{.Placeholders}}.
func (l *Localizer) T(m *i18n.Message, data map[string]any) string {
	return l.localize(&i18n.LocalizeConfig{DefaultMessage: m, TemplateData: data})
}

// N localizes a message with plural forms for count, which is also
// available to the message as {{.Count}}.
func (l *Localizer) N(m *i18n.Message, count int, data map[string]any) string {
	if data == nil {
		data = map[string]any{}
	}
	data["Count"] = count
	return l.localize(&i18n.LocalizeConfig{DefaultMessage: m, PluralCount: count, TemplateData: data})
}

func (l *Localizer) localize(cfg *i18n.LocalizeConfig) string {
	s, err := l.loc.Localize(cfg)
	// A translation that fails to render, or renders a placeholder the
	// code does not fill (text/template writes "<no value>"), gives way to
	// the English.
	if (err != nil || s == "" || strings.Contains(s, "<no value>")) && l.english != nil {
		s, err = l.english.Localize(cfg)
	}
	if err != nil && s == "" {
		s = cfg.DefaultMessage.Other
	}
	if l.pseudo {
		return PseudoText(s)
	}
	return s
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
