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
