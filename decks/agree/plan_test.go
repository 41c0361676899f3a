package agree

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"tend.app/tend/decks"
)

func samplePlan() *Plan {
	p := NewPlan(false)
	p.StopWord = "red"
	p.SlowWord = "yellow"
	p.Signal = "two-taps"
	p.SetAfterStop("no-questions", true)
	p.SetAfterStop("all-stops", true)
	p.IfQuiet = "Stop and ask softly."
	p.People[0] = Person{Name: "Ada", CheckIn: "A squeeze of the hand, now and then"}
	p.People[1] = Person{Name: "Sam", LowMood: "Sit with me, no fixing"}
	p.SetNeed(0, "water", true)
	p.SetNeed(0, "held", true)
	p.SetNeed(1, "quiet", true)
	p.Review = ReviewAfterNextTime
	return p
}

func TestPlanRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "plan.toml")
	p := samplePlan()
	if err := p.Save(path); err != nil {
		t.Fatal(err)
	}
	back, err := LoadPlan(path)
	if err != nil {
		t.Fatal(err)
	}
	p.spare = nil
	if !reflect.DeepEqual(p, back) {
		t.Errorf("read back\n%+v\nwant\n%+v", back, p)
	}
	// Choices keep the order of the lists they come from.
	if !slices.Equal(back.People[0].Needs, []string{"held", "water"}) || !slices.Equal(back.AfterStop, []string{"all-stops", "no-questions"}) {
		t.Errorf("choices out of order: %v %v", back.People[0].Needs, back.AfterStop)
	}
}

func TestSoloKeepsSecondPersonWhileOpen(t *testing.T) {
	p := samplePlan()
	p.SetSolo(true)
	if len(p.People) != 1 || !slices.Equal(p.Steps(), []Step{StepWho, StepCareFirst, StepReview, StepSummary}) {
		t.Fatalf("solo plan: %d people, steps %v", len(p.People), p.Steps())
	}
	data, _ := p.Encode()
	if strings.Contains(string(data), "Sam") {
		t.Errorf("a solo plan saves the second person:\n%s", data)
	}
	p.SetSolo(false)
	if p.People[1].Name != "Sam" {
		t.Error("switching back to two lost the second person's part")
	}
}

func TestStepsWalk(t *testing.T) {
	for _, solo := range []bool{false, true} {
		p := NewPlan(solo)
		var walked []Step
		for s := StepWho; ; s = p.Next(s) {
			walked = append(walked, s)
			if s == StepSummary {
				break
			}
		}
		if !slices.Equal(walked, p.Steps()) {
			t.Errorf("solo=%v: Next walks %v, want %v", solo, walked, p.Steps())
		}
		var back []Step
		for s := StepSummary; ; s = p.Back(s) {
			back = append(back, s)
			if s == StepWho {
				break
			}
		}
		slices.Reverse(back)
		if !slices.Equal(back, p.Steps()) {
			t.Errorf("solo=%v: Back walks %v", solo, back)
		}
	}
	// A step that no longer belongs moves on to the next one that does.
	if got := NewPlan(true).Next(StepStopping); got != StepCareFirst {
		t.Errorf("solo Next(StepStopping) = %v", got)
	}
}

func TestEmpty(t *testing.T) {
	p := NewPlan(false)
	if !p.Empty() {
		t.Error("a new plan is not empty")
	}
	p.People[0].Name = "Ada"
	if !p.Empty() {
		t.Error("a name alone is not an agreement")
	}
	p.SetNeed(1, "quiet", true)
	if p.Empty() {
		t.Error("a need is something")
	}
}

func TestLoadPlanBroken(t *testing.T) {
	dir := t.TempDir()
	if p, err := LoadPlan(filepath.Join(dir, "none.toml")); p != nil || err != nil {
		t.Errorf("missing file: %v, %v", p, err)
	}
	for name, tc := range map[string]struct{ text, want string }{
		"syntax":  {"version = 1\nstop_word = \"red\nslow_word = 1\n", "plan.toml:2:"},
		"unknown": {"version = 1\nstop_wrd = \"red\"\n", `unknown key "stop_wrd"`},
		"type":    {"version = 1\nstop_word = 3\n", "plan.toml"},
		"version": {"version = 2\n", "version 2 is not one"},
	} {
		path := filepath.Join(dir, "plan.toml")
		os.WriteFile(path, []byte(tc.text), 0o600)
		_, err := LoadPlan(path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: err = %v, want %q", name, err, tc.want)
		}
	}
	// Not a regular file: refused, never opened.
	fifo := filepath.Join(dir, "fifo.toml")
	if err := syscall.Mkfifo(fifo, 0o600); err == nil {
		if _, err := LoadPlan(fifo); !errors.Is(err, decks.ErrNotRegular) {
			t.Errorf("fifo: err = %v", err)
		}
	}
}

// TestKilledSaveLeavesOldFileWhole saves plans over and over in a child
// process, kills it at an arbitrary moment, and checks that the file on
// disk is always one whole plan, never a torn mix.
func TestKilledSaveLeavesOldFileWhole(t *testing.T) {
	if path := os.Getenv("TEND_SAVE_FOREVER"); path != "" {
		p := samplePlan()
		for i := 0; ; i++ {
			p.IfQuiet = strings.Repeat(string(rune('a'+i%2)), 200_000)
			if err := p.Save(path); err != nil {
				os.Exit(3)
			}
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.toml")
	old := samplePlan()
	old.IfQuiet = "the old plan"
	if err := old.Save(path); err != nil {
		t.Fatal(err)
	}
	for round := range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestKilledSaveLeavesOldFileWhole$")
		cmd.Env = append(os.Environ(), "TEND_SAVE_FOREVER="+path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(150+100*round) * time.Millisecond)
		cmd.Process.Kill()
		cmd.Wait()
		p, err := LoadPlan(path)
		if err != nil {
			t.Fatalf("round %d: the plan is broken after a killed save: %v", round, err)
		}
		q := p.IfQuiet
		whole := q == "the old plan" || q == strings.Repeat("a", 200_000) || q == strings.Repeat("b", 200_000)
		if !whole {
			t.Fatalf("round %d: torn plan, if_quiet has %d characters", round, len(q))
		}
	}
	// Temporary files of the killed saves may remain; they never replace
	// the plan and are hidden (dot files).
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "plan.toml" && !strings.HasPrefix(e.Name(), ".plan.toml.") {
			t.Errorf("unexpected file %s", e.Name())
		}
	}
}

// A plan, a kept list or a list of items nested thousands deep is refused
// at once, with its place: opening the plan must not freeze Tend.
func TestDeepFilesAreRefusedAtOnce(t *testing.T) {
	deep := []byte("version = 1\n[plan]\nstop_word = " + strings.Repeat("{a = ", 4000) + "1" + strings.Repeat("}", 4000) + "\n")
	dir := t.TempDir()
	path := filepath.Join(dir, "deep.toml")
	if err := os.WriteFile(path, deep, 0o600); err != nil {
		t.Fatal(err)
	}
	check := func(what string, err error) {
		t.Helper()
		var p decks.Problem
		if !errors.As(err, &p) || p.Line == 0 || !strings.Contains(p.Msg, "nested") {
			t.Errorf("%s: got %v, want a positioned problem about nesting", what, err)
		}
	}
	for what, load := range map[string]func() error{
		"plan":   func() error { _, err := LoadPlan(path); return err },
		"shared": func() error { _, err := LoadShared(path); return err },
		"list": func() error {
			_, ps := ParseList("en/lists/deep.toml", deep, "en")
			if len(ps) == 0 {
				return nil
			}
			return ps[0]
		},
	} {
		start := time.Now()
		err := load()
		if took := time.Since(start); took > time.Second {
			t.Errorf("%s took %v", what, took)
		}
		check(what, err)
	}
}
