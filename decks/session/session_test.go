package session

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"tend.app/tend/decks"
	"tend.app/tend/decks/decktest"
)

func knownABC(id string) bool { return id == "a" || id == "b" || id == "c" }

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		plan      bool     // a plan comes back
		steps     []string // its card ids
		problems  []string // every problem, in order
	}{
		{"good", "title = \"T\"\n[[cards]]\nid = \"a\"\nnote = \"n\"\n[[cards]]\nid = \"c\"\n", true, []string{"a", "c"}, nil},
		{"no cards yet", "title = \"T\"\n", true, nil, nil},
		{"unknown card id keeps the plan", "title = \"T\"\n[[cards]]\nid = \"a\"\n[[cards]]\n  id = \"zz\"\n", true, []string{"a", "zz"},
			[]string{`p.toml:5:3: unknown card id "zz"`}},
		{"missing title", "[[cards]]\nid = \"a\"\n", false, nil, []string{"p.toml:1:1: missing title"}},
		{"blank title", "title = \"  \"\n", false, nil, []string{"p.toml:1:1: title is empty"}},
		{"syntax", "title = \"T\n", false, nil, []string{"p.toml:1:"}},
		{"unknown keys, with positions", "title = \"T\"\ncolour = 1\n[[cards]]\nid = \"a\"\nnotes = \"x\"\n", false, nil,
			[]string{`p.toml:2:1: unknown plan key "colour"`, `p.toml:5:1: unknown card key "notes"`}},
		{"wrong types", "title = 3\n[[cards]]\nid = \"a\"\nnote = true\n", false, nil,
			[]string{"p.toml:1:1: title must be text in quotes, not a number", "p.toml:4:1: note must be text in quotes, not true/false"}},
		{"cards not tables", "title = \"T\"\ncards = [\"a\"]\n", false, nil, []string{"p.toml:2:1: cards must be a list of [[cards]] tables, not a list"}},
		{"card without id", "title = \"T\"\n[[cards]]\nnote = \"n\"\n", false, nil, []string{"p.toml:2:1: missing id"}},
		{"twice the same card", "title = \"T\"\n[[cards]]\nid = \"a\"\n[[cards]]\nid = \"a\"\n", false, nil, []string{`p.toml:5:1: card "a" is already in the plan (line 3)`}},
		{"note too long", "title = \"T\"\n[[cards]]\nid = \"a\"\nnote = \"" + strings.Repeat("x", MaxNoteLen+1) + "\"\n", false, nil,
			[]string{"p.toml:4:1: note is 401 characters; keep it to 400 or fewer"}},
		{"not UTF-8", "title = \"\xff\"\n", false, nil, []string{"p.toml: the file is not UTF-8 text"}},
		{"every problem at once, unknown ids too", "title = 1\n[[cards]]\nid = \"zz\"\n", false, nil,
			[]string{"p.toml:1:1: title must be", `p.toml:3:1: unknown card id "zz"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			plan, ps := Parse("p.toml", []byte(tc.src), knownABC)
			if (plan != nil) != tc.plan {
				t.Fatalf("plan %v, problems %v", plan, ps)
			}
			if len(ps) != len(tc.problems) {
				t.Fatalf("problems:\n%v\nwant:\n%s", ps, strings.Join(tc.problems, "\n"))
			}
			for i, p := range ps {
				if !strings.HasPrefix(p.Error(), tc.problems[i]) {
					t.Errorf("problem %d: %q, want %q", i, p.Error(), tc.problems[i])
				}
			}
			if plan != nil {
				if plan.ID != "p" || plan.Title != "T" || !slices.Equal(plan.IDs(), tc.steps) {
					t.Errorf("plan %+v", plan)
				}
			}
		})
	}
}

func TestSaveAndLoad(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plans")
	p := &Plan{Title: "Première séance: \"consent\"", Description: "d", Steps: []Step{{"a", "note with \"quotes\"\nand a line"}, {"c", ""}}}
	file, err := Save(dir, p)
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(file) != "première-séance-consent.toml" || p.Path != file {
		t.Errorf("saved as %s", file)
	}
	// A second plan with the same title never replaces the first.
	q := &Plan{Title: p.Title, Steps: []Step{{"b", ""}}}
	if file2, err := Save(dir, q); err != nil || file2 == file {
		t.Fatalf("second plan saved as %s, %v", file2, err)
	}
	loaded := LoadDir(dir, knownABC)
	if len(loaded.Problems) > 0 || len(loaded.Plans) != 2 {
		t.Fatalf("loaded %+v", loaded)
	}
	got := loaded.Plans[slices.IndexFunc(loaded.Plans, func(x *Plan) bool { return x.ID == p.ID })]
	if got.Title != p.Title || got.Description != "d" || !slices.Equal(got.Steps, p.Steps) {
		t.Errorf("round trip: %+v, want %+v", got, p)
	}
	// Saving again writes the same file.
	p.Steps = p.Steps[:1]
	if again, err := Save(dir, p); err != nil || again != file {
		t.Errorf("saved again as %s, %v", again, err)
	}
	if err := Remove(q); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("after removing one of two plans: %v", entries)
	}
}

func TestBrokenPlanIsSetAsideNotLost(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.toml")
	os.WriteFile(broken, []byte("title = \"cut off\n"), 0o600)
	odd := filepath.Join(dir, "odd.toml")
	os.WriteFile(odd, []byte("title = \"T\"\n[[cards]]\nid = \"zz\"\n"), 0o600)
	if ps := CheckDir(dir, knownABC); len(ps) != 2 {
		t.Fatalf("CheckDir: %v", ps)
	}
	if _, err := os.Stat(broken); err != nil {
		t.Fatal("CheckDir moved a file")
	}
	loaded := LoadDir(dir, knownABC)
	if len(loaded.Plans) != 1 || loaded.Plans[0].ID != "odd" {
		t.Errorf("plans %v", loaded.Plans)
	}
	if !slices.Equal(loaded.SetAside, []string{broken + ".broken"}) {
		t.Errorf("set aside %v", loaded.SetAside)
	}
	if _, err := os.Stat(broken); !errors.Is(err, fs.ErrNotExist) {
		t.Error("the broken plan is still in the way")
	}
	if data, _ := os.ReadFile(broken + ".broken"); string(data) != "title = \"cut off\n" {
		t.Errorf("kept copy %q", data)
	}
	if _, err := os.Stat(odd); err != nil {
		t.Error("a plan with an unknown card was set aside")
	}
	if got := LoadDir(filepath.Join(dir, "none"), knownABC); len(got.Plans)+len(got.Problems) != 0 {
		t.Errorf("a missing folder gave %+v", got)
	}
}

func TestResolveSkipsUnknownCards(t *testing.T) {
	a, c := &decks.Card{ID: "a"}, &decks.Card{ID: "c"}
	p := &Plan{Steps: []Step{{"c", "n1"}, {"gone", "n2"}, {"a", "n3"}}}
	cards, notes := p.Resolve(func(id string) *decks.Card {
		return map[string]*decks.Card{"a": a, "c": c}[id]
	})
	if !slices.Equal(cards, []*decks.Card{c, a}) || !slices.Equal(notes, []string{"n1", "n3"}) {
		t.Errorf("cards %v notes %v", cards, notes)
	}
}

// The example plans use only cards that exist, and every built-in language
// has them, with the same cards in the same order.
func TestBuiltinPlans(t *testing.T) {
	ds, ps := decks.LoadBuiltin()
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	lib, _ := decks.NewLibrary(ds)
	known := func(id string) bool { return lib.Card(id) != nil }
	if ps := CheckBuiltin(known); len(ps) > 0 {
		t.Fatal(ps)
	}
	plans, _ := Builtin()
	if len(plans) < 3 {
		t.Fatalf("%d built-in plans", len(plans))
	}
	for _, p := range plans {
		if !p.Builtin || len(p.Steps) < 5 {
			t.Errorf("%s: %d cards", p.ID, len(p.Steps))
		}
		for _, s := range p.Steps {
			if c := lib.Card(s.CardID); c == nil || strings.TrimSpace(s.Note) == "" {
				t.Errorf("%s: card %s missing or without a note", p.ID, s.CardID)
			}
		}
		for _, loc := range decks.BuiltinLocales() {
			if loc == decks.SourceLocale {
				continue
			}
			if !slices.Contains(p.Translated(), loc) {
				t.Errorf("%s is not translated into %s", p.ID, loc)
				continue
			}
			tr := p.In(loc)
			if tr.Title == p.Title || !slices.Equal(tr.IDs(), p.IDs()) {
				t.Errorf("%s in %s: %q", p.ID, loc, tr.Title)
			}
			for i, s := range tr.Steps {
				if s.Note == p.Steps[i].Note {
					t.Errorf("%s in %s: note for %s not translated", p.ID, loc, s.CardID)
				}
			}
		}
	}
	if p := plans[0].In("xx"); p != plans[0] {
		t.Error("a language without a translation changed the plan")
	}
}

func TestCheckBuiltinReportsUnknownCards(t *testing.T) {
	ps := CheckBuiltin(func(id string) bool { return id != "bound-stop-word" })
	if len(ps) != 1 || !strings.Contains(ps[0].Error(), `first-consent.toml:`) || !strings.HasSuffix(ps[0].Error(), `unknown card id "bound-stop-word"`) {
		t.Errorf("problems %v", ps)
	}
}

// FuzzParsePlan feeds arbitrary bytes to the plan parser: it must not
// panic, every problem must name the file and a sane position, and a plan
// it accepts must survive Marshal and Parse unchanged.
func FuzzParsePlan(f *testing.F) {
	decktest.SeedFiles(f, "data/*/*.toml", "testdata/good.toml")
	f.Add([]byte("title = 1\n[[cards]]\nid = 2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		plan, ps := Parse("fuzz.toml", data, func(id string) bool { return len(id) < 30 })
		lines := strings.Count(string(data), "\n") + 1
		for _, p := range ps {
			if p.Path != "fuzz.toml" || p.Line < 0 || p.Line > lines || p.Col < 0 || p.Msg == "" {
				t.Fatalf("bad problem %#v for %d lines", p, lines)
			}
		}
		if plan == nil {
			if len(ps) == 0 {
				t.Fatal("no plan and no problems")
			}
			return
		}
		out, err := plan.Marshal()
		if err != nil {
			t.Fatal(err)
		}
		again, ps2 := Parse("fuzz.toml", out, nil)
		if again == nil || again.Title != plan.Title || again.Description != plan.Description || !slices.Equal(again.Steps, plan.Steps) {
			t.Fatalf("round trip changed the plan:\n%s\n%v", out, ps2)
		}
	})
}

// A session plan nested thousands deep is refused at once, at its place.
func TestDeepPlanIsRefusedAtOnce(t *testing.T) {
	deep := []byte("title = " + strings.Repeat("{a = ", 4000) + "1" + strings.Repeat("}", 4000) + "\n")
	start := time.Now()
	_, ps := Parse("deep.toml", deep, knownABC)
	if took := time.Since(start); took > time.Second {
		t.Errorf("took %v", took)
	}
	if len(ps) == 0 || ps[0].Line != 1 || !strings.Contains(ps[0].Msg, "nested") {
		t.Errorf("got %v, want a positioned problem about nesting", ps)
	}
}
