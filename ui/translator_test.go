package ui

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
	"tend.app/tend/locales"
)

// TestTranslatorEndToEnd follows a new translator through TRANSLATING.md
// in a scratch folder: start Italian with deckcheck -new, fill part of it
// with every kind of mistake the checker knows, run the real checker (its
// lines and exit status), then start Tend on those files: good messages
// show, broken ones fall back to English, and no screen shows "<no value>".
//
// The card side covers what main's deck format checks today (a translated
// card, a deck file with a syntax error); unknown English card ids and the
// deck-side hints belong to the deck format's own tests.
func TestTranslatorEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds deckcheck")
	}
	bin := filepath.Join(t.TempDir(), "deckcheck")
	build := exec.Command("go", "build", "-o", bin, "tend.app/tend/cmd/deckcheck")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("building deckcheck: %v\n%s", err, out)
	}
	data := t.TempDir()
	check := func(args ...string) (string, int) {
		out, err := exec.Command(bin, args...).CombinedOutput()
		code := 0
		if e, ok := err.(*exec.ExitError); ok {
			code = e.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return strings.ReplaceAll(string(out), filepath.ToSlash(data)+"/", ""), code
	}
	if out, code := check("-new", "it", "-data", data); code != 0 {
		t.Fatalf("-new: exit %d\n%s", code, out)
	}

	msgPath := filepath.Join(data, "locales", "active.it.toml")
	msgs := readText(t, msgPath)
	// fill replaces the empty texts of one message with what a translator
	// typed, right or wrong.
	fill := func(id, empty, typed string) {
		at := strings.Index(msgs, "\n["+id+"]\n")
		if at < 0 {
			at = strings.Index(msgs, "["+id+"]\n")
		}
		i := strings.Index(msgs[at:], empty)
		if at < 0 || i < 0 {
			t.Fatalf("no %q in [%s]", empty, id)
		}
		msgs = msgs[:at+i] + typed + msgs[at+i+len(empty):]
	}
	fill("LanguageName", `other = ""`, `other = "Italiano"`)
	fill("Start", `other = ""`, `other = "Inizia"`)
	fill("Next", `other = ""`, `other = "Avanti"`)
	fill("Close", `other = ""`, `altro = "Chiudi"`)                          // a translated key
	fill("Pass", `other = ""`, `other = "Passa "oltre""`)                    // a quote inside the text
	fill("Details", `other = ""`, `other = "Dettagli`)                       // no closing quote
	fill("Dismiss", `other = ""`, `other "Ignora"`)                          // no =
	fill("Pause", `other = ""`, `other = "Pausa" ok`)                        // something after the value
	fill("StartWith", `one = ""`, `one = "Inizia con una carta"`)            // fine: Italian "one" is only 1
	fill("StartWith", `other = ""`, `other = "Inizia con {{.Conta}} carte"`) // a mistyped placeholder
	fill("Progress", `other = ""`, `other = "{{.N}} su"`)                    // a missing placeholder
	fill("CardCount", "one = \"\"\n", "")                                    // a missing plural form
	fill("CardCount", `other = ""`, `other = "{{.Count}} carte"`)
	writeText(t, msgPath, msgs)

	deckPath := filepath.Join(data, "decks", "it", "boundaries.toml")
	deck := readText(t, deckPath)
	deck = strings.Replace(deck, `title = ""`, `title = "Confini"`, 1)
	card := strings.Index(deck, `id = "bound-feeling-today"`)
	blank := card + strings.Index(deck[card:], `text = ""`)
	deck = deck[:blank] + `text = "Come ti senti oggi, prima ancora di pensare a stare vicini?"` + deck[blank+len(`text = ""`):]
	writeText(t, deckPath, deck)
	care := filepath.Join(data, "decks", "it", "aftercare.toml")
	writeText(t, care, strings.Replace(readText(t, care), `title = ""`, `title = "Dopo "insieme""`, 1))

	out, code := check("-data", data)
	if code != 1 {
		t.Errorf("deckcheck exit %d, want 1", code)
	}
	line := func(typed string) int { return strings.Count(msgs[:strings.Index(msgs, typed)], "\n") + 1 }
	for _, want := range []string{
		fmt.Sprintf("locales/active.it.toml:%d:1: unknown key 'altro'; did you mean 'other'?", line(`altro = "Chiudi"`)),
		fmt.Sprintf(`locales/active.it.toml:%d:17: the text ends too early: a double quote inside a text ends it; to use a quote inside a text, write \" or use « » / „ “ instead`, line(`"Passa "oltre""`)),
		fmt.Sprintf(`locales/active.it.toml:%d:18: this text has no closing quote: end it with " on the same line`, line(`other = "Dettagli`)),
		fmt.Sprintf(`locales/active.it.toml:%d:7: missing "=" after the key "other"; write it like key = "value"`, line(`other "Ignora"`)),
		fmt.Sprintf(`locales/active.it.toml:%d:16: unexpected "o" after the value`, line(`other = "Pausa" ok`)),
		fmt.Sprintf("locales/active.it.toml:%d:21: unknown placeholder {{.Conta}}; did you mean {{.Count}}?", line(`{{.Conta}}`)),
		fmt.Sprintf("locales/active.it.toml:%d:1: {{.Total}} is missing", line(`other = "{{.N}} su"`)),
		fmt.Sprintf("locales/active.it.toml:%d:1: the 'one' form is missing; this language uses it for numbers such as 1, …", line("[CardCount]")),
		fmt.Sprintf("decks/it/aftercare.toml:%d:", strings.Count(readText(t, care)[:strings.Index(readText(t, care), `title = "Dopo`)], "\n")+1),
		func() string {
			ds, _ := decks.LoadBuiltin(decks.SourceLocale)
			cards := 0
			for _, d := range ds {
				cards += len(d.Cards)
			}
			cat, _ := locales.Load()
			msgs := len(cat.File(locales.Source).Messages)
			return fmt.Sprintf("it: cards %d%%, messages %d%% (1 of %d cards, 3 of %d messages)\n", 100/cards, 300/msgs, cards, msgs)
		}(),
		"  locales/active.it.toml: messages with problems (see above; English shows until fixed): CardCount, Close, Details, Dismiss, Pass, Pause, Progress, StartWith\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("deckcheck output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("deckcheck said:\n%s", out)
	}

	// Now Tend itself, in Italian, on the same files.
	a := newApp(t)
	tb, w := newTestTable(t, a, Options{DataDir: data, Language: "it"})
	if got := tb.home.startB.Text; !strings.HasPrefix(got, "Start with ") {
		t.Errorf("Start button %q: the broken Italian should give way to English", got)
	}
	if findLabel(tb.home.notice, "“Aftercare” in Italiano; some interface texts in Italiano") == nil {
		t.Error("the home note does not say what was left out")
	}
	noHoles(t, tb.root, "home")
	press(w, fyne.KeyReturn)
	if tb.card.nextB.Text != "Avanti" || tb.card.passB.Text != "Pass" || tb.card.pauseB.Text != "Pause" {
		t.Errorf("card buttons %q %q %q: want Avanti (good), Pass and Pause (broken, English)", tb.card.nextB.Text, tb.card.passB.Text, tb.card.pauseB.Text)
	}
	if p := tb.card.progress.Text; !strings.Contains(p, " of ") {
		t.Errorf("progress %q, want the English while the Italian lacks {{.Total}}", p)
	}
	noHoles(t, tb.root, "card")
	seen := false
	for !tb.pile.Done() {
		if tb.pile.Current().ID == "bound-feeling-today" {
			seen = true
			if !strings.HasPrefix(tb.card.text.Text, "Come ti senti oggi") {
				t.Errorf("translated card shows %q", tb.card.text.Text)
			}
		}
		press(w, fyne.KeyRight)
	}
	noHoles(t, tb.root, "end")
	if !seen {
		t.Log("the translated card was not in the default pile")
	}
}

// noHoles fails when any label or button shows "<no value>", the mark of a
// placeholder the code did not fill.
func noHoles(t *testing.T, o fyne.CanvasObject, where string) {
	t.Helper()
	walkAll(o, func(o fyne.CanvasObject) {
		var text string
		switch o := o.(type) {
		case *widget.Label:
			text = o.Text
		case *widget.Button:
			text = o.Text
		case *widget.Check:
			text = o.Text
		}
		if strings.Contains(text, "<no value>") {
			t.Errorf("%s shows %q", where, text)
		}
	})
}

func readText(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func writeText(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
