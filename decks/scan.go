package decks

import "fmt"

// Limits of the pre-scan for deck files. The format needs one level of
// brackets inside a value (topics = [...]) and two around a table header
// ([[cards]]), and keys of one part; the limits leave room for that and
// little more.
const (
	MaxNesting  = 4 // brackets and braces open at once
	MaxKeyParts = 4 // parts of a dotted key or table name, a.b.c.d
)

// ScanTOMLDepth is a cheap pass over a TOML file before it is decoded: it
// returns the place and a message for the first bracket or brace nested
// deeper than maxNesting, or the first dotted key or table name of more than
// maxKeyParts parts, and msg "" when there is none. The decoder's memory
// grows with the square of the nesting (a 48 KB file of 10,000 nested
// inline tables takes gigabytes), so the check must come first. It reads
// strings and comments well enough to skip them, one pass, no allocation;
// everything else is left to the decoder. Message files (package locales)
// use it too, with their own limits.
func ScanTOMLDepth(src []byte, maxNesting, maxKeyParts int) (line, col int, msg string) {
	line, lineStart := 1, 0
	depth, dots := 0, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '\n':
			line, lineStart = line+1, i+1
			dots = 0
		case '#':
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			end, lines, last := skipString(src, i)
			if lines > 0 {
				line, lineStart = line+lines, last
			}
			i = end
		case '[', '{':
			depth++
			dots = 0
			if depth > maxNesting {
				return line, i - lineStart + 1, fmt.Sprintf("brackets nested %d deep; this file needs at most %d (is a closing ] or } missing?)", depth, maxNesting)
			}
		case ']', '}':
			if depth > 0 {
				depth--
			}
			dots = 0
		case '=', ',':
			dots = 0
		case '.':
			dots++
			if dots >= maxKeyParts {
				return line, i - lineStart + 1, fmt.Sprintf("a key of more than %d parts joined by dots; this file needs at most %d", maxKeyParts, maxKeyParts)
			}
		}
	}
	return 0, 0, ""
}

// skipString returns the index of the last byte of the string starting at
// src[i] (a quote), how many newlines it spans, and where the line after
// its last newline starts. An unclosed string runs to the end of its line
// (or of the file, for triple quotes): the decoder reports it.
func skipString(src []byte, i int) (end, lines, lineStart int) {
	q := src[i]
	triple := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	j := i + 1
	if triple {
		j = i + 3
	}
	for ; j < len(src); j++ {
		switch c := src[j]; {
		case c == '\\' && q == '"':
			if j+1 < len(src) && src[j+1] != '\n' {
				j++
			}
		case c == '\n':
			if !triple {
				return j - 1, lines, lineStart
			}
			lines, lineStart = lines+1, j+1
		case c == q:
			if !triple {
				return j, lines, lineStart
			}
			if j+2 < len(src) && src[j+1] == q && src[j+2] == q {
				// Up to two more quotes may end the text itself: """a"""""
				j += 2
				for k := 0; k < 2 && j+1 < len(src) && src[j+1] == q; k++ {
					j++
				}
				return j, lines, lineStart
			}
		}
	}
	return len(src) - 1, lines, lineStart
}
