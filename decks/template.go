package decks

import (
	"fmt"
	"strconv"
	"strings"
)

// Template writes the translation file a translator starts from: the
// English deck's title, description and cards, each with the source hash of
// the English text, ready to be translated in place. Cards already
// translated in existing (which may be nil) and still up to date keep their
// translation; stale ones get the new English text and hash, with the old
// translation kept in a comment to rework.
func Template(src, existing *Deck, languageName string) []byte {
	var b strings.Builder
	q := strconv.Quote
	fmt.Fprintf(&b, "# Tend deck %q, %s translation of the English deck.\n", src.ID, languageName)
	b.WriteString("# Translate title, description and every text. Keep ids and source hashes as they are.\n")
	if src.Note != "" {
		fmt.Fprintf(&b, "# Note from the English deck: %s\n", src.Note)
	}
	title, desc := src.Title, src.Description
	if existing != nil && existing.Source == DeckSourceHash(src) {
		title, desc = existing.Title, existing.Description
	}
	fmt.Fprintf(&b, "id = %s\ntitle = %s\ndescription = %s\nsource = %s\n", q(src.ID), q(title), q(desc), q(DeckSourceHash(src)))
	done := map[string]*Card{}
	if existing != nil {
		for _, c := range existing.Cards {
			done[c.ID] = c
		}
	}
	for _, c := range src.Cards {
		b.WriteString("\n[[cards]]\n")
		if c.Note != "" {
			fmt.Fprintf(&b, "# Note: %s\n", c.Note)
		}
		both := ""
		if c.Both {
			both = " (both partners answer)"
		}
		fmt.Fprintf(&b, "# English%s, depth %d: %s\n", both, c.Depth, c.Text)
		text := c.Text
		if t, ok := done[c.ID]; ok {
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
