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
// comment to rework, so nothing a translator wrote is lost.
func Template(src, existing *Deck, languageName string) []byte {
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
