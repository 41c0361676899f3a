package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"tend.app/tend/locales"
)

// TestBuiltinIsCompleteAndClean is CI's gate: every built-in language has
// every card and message, none stale, and no file has a format problem.
func TestBuiltinIsCompleteAndClean(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut); code != 0 {
		t.Fatalf("exit %d:\n%s%s", code, out.String(), errOut.String())
	}
	for _, lang := range []string{"de", "es", "fr", "pt-BR", "uk"} {
		if !strings.Contains(out.String(), "\n"+lang+": 100% (") && !strings.HasPrefix(out.String(), lang+": 100% (") {
			t.Errorf("%s is not reported complete:\n%s", lang, out.String())
		}
	}
	if !strings.HasSuffix(out.String(), "6 decks, 6 languages; no problems\n") {
		t.Errorf("unexpected summary in\n%s", out.String())
	}
}

func write(t *testing.T, dir, rel, text string) {
	t.Helper()
	path := filepath.Join(dir, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestBrokenFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "en/mine.toml", "id = \"mine\"\nmoment = \"before\"\ntitle = \"Mine\"\ndescription = \"Mine.\"\n\n[[cards]]\nid = \"mine-one\"\ndepth = 5\ntext = \"How are you?\"\n")
	write(t, dir, "en/ok.toml", "id = \"ok\"\nmoment = \"after\"\ntitle = \"Ok\"\ndescription = \"Fine.\"\n\n[[cards]]\nid = \"ok-one\"\ndepth = 1\ntext = \"How are you?\"\n")
	var out, errOut bytes.Buffer
	code := run([]string{dir, filepath.Join(dir, "missing")}, &out, &errOut)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		filepath.ToSlash(dir) + "/en/mine.toml:8:1: depth 5 is out of range",
		"missing: not a folder",
		// The user's deck counts as English source: the built-in languages
		// now lack its card, which the report names.
		"de/ok: 0% (0 of 1 cards); not translated yet",
		"deckcheck: 2 format problems;",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestTranslatorWorkflow follows TRANSLATING.md: start a language with
// -new, translate a little, check it, see what is missing and stale.
func TestTranslatorWorkflow(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := run([]string{"-new", "nl", "-data", dir}, &out, &errOut); code != 0 {
		t.Fatalf("-new exit %d: %s%s", code, out.String(), errOut.String())
	}
	boundaries := filepath.Join(dir, "decks", "nl", "boundaries.toml")
	data, err := os.ReadFile(boundaries)
	if err != nil || !strings.Contains(string(data), `source = "sha1-`) {
		t.Fatalf("no deck template: %v", err)
	}
	msgs, err := os.ReadFile(filepath.Join(dir, "locales", "active.nl.toml"))
	if err != nil || !strings.Contains(string(msgs), "[StartWith]\ndescription = ") || !strings.Contains(string(msgs), "# English one: Start with {{.Count}} card\n# English: Start with {{.Count}} cards\none = \"\"\nother = \"\"\n") {
		t.Fatalf("no message template: %v\n%.300s", err, msgs)
	}

	// A fresh template checks cleanly and is honestly at 0%: nothing is
	// translated yet.
	out.Reset()
	if code := run([]string{"-data", dir}, &out, &errOut); code != 0 {
		t.Fatalf("checking the template: exit %d\n%s", code, out.String())
	}
	// As many messages as English has today, which grows with the app.
	english, _ := locales.Load()
	messages := len(english.File("en").Messages)
	if !strings.Contains(out.String(), fmt.Sprintf("nl: 0%% (0 of 261 cards, 0 of %d messages)", messages)) {
		t.Errorf("template not reported empty:\n%s", out.String())
	}

	// Translate two cards, mark one of them as translated from an older
	// English text (a wrong hash), and remove a third card altogether.
	text := strings.Replace(string(data), `title = ""`, `title = "Grenzen"`, 1)
	text = strings.Replace(text, `description = ""`, `description = "Voordat jullie dichtbij komen."`, 1)
	text = strings.Replace(text, `id = "bound-feeling-today"`+"\n"+`source = "sha1-`, `id = "bound-feeling-today"`+"\n"+`source = "sha1-0`, 1)
	for _, id := range []string{"bound-feeling-today", "bound-one-thing-to-know"} {
		at := strings.Index(text, `id = "`+id+`"`)
		blank := at + strings.Index(text[at:], `text = ""`)
		text = text[:blank] + `text = "Vertaald."` + text[blank+len(`text = ""`):]
	}
	at := strings.Index(text, `id = "bound-hopes-this-time"`)
	cut := strings.LastIndex(text[:at], "\n[[cards]]")
	end := at + strings.Index(text[at:], "\n[[cards]]")
	text = text[:cut] + text[end:]
	write(t, dir, "decks/nl/boundaries.toml", text)
	write(t, dir, "locales/active.nl.toml", "[Start]\nother = \"Beginnen\"\n")
	out.Reset()
	code := run([]string{"-data", dir}, &out, &errOut)
	if code != 0 {
		t.Errorf("an incomplete drop-in language failed the check (exit %d); only built-in ones must be complete", code)
	}
	for _, want := range []string{
		"nl/boundaries: 2% (1 of 43 cards); missing: bound-hopes-this-time, bound-yes-maybe-no,",
		"; stale: bound-feeling-today",
		fmt.Sprintf("nl: 0%% (1 of 261 cards, 1 of %d messages)", messages),
		"active.nl.toml: messages missing: AboutTend",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestBadFlag(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"-nope"}, &out, &errOut); code != 2 || !strings.Contains(errOut.String(), "usage: deckcheck") {
		t.Errorf("exit %d, stderr %q", code, errOut.String())
	}
	if code := run([]string{"-new", "not a tag", "-data", t.TempDir()}, &out, &errOut); code != 2 {
		t.Errorf("a bad language code: exit %d", code)
	}
}
