package locales

import (
	"fmt"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"tend.app/tend/decks"
)

// MaxFileSize bounds a message file, like a deck file: the English file is
// about 20 KB, so 1 MiB leaves room for any language while keeping a 50 MB
// "translation" from being read at all.
const MaxFileSize = 1 << 20

// A message file needs a [Message] table holding texts: two levels, and
// keys of at most two dotted parts (Message.other). The pre-scan allows a
// little more so the decoder, not the pre-scan, explains small mistakes.
const (
	maxNesting  = 4
	maxKeyParts = 4
)

// messageKeys are the keys a message table may hold. id is go-i18n's own
// (an id repeated inside its table); the plural forms come first so a typo
// of "other" is suggested before anything else.
var messageKeys = []string{"other", "one", "few", "many", "two", "zero", "description", "hash", "id"}

// section is one message of a file: a [Message] table with its keys, or
// one top-level Message = "text" line. Each is decoded on its own, so a
// mistake in one never costs the others.
type section struct {
	line int    // 1-based line where it starts
	text string // its source, whole lines
}

// splitSections cuts a message file at each table header and each
// top-level key, outside multi-line strings. Comments and blank lines stay
// with the section before them.
func splitSections(src string) []section {
	var out []section
	start, startLine, lineNo := 0, 1, 0
	inTable := false
	closing := "" // the delimiter of the multi-line string we are in
	for at := 0; at < len(src); {
		lineNo++
		end := len(src)
		if i := strings.IndexByte(src[at:], '\n'); i >= 0 {
			end = at + i + 1
		}
		line := src[at:end]
		if closing != "" {
			if strings.Count(line, closing)%2 == 1 {
				closing = ""
			}
			at = end
			continue
		}
		trimmed := strings.TrimSpace(line)
		isHeader := strings.HasPrefix(trimmed, "[")
		isTopKey := !inTable && trimmed != "" && trimmed[0] != '#'
		// Comments before the first message belong to it.
		if (isHeader || isTopKey) && at > start && !onlyComments(src[start:at]) {
			out = append(out, section{line: startLine, text: src[start:at]})
			start, startLine = at, lineNo
		}
		if isHeader {
			inTable = true
		}
		for _, q := range []string{`"""`, `'''`} {
			if strings.Count(line, q)%2 == 1 {
				closing = q
				break
			}
		}
		at = end
	}
	if start < len(src) {
		out = append(out, section{line: startLine, text: src[start:]})
	}
	return out
}

func onlyComments(s string) bool {
	for _, l := range strings.Split(s, "\n") {
		if t := strings.TrimSpace(l); t != "" && t[0] != '#' {
			return false
		}
	}
	return true
}

// keyAt finds where each key of a section is written: the table header
// (under "") and each key = line, 1-based, for messages that point at the
// right place.
func keyAt(s section) map[string]position {
	out := map[string]position{}
	for i, l := range strings.Split(s.text, "\n") {
		trimmed := strings.TrimLeft(l, " \t")
		col := len(l) - len(trimmed) + 1
		switch {
		case strings.HasPrefix(trimmed, "["):
			if _, ok := out[""]; !ok {
				out[""] = position{s.line + i, col}
			}
		case trimmed == "" || trimmed[0] == '#':
		default:
			k, _, ok := strings.Cut(trimmed, "=")
			if !ok {
				continue
			}
			k = strings.Trim(strings.TrimSpace(k), `"'`)
			if _, seen := out[k]; !seen {
				out[k] = position{s.line + i, col}
			}
		}
	}
	return out
}

// position is a 1-based line and column.
type position struct{ line, col int }

// parser reads one message file and keeps every good message, collecting
// a positioned problem for each mistake.
type parser struct {
	file      *File
	src       string
	problems  decks.Problems
	seen      map[string]int                 // message id → line first defined
	positions map[string]map[string]position // found when first needed
}

// whole decodes a well-formed file in one go, which is how nearly every
// file arrives, and looks for positions only if a message has a problem.
// It returns false, having done nothing, when the file must be read
// message by message to keep the good ones.
func (p *parser) whole(src string) bool {
	if !utf8.ValidString(src) {
		return false
	}
	if _, _, msg := decks.ScanTOMLDepth([]byte(src), maxNesting, maxKeyParts); msg != "" {
		return false
	}
	var raw map[string]any
	if _, err := toml.Decode(src, &raw); err != nil {
		return false
	}
	for id, v := range raw {
		where := func(key string) position {
			if p.positions == nil {
				p.positions = messagePositions(src)
			}
			if at, ok := p.positions[id][key]; ok {
				return at
			}
			return p.positions[id][""]
		}
		p.use(id, p.message(id, v, where))
	}
	return true
}

// use keeps a message that was read without problems, or marks it broken.
func (p *parser) use(id string, m *i18n.Message) {
	if m == nil || p.file.Broken[id] {
		p.file.Broken[id] = true
		return
	}
	if t := i18n.NewMessageTemplate(m); t != nil { // nil: all forms still empty
		p.file.Messages[id] = t
	}
}

func (p *parser) add(at position, format string, args ...any) {
	p.problems = append(p.problems, decks.Problem{Path: p.file.Path, Line: at.line, Col: at.col, Msg: fmt.Sprintf(format, args...)})
}

// parseFile reads a message file section by section. Every message that is
// well formed is kept; each one that is not is reported with its position
// and left out, so English shows in its place. go-i18n's own parser would
// reject the whole file for one mistake, with no line numbers.
func parseFile(shown string, data []byte) (*File, decks.Problems) {
	lang := strings.TrimSuffix(strings.TrimPrefix(path.Base(shown), "active."), ".toml")
	tag, err := language.Parse(lang)
	if err != nil {
		return nil, decks.Problems{{Path: shown, Msg: fmt.Sprintf("%q is not a language code such as de or pt-BR", lang)}}
	}
	f := &File{Path: shown, Tag: tag, Messages: map[string]*i18n.MessageTemplate{}, Hashes: map[string]string{}, Broken: map[string]bool{}}
	p := &parser{file: f, src: string(data), seen: map[string]int{}}
	if len(data) > MaxFileSize {
		p.add(position{}, "file is %d bytes; a message file may be at most 1 MiB (%d bytes)", len(data), MaxFileSize)
		f.Unreadable = true
		return f, p.problems
	}
	src := strings.TrimPrefix(string(data), "\uFEFF")
	p.src = src
	if !p.whole(src) {
		for _, s := range splitSections(src) {
			p.section(s)
		}
	}
	f.Comments = translatorComments(src)
	return f, p.problems
}

// translatorComments collects the comment lines a translator wrote, leaving
// out those Template writes itself. Each belongs to the message whose
// header follows it, or, inside a table, to that message.
func translatorComments(src string) map[string][]string {
	out := map[string][]string{}
	var pending []string
	current := ""
	for _, l := range strings.Split(src, "\n") {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "#"):
			if !strings.HasPrefix(t, "# English") {
				pending = append(pending, t)
			}
		case strings.HasPrefix(t, "["):
			id := sectionID(section{text: t})
			out[id] = append(out[id], pending...)
			pending, current = nil, id
		case t != "" && current != "":
			out[current] = append(out[current], pending...)
			pending = nil
		}
	}
	out[""] = append(out[""], pending...)
	for id, c := range out {
		if len(c) == 0 {
			delete(out, id)
		}
	}
	return out
}

func (p *parser) section(s section) {
	id := sectionID(s)
	fail := func() {
		if id != "" {
			p.file.Broken[id] = true
			delete(p.file.Messages, id) // a message with any problem shows in English
		}
	}
	if !utf8.ValidString(s.text) {
		for i, l := range strings.Split(s.text, "\n") {
			if !utf8.ValidString(l) {
				p.add(position{s.line + i, 1}, "this line is not UTF-8; save the file as UTF-8")
			}
		}
		fail()
		return
	}
	if line, col, msg := decks.ScanTOMLDepth([]byte(s.text), maxNesting, maxKeyParts); msg != "" {
		p.add(position{s.line + line - 1, col}, "%s", msg)
		fail()
		return
	}
	var raw map[string]any
	if _, err := toml.Decode(s.text, &raw); err != nil {
		line, col, msg := explainTOMLError(err, s.text)
		p.add(position{s.line + max(line, 1) - 1, max(col, 1)}, "%s", msg)
		fail()
		return
	}
	keys := keyAt(s)
	for id, v := range raw {
		at, ok := keys[""]
		if !ok {
			at = keys[id]
		}
		if first, dup := p.seen[id]; dup {
			p.add(at, "message %q is written twice (first on line %d); keep one", id, first)
			continue
		}
		p.seen[id] = at.line
		p.use(id, p.message(id, v, func(key string) position {
			if k, ok := keys[key]; ok && key != "" {
				return k
			}
			return at
		}))
	}
}

// sectionID guesses the message a section defines from its first line, so
// a message whose table does not decode is counted as broken, not missing.
func sectionID(s section) string {
	for _, l := range strings.Split(s.text, "\n") {
		t := strings.TrimSpace(l)
		if t == "" || t[0] == '#' {
			continue
		}
		if strings.HasPrefix(t, "[") {
			t = strings.TrimPrefix(t, "[")
			if i := strings.IndexAny(t, "]. \t"); i >= 0 {
				t = t[:i]
			}
		} else if i := strings.IndexAny(t, "=. \t"); i >= 0 {
			t = t[:i]
		}
		return strings.Trim(t, `"'`)
	}
	return ""
}

// message builds one message from its decoded value, or returns nil after
// reporting why it cannot be used.
// where(key) is the position of one of its keys, where("") of the message.
func (p *parser) message(id string, v any, where func(key string) position) *i18n.Message {
	m := &i18n.Message{ID: id}
	switch v := v.(type) {
	case string:
		m.Other = v
		return m
	case map[string]any:
		ok := true
		for _, k := range sortedKeys(v) {
			kat := where(k)
			if !slices.Contains(messageKeys, k) {
				msg := fmt.Sprintf("unknown key '%s'", k)
				if s := closest(k, messageKeys); s != "" {
					msg += fmt.Sprintf("; did you mean '%s'?", s)
				} else if _, hasOther := v["other"]; !hasOther {
					// Most often the key itself was translated ("altro").
					msg += "; did you mean 'other'?"
				} else {
					msg += "; a message has " + strings.Join(messageKeys[:6], ", ") + ", description and hash"
				}
				p.add(kat, "%s", msg)
				ok = false
				continue
			}
			s, isText := v[k].(string)
			if !isText {
				p.add(kat, "'%s' must be text in double quotes", k)
				ok = false
				continue
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
				p.file.Hashes[id] = s
			}
		}
		if !ok {
			return nil
		}
		return m
	default:
		p.add(where(""), "message %q must be a text in double quotes, or a [%s] table", id, id)
		return nil
	}
}

func sortedKeys(m map[string]any) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// closest returns the candidate within two edits of k, if any.
func closest(k string, candidates []string) string {
	best, bestDist := "", 3
	for _, c := range candidates {
		if d := decks.EditDistance(strings.ToLower(k), strings.ToLower(c)); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}
