package agree

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var answers = []Answer{Skip, Yes, Maybe, No}

func (a Answer) String() string { return [...]string{"skip", "yes", "maybe", "no"}[a] }

// TestMatchEveryPair is the reveal rule over every combination of two
// answers, written out in full so a change to the rule is a visible change
// to this table.
func TestMatchEveryPair(t *testing.T) {
	want := map[[2]Answer]Outcome{
		{Skip, Skip}: Hidden, {Skip, Yes}: Hidden, {Skip, Maybe}: Hidden, {Skip, No}: Hidden,
		{Yes, Skip}: Hidden, {Yes, Yes}: BothYes, {Yes, Maybe}: WorthTalking, {Yes, No}: Hidden,
		{Maybe, Skip}: Hidden, {Maybe, Yes}: WorthTalking, {Maybe, Maybe}: WorthTalking, {Maybe, No}: Hidden,
		{No, Skip}: Hidden, {No, Yes}: Hidden, {No, Maybe}: Hidden, {No, No}: Hidden,
	}
	if len(want) != len(answers)*len(answers) {
		t.Fatalf("the table covers %d pairs, not all %d", len(want), len(answers)*len(answers))
	}
	for pair, w := range want {
		if got := Match(pair[0], pair[1]); got != w {
			t.Errorf("Match(%v, %v) = %d, want %d", pair[0], pair[1], got, w)
		}
		// The rule cannot depend on who answered first.
		if Match(pair[0], pair[1]) != Match(pair[1], pair[0]) {
			t.Errorf("Match(%v, %v) depends on the order", pair[0], pair[1])
		}
	}
}

// roundOfAllPairs makes one item per pair of answers, answered that way.
func roundOfAllPairs() (*Round, map[string][2]Answer) {
	var items []Item
	given := map[string][2]Answer{}
	for _, a := range answers {
		for _, b := range answers {
			id := "item-" + a.String() + "-" + b.String()
			items = append(items, Item{ID: id, Text: id})
			given[id] = [2]Answer{a, b}
		}
	}
	r := NewRound(items)
	for id, ab := range given {
		r.Set(0, id, ab[0])
		r.Set(1, id, ab[1])
	}
	return r, given
}

func TestRevealShowsOnlyWhatBothAreOpenTo(t *testing.T) {
	r, given := roundOfAllPairs()
	shared := r.Reveal()
	for _, id := range slices.Concat(shared.BothYes, shared.WorthTalking) {
		ab := given[id]
		if ab[0] == No || ab[1] == No {
			t.Errorf("%s is shown although someone said no", id)
		}
		if ab[0] == Skip || ab[1] == Skip {
			t.Errorf("%s is shown although someone skipped it", id)
		}
	}
	if !slices.Equal(shared.BothYes, []string{"item-yes-yes"}) {
		t.Errorf("both yes = %v", shared.BothYes)
	}
	if !slices.Equal(shared.WorthTalking, []string{"item-yes-maybe", "item-maybe-yes", "item-maybe-maybe"}) {
		t.Errorf("worth talking about = %v", shared.WorthTalking)
	}
	// After the reveal nobody's answer is left to find, and none can be set.
	for id := range given {
		if r.Get(0, id) != Skip || r.Get(1, id) != Skip {
			t.Errorf("%s: answers kept after the reveal", id)
		}
	}
	r.Set(0, "item-yes-yes", No)
	if r.Get(0, "item-yes-yes") != Skip {
		t.Error("an answer was taken after the reveal")
	}
}

func TestSharedFileHoldsNoNoAndNoAnswers(t *testing.T) {
	r, given := roundOfAllPairs()
	path := filepath.Join(t.TempDir(), "shared.toml")
	if err := r.Reveal().Save(path); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for id, ab := range given {
		mentioned := strings.Contains(text, `"`+id+`"`)
		if (ab[0] == No || ab[1] == No) && mentioned {
			t.Errorf("saved file names %s, which someone said no to:\n%s", id, text)
		}
		if Match(ab[0], ab[1]) != Hidden && !mentioned {
			t.Errorf("saved file lacks %s", id)
		}
	}
	for _, word := range []string{"maybe =", "no =", "answers", "person", "hidden"} {
		if strings.Contains(text, word) {
			t.Errorf("saved file has %q:\n%s", word, text)
		}
	}
	back, err := LoadShared(path)
	if err != nil || back == nil {
		t.Fatalf("LoadShared: %v", err)
	}
	if len(back.BothYes) != 1 || len(back.WorthTalking) != 3 {
		t.Errorf("read back %+v", back)
	}
}

func TestLoadSharedBroken(t *testing.T) {
	dir := t.TempDir()
	if s, err := LoadShared(filepath.Join(dir, "none.toml")); s != nil || err != nil {
		t.Errorf("missing file: %v, %v", s, err)
	}
	for name, tc := range map[string]struct{ text, want string }{
		"syntax":  {"version = 1\nboth_yes = [\"a\"\n", "broken.toml:2:16: "},
		"unknown": {"version = 1\nanswers = [\"a\"]\n", `unknown key "answers"`},
		"version": {"version = 7\n", "version 7 is not one"},
	} {
		path := filepath.Join(dir, "broken.toml")
		os.WriteFile(path, []byte(tc.text), 0o600)
		_, err := LoadShared(path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", name, err, tc.want)
		}
	}
}
