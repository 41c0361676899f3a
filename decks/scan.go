package decks

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/BurntSushi/toml"
)

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
// strings and comments well enough to skip them, with bytes.IndexByte
// rather than byte by byte (most of a deck file is card text), one pass, no
// allocation; everything else is left to the decoder. Message files (package locales)
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
			// To the end of the line: the loop's next step reads the
			// newline.
			if k := bytes.IndexByte(src[i:], '\n'); k >= 0 {
				i += k - 1
			} else {
				i = len(src) - 1
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
	if i+2 < len(src) && src[i+1] == q && src[i+2] == q {
		return skipMultiline(src, i)
	}
	for j := i + 1; ; {
		k := bytes.IndexByte(src[j:], q)
		if nl := bytes.IndexByte(src[j:], '\n'); nl >= 0 && (k < 0 || nl < k) {
			return j + nl - 1, 0, 0 // the line ends first: unclosed
		}
		if k < 0 {
			return len(src) - 1, 0, 0
		}
		if q == '"' && escaped(src, i+1, j+k) {
			j += k + 1
			continue
		}
		return j + k, 0, 0
	}
}

// skipMultiline is skipString for a string in triple quotes at src[i].
func skipMultiline(src []byte, i int) (end, lines, lineStart int) {
	q := src[i]
	for j := i + 3; ; {
		k := bytes.IndexByte(src[j:], q)
		text := src[j:]
		if k >= 0 {
			text = src[j : j+k]
		}
		if n := bytes.Count(text, []byte{'\n'}); n > 0 {
			lines += n
			lineStart = j + bytes.LastIndexByte(text, '\n') + 1
		}
		if k < 0 {
			return len(src) - 1, lines, lineStart
		}
		p := j + k
		switch {
		case q == '"' && escaped(src, i+3, p):
			j = p + 1
		case p+2 < len(src) && src[p+1] == q && src[p+2] == q:
			// Up to two more quotes may end the text itself: """a"""""
			p += 2
			for n := 0; n < 2 && p+1 < len(src) && src[p+1] == q; n++ {
				p++
			}
			return p, lines, lineStart
		default:
			j = p + 1
		}
	}
}

// escaped reports whether the quote at src[p] is escaped: an odd number of
// backslashes right before it, counting no further back than from, where
// the string's text starts.
func escaped(src []byte, from, p int) bool {
	n := 0
	for k := p - 1; k >= from && src[k] == '\\'; k-- {
		n++
	}
	return n%2 == 1
}

// CheckTOMLDepth runs the pre-scan with the limits every file Tend reads
// fits in (decks, marks, settings, plans, lists) and reports, as a Problem
// in the file called name, the first nesting or dotted key beyond them;
// deep is false when there is none. Every reader of such a file calls it
// before decoding; message files (package locales) have limits of their own.
func CheckTOMLDepth(name string, data []byte) (p Problem, deep bool) {
	line, col, msg := ScanTOMLDepth(data, MaxNesting, MaxKeyParts)
	return Problem{Path: name, Line: line, Col: col, Msg: msg}, msg != ""
}

// DecodeStrict decodes a small file of the person's own (marks, the couple's
// plan, the kept list) into v: depth-checked first (CheckTOMLDepth), strict
// about unknown keys, and with syntax errors as positioned Problems, so every
// such reader tells a broken file the same way.
func DecodeStrict(path string, data []byte, v any) error {
	if deep, ok := CheckTOMLDepth(path, data); ok {
		return deep
	}
	md, err := toml.Decode(string(data), v)
	if err != nil {
		return DecodeProblem(path, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		return Problem{Path: path, Msg: fmt.Sprintf("unknown key %q", undecoded[0].String())}
	}
	return nil
}

// DecodeProblem is the decoder's error for the file at path as a Problem:
// at the decoder's position when it gives one. DecodeStrict and the
// settings reader (package ui) tell a file that does not decode this way.
func DecodeProblem(path string, err error) Problem {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return Problem{Path: path, Line: pe.Position.Line, Col: max(pe.Position.Col, 1), Msg: pe.Message}
	}
	return Problem{Path: path, Msg: err.Error()}
}
