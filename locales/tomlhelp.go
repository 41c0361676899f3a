package locales

import (
	"strings"

	"tend.app/tend/decks"
)

// explainTOMLError puts a decoder error in plain words, as deck files do
// (decks.ExplainTOMLError), with the wording for the two cases where a
// message file differs from a deck: a table name is a message's name, and a
// key written twice is within one message, not a missing [[cards]] line.
func explainTOMLError(err error, src string) (line, col int, msg string) {
	line, col, msg = decks.ExplainTOMLError(err, []byte(src))
	raw := err.Error()
	switch {
	case strings.Contains(raw, "to end table name"):
		// The decoder notices on the next line; point at the header.
		for l := line; l >= 1; l-- {
			if h := strings.TrimRight(sourceLine(src, l), " \t"); strings.HasPrefix(strings.TrimSpace(h), "[") {
				return l, len(h) + 1, "the name in [brackets] has no closing ]"
			}
		}
	case strings.Contains(raw, "has already been defined"):
		return line, col, "this key is written twice in the same message; keep one"
	}
	return line, col, msg
}

// sourceLine returns the 1-based line n of src, without its newline.
func sourceLine(src string, n int) string {
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return strings.TrimSuffix(src, "\r")
}
