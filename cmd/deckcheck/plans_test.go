package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// A plan is checked like a deck: positioned problems, unknown card ids
// named, against every deck loaded (here a drop-in deck's card is known).
func TestPlansAreChecked(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "decks/en/mine.toml", "id = \"mine\"\nmoment = \"before\"\ntitle = \"Mine\"\ndescription = \"Mine.\"\n\n[[cards]]\nid = \"mine-one\"\ndepth = 1\ntext = \"How are you?\"\n")
	write(t, dir, "plans/good.toml", "title = \"Good\"\n[[cards]]\nid = \"mine-one\"\n[[cards]]\nid = \"bound-stop-word\"\nnote = \"Agree on a word.\"\n")
	write(t, dir, "plans/typo.toml", "title = \"Typo\"\n[[cards]]\nid = \"bound-stop-wrod\"\nnot = \"x\"\n")
	write(t, dir, "other/shared.toml", "title = \"Shared\"\n\n[[cards]]\n  id = \"nowhere\"\n")
	var out, errOut bytes.Buffer
	code := run([]string{"-data", dir, "-plans", filepath.Join(dir, "other", "shared.toml"), "-plans", filepath.Join(dir, "none.toml")}, &out, &errOut)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		filepath.Join(dir, "plans", "typo.toml") + ":3:1: unknown card id \"bound-stop-wrod\"",
		filepath.Join(dir, "plans", "typo.toml") + ":4:1: unknown card key \"not\"",
		filepath.Join(dir, "other", "shared.toml") + ":4:3: unknown card id \"nowhere\"",
		filepath.Join(dir, "none.toml") + ": no such plan file or folder",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "good.toml") {
		t.Errorf("the good plan was reported:\n%s", out.String())
	}
}
