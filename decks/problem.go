package decks

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Problem is one thing wrong with a deck file, with the place it was found.
// It exists so that every tool (the app, deckcheck, tests) reports problems in
// the same `path:line:col: message` form that editors can jump to.
type Problem struct {
	Path string // the file as the person knows it, e.g. "decks/data/en/aftercare.toml"
	Line int    // 1-based; 0 when the problem concerns the whole file
	Col  int    // 1-based byte column; 0 when unknown
	Msg  string
}

// Error formats the problem as path:line:col: message, leaving out the
// position parts that are unknown.
func (p Problem) Error() string {
	switch {
	case p.Line > 0 && p.Col > 0:
		return fmt.Sprintf("%s:%d:%d: %s", p.Path, p.Line, p.Col, p.Msg)
	case p.Line > 0:
		return fmt.Sprintf("%s:%d: %s", p.Path, p.Line, p.Msg)
	default:
		return fmt.Sprintf("%s: %s", p.Path, p.Msg)
	}
}

// Problems collects every problem found, rather than stopping at the first,
// in the spirit of go/scanner.ErrorList: a translator fixing a file wants the
// whole list in one go.
type Problems []Problem

// Sort orders problems by file, then position, so reports are stable.
func (ps Problems) Sort() {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(cmp.Compare(a.Path, b.Path), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
}

// Err returns nil when there are no problems, so callers can use the usual
// `if err != nil` habit.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Error joins all problems, one per line.
func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.Error()
	}
	return strings.Join(lines, "\n")
}

// Files lists the distinct files that have problems, in order of first
// appearance; the app uses it to say which decks were skipped.
func (ps Problems) Files() []string {
	var files []string
	for _, p := range ps {
		if !slices.Contains(files, p.Path) {
			files = append(files, p.Path)
		}
	}
	return files
}

// Summary returns the problems as lines to show, at most about max of
// them. Up to max problems are shown one per line, as Error does. Beyond
// that, problems are grouped by kind (the message with its quoted names
// and numbers left out): the first few of each kind are shown, then how
// many more there are, so that a folder of 5,000 broken files is told in a
// screenful rather than in 25,000 lines.
func (ps Problems) Summary(max int) []string {
	if len(ps) <= max {
		lines := make([]string, len(ps))
		for i, p := range ps {
			lines[i] = p.Error()
		}
		return lines
	}
	type group struct {
		examples []Problem
		more     int
		files    map[string]bool // files of the problems not shown
	}
	var order []string
	groups := map[string]*group{}
	for _, p := range ps {
		k := kind(p.Msg)
		g := groups[k]
		if g == nil {
			g = &group{files: map[string]bool{}}
			groups[k] = g
			order = append(order, k)
		}
		if len(g.examples) < examplesPerKind {
			g.examples = append(g.examples, p)
		} else {
			g.more++
			g.files[p.Path] = true
		}
	}
	var lines []string
	for i, k := range order {
		g := groups[k]
		if len(lines)+len(g.examples)+1 > max {
			rest := 0
			for _, k := range order[i:] {
				rest += len(groups[k].examples) + groups[k].more
			}
			lines = append(lines, fmt.Sprintf("... and %d more problems of %d other kinds", rest, len(order)-i))
			break
		}
		for _, p := range g.examples {
			lines = append(lines, p.Error())
		}
		if g.more > 0 {
			lines = append(lines, fmt.Sprintf("... and %d more like these in %d %s", g.more, len(g.files), plural(len(g.files), "file", "files")))
		}
	}
	return lines
}

// examplesPerKind is how many problems of one kind Summary shows.
const examplesPerKind = 3

// kind is a problem message without the names and numbers that differ
// from one file to the next.
func kind(msg string) string {
	var b strings.Builder
	inQuote := false
	for i := 0; i < len(msg); i++ {
		c := msg[i]
		switch {
		case c == '"':
			inQuote = !inQuote
			if inQuote {
				b.WriteString(`"…"`)
			}
		case inQuote:
		case c >= '0' && c <= '9':
			if b.Len() == 0 || !strings.HasSuffix(b.String(), "#") {
				b.WriteByte('#')
			}
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}
