package decks

import (
	"strconv"
	"strings"
)

// position is a 1-based line and byte column in a file.
type position struct{ line, col int }

// keyPositions records where each key of a deck file was written. The TOML
// decoder reports positions only for syntax errors and keeps the rest private,
// so after a successful decode we scan the (now known to be valid) source
// once more to place our own messages: a translator needs to know which card
// on which line is wrong, not only that one is.
//
// Keys are recorded as "title" at the top level, "cards.3" for the header of
// the fourth card and "cards.3.text" for its keys. Anything the scanner does
// not understand (inline tables, for instance) simply has no entry, and
// messages fall back to the nearest enclosing position.
type keyPositions map[string]position

func locateKeys(src string) keyPositions {
	pos := keyPositions{}
	table := ""   // current table prefix, "" at the top level
	card := -1    // index of the current [[cards]] entry
	closing := "" // delimiter that ends the multi-line string we are in
	for i, line := range strings.Split(src, "\n") {
		lineNo := i + 1
		if closing != "" {
			if strings.Contains(line, closing) {
				closing = ""
			}
			continue
		}
		trimmed := strings.TrimLeft(line, " \t")
		col := len(line) - len(trimmed) + 1
		switch {
		case trimmed == "" || trimmed[0] == '#':
			continue
		case strings.HasPrefix(trimmed, "[["):
			name := tableName(trimmed[2:], "]]")
			table = name
			if name == "cards" {
				card++
				table = "cards." + strconv.Itoa(card)
			}
			pos[table] = position{lineNo, col}
			continue
		case trimmed[0] == '[':
			table = tableName(trimmed[1:], "]")
			pos[table] = position{lineNo, col}
			continue
		}
		key, rest, ok := splitKey(trimmed)
		if !ok {
			continue
		}
		full := key
		if table != "" {
			full = table + "." + key
		}
		pos[full] = position{lineNo, col}
		value := strings.TrimLeft(rest, " \t")
		for _, delim := range []string{`"""`, `'''`} {
			if strings.HasPrefix(value, delim) && !strings.Contains(value[3:], delim) {
				closing = delim
			}
		}
	}
	return pos
}

// tableName reads a header name up to its closing brackets.
func tableName(s, end string) string {
	if i := strings.Index(s, end); i >= 0 {
		s = s[:i]
	}
	return unquoteKey(strings.TrimSpace(s))
}

// splitKey splits `key = value` at the first '=' outside quotes.
func splitKey(line string) (key, value string, ok bool) {
	quote := byte(0)
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '=':
			return unquoteKey(strings.TrimSpace(line[:i])), line[i+1:], true
		}
	}
	return "", "", false
}

func unquoteKey(k string) string {
	parts := strings.Split(k, ".")
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if len(p) >= 2 && (p[0] == '"' || p[0] == '\'') && p[len(p)-1] == p[0] {
			p = p[1 : len(p)-1]
		}
		parts[i] = p
	}
	return strings.Join(parts, ".")
}

// at returns the position of a key, falling back to its enclosing table and
// then to the start of the file, so every message has some place to point at.
func (kp keyPositions) at(keys ...string) position {
	for _, k := range keys {
		if p, ok := kp[k]; ok {
			return p
		}
	}
	return position{1, 1}
}
