package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBuiltinDecksAreClean(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d:\n%s%s", code, out.String(), errOut.String())
	}
	if !strings.HasPrefix(out.String(), "deckcheck: 6 valid decks with ") || !strings.HasSuffix(out.String(), "in 1 language; no problems\n") {
		t.Errorf("unexpected summary %q", out.String())
	}
}

func TestBrokenFolder(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, text string) {
		path := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("en/mine.toml", "id = \"mine\"\nmoment = \"before\"\ntitle = \"Mine\"\ndescription = \"Mine.\"\n\n[[cards]]\nid = \"mine-one\"\ndepth = 5\ntext = \"How are you?\"\n")
	write("en/ok.toml", "id = \"ok\"\nmoment = \"after\"\ntitle = \"Ok\"\ndescription = \"Fine.\"\n\n[[cards]]\nid = \"ok-one\"\ndepth = 1\ntext = \"How are you?\"\n")
	var out, errOut bytes.Buffer
	code := run([]string{dir, filepath.Join(dir, "missing")}, &out, &errOut)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	want := filepath.ToSlash(dir) + "/en/mine.toml:8:1: depth 5 is out of range"
	if !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out.String())
	}
	if !strings.Contains(out.String(), "missing: not a folder") {
		t.Errorf("output lacks the missing folder:\n%s", out.String())
	}
	last := strings.TrimSpace(out.String()[strings.LastIndex(strings.TrimSpace(out.String()), "\n")+1:])
	if last != "deckcheck: 2 problems in 2 files; 1 valid deck with 1 card in 1 language" {
		t.Errorf("summary %q", last)
	}
}

func TestBadFlag(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-nope"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "usage: deckcheck") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
}
