package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"tend.app/tend/decks"
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
		if !strings.Contains(out.String(), "\n"+lang+": cards 100%, messages 100% (") && !strings.HasPrefix(out.String(), lang+": cards 100%, messages 100% (") {
			t.Errorf("%s is not reported complete:\n%s", lang, out.String())
		}
	}
	if !strings.HasSuffix(out.String(), " decks, 6 languages; no problems\n") {
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
	write(t, dir, "en/ok.toml", ownDeck)
	var out, errOut bytes.Buffer
	code := run([]string{dir, filepath.Join(dir, "missing")}, &out, &errOut)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		filepath.ToSlash(dir) + "/en/mine.toml:8:1: depth 5 is out of range",
		"missing: not a folder",
		// The person's own deck in a built-in language is information.
		"  de/ok: not translated yet (0 of 2 cards)\n",
		"deckcheck: failed: 2 problems in deck and message files, listed above; ",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

const ownDeck = "id = \"ok\"\nmoment = \"after\"\ntitle = \"Ok\"\ndescription = \"Fine.\"\n\n[[cards]]\nid = \"ok-one\"\ndepth = 1\ntext = \"How are you?\"\n\n[[cards]]\nid = \"ok-two\"\ndepth = 2\nrole = \"both\"\ntext = \"What helps us now?\"\n"

// TestOwnEnglishDeckPasses: a couple's own well-formed deck passes, checked
// either way; that the built-in languages do not translate it is
// information, not failure.
func TestOwnEnglishDeckPasses(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "decks/en/ok.toml", ownDeck)
	for _, args := range [][]string{{filepath.Join(dir, "decks")}, {"-data", dir}} {
		var out, errOut bytes.Buffer
		if code := run(args, &out, &errOut); code != 0 {
			t.Errorf("%v: exit %d:\n%s%s", args, code, out.String(), errOut.String())
		}
		for _, want := range []string{"  fr/ok: not translated yet (0 of 2 cards)\n", "; no problems\n"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%v: output lacks %q:\n%s", args, want, out.String())
			}
		}
	}
}

// TestBuiltinLanguageMustBeComplete: a language shipped inside Tend that
// lacks a card fails, and the summary says which rule and which language.
func TestBuiltinLanguageMustBeComplete(t *testing.T) {
	defer func(saved fs.FS) { builtinFS = saved }(builtinFS)
	builtinFS = fstest.MapFS{
		"en/ok.toml":     {Data: []byte(ownDeck)},
		"en/second.toml": {Data: []byte(strings.NewReplacer(`"ok"`, `"second"`, "ok-", "second-").Replace(ownDeck))},
		"de/ok.toml": {Data: []byte("id = \"ok\"\ntitle = \"Ok\"\ndescription = \"Gut.\"\nsource = \"" + deckHash(t, ownDeck) +
			"\"\n\n[[cards]]\nid = \"ok-one\"\nsource = \"" + decks.SourceHash("How are you?") + "\"\ntext = \"Wie geht es dir?\"\n")},
	}
	var out, errOut bytes.Buffer
	if code := run(nil, &out, &errOut); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		"de: cards 25%, messages 100% (1 of 4 cards, ",
		"  de/ok: 50% (1 of 2 cards); missing: ok-two\n",
		"  de/second: not translated yet (0 of 2 cards)\n",
		// es has messages and no decks here: its cards count too.
		"; languages shipped with Tend must be 100% translated and up to date: de (cards 25%, messages 100%), es (cards 0%, messages 100%), ",
		// The tiny built-in decks here break the content rules too.
		`decks/data/en/ok.toml:1:1: a built-in deck needs at least 40 cards; this one has 2`,
		`decks/data/en/ok.toml:7:1: built-in card "ok-one" has no topics; give it at least one, like topics = ["consent"]`,
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func deckHash(t *testing.T, src string) string {
	t.Helper()
	d, ps := decks.Parse("en/ok.toml", []byte(src), "en")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	return decks.DeckSourceHash(d)
}

// TestTranslationReport: a fully translated deck is listed as done; a
// file with problems is broken (never "not translated yet"), and a card id
// with no English card is reported at its place with a suggestion, next to
// the file's other problems, and fails the check.
func TestTranslationReport(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "en/ok.toml", ownDeck)
	write(t, dir, "en/second.toml", strings.NewReplacer(`"ok"`, `"second"`, "ok-", "second-").Replace(ownDeck))
	translated := "id = \"ok\"\ntitle = \"Ok\"\ndescription = \"Bene.\"\nsource = \"" + deckHash(t, ownDeck) + "\"\n" +
		"\n[[cards]]\nid = \"ok-one\"\nsource = \"" + decks.SourceHash("How are you?") + "\"\ntext = \"Come stai?\"\n" +
		"\n[[cards]]\nid = \"ok-two\"\nsource = \"" + decks.SourceHash("What helps us now?") + "\"\ntext = \"Che cosa ci aiuta adesso?\"\n"
	write(t, dir, "it/ok.toml", translated)
	broken := "id = \"second\"\ntitle = \"Secondo\"\ndescription = \"Bene.\"\ncolour = \"red\"\n" +
		"\n[[cards]]\nid = \"second-one\"\ntext = \"Come stai?\"\n" +
		"\n[[cards]]\nid = \"second-nuova-domanda\"\ntext = \"Una nuova?\"\n" +
		"\n[[cards]]\nid = \"second-tow\"\ntext = \"Che cosa?\"\n"
	write(t, dir, "it/second.toml", broken)
	var out, errOut bytes.Buffer
	if code := run([]string{dir}, &out, &errOut); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	file := filepath.ToSlash(dir) + "/it/second.toml"
	for _, want := range []string{
		file + `:4:1: unknown deck key "colour"; known keys are id, moment, title, description, note, cards, source` + "\n",
		file + `:11:1: no English card "second-nuova-domanda" in deck "second"; keep each card's id as it is in English` + "\n",
		file + `:15:1: no English card "second-tow" in deck "second"; did you mean "second-two"?` + "\n",
		"\nit: cards 0%, messages 0% (2 of ",
		"  it/ok: done (2 of 2 cards)\n",
		"  it/second: broken: " + file + " has 3 problems, listed above; it is left out and English shows until it is fixed\n",
		"deckcheck: failed: 3 problems in deck and message files",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "it/second: not translated yet") {
		t.Errorf("a broken file reported as not translated:\n%s", out.String())
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
	if !strings.Contains(out.String(), "nl: cards 0%, messages 0% (0 of ") {
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
		"nl/boundaries: 1% (1 of ",
		" cards); missing: bound-hopes-this-time, bound-yes-maybe-no,",
		"; stale: bound-feeling-today",
		"nl: cards 0%, messages 0% (1 of ",
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

// TestMessageMistakes: each mistake in a message file is its own line with
// file:line:col and a hint; the good messages count as translated, the
// broken ones are named apart from the missing ones, and the exit status
// says something is wrong.
func TestMessageMistakes(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "locales/active.it.toml", `[LanguageName]
other = "Italiano"

[Start]
altro = "Inizia"

[StartWith]
one = "Inizia con una carta"
other = "Inizia con {{.Conta}} carte"

[Close]
other = "Chiudi "subito""

[Done]
other = "Fatto"
`)
	var out, errOut bytes.Buffer
	code := run([]string{"-data", dir}, &out, &errOut)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	at := filepath.ToSlash(filepath.Join(dir, "locales", "active.it.toml"))
	for _, want := range []string{
		at + ":5:1: unknown key 'altro'; did you mean 'other'?\n",
		at + ":9:21: unknown placeholder {{.Conta}}; did you mean {{.Count}}?\n",
		at + ":12:18: the text ends too early: a double quote inside a text ends it; to use a quote inside a text, write \\\" or use « » / „ “ instead\n",
		fmt.Sprintf("it: cards 0%%, messages %d%% (0 of %d cards, 2 of %d messages)\n", 200/englishMessages(t), englishCards(t), englishMessages(t)),
		"  " + at + ": messages with problems (see above; English shows until fixed): Close, Start, StartWith\n",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "messages missing: AboutTend, AboutText, Aftercare, AlsoShowIn, AppTagline, Back, BiggerText, BothOfYou, BreatheIn, BreatheOut, CardCount, CardHidden, CardHint, CheckInBody, CheckInTitle, CheckIns, ChooseDecks, Close") {
		t.Errorf("a broken message is listed as missing:\n%s", out.String())
	}
}

// TestUnreadableMessageFile: a message file that cannot be read is broken,
// with its problem, never "not translated yet".
func TestUnreadableMessageFile(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "locales/active.it.toml", "[Start]\nother = \""+strings.Repeat("x", 1<<20)+"\"\n")
	var out, errOut bytes.Buffer
	if code := run([]string{"-data", dir}, &out, &errOut); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	at := filepath.ToSlash(filepath.Join(dir, "locales", "active.it.toml"))
	for _, want := range []string{
		at + ": file is larger than 1 MiB (1048576 bytes), the limit for a message file, so it is not read\n",
		fmt.Sprintf("  %s: could not be read (see above): all %d messages show in English\n", at, englishMessages(t)),
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if strings.Contains(out.String(), "active.it.toml yet") {
		t.Errorf("a broken file is reported as not translated yet:\n%s", out.String())
	}
}

// TestNewKeepsTranslatorWork: running -new again keeps the translator's own
// comments, and never writes over a file it cannot read in full.
func TestNewKeepsTranslatorWork(t *testing.T) {
	dir := t.TempDir()
	var out, errOut bytes.Buffer
	if code := run([]string{"-new", "nl", "-data", dir}, &out, &errOut); code != 0 {
		t.Fatalf("-new exit %d: %s%s", code, out.String(), errOut.String())
	}
	boundaries := filepath.Join(dir, "decks", "nl", "boundaries.toml")
	aftercare := filepath.Join(dir, "decks", "nl", "aftercare.toml")
	data, _ := os.ReadFile(boundaries)
	mine := strings.Replace(string(data), "id = \"bound-feeling-today\"\n", "# Ask Noor: 'vandaag' or 'nu'?\nid = \"bound-feeling-today\"\n", 1)
	write(t, dir, "decks/nl/boundaries.toml", mine)
	brokenText := "id = \"aftercare\"\ntitle = \"Nazorg\n"
	write(t, dir, "decks/nl/aftercare.toml", brokenText)
	out.Reset()
	if code := run([]string{"-new", "nl", "-data", dir}, &out, &errOut); code != 1 {
		t.Errorf("-new over a broken file: exit %d, want 1", code)
	}
	if again, _ := os.ReadFile(boundaries); !strings.Contains(string(again), "# Ask Noor: 'vandaag' or 'nu'?\n") {
		t.Errorf("the translator's comment was lost:\n%.600s", again)
	}
	if kept, _ := os.ReadFile(aftercare); string(kept) != brokenText {
		t.Errorf("a broken file was overwritten:\n%s", kept)
	}
	for _, want := range []string{
		filepath.ToSlash(aftercare) + ":2:16: this text has no closing quote",
		"kept " + aftercare + " as it is: fix the problems above, then run -new again to refresh it",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

// TestManyBrokenFilesAreSummarised: thousands of broken files must not
// print a line for every problem (5,000 printed 25,006 lines); the first
// few of each kind are shown, then how many more there are.
func TestManyBrokenFilesAreSummarised(t *testing.T) {
	dir := t.TempDir()
	for i := range 2000 {
		write(t, dir, fmt.Sprintf("en/broken-%d.toml", i), fmt.Sprintf("id = \"other-%d\"\nmoment = \"sometime\"\n", i))
	}
	var out, errOut bytes.Buffer
	if code := run([]string{dir}, &out, &errOut); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	problemLines := strings.Count(out.String(), "\n") - strings.Count(out.String(), "\n  ") - 6 // less the language lines and summary
	if problemLines > 40 {
		t.Errorf("%d lines of problems for 2,000 files of one kind:\n%.3000s", problemLines, out.String())
	}
	for _, want := range []string{
		filepath.ToSlash(dir) + `/en/broken-0.toml:1:1: deck id "other-0" must match the file name "broken-0.toml"`,
		"... and 1997 more like these in 1997 files",
		"deckcheck: failed: 10000 problems in deck and message files, listed above;",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%.3000s", want, out.String())
		}
	}
}

// englishCards and englishMessages count the built-in English cards and
// interface messages, so expected figures follow the content as it grows.
func englishCards(t *testing.T) int {
	t.Helper()
	ds, ps := decks.LoadBuiltin(decks.SourceLocale)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	n := 0
	for _, d := range ds {
		n += len(d.Cards)
	}
	return n
}

func englishMessages(t *testing.T) int {
	t.Helper()
	cat, _ := locales.Load()
	return len(cat.File(locales.Source).Messages)
}

// A broken yes / no / maybe list in a deck folder is reported with its
// position and fails the check, like a broken deck.
func TestBrokenList(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "en/lists/mine.toml", "id = \"mine\"\ntitle = \"Mine\"\n\n[[items]]\nid = \"mine-tea\"\ntxt = \"Tea\"\n")
	var out, errOut bytes.Buffer
	if code := run([]string{dir}, &out, &errOut); code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if want := filepath.ToSlash(dir) + "/en/lists/mine.toml:6:1: unknown key \"txt\""; !strings.Contains(out.String(), want) {
		t.Errorf("output lacks %q:\n%s", want, out.String())
	}
}
