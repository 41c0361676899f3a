package locales

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// Messages as the code defines them (the English in active.en.toml).
var (
	testStart     = &i18n.Message{ID: "Start", Other: "Start"}
	testClose     = &i18n.Message{ID: "Close", Other: "Close"}
	testDone      = &i18n.Message{ID: "Done", Other: "Done"}
	testDetails   = &i18n.Message{ID: "Details", Other: "Details"}
	testStartWith = &i18n.Message{ID: "StartWith", One: "Start with {{.Count}} card", Other: "Start with {{.Count}} cards"}
	testCardCount = &i18n.Message{ID: "CardCount", One: "{{.Count}} card", Other: "{{.Count}} cards"}
	testProgress  = &i18n.Message{ID: "Progress", Other: "{{.N}} of {{.Total}}"}
)

// loadDropIn writes one drop-in message file and loads it with the
// built-in files, returning the problems as the checker prints them.
func loadDropIn(t *testing.T, name, text string) (*Catalog, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	cat, problems := Load(dir)
	out := strings.ReplaceAll(fmt.Sprintf("%v", problems), filepath.ToSlash(dir)+"/", "")
	return cat, out
}

func wantLines(t *testing.T, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("problems lack %q; got:\n%s", w, got)
		}
	}
}

// TestOneMistakeKeepsEveryGoodMessage: a translated key or a stray quote
// costs only its own message; every good one is kept and shown.
func TestOneMistakeKeepsEveryGoodMessage(t *testing.T) {
	cat, got := loadDropIn(t, "active.it.toml", `# Italiano
[Start]
other = "Inizia"

[Close]
altro = "Chiudi"

[Done]
other = "Lui ha detto "fatto" a me"

[Details]
other = "Dettagli"
`)
	wantLines(t, got,
		"active.it.toml:6:1: unknown key 'altro'; did you mean 'other'?",
		`active.it.toml:9:24: the text ends too early: a double quote inside a text ends it; to use a quote inside a text, write \" or use « » / „ “ instead`,
	)
	it := cat.Localizer("it")
	for m, want := range map[*i18n.Message]string{testStart: "Inizia", testDetails: "Dettagli", testClose: "Close", testDone: "Done"} {
		if got := it.T(m, nil); got != want {
			t.Errorf("%s = %q, want %q", m.ID, got, want)
		}
	}
	f := cat.File("it")
	if f == nil || !f.Broken["Close"] || !f.Broken["Done"] || f.Broken["Start"] {
		t.Errorf("broken messages not recorded: %+v", f)
	}
}

// TestPlaceholdersAreChecked: a placeholder that differs from the English
// is reported where it is, and the English shows instead of "<no value>".
func TestPlaceholdersAreChecked(t *testing.T) {
	cat, got := loadDropIn(t, "active.it.toml", `[StartWith]
one = "Inizia con una carta"
other = "Inizia con {{.Conta}} carte"

[Progress]
other = "{{.N}} su {{.Totale}} {{.Extra}}"

[CardCount]
one = "carta"
other = "carte"

[Start]
other = "Inizia {{.Count}"
`)
	wantLines(t, got,
		"active.it.toml:3:21: unknown placeholder {{.Conta}}; did you mean {{.Count}}?",
		"active.it.toml:6:32: unknown placeholder {{.Extra}}; this text can use {{.N}}, {{.Total}}",
		"active.it.toml:6:20: unknown placeholder {{.Totale}}; did you mean {{.Total}}?",
		"active.it.toml:10:1: {{.Count}} is missing",
		"active.it.toml:13:1: a {{...}} placeholder is not closed",
	)
	if strings.Contains(got, "active.it.toml:2:") || strings.Contains(got, "active.it.toml:9:") {
		t.Errorf("a 'one' form that spells out the number is fine in Italian:\n%s", got)
	}
	if strings.Contains(got, "active.it.toml:3:1:") {
		t.Errorf("a mistyped placeholder is reported twice:\n%s", got)
	}
	it := cat.Localizer("it")
	if s := it.N(testStartWith, 3, nil); s != "Start with 3 cards" {
		t.Errorf("StartWith = %q, want the English", s)
	}
	if s := it.T(testProgress, map[string]any{"N": 1, "Total": 5}); s != "1 of 5" {
		t.Errorf("Progress = %q, want the English", s)
	}
}

// TestRenderFailureFallsBackToEnglish: what the checker cannot see before
// run time (a field used wrongly) still never reaches the screen.
func TestRenderFailureFallsBackToEnglish(t *testing.T) {
	cat, got := loadDropIn(t, "active.it.toml", "[StartWith]\none = \"Inizia con {{.Count.Carte}}\"\nother = \"Inizia con {{.Count}} carte\"\n")
	if got != "" {
		t.Fatalf("unexpected problems: %s", got)
	}
	it := cat.Localizer("it")
	if s := it.N(testStartWith, 1, nil); s != "Start with 1 card" {
		t.Errorf("one = %q, want the English", s)
	}
	if s := it.N(testStartWith, 4, nil); s != "Inizia con 4 carte" {
		t.Errorf("other = %q", s)
	}
	if s := it.T(testProgress, nil); strings.Contains(s, "<no value>") && s != "<no value> of <no value>" {
		t.Errorf("rendered %q", s)
	}
}

// TestPluralFormsAgainstCLDR: Polish, like Ukrainian, needs one, few, many
// and other. (Ukrainian is built in, so its messages would hide a gap.)
func TestPluralFormsAgainstCLDR(t *testing.T) {
	cat, got := loadDropIn(t, "active.pl.toml", "[CardCount]\none = \"{{.Count}} karta\"\nmany = \"{{.Count}} kart\"\nother = \"{{.Count}} karty\"\n")
	wantLines(t, got, "active.pl.toml:1:1: the 'few' form is missing; this language uses it for numbers such as 2, 3, 4, 22, …")
	if s := cat.Localizer("pl").N(testCardCount, 3, nil); s != "3 cards" {
		t.Errorf("CardCount(3) = %q, want the English while 'few' is missing", s)
	}
}

// TestSyntaxErrorsInPlainWords: the common mistakes get a sentence and a
// hint, at the decoder's position, and cost only their own message.
func TestSyntaxErrorsInPlainWords(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"[Start]\nother = \"Inizia \"ora\"\"\n", `active.it.toml:2:18: the text ends too early: a double quote inside a text ends it; to use a quote inside a text, write \" or use « » / „ “ instead`},
		{"[Start]\nother = \"Inizia\n", `active.it.toml:2:16: this text has no closing quote: end it with " on the same line`},
		{"[Start]\nother \"Inizia\"\n", `active.it.toml:2:7: missing "=" after the key "other"; write it like key = "value"`},
		{"[Start]\nother = \"Inizia\" ora\n", `active.it.toml:2:17: unexpected "o" after the value; each line holds one key = value`},
		{"[Start]\nother = \"Inizia\",\n", `active.it.toml:2:17: unexpected "," after the value`},
		{"[Start]\nother = “Inizia”\n", `active.it.toml:2:9: a text must start with a straight double quote ", not “`},
		{"[Start\nother = \"Inizia\"\n", "active.it.toml:4:7: the name in [brackets] has no closing ]"},
		{"[Start]\nother = \"C:\\temp\\q\"\n", `active.it.toml:2:`},
	} {
		text := "[Close]\nother = \"Chiudi\"\n\n" + tc.text + "\n[Done]\nother = \"Fatto\"\n"
		want := strings.Replace(tc.want, "active.it.toml:2:", "active.it.toml:5:", 1)
		cat, got := loadDropIn(t, "active.it.toml", text)
		wantLines(t, got, want)
		it := cat.Localizer("it")
		if it.T(testClose, nil) != "Chiudi" || it.T(testDone, nil) != "Fatto" {
			t.Errorf("%q: the messages around the mistake were lost:\n%s", tc.text, got)
		}
	}
}

// TestMessageFileLimits: message files are read like deck files: at most
// 1 MiB, regular files only, and no nesting the format does not need.
func TestMessageFileLimits(t *testing.T) {
	t.Run("size", func(t *testing.T) {
		big := "[Start]\nother = \"" + strings.Repeat("x", MaxFileSize) + "\"\n"
		_, got := loadDropIn(t, "active.it.toml", big)
		wantLines(t, got, "active.it.toml: file is larger than 1 MiB")
	})
	t.Run("fifo", func(t *testing.T) {
		dir := t.TempDir()
		if err := syscall.Mkfifo(filepath.Join(dir, "active.it.toml"), 0o644); err != nil {
			t.Skip("no FIFOs here:", err)
		}
		done := make(chan string, 1)
		go func() {
			_, problems := Load(dir)
			done <- fmt.Sprintf("%v", problems)
		}()
		select {
		case got := <-done:
			wantLines(t, got, "active.it.toml: not a regular file")
		case <-time.After(5 * time.Second):
			t.Fatal("loading a FIFO named active.it.toml hangs")
		}
	})
	t.Run("device", func(t *testing.T) {
		dir := t.TempDir()
		if err := os.Symlink("/dev/zero", filepath.Join(dir, "active.it.toml")); err != nil {
			t.Skip(err)
		}
		_, problems := Load(dir)
		wantLines(t, fmt.Sprintf("%v", problems), "active.it.toml: not a regular file")
	})
	t.Run("nesting", func(t *testing.T) {
		deep := "[Close]\nother = \"Chiudi\"\n\n[Start]\nother = " + strings.Repeat("{a=", 20000) + strings.Repeat("}", 20000) + "\n"
		start := time.Now()
		cat, got := loadDropIn(t, "active.it.toml", deep)
		wantLines(t, got, "active.it.toml:5:21: brackets nested 5 deep; this file needs at most 4")
		if cat.Localizer("it").T(testClose, nil) != "Chiudi" {
			t.Error("the good message before the deep one was lost")
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("took %v", d)
		}
		dotted := "[Start]\nother = \"x\"\n" + strings.Repeat("a.", 30000) + "b = 1\n"
		_, got = loadDropIn(t, "active.it.toml", dotted)
		wantLines(t, got, "active.it.toml:3:8: a key of more than 4 parts joined by dots; this file needs at most 4")
	})
}
