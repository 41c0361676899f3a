package locales

// This file depends only on the standard library and the TOML decoder, so
// that it can move as it is to wherever deck files need the same help (the
// deck side is owned separately; see ExplainTOMLError).

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// ExplainTOMLError turns a TOML decoder error for src into a position and a
// sentence a translator who has never heard of TOML can act on. The decoder's
// own messages ("expected a top-level item to end with a newline, comment, or
// EOF, but got 'h' instead") are accurate but speak of the grammar; for the
// mistakes people really make in a text editor (a quote inside a text, a
// missing closing quote, a missing =, something left after a value) this
// says what happened and how to fix it, at the decoder's position. Other
// errors keep the decoder's words. line and col are 1-based; line is 0 when
// the error has no position.
func ExplainTOMLError(err error, src string) (line, col int, msg string) {
	var pe toml.ParseError
	if !errors.As(err, &pe) {
		return 0, 0, strings.TrimPrefix(err.Error(), "toml: ")
	}
	line, col = pe.Position.Line, max(pe.Position.Col, 1)
	text := sourceLine(src, line)
	before := text[:min(col-1, len(text))]
	m := pe.Message
	switch {
	case strings.HasPrefix(m, "expected a top-level item to end with"):
		rest := text[min(col-1, len(text)):]
		if q := strings.LastIndexByte(before, '"'); q >= 0 && strings.Contains(rest, `"`) {
			// More text and another quote follow: the quote before them
			// was meant to be part of the text.
			return line, q + 1, `the text ends too early: a " inside a text closes it. ` +
				`To use a quote inside a text, write \" or use « » / „ “`
		}
		trimmed := strings.TrimLeft(rest, " \t")
		col += len(rest) - len(trimmed)
		return line, col, fmt.Sprintf("stray %q after the value: a line holds one key = \"text\"; remove it, or move it inside the quotes", firstRune(trimmed))
	case m == "strings cannot contain newlines":
		return line, col, `the text has no closing quote: end it with " on the same line (for a text over several lines, use """ at both ends)`
	case strings.HasPrefix(m, "unexpected EOF; expected '\"\"\"'") || strings.HasPrefix(m, "unexpected EOF; expected \"'''\""):
		return line, col, `a text that starts with """ is never closed: end it with """`
	case strings.HasPrefix(m, "expected '.' or '='"):
		return line, col, `missing "=" after the key: write it as key = "text"`
	case strings.HasPrefix(m, "expected '.' or ']' to end table name"):
		// The decoder notices on the next line; point at the header.
		for l := line; l >= 1; l-- {
			if h := strings.TrimRight(sourceLine(src, l), " \t"); strings.HasPrefix(strings.TrimSpace(h), "[") {
				return l, len(h) + 1, "the name in [brackets] has no closing ]"
			}
		}
		return line, col, "the name in [brackets] has no closing ]"
	case strings.HasPrefix(m, "expected value but found"):
		got := firstRune(text[min(col-1, len(text)):])
		if strings.ContainsAny(got, "“”„«»‘’‚") {
			return line, col, fmt.Sprintf(`a text must start and end with a straight double quote ", not %s (typographic quotes are fine inside it)`, got)
		}
		return line, col, `the text must be in double quotes: key = "text"`
	case strings.HasPrefix(m, "invalid escape"):
		return line, col, `a backslash \ starts a special character such as \" or \n; to write a backslash itself, write \\`
	case strings.Contains(m, "has already been defined"):
		return line, col, "this key is written twice; keep one"
	}
	return line, col, m
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

func firstRune(s string) string {
	if s == "" {
		return "end of line"
	}
	r, _ := utf8.DecodeRuneInString(s)
	return string(r)
}

// NestingProblem is a cheap scan of TOML source, run before decoding, that
// finds the first place where brackets or braces nest deeper than maxDepth,
// or a key has more than maxParts dotted parts. The decoder's cost grows with
// the square of the nesting depth (a 48 KB file nested 10,000 deep takes
// gigabytes), while Tend's formats need only a few levels; rejecting such a
// file first bounds the work. It skips strings and comments, and returns ok
// false when the source is within bounds.
func NestingProblem(src string, maxDepth, maxParts int) (line, col int, msg string, found bool) {
	line, col = 1, 1
	depth := 0
	parts := 1         // dotted parts of the key being read
	inKey := true      // at the start of a line, before "="
	var closing string // the delimiter that ends the string we are in
	for i := 0; i < len(src); {
		c := src[i]
		if closing != "" {
			switch {
			case c == '\\' && closing[0] == '"' && i+1 < len(src):
				if src[i+1] == '\n' {
					line, col = line+1, 0
				}
				i, col = i+2, col+2
				continue
			case strings.HasPrefix(src[i:], closing):
				i, col = i+len(closing), col+len(closing)
				closing = ""
				continue
			case c == '\n':
				line, col = line+1, 1
				i++
				if len(closing) == 1 { // an unclosed one-line string: the decoder reports it
					closing = ""
					parts, inKey = 1, depth == 0
				}
				continue
			}
			i, col = i+1, col+1
			continue
		}
		switch c {
		case '\n':
			line, col = line+1, 1
			i++
			if depth == 0 {
				parts, inKey = 1, true
			}
			continue
		case '#':
			for i < len(src) && src[i] != '\n' {
				i++
			}
			continue
		case '"', '\'':
			closing = string(c)
			if strings.HasPrefix(src[i:], strings.Repeat(string(c), 3)) {
				closing = strings.Repeat(string(c), 3)
			}
			i, col = i+len(closing), col+len(closing)
			continue
		case '[', '{':
			depth++
			if depth > maxDepth {
				return line, col, fmt.Sprintf("brackets nested more than %d deep, which this file never needs, so it is not read", maxDepth), true
			}
			if c == '{' {
				inKey, parts = true, 1
			}
		case ']', '}':
			depth = max(depth-1, 0)
		case '=':
			inKey, parts = false, 1
		case ',':
			if depth > 0 {
				inKey, parts = true, 1
			}
		case '.':
			if inKey {
				parts++
				if parts > maxParts {
					return line, col, fmt.Sprintf("a key with more than %d dotted parts, which this file never needs, so it is not read", maxParts), true
				}
			}
		}
		i, col = i+1, col+1
	}
	return 0, 0, "", false
}
