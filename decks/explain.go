package decks

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
)

// ExplainTOMLError turns an error from the TOML decoder into a position and
// a sentence a translator who has never heard of TOML can act on, with a
// hint for the common slips: a double quote inside a text, a text that is
// never closed, a missing "=", something stray after a value. src is the
// text that was decoded; it lets the hint look at the line. The position is
// the decoder's (1-based line and column; 0 when unknown), kept within the
// line it names. Deck files and message files (package locales) share it so
// that both speak the same way.
func ExplainTOMLError(err error, src []byte) (line, col int, msg string) {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return 0, 0, strings.TrimPrefix(err.Error(), "toml: ")
	}
	line, col = pe.Position.Line, pe.Position.Col
	text := lineOf(src, line)
	if line > 0 && (col < 1 || col > len(text)+1) {
		col = min(max(col, 1), len(text)+1)
	}
	return line, col, explain(pe, text, col)
}

// lineOf returns the n-th line (1-based) of src, without its newline.
func lineOf(src []byte, n int) string {
	for i := 1; len(src) > 0; i++ {
		end := bytes.IndexByte(src, '\n')
		if end < 0 {
			end = len(src)
		}
		if i == n {
			return strings.TrimSuffix(string(src[:end]), "\r")
		}
		if end == len(src) {
			break
		}
		src = src[end+1:]
	}
	return ""
}

const quoteHint = `to use a quote inside a text, write \" or use « » / „ “ instead`

func explain(pe toml.ParseError, line string, col int) string {
	m := pe.Message
	got := ""
	if i := strings.Index(m, "but got '"); i >= 0 {
		got = strings.TrimSuffix(m[i+len("but got '"):], "' instead")
	}
	before := ""
	if col >= 1 && col-1 <= len(line) {
		before = strings.TrimRight(line[:col-1], " \t")
	}
	switch {
	case strings.HasPrefix(m, "expected a top-level item to end with a newline") ||
		strings.HasPrefix(m, "expected a comma") || strings.Contains(m, "after a key/value pair"):
		switch {
		case strings.HasSuffix(before, `"`) && strings.Contains(line[col-1:], `"`):
			return "the text ends too early: a double quote inside a text ends it; " + quoteHint
		case strings.HasSuffix(before, "'") && strings.Contains(line[col-1:], "'"):
			return `the text ends too early: a text in single quotes cannot contain an apostrophe; put the text in double quotes "..." instead`
		case got != "":
			return fmt.Sprintf("unexpected %q after the value; each line holds one key = value, and anything after it must start with #", got)
		}
	case m == "strings cannot contain newlines":
		return `this text has no closing quote: end it with " on the same line, or use triple quotes """ for a text over several lines`
	case strings.HasPrefix(m, "unexpected EOF; expected '\"\"\"'") || strings.HasPrefix(m, "unexpected EOF; expected \"'''\""):
		return `a text in triple quotes is never closed: end it with """`
	case strings.HasPrefix(m, "unexpected EOF") && strings.Contains(m, "string"):
		return `the file ends inside a text: close it with "`
	case strings.HasPrefix(m, "expected '.' or '='"):
		return fmt.Sprintf("missing \"=\" after the key %q; write it like key = \"value\"", strings.TrimSpace(before))
	case strings.HasPrefix(m, "expected value but found"):
		found := strings.TrimSuffix(strings.TrimPrefix(m, "expected value but found "), " instead")
		if strings.ContainsAny(found, "“”„«»‘’") {
			return `a text must start with a straight double quote ", not ` + strings.Trim(found, "'") + "; " + quoteHint
		}
		key := pe.LastKey[strings.LastIndexByte(pe.LastKey, '.')+1:]
		if key == "" {
			key = "key"
		}
		return fmt.Sprintf("the value %s is not in quotes; write texts in double quotes, like %s = %s", found, key, found)
	case strings.HasPrefix(m, "Key '") && strings.HasSuffix(m, "has already been defined."):
		key := strings.TrimSuffix(strings.TrimPrefix(m, "Key '"), "' has already been defined.")
		key = key[strings.LastIndexByte(key, '.')+1:]
		return fmt.Sprintf("%q is written twice in the same table; each card starts with its own [[cards]] line (is one missing?)", key)
	case strings.HasPrefix(m, "invalid escape in string"):
		esc := strings.TrimSuffix(strings.TrimPrefix(m, "invalid escape in string '"), "'")
		return fmt.Sprintf(`a backslash starts an escape such as \" or \n, and %s is not one; write \\ for a backslash itself`, esc)
	case strings.Contains(m, "key name appears blank"):
		return `a line starts with "=": the key before it is missing`
	case strings.HasPrefix(m, "expected end of table array name delimiter"):
		return "a [[cards]] line is not closed: write it as [[cards]]"
	}
	return m
}
