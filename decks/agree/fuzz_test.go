package agree

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// FuzzParseList feeds arbitrary bytes to the yes / no / maybe list parser:
// it must not panic, every problem must name the file with a sane
// position, and a list comes back exactly when there are no problems.
func FuzzParseList(f *testing.F) {
	files, _ := filepath.Glob("../data/*/lists/*.toml")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("id = \"x\"\ntitle = 1\n[[items]]\nid = 2\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		list, ps := ParseList("en/lists/fuzz.toml", data, "en")
		lines := strings.Count(string(data), "\n") + 1
		for _, p := range ps {
			if p.Path != "en/lists/fuzz.toml" || p.Line < 0 || p.Line > lines || p.Col < 0 || p.Msg == "" {
				t.Fatalf("bad problem %#v for %d lines", p, lines)
			}
		}
		if (list == nil) == (len(ps) == 0) {
			t.Fatalf("list %v with problems %v", list, ps)
		}
	})
}

// FuzzLoadSaved feeds arbitrary bytes to the readers of the couple's saved
// plan and kept list: they must not panic, a broken file is an error (for
// the caller to set aside), and what they accept saves and reads back the
// same.
func FuzzLoadSaved(f *testing.F) {
	dir := f.TempDir()
	plan, shared := filepath.Join(dir, "plan.toml"), filepath.Join(dir, "shared.toml")
	if err := samplePlan().Save(plan); err != nil {
		f.Fatal(err)
	}
	if err := (Shared{BothYes: []string{"a"}, WorthTalking: []string{"b"}}).Save(shared); err != nil {
		f.Fatal(err)
	}
	for _, path := range []string{plan, shared} {
		data, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("version = 1\n[plan]\nstop_word = [1]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		path := filepath.Join(dir, "in.toml")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		if p, err := LoadPlan(path); err == nil && p != nil {
			again := filepath.Join(dir, "plan.toml")
			if err := p.Save(again); err != nil {
				t.Fatalf("an accepted plan does not save: %v", err)
			}
			back, err := LoadPlan(again)
			if err != nil || !reflect.DeepEqual(back, p) {
				t.Fatalf("the plan changed on the way back: %v\n%#v\n%#v", err, p, back)
			}
		}
		if s, err := LoadShared(path); err == nil && s != nil {
			again := filepath.Join(dir, "shared.toml")
			if err := s.Save(again); err != nil {
				t.Fatalf("an accepted kept list does not save: %v", err)
			}
			back, err := LoadShared(again)
			if err != nil || !reflect.DeepEqual(back, s) {
				t.Fatalf("the kept list changed on the way back: %v\n%#v\n%#v", err, s, back)
			}
		}
	})
}
