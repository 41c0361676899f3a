package decks

import (
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"
)

var (
	deckKeys = []string{"id", "moment", "title", "description", "note", "cards"}
	cardKeys = []string{"id", "depth", "role", "topics", "both", "text", "note"}
	// Translations may also record the hash of the English text they
	// translate ("source"), and may leave out what they inherit from the
	// English deck (moment, depth, both).
	translationDeckKeys = append(slices.Clone(deckKeys), "source")
	translationCardKeys = append(slices.Clone(cardKeys), "source")
)

// SourceHash is the fingerprint a translation records of the English text it
// translates, in the style of goi18n ("sha1-" and the hex digest). When the
// English changes, the fingerprints no longer match and the translation is
// reported as stale.
func SourceHash(text string) string {
	sum := sha1.Sum([]byte(text))
	return "sha1-" + hex.EncodeToString(sum[:])
}

// DeckSourceHash is the fingerprint of a deck's title and description.
func DeckSourceHash(d *Deck) string { return SourceHash(d.Title + "\n" + d.Description) }

// Parse reads one deck file. name is the path shown in messages and its base
// name (without ".toml") must equal the deck id; locale is the language the
// file is written in, which decides whether English length limits apply.
//
// Parse never stops at the first problem: it returns every one it can find,
// each with a position. A deck is returned only when there are no problems,
// so a half-valid deck never reaches a couple.
func Parse(name string, data []byte, locale string) (*Deck, Problems) {
	base, _ := language.Make(locale).Base()
	p := &parser{name: name, english: base.String() == SourceLocale, src: data}
	if len(data) > MaxFileSize {
		p.add(position{}, "file is %d bytes; a deck file may be at most 1 MiB (%d bytes)", len(data), MaxFileSize)
		return nil, p.problems
	}
	if !utf8.Valid(data) {
		p.invalidUTF8(data)
		return nil, p.problems
	}
	src := string(data)
	var raw map[string]any
	if _, err := toml.Decode(src, &raw); err != nil {
		p.syntax(err)
		return nil, p.problems
	}
	p.keys = locateKeys(src)
	d := p.deck(raw)
	d.Locale = locale
	if len(p.problems) > 0 {
		p.problems.Sort()
		return nil, p.problems
	}
	return d, nil
}

type parser struct {
	name     string
	english  bool // English limits apply, and nothing is inherited
	src      []byte
	lines    []int // byte offset of each line start, built on first need
	keys     *keyPositions
	problems Problems
}

func (p *parser) add(at position, format string, args ...any) {
	p.problems = append(p.problems, Problem{Path: p.name, Line: at.line, Col: at.col, Msg: fmt.Sprintf(format, args...)})
}

// invalidUTF8 reports each line holding bytes that are not UTF-8, which is
// what a file saved in a legacy encoding (Latin-1, Windows-1251) looks like.
func (p *parser) invalidUTF8(data []byte) {
	line, col := 1, 1
	lastLine := 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 && line != lastLine {
			p.add(position{line, col}, "invalid UTF-8 (byte 0x%02x); save the file as UTF-8", data[i])
			lastLine = line
		}
		if data[i] == '\n' {
			line, col = line+1, 1
		} else {
			col += size
		}
		i += size
	}
}

// syntax turns a decoder error into a positioned problem.
func (p *parser) syntax(err error) {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		col := pe.Position.Col
		if col == 0 && pe.Position.Line > 0 {
			col = 1
		}
		p.add(position{pe.Position.Line, col}, "%s", pe.Message)
		return
	}
	p.add(position{}, "%s", strings.TrimPrefix(err.Error(), "toml: "))
}

func (p *parser) deck(raw map[string]any) *Deck {
	d := &Deck{Path: p.name}
	top := p.keys.top
	known := deckKeys
	if !p.english {
		known = translationDeckKeys
	}
	p.unknownKeys(raw, known, top, "deck")
	d.ID = p.str(raw, "id", top, "deck", true)
	d.idPos = top.at("id")
	if d.ID != "" {
		p.checkID(d.ID, d.idPos, "deck")
		if want := strings.TrimSuffix(path.Base(p.name), ".toml"); want != d.ID {
			p.add(d.idPos, "deck id %q must match the file name %q", d.ID, want+".toml")
		}
	}
	// A translation may leave texts empty: not translated yet, so the
	// English shows in their place.
	d.Title = p.str(raw, "title", top, "deck", p.english)
	d.Description = p.str(raw, "description", top, "deck", p.english)
	d.Note = p.str(raw, "note", top, "deck", false)
	if p.english {
		p.maxLen(d.Title, MaxTitleLen, top.at("title"), "title")
		p.maxLen(d.Description, MaxDescLen, top.at("description"), "description")
	}
	d.Source = p.str(raw, "source", top, "deck", false)
	if _, ok := raw["moment"]; !ok && !p.english {
		d.inherits = append(d.inherits, Problem{p.name, 1, 1, "deck is missing moment (a deck with no English original needs its own)"})
	} else if m := p.str(raw, "moment", top, "deck", true); m != "" {
		d.Moment = Moment(m)
		d.momentStated, d.momentPos = true, top.at("moment")
		if !slices.Contains(Moments, d.Moment) {
			p.add(top.at("moment"), "unknown moment %q; use one of %s", m, quoteAll(Moments))
		}
	}

	v, ok := raw["cards"]
	if !ok {
		p.add(position{1, 1}, "deck has no cards; add at least one [[cards]] table")
		return d
	}
	cards, ok := v.([]map[string]any)
	if !ok {
		p.add(top.at("cards"), "cards must be a list of [[cards]] tables, not %s", typeName(v))
		return d
	}
	if len(cards) == 0 {
		p.add(top.at("cards"), "deck has no cards; add at least one [[cards]] table")
	}
	seen := map[string]position{}
	for i, rc := range cards {
		c := p.card(i, rc)
		c.Deck = d
		if c.inheritsDepth {
			d.inherits = append(d.inherits, Problem{p.name, c.pos.line, c.pos.col, "card is missing depth (a deck with no English original needs its own)"})
		}
		if c.ID != "" {
			if first, dup := seen[c.ID]; dup {
				p.add(c.pos, "duplicate card id %q (first used on line %d)", c.ID, first.line)
			} else {
				seen[c.ID] = c.pos
			}
		}
		d.Cards = append(d.Cards, c)
	}
	if p.english {
		// Translations take their roles from the English cards, checked
		// here; a deck in another language with no English original is
		// checked when the library finds that out.
		p.problems = append(p.problems, CheckRoles(d)...)
	}
	return d
}

func (p *parser) card(i int, raw map[string]any) *Card {
	table := p.keys.card(i)
	known := cardKeys
	if !p.english {
		known = translationCardKeys
	}
	p.unknownKeys(raw, known, table, "card")
	c := &Card{Role: RoleEither}
	c.ID = p.str(raw, "id", table, "card", true)
	c.pos = table.at("id")
	if c.ID != "" {
		p.checkID(c.ID, c.pos, "card")
	}
	c.Text = p.str(raw, "text", table, "card", p.english)
	if p.english {
		p.maxLen(c.Text, MaxTextLen, table.at("text"), "card text")
	}
	c.Note = p.str(raw, "note", table, "card", false)
	c.Source = p.str(raw, "source", table, "card", false)
	p.role(c, raw, table)
	p.topics(c, raw, table)
	depthAt := table.at("depth")
	switch v := raw["depth"].(type) {
	case nil:
		if p.english {
			p.add(depthAt, "card is missing depth (1 gentle, 2 deeper, 3 vulnerable)")
		} else {
			c.inheritsDepth = true
		}
	case int64:
		if v < int64(Gentle) || v > int64(MaxDepth) {
			p.add(depthAt, "depth %d is out of range; use 1 (gentle), 2 (deeper) or 3 (vulnerable)", v)
		}
		c.Depth = Depth(v)
		c.stated.depth, c.stated.depthPos = true, depthAt
	default:
		p.add(depthAt, "depth must be a whole number 1, 2 or 3, not %s", typeName(v))
	}
	return c
}

// str reads a string key of a deck or card. Required keys must be present
// and not blank.
func (p *parser) str(raw map[string]any, key string, table tablePositions, what string, required bool) string {
	at := table.at(key)
	v, ok := raw[key]
	if !ok {
		if required {
			p.add(at, "%s is missing %s", what, key)
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		p.add(at, "%s must be text in quotes, not %s", key, typeName(v))
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		p.add(at, "%s is empty", key)
	}
	return s
}

func (p *parser) checkID(id string, at position, what string) {
	if !validID(id) {
		p.add(at, "%s id %q must be lowercase letters and digits joined by single hyphens, like \"slow-start\"", what, id)
	}
}

func (p *parser) maxLen(s string, limit int, at position, what string) {
	if n := utf8.RuneCountInString(s); n > limit {
		p.add(at, "%s is %d characters; keep it to %d or fewer", what, n, limit)
	}
}

// unknownKeys reports keys the format does not have, with a suggestion when
// the key looks like a typo of a known one.
func (p *parser) unknownKeys(raw map[string]any, known []string, table tablePositions, what string) {
	var unknown []string
	for k := range raw {
		if !slices.Contains(known, k) {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		msg := fmt.Sprintf("unknown %s key %q", what, k)
		if s := closest(k, known); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		} else {
			msg += fmt.Sprintf("; known keys are %s", strings.Join(known, ", "))
		}
		p.add(table.at(k), "%s", msg)
	}
}

// closest returns the known key within two edits of k, if any.
func closest(k string, known []string) string {
	best, bestDist := "", 3
	for _, c := range known {
		if d := editDistance(k, c); d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func typeName(v any) string {
	switch v.(type) {
	case string:
		return "text"
	case int64:
		return "a number"
	case float64:
		return "a decimal number"
	case bool:
		return "true/false"
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
	default:
		return "a date or time"
	}
}

func quoteAll[T ~string](ms []T) string {
	q := make([]string, len(ms))
	for i, m := range ms {
		q[i] = strconv.Quote(string(m))
	}
	return strings.Join(q, ", ")
}
