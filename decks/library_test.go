package decks

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

func deckFile(id, moment string, cards ...string) *fstest.MapFile {
	var b strings.Builder
	b.WriteString("id = \"" + id + "\"\nmoment = \"" + moment + "\"\ntitle = \"T " + id + "\"\ndescription = \"D.\"\n")
	for _, c := range cards {
		b.WriteString("\n[[cards]]\nid = \"" + c + "\"\ndepth = 1\ntext = \"What about " + c + "?\"\n")
	}
	return &fstest.MapFile{Data: []byte(b.String())}
}

func TestLoadFSKeepsGoodFilesBesideBrokenOnes(t *testing.T) {
	fsys := fstest.MapFS{
		"en/good.toml":      deckFile("good", "before", "good-one", "good-two"),
		"en/broken.toml":    {Data: []byte("id = \"broken\"\nmoment = \n")},
		"en/readme.txt":     {Data: []byte("not a deck")},
		"stray.toml":        deckFile("stray", "before", "stray-one"),
		"not a lang/x.toml": deckFile("x", "before", "x-one"),
		"de/gut.toml":       deckFile("gut", "after", "gut-eins"),
	}
	ds, ps := LoadFS(fsys, "mine")
	var ids []string
	for _, d := range ds {
		ids = append(ids, d.String())
	}
	if strings.Join(ids, " ") != "de/gut en/good" {
		t.Errorf("loaded %v, want de/gut en/good", ids)
	}
	got := ps.Error()
	for _, want := range []string{
		"mine/en/broken.toml:2:10: ",
		"mine/stray.toml: deck files belong in a language folder, for example en/stray.toml",
		`mine/not a lang: folder "not a lang" is not a language code`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
	if len(ps) != 3 {
		t.Errorf("got %d problems, want 3:\n%s", len(ps), got)
	}
}

func TestLibraryRejectsTakenIDs(t *testing.T) {
	builtin, ps := LoadFS(fstest.MapFS{
		"en/boundaries.toml": deckFile("boundaries", "before", "slow-start"),
		"en/aftercare.toml":  deckFile("aftercare", "after", "water"),
	}, "builtin")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	mine, ps := LoadFS(fstest.MapFS{
		"en/boundaries.toml": deckFile("boundaries", "before", "my-own"),
		"en/borrowed.toml":   deckFile("borrowed", "during", "fresh", "slow-start"),
		"en/fine.toml":       deckFile("fine", "curious", "fine-one"),
	}, "mine")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	lib, ps := NewLibrary(builtin, mine)
	want := "mine/en/borrowed.toml:12:1: card id \"slow-start\" is already used in builtin/en/boundaries.toml:7\n" +
		"mine/en/boundaries.toml:1:1: deck id \"boundaries\" is already used by builtin/en/boundaries.toml"
	ps.Sort()
	if ps.Error() != want {
		t.Errorf("problems:\n%s\nwant:\n%s", ps.Error(), want)
	}
	var order []string
	for _, d := range lib.Decks("en") {
		order = append(order, d.ID)
	}
	if strings.Join(order, " ") != "boundaries aftercare fine" {
		t.Errorf("decks in order %v, want boundaries aftercare fine (by moment)", order)
	}
	if lib.Deck("en", "boundaries").Cards[0].ID != "slow-start" {
		t.Error("the built-in deck was replaced by the user's")
	}
	if d := lib.ByMoment(After); d == nil || d.ID != "aftercare" {
		t.Errorf("ByMoment(after) = %v", d)
	}
	if lib.ByMoment(Reflection) != nil || lib.Deck("en", "borrowed") != nil {
		t.Error("found a deck that should not exist")
	}
}

func TestLoadDirMissingIsQuiet(t *testing.T) {
	ds, ps := LoadDir(t.TempDir() + "/nothing-here")
	if ds != nil || ps != nil {
		t.Errorf("got %v, %v", ds, ps)
	}
}

// TestBuiltinDecks enforces the mechanical rules of ../shared/CONTENT.md and
// the issue: six decks, one per moment, at least 40 cards each and 240 in
// all, every depth present, ids unique, text short and tidy.
func TestBuiltinDecks(t *testing.T) {
	builtin, ps := LoadBuiltin()
	lib, more := NewLibrary(builtin)
	if ps = append(ps, more...); len(ps) > 0 {
		t.Fatalf("built-in decks have problems:\n%v", ps)
	}
	ds := lib.Decks(SourceLocale)
	moments := map[Moment]bool{}
	total := 0
	seen := map[string]string{}
	for _, d := range ds {
		moments[d.Moment] = true
		total += len(d.Cards)
		if len(d.Cards) < 40 {
			t.Errorf("%s has %d cards, want at least 40", d, len(d.Cards))
		}
		depths := map[Depth]int{}
		for _, c := range d.Cards {
			depths[c.Depth]++
			if other, dup := seen[c.ID]; dup {
				t.Errorf("card id %q in %s and %s", c.ID, d, other)
			}
			seen[c.ID] = d.ID
			if n := utf8.RuneCountInString(c.Text); n > MaxTextLen || n < 15 {
				t.Errorf("%s: card %q is %d characters", d, c.ID, n)
			}
			if c.Text != strings.TrimSpace(c.Text) || strings.Contains(c.Text, "  ") {
				t.Errorf("%s: card %q has stray spaces", d, c.ID)
			}
			if !strings.HasSuffix(c.Text, "?") && !strings.HasSuffix(c.Text, ".") {
				t.Errorf("%s: card %q ends with neither ? nor .", d, c.ID)
			}
			if strings.ContainsAny(c.Text, "\u2018\u2019\u201c\u201d") {
				t.Errorf("%s: card %q uses curly quotes; the source uses straight ones", d, c.ID)
			}
		}
		for depth := Gentle; depth <= MaxDepth; depth++ {
			if depths[depth] < 5 {
				t.Errorf("%s has %d cards at depth %d, want at least 5", d, depths[depth], depth)
			}
		}
	}
	if len(ds) != 6 || len(moments) != len(Moments) {
		t.Errorf("got %d decks covering %d moments, want 6 covering all %d", len(ds), len(moments), len(Moments))
	}
	if total < 240 {
		t.Errorf("%d built-in cards, want at least 240", total)
	}
}

// TestFormatExampleIsValid keeps the example in FORMAT.md honest.
func TestFormatExampleIsValid(t *testing.T) {
	doc, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(doc), "```toml\n")
	example, rest, closed := strings.Cut(rest, "```")
	if !ok || !closed {
		t.Fatal("FORMAT.md has no toml example")
	}
	d, ps := Parse("en/slow-evenings.toml", []byte(example), "en")
	if len(ps) > 0 {
		t.Fatalf("the FORMAT.md example has problems:\n%v", ps)
	}
	if len(d.Cards) != 3 || !d.Cards[1].Both || d.Cards[1].Role != RoleBoth || d.Cards[2].Depth != Vulnerable ||
		strings.Join(d.Cards[2].Topics, " ") != "pace past-experiences" {
		t.Errorf("example parsed unexpectedly: %+v", d)
	}
	_, rest, ok = strings.Cut(rest, "```toml\n")
	example, _, closed = strings.Cut(rest, "```")
	if !ok || !closed {
		t.Fatal("FORMAT.md has no curious example")
	}
	d, ps = Parse("en/new-idea.toml", []byte(example), "en")
	if len(ps) > 0 {
		t.Fatalf("the FORMAT.md curious example has problems:\n%v", ps)
	}
	if d.Opener() == nil || d.Cards[1].Role != RoleListener {
		t.Errorf("curious example parsed unexpectedly: %+v", d)
	}
	// Every topic is documented.
	for _, topic := range Topics {
		if !strings.Contains(string(doc), "| `"+topic+"` |") {
			t.Errorf("FORMAT.md does not list topic %q", topic)
		}
	}
}
