package agree

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"tend.app/tend/decks"
)

func TestBuiltinListsCompleteInEveryLanguage(t *testing.T) {
	builtin, ps := LoadBuiltinLists()
	if len(ps) > 0 {
		t.Fatalf("built-in lists have problems:\n%v", ps)
	}
	ls, ps := NewLists(builtin)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	en := ls.Items(decks.SourceLocale)
	if len(en) < 40 {
		t.Errorf("%d English items, want at least 40", len(en))
	}
	for _, lang := range decks.BuiltinLocales() {
		if lang == decks.SourceLocale {
			continue
		}
		r := ls.Report(lang)
		if r.Done != len(en) {
			t.Errorf("%s: %d of %d items translated; missing %v, stale %v", lang, r.Done, r.Total, r.Missing, r.Stale)
		}
		items := ls.Items(lang)
		for i, it := range items {
			if it.ID != en[i].ID {
				t.Fatalf("%s: item %d is %s, want the English order (%s)", lang, i, it.ID, en[i].ID)
			}
			if it.Text == en[i].Text && len(it.Text) > 12 {
				t.Errorf("%s: %s is still English: %q", lang, it.ID, it.Text)
			}
		}
	}
}

// The deck loader walks decks/data/<lang>/*.toml; a lists folder beside
// the decks must neither become a deck nor be reported as a problem.
func TestDeckLoaderIgnoresLists(t *testing.T) {
	builtin, ps := decks.LoadBuiltin()
	if len(ps) > 0 {
		t.Fatalf("deck problems with lists present:\n%v", ps)
	}
	for _, d := range builtin {
		if strings.Contains(d.Path, "/"+ListsFolder+"/") {
			t.Errorf("a list was loaded as deck %s", d.Path)
		}
	}
	if _, err := os.Stat(filepath.Join("..", "data", "en", ListsFolder)); err != nil {
		t.Fatalf("the test needs the built-in lists folder: %v", err)
	}
	// The same for a person's own folder on disk.
	dir := t.TempDir()
	write(t, dir, "en/lists/mine.toml", "id = \"mine\"\ntitle = \"Mine\"\n\n[[items]]\nid = \"mine-tea\"\ntext = \"Tea afterwards\"\n")
	ds, ps := decks.LoadDir(dir)
	if len(ds) > 0 || len(ps) > 0 {
		t.Errorf("LoadDir took a list for a deck: %v %v", ds, ps)
	}
}

func write(t *testing.T, dir, rel, text string) {
	t.Helper()
	path := filepath.Join(dir, rel)
	os.MkdirAll(filepath.Dir(path), 0o755)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestParseListProblems(t *testing.T) {
	for _, tc := range []struct {
		name, locale, text string
		want               []string
	}{
		{"touch.toml", "en", "id = \"touch\"\ntitle = \"T\"\ncolour = 1\n\n[[items]]\nid = \"a\"\ntxt = \"x\"\n\n[[items]]\nid = \"a\"\ntext = \"y\"\n",
			[]string{"touch.toml:3:1: unknown key \"colour\"", "touch.toml:5:1: item 1 has no text", "touch.toml:7:1: unknown key \"txt\"", "touch.toml:10:1: item id \"a\" is already used on line 6"}},
		{"other.toml", "en", "id = \"touch\"\ntitle = \"T\"\n\n[[items]]\nid = \"Bad_ID\"\ntext = \"" + strings.Repeat("x", 101) + "\"\n",
			[]string{"other.toml:1:1: id \"touch\" must match the file name \"other.toml\"", "other.toml:5:1: item id \"Bad_ID\"", "other.toml:6:1: text is 101 characters"}},
		{"x.toml", "en", "id = \"x\"\ntitle = \"T\"\n", []string{"x.toml:1:1: a list needs its items"}},
		{"x.toml", "de", "id = \"x\"\ntitle = \"T\"\norder = 2\n\n[[items]]\nid = \"a\"\ntext = \"b\"\nsource = \"s\"\n", []string{"x.toml:3:1: unknown key \"order\""}},
		{"x.toml", "en", "id = \"x\"\ntitle = \"T\n", []string{"x.toml:2:"}},
		{"x.toml", "en", "id = \"x\"\ntitle = \"T\"\norder = \"first\"\n\n[[items]]\nid = \"a\"\ntext = \"b\"\n", []string{"x.toml:3:1: order must be a whole number"}},
	} {
		l, ps := ParseList(tc.name, []byte(tc.text), tc.locale)
		if l != nil {
			t.Errorf("%s: a broken list was returned", tc.text)
		}
		got := ps.Error()
		for _, w := range tc.want {
			if !strings.Contains(got, w) {
				t.Errorf("problems lack %q:\n%s", w, got)
			}
		}
	}
}

func TestUserListsExtendAndCannotReplace(t *testing.T) {
	builtin, _ := LoadBuiltinLists("en")
	mine, ps := LoadLists(fstest.MapFS{
		"en/lists/tea.toml":   {Data: []byte("id = \"tea\"\ntitle = \"Tea\"\norder = 9\n\n[[items]]\nid = \"tea-after\"\ntext = \"Tea afterwards\"\n")},
		"en/lists/touch.toml": {Data: []byte("id = \"touch\"\ntitle = \"Mine\"\n\n[[items]]\nid = \"x-one\"\ntext = \"One\"\n")},
		"en/lists/steal.toml": {Data: []byte("id = \"steal\"\ntitle = \"Steal\"\n\n[[items]]\nid = \"touch-hold-hands\"\ntext = \"Mine now\"\n")},
	}, "mine", func(string) bool { return true })
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	ls, ps := NewLists(builtin, mine)
	if len(ps) != 2 || !strings.Contains(ps.Error(), `list id "touch" is already used`) || !strings.Contains(ps.Error(), `item id "touch-hold-hands" is already used`) {
		t.Errorf("problems:\n%v", ps)
	}
	items := ls.Items("en")
	if last := items[len(items)-1]; last.ID != "tea-after" {
		t.Errorf("the person's list is not last: %v", last)
	}
	// A language with no translation yet shows the English items.
	if got := ls.Items("nl"); len(got) != len(items) || got[0].Text != items[0].Text {
		t.Error("English does not fill the gap")
	}
}

func TestCheck(t *testing.T) {
	var out bytes.Buffer
	if !Check(&out, decks.BuiltinLocales()) {
		t.Fatalf("built-in lists fail the check:\n%s", out.String())
	}
	if !strings.Contains(out.String(), "uk lists: 42 of 42") {
		t.Errorf("report:\n%s", out.String())
	}
	dir := t.TempDir()
	write(t, dir, "de/lists/touch.toml", "id = \"touch\"\ntitle = \"T\"\n\n[[items]]\nid = \"touch-hold-hands\"\ntext = \"Hände\"\nsource = \"sha1-old\"\n\n[[items]]\nid = \"bad\"\n")
	out.Reset()
	if Check(&out, []string{"de"}, dir) {
		t.Error("a broken list passed")
	}
	if !strings.Contains(out.String(), filepath.ToSlash(dir)+"/de/lists/touch.toml:9:1: item 2 has no text") {
		t.Errorf("report:\n%s", out.String())
	}
}

// A fresh template checks cleanly and counts as not translated; filled in,
// it counts; a changed English item makes it stale and the template keeps
// the old words in a comment.
func TestListTemplates(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := WriteTemplates(&out, dir, "nl"); err != nil {
		t.Fatal(err)
	}
	out.Reset()
	if !Check(&out, nil, dir) || !strings.Contains(out.String(), "nl lists: 0 of 42") {
		t.Fatalf("fresh template:\n%s", out.String())
	}
	path := filepath.Join(dir, "nl", ListsFolder, "touch.toml")
	data, _ := os.ReadFile(path)
	text := strings.Replace(string(data), "# English: Holding hands\nid = \"touch-hold-hands\"\ntext = \"\"", "# English: Holding hands\nid = \"touch-hold-hands\"\ntext = \"Handen vasthouden\"", 1)
	if text == string(data) {
		t.Fatalf("template shape changed:\n%s", data)
	}
	os.WriteFile(path, []byte(text), 0o644)
	out.Reset()
	if !Check(&out, nil, dir) || !strings.Contains(out.String(), "nl lists: 1 of 42") {
		t.Fatalf("one item translated:\n%s", out.String())
	}
	// Refreshing keeps what is translated.
	if err := WriteTemplates(&out, dir, "nl"); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), `text = "Handen vasthouden"`) {
		t.Errorf("refreshing the template lost a translation:\n%s", data)
	}
	// A stale translation moves into a comment.
	src := &List{ID: "touch", Title: "T", Items: []Item{{ID: "touch-hold-hands", Text: "Holding hands, changed"}}}
	old := &List{ID: "touch", Items: []Item{{ID: "touch-hold-hands", Text: "Handen vasthouden", source: "sha1-old"}}}
	if got := string(ListTemplate(src, old, "nl")); !strings.Contains(got, "# The English changed since this was translated: Handen vasthouden") || strings.Contains(got, `text = "Handen`) {
		t.Errorf("stale template:\n%s", got)
	}
}
