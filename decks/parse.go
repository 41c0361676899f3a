package decks

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
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
// so a half-valid deck never reaches a couple. The deck keeps data, without
// copying it, to find positions for later messages: do not change it after.
func Parse(name string, data []byte, locale string) (*Deck, Problems) {
	d, ps := parse(name, data, locale)
	if len(ps) > 0 {
		return nil, ps
	}
	return d, nil
}

// parse is Parse, but returns the deck as far as it could be read even when
// there are problems (nil only when the file could not be decoded), so the
// checker can still compare a broken translation's ids with the English.
func parse(name string, data []byte, locale string) (*Deck, Problems) {
	if len(data) > MaxFileSize {
		return nil, Problems{{Path: name, Msg: fmt.Sprintf("file is %d bytes; a deck file may be at most 1 MiB (%d bytes)", len(data), MaxFileSize)}}
	}
	return parseUnlimited(name, data, locale)
}

// parseUnlimited is parse without the size limit, which only benchmarks
// skip to show how loading grows with the number of cards.
func parseUnlimited(name string, data []byte, locale string) (*Deck, Problems) {
	base, _ := language.Make(locale).Base()
	p := &parser{name: name, english: base.String() == SourceLocale, src: data}
	// The decoder's cost grows with the square of the nesting: bound it
	// before decoding.
	if deep, ok := CheckTOMLDepth(name, data); ok {
		return nil, append(p.problems, deep)
	}
	// The decoder reads from data itself: toml.Decode would take a string,
	// one more copy of every file.
	var raw map[string]any
	if _, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&raw); err != nil {
		// Bytes that are not UTF-8 stop the decoder at the first; a file
		// saved in a legacy encoding is told line by line instead. (Checked
		// only here: a file that decodes is UTF-8.)
		if !utf8.Valid(data) {
			p.invalidUTF8(data)
			return nil, p.problems
		}
		line, col, msg := ExplainTOMLError(err, data)
		p.add(position{line, col}, "%s", msg)
		return nil, p.problems
	}
	d := p.deck(raw, data)
	d.Locale = locale
	p.problems.Sort()
	return d, p.problems
}

type parser struct {
	name     string
	english  bool // English limits apply, and nothing is inherited
	src      []byte
	lines    []int // byte offset of each line start, built on first need
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

// table is one table of the file being parsed, the top level (card -1)
// or a card, whose key positions are looked up only for a message.
type table struct {
	d    *Deck
	card int
}

func (t table) at(key string) position { return t.d.at(t.card, key) }

func (p *parser) deck(raw map[string]any, src []byte) *Deck {
	d := &Deck{Path: p.name, src: src}
	d.positions = sync.OnceValue(func() *keyPositions { return locateKeys(string(d.src)) })
	top := table{d, -1}
	known := deckKeys
	if !p.english {
		known = translationDeckKeys
	}
	p.unknownKeys(raw, known, top, "deck")
	d.ID = p.str(raw, "id", top, "deck", true)
	if d.ID != "" {
		p.checkID(d.ID, top, "deck")
		if want := strings.TrimSuffix(path.Base(p.name), ".toml"); want != d.ID {
			p.add(top.at("id"), "deck id %q must match the file name %q", d.ID, want+".toml")
		}
	}
	// A translation may leave texts empty: not translated yet, so the
	// English shows in their place.
	d.Title = p.str(raw, "title", top, "deck", p.english)
	d.Description = p.str(raw, "description", top, "deck", p.english)
	d.Note = p.str(raw, "note", top, "deck", false)
	p.checkText(d.Title, top, "title", "title", MaxTitleLen, MaxTranslatedTitleLen)
	p.checkText(d.Description, top, "description", "description", MaxDescLen, MaxTranslatedDescLen)
	d.Source = p.str(raw, "source", top, "deck", false)
	if _, ok := raw["moment"]; !ok && !p.english {
		d.missingMoment = true
	} else if m := p.str(raw, "moment", top, "deck", true); m != "" {
		d.Moment = Moment(m)
		d.momentStated = true
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
		p.add(top.at("cards"), "cards must be a list of [[cards]] tables, not %s", TypeName(v))
		return d
	}
	if len(cards) == 0 {
		p.add(top.at("cards"), "deck has no cards; add at least one [[cards]] table")
	}
	seen := make(map[string]int, len(cards))
	// One allocation for all cards rather than one per card.
	slab := make([]Card, len(cards))
	d.Cards = make([]*Card, 0, len(cards))
	for i, rc := range cards {
		c := &slab[i]
		c.Deck, c.index = d, i
		p.card(table{d, i}, rc, c)
		if c.ID != "" {
			if first, dup := seen[c.ID]; dup {
				p.add(c.at("id"), "duplicate card id %q (first used on line %d)", c.ID, d.at(first, "id").line)
			} else {
				seen[c.ID] = i
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

func (p *parser) card(table table, raw map[string]any, c *Card) {
	known := cardKeys
	if !p.english {
		known = translationCardKeys
	}
	p.unknownKeys(raw, known, table, "card")
	c.Role = RoleEither
	c.ID = p.str(raw, "id", table, "card", true)
	if c.ID != "" {
		p.checkID(c.ID, table, "card")
	}
	c.Text = p.str(raw, "text", table, "card", p.english)
	p.checkText(c.Text, table, "text", "card text", MaxTextLen, MaxTranslatedTextLen)
	c.Note = p.str(raw, "note", table, "card", false)
	c.Source = p.str(raw, "source", table, "card", false)
	p.role(c, raw, table)
	p.topics(c, raw, table)
	switch v := raw["depth"].(type) {
	case nil:
		if p.english {
			p.add(table.at("depth"), "card is missing depth (1 gentle, 2 deeper, 3 vulnerable)")
		} else {
			c.inheritsDepth = true
		}
	case int64:
		if v < int64(Gentle) || v > int64(MaxDepth) {
			p.add(table.at("depth"), "depth %d is out of range; use 1 (gentle), 2 (deeper) or 3 (vulnerable)", v)
		}
		c.Depth = Depth(v)
		c.stated.depth = true
	default:
		p.add(table.at("depth"), "depth must be a whole number 1, 2 or 3, not %s", TypeName(v))
	}
}

// str reads a string key of a deck or card. Required keys must be present
// and not blank.
func (p *parser) str(raw map[string]any, key string, table table, what string, required bool) string {
	v, ok := raw[key]
	if !ok {
		if required {
			p.add(table.at(key), "%s is missing %s", what, key)
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		p.add(table.at(key), "%s must be text in quotes, not %s", key, TypeName(v))
		return ""
	}
	if required && strings.TrimSpace(s) == "" {
		p.add(table.at(key), "%s is empty", key)
	}
	return s
}

func (p *parser) checkID(id string, table table, what string) {
	if !validID(id) {
		p.add(table.at("id"), "%s id %q must be lowercase letters and digits joined by single hyphens, like \"slow-start\"", what, id)
	}
}

// checkText applies the rules every shown text follows, in every
// language: a length limit (longer for translations), something visible
// (a text of only zero-width or direction marks shows as a blank card),
// and no bidi embedding or override, which shows text reversed; the
// isolates U+2066-U+2069 and the marks U+200E, U+200F are fine. An empty
// text is left to the required-key check (a translation may leave one
// empty: not translated yet).
func (p *parser) checkText(s string, table table, key, what string, english, translated int) {
	if s == "" {
		return
	}
	n, visible := 0, false
	for _, r := range s {
		n++
		switch {
		case r >= 0x202A && r <= 0x202E:
			p.add(table.at(key), "%s holds the direction control U+%04X, which can show the text reversed; remove it (right-to-left text needs none here)", what, r)
			return
		case !visible && !unicode.IsSpace(r) && !unicode.Is(unicode.Cf, r) && !unicode.IsControl(r):
			visible = true
		}
	}
	switch {
	case !visible && strings.TrimSpace(s) != "":
		p.add(table.at(key), "%s has no visible characters, only spaces or invisible marks", what)
	case p.english && n > english:
		p.add(table.at(key), "%s is %d characters; keep it to %d or fewer", what, n, english)
	case !p.english && n > translated:
		p.add(table.at(key), "%s is %d characters; a translated %s may have at most %d", what, n, strings.TrimSuffix(what, " text"), translated)
	}
}

// unknownKeys reports keys the format does not have, with a suggestion when
// the key looks like a typo of a known one.
func (p *parser) unknownKeys(raw map[string]any, known []string, table table, what string) {
	var unknown []string
	for k := range raw {
		if !slices.Contains(known, k) {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		msg := fmt.Sprintf("unknown %s key %q", what, k)
		if s := suggest(k, known); s != "" {
			msg += fmt.Sprintf("; did you mean %q?", s)
		} else {
			msg += fmt.Sprintf("; known keys are %s", strings.Join(known, ", "))
		}
		p.add(table.at(k), "%s", msg)
	}
}

// EditDistance is the Levenshtein distance between a and b in characters
// (runes), which the checkers use to suggest what a mistyped key, topic, id
// or message most likely meant.
func EditDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// TypeName names the TOML type of a decoded value in words a deck or plan
// author understands ("text", "a number", "a list"), for messages such as
// "depth must be a whole number 1, 2 or 3, not text".
func TypeName(v any) string {
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
