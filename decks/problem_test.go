package decks

import (
	"fmt"
	"strings"
	"testing"
)

func TestSummary(t *testing.T) {
	var ps Problems
	for i := range 500 {
		ps = append(ps, Problem{fmt.Sprintf("en/f%03d.toml", i), 1, 1, fmt.Sprintf("deck id \"x%d\" must match the file name \"f%03d.toml\"", i, i)})
		ps = append(ps, Problem{fmt.Sprintf("en/f%03d.toml", i), 2, 1, fmt.Sprintf("file is %d bytes", 2000000+i)})
	}
	ps = append(ps, Problem{"en/odd.toml", 3, 1, "unknown deck key \"titel\"; did you mean \"title\"?"})
	got := strings.Join(ps.Summary(20), "\n")
	want := `en/f000.toml:1:1: deck id "x0" must match the file name "f000.toml"
en/f001.toml:1:1: deck id "x1" must match the file name "f001.toml"
en/f002.toml:1:1: deck id "x2" must match the file name "f002.toml"
... and 497 more like these in 497 files
en/f000.toml:2:1: file is 2000000 bytes
en/f001.toml:2:1: file is 2000001 bytes
en/f002.toml:2:1: file is 2000002 bytes
... and 497 more like these in 497 files
en/odd.toml:3:1: unknown deck key "titel"; did you mean "title"?`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	if got := ps[:5].Summary(20); len(got) != 5 || got[4] != ps[4].Error() {
		t.Errorf("few problems are not all shown: %v", got)
	}
	if got := ps.Summary(5); len(got) != 5 || got[4] != "... and 501 more problems of 2 other kinds" {
		t.Errorf("small max: %q", got)
	}
}
