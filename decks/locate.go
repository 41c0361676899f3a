package decks

import "strings"

// position is a 1-based line and byte column in a file.
type position struct{ line, col int }

// keyPositions records where each key of a deck file was written. The TOML
// decoder reports positions only for syntax errors and keeps the rest private,
// so when a message needs a position we scan the (known to be valid) source
// once more: a translator needs to know which card on which line is wrong,
// not only that one is. Files without problems are never scanned.
//
// Anything the scanner does not understand (inline tables, for instance)
// simply has no entry, and messages fall back to the nearest enclosing
// position. Positions are kept per table rather than under joined string
// keys so a 10,000-card deck costs few allocations.
type keyPositions struct {
	top   tablePositions   // top-level keys
	cards []tablePositions // one per [[cards]] table, in order
}

// tablePositions holds the header and key positions of one table. A table
// has a handful of keys, so a short list searched in order is cheaper than
// a map; the lists of all cards share one backing array.
type tablePositions struct {
	header position
	keys   []keyAt
}

type keyAt struct {
	key string
	pos position
}

// at returns the position of key, or of the table's header when the key was
// not found, or the start of the file; every message has a place to point at.
func (t tablePositions) at(key string) position {
	for _, k := range t.keys {
		if k.key == key {
			return k.pos
		}
	}
	if t.header.line > 0 {
		return t.header
	}
	return position{1, 1}
}

// card returns the positions of the i-th card, or an empty set.
func (kp *keyPositions) card(i int) tablePositions {
	if i < len(kp.cards) {
		return kp.cards[i]
	}
	return tablePositions{}
}

func locateKeys(src string) *keyPositions {
	kp := &keyPositions{}
	// The keys of every card go into one list, cut per card at the end.
	all := make([]keyAt, 0, strings.Count(src, "\n")/2+1)
	var starts []int
	const inTop, inCard, inOther = 0, 1, 2
	in := inTop
	closing := "" // delimiter that ends the multi-line string we are in
	lineNo := 0
	for len(src) > 0 {
		lineNo++
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
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
			in = inOther
			if tableName(trimmed[2:], "]]") == "cards" {
				kp.cards = append(kp.cards, tablePositions{header: position{lineNo, col}})
				starts = append(starts, len(all))
				in = inCard
			}
			continue
		case trimmed[0] == '[':
			// A table the format does not have: its name is reported as an
			// unknown key at its header, and its keys are not needed.
			kp.top.keys = append(kp.top.keys, keyAt{tableName(trimmed[1:], "]"), position{lineNo, col}})
			in = inOther
			continue
		}
		key, rest, ok := splitKey(trimmed)
		if !ok {
			continue
		}
		switch in {
		case inTop:
			kp.top.keys = append(kp.top.keys, keyAt{key, position{lineNo, col}})
		case inCard:
			all = append(all, keyAt{key, position{lineNo, col}})
		}
		value := strings.TrimLeft(rest, " \t")
		if len(value) >= 3 && (value[0] == '"' || value[0] == '\'') {
			for _, delim := range []string{`"""`, `'''`} {
				if strings.HasPrefix(value, delim) && !strings.Contains(value[3:], delim) {
					closing = delim
				}
			}
		}
	}
	for i := range kp.cards {
		end := len(all)
		if i+1 < len(starts) {
			end = starts[i+1]
		}
		kp.cards[i].keys = all[starts[i]:end:end]
	}
	return kp
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
	if !strings.ContainsAny(k, `"'.`) {
		return k
	}
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
