package decks

import (
	"fmt"
	"strconv"
	"strings"
)

// Template writes the translation file a translator starts from: every
// English text in a comment, an empty text to fill in beside it (English
// shows until it is filled), and the source hash of the English. Cards
// already translated in existing (which may be nil) and still up to date
// keep their translation; for stale ones the old translation moves into a
// comment to rework, and the translator's own comments in oldFile (the
// file existing was read from, or nil) stay with their deck or card, so
// nothing a translator wrote is lost.
func Template(src, existing *Deck, languageName string, oldFile []byte) []byte {
	comments := translatorComments(oldFile)
	var b strings.Builder
	q := strconv.Quote
	fmt.Fprintf(&b, "# Tend deck %q, %s translation of the English deck.\n", src.ID, languageName)
	b.WriteString("# Translate title, description and every text. Keep ids and source hashes as they are.\n")
	if src.Note != "" {
		fmt.Fprintf(&b, "# Note from the English deck: %s\n", src.Note)
	}
	title, desc := "", ""
	if existing != nil && existing.Source == DeckSourceHash(src) {
		title, desc = existing.Title, existing.Description
	}
	fmt.Fprintf(&b, "# English title: %s\n# English description: %s\n", src.Title, src.Description)
	writeLines(&b, comments[""])
	fmt.Fprintf(&b, "id = %s\ntitle = %s\ndescription = %s\nsource = %s\n", q(src.ID), q(title), q(desc), q(DeckSourceHash(src)))
	done := map[string]*Card{}
	if existing != nil {
		for _, c := range existing.Cards {
			done[c.ID] = c
		}
	}
	for _, c := range src.Cards {
		b.WriteString("\n[[cards]]\n")
		writeLines(&b, comments[c.ID])
		if c.Note != "" {
			fmt.Fprintf(&b, "# Note: %s\n", c.Note)
		}
		fmt.Fprintf(&b, "# English%s, depth %d: %s\n", roleNote[c.Role], c.Depth, c.Text)
		text := ""
		if t, ok := done[c.ID]; ok && t.Text != "" {
			if t.Source == SourceHash(c.Text) {
				text = t.Text
			} else {
				fmt.Fprintf(&b, "# The English changed since this was translated: %s\n", t.Text)
			}
		}
		fmt.Fprintf(&b, "id = %s\nsource = %s\ntext = %s\n", q(c.ID), q(SourceHash(c.Text)), q(text))
	}
	return []byte(b.String())
}

// roleNote tells a translator who a card is read to, which decides the
// grammar (singular or plural "you") of the translation.
var roleNote = map[Role]string{
	RoleBoth:     " (everyone answers)",
	RoleRaiser:   " (for the one who raised the idea)",
	RoleListener: " (for the one listening to the idea)",
}

func writeLines(b *strings.Builder, lines []string) {
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
}

// generatedComments start the comment lines Template writes itself; they
// are written afresh, so the old copies are not kept.
var generatedComments = []string{
	"# Tend deck", "# Translate title, description", "# Translated: title, description",
	"# Note from the English deck:", "# English title:", "# English description:",
	"# Note: ", "# English (", "# English, depth ", "# The English changed since this was translated:",
}

// translatorComments collects the comments a translator wrote in a
// translation file, by the card they belong to ("" for the deck): full-line
// comments, and comments at the end of a line, which become lines of their
// own. A comment inside a [[cards]] table belongs to that card.
func translatorComments(file []byte) map[string][]string {
	if len(file) == 0 {
		return nil
	}
	out := map[string][]string{}
	section := ""        // the card id, or "" for the deck
	var pending []string // comments of a card whose id is not read yet
	inCard, closing := false, ""
	keep := func(c string) {
		// The comment is written into a file that must parse: no invalid
		// UTF-8, no control characters but tabs.
		c = strings.Map(func(r rune) rune {
			if (r < ' ' && r != '\t') || r == 0x7f {
				return -1
			}
			return r
		}, strings.ToValidUTF8(c, "\uFFFD"))
		for _, g := range generatedComments {
			if strings.HasPrefix(c, g) {
				return
			}
		}
		if inCard && section == "" {
			pending = append(pending, c)
		} else {
			out[section] = append(out[section], c)
		}
	}
	for _, line := range strings.Split(string(file), "\n") {
		line = strings.TrimRight(line, "\r")
		if closing != "" {
			if strings.Contains(line, closing) {
				closing = ""
			}
			continue
		}
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			continue
		case trimmed[0] == '#':
			keep(trimmed)
			continue
		case strings.HasPrefix(trimmed, "[["):
			inCard, section, pending = true, "", nil
			continue
		}
		key, value, ok := splitKey(trimmed)
		if !ok {
			continue
		}
		value = strings.TrimSpace(value)
		comment := trailingComment(value)
		if key == "id" && inCard && section == "" {
			if id, err := strconv.Unquote(strings.TrimSpace(strings.TrimSuffix(value, comment))); err == nil && id != "" {
				section = id
				out[id] = append(out[id], pending...)
				pending = nil
			}
		}
		for _, delim := range []string{`"""`, `'''`} {
			if strings.HasPrefix(value, delim) && !strings.Contains(value[3:], delim) {
				closing = delim
			}
		}
		if closing == "" && comment != "" {
			keep(comment)
		}
	}
	return out
}

// trailingComment returns the comment after a value on its line, if any.
func trailingComment(value string) string {
	quote := byte(0)
	for i := 0; i < len(value); i++ {
		c := value[i]
		switch {
		case quote == '"' && c == '\\':
			i++
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '#':
			return strings.TrimSpace(value[i:])
		}
	}
	return ""
}
