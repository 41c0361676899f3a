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
	Messages map[string]*i18n.MessageTemplate
	Hashes   map[string]string // id → the source hash recorded by goi18n merge
}

// Catalog is every interface message Tend knows, built-in and dropped in.
type Catalog struct {
	bundle *i18n.Bundle
	files  map[string]*File // by language tag string
}

// Load reads the built-in message files and then active.*.toml files from
// each folder in dirs (a translator's drop-in folder). It returns every
// problem as "path:line:col: message"; a broken file is left out and the
// rest still load.
func Load(dirs ...string) (*Catalog, []string) {
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
func LoadFor(langs []string, dirs ...string) (*Catalog, []string) {
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

func (c *Catalog) loadFS(fsys fs.FS, name string, keep func(lang string) bool) []string {
	var problems []string
	files, err := fs.Glob(fsys, "active.*.toml")
	if err != nil {
		return []string{fmt.Sprintf("%s: %v", name, err)}
	}
	for _, f := range files {
		if !keep(strings.TrimSuffix(strings.TrimPrefix(f, "active."), ".toml")) {
			continue
		}
		shown := path.Join(name, f)
		data, err := fs.ReadFile(fsys, f)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", shown, err))
			continue
		}
		file, err := parseFile(shown, data)
		if err != nil {
			problems = append(problems, err.Error())
			continue
		}
		// The file is decoded once, here, and handed to go-i18n as messages.
		msgs := make([]*i18n.Message, 0, len(file.Messages))
		for _, m := range file.Messages {
			msgs = append(msgs, m.Message)
		}
		if err := c.bundle.AddMessages(file.Tag, msgs...); err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", shown, err))
			continue
		}
		c.files[file.Tag.String()] = file
	}
	return problems
}

// parseFile checks a message file strictly (positions for syntax errors,
// UTF-8, plural forms) before go-i18n sees it, since go-i18n's own errors
// carry no line numbers.
func parseFile(shown string, data []byte) (*File, error) {
	lang := strings.TrimSuffix(strings.TrimPrefix(path.Base(shown), "active."), ".toml")
	tag, err := language.Parse(lang)
	if err != nil {
		return nil, fmt.Errorf("%s: %q is not a language code such as de or pt-BR", shown, lang)
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, fmt.Errorf("%s:%d:%d: %s", shown, pe.Position.Line, max(pe.Position.Col, 1), pe.Message)
		}
		return nil, fmt.Errorf("%s: %v", shown, err)
	}
	f := &File{Path: shown, Tag: tag, Messages: map[string]*i18n.MessageTemplate{}, Hashes: map[string]string{}}
	for id, v := range raw {
		m := &i18n.Message{ID: id}
		switch v := v.(type) {
		case string:
			m.Other = v
		case map[string]any:
			for k, x := range v {
				s, ok := x.(string)
				if !ok {
					return nil, fmt.Errorf("%s: message %q: %s must be text", shown, id, k)
				}
				switch k {
				case "zero":
					m.Zero = s
				case "one":
					m.One = s
				case "two":
					m.Two = s
				case "few":
					m.Few = s
				case "many":
					m.Many = s
				case "other":
					m.Other = s
				case "description":
					m.Description = s
				case "hash":
					f.Hashes[id] = s
				default:
					return nil, fmt.Errorf("%s: message %q has an unknown key %q", shown, id, k)
				}
			}
		default:
			return nil, fmt.Errorf("%s: message %q must be text or a table", shown, id)
		}
		if t := i18n.NewMessageTemplate(m); t != nil { // nil: all forms still empty
			f.Messages[id] = t
		}
	}
	return f, nil
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
	if s == "" && l.english != nil {
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
