package ui

import (
	"os"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
	"tend.app/tend/decks/agree"
)

// textsIn gathers every label and button text below o, as a person would
// read the screen.
func textsIn(o fyne.CanvasObject) string {
	var b strings.Builder
	walkAll(o, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			if w.Visible() {
				b.WriteString(w.Text + "\n")
			}
		case *widget.Button:
			b.WriteString(w.Text + "\n")
		case *widget.Check:
			b.WriteString(w.Text + "\n")
		case *widget.RichText:
			b.WriteString(w.String() + "\n")
		}
	})
	return b.String()
}

func planScreenOf(t *testing.T, tb *table) *planScreen {
	t.Helper()
	s, ok := tb.tools.screen.(*planScreen)
	if !ok || !tb.toolShowing() {
		t.Fatalf("the plan is not showing (%T)", tb.tools.screen)
	}
	return s
}

func checkNamed(t *testing.T, cs []*widget.Check, text string) *widget.Check {
	t.Helper()
	for _, c := range cs {
		if c.Text == text {
			return c
		}
	}
	t.Fatalf("no check box %q", text)
	return nil
}

// TestPlanWalkForTwo walks every step of a plan for two, as a couple
// would, and checks that the summary shows it, that nothing is written
// before Save, and what Save, Copy and Delete do.
func TestPlanWalkForTwo(t *testing.T) {
	a := newApp(t)
	tb, w := newTestTable(t, a, Options{})
	test.Tap(buttonIn(tb.home.content, "Our plan"))
	s := planScreenOf(t, tb)
	if s.stepOf.Text != "Step 1 of 7" || s.backB.Disabled() == false {
		t.Errorf("first step: %q, back enabled %v", s.stepOf.Text, !s.backB.Disabled())
	}
	test.Type(s.names[0], "Ada")
	test.Type(s.names[1], "Sam")
	test.Tap(s.nextB)

	s = planScreenOf(t, tb)
	if s.heading.Text != "Stopping" {
		t.Fatalf("step 2 is %q", s.heading.Text)
	}
	if s.stopWord.Text != "red" || s.slowWord.Text != "yellow" {
		t.Errorf("suggested words: %q, %q", s.stopWord.Text, s.slowWord.Text)
	}
	s.signal.SetSelected("A raised hand")
	test.Type(s.ownSignal, "three slow taps")
	if s.signal.Selected != "" {
		t.Error("typing an own signal keeps a listed one chosen")
	}
	test.Tap(checkNamed(t, s.afterStop, "No questions, nothing to explain"))
	test.Type(s.ifQuiet, "We pause and ask.")
	test.Tap(s.nextB)

	s = planScreenOf(t, tb)
	if s.heading.Text != "Checking in" || !strings.Contains(textsIn(s.content), "How and how often to ask Sam") {
		t.Fatalf("check-in step: %q", s.heading.Text)
	}
	test.Type(s.checkIn[1], "Every little while")
	test.Tap(s.skipB) // nothing typed for Ada: skipping is fine

	for _, want := range []struct{ heading, need, lowMood string }{
		{"Aftercare for Ada", "Water", "Tea and a film"},
		{"Aftercare for Sam", "A blanket", ""},
	} {
		s = planScreenOf(t, tb)
		if s.heading.Text != want.heading {
			t.Fatalf("step is %q, want %q", s.heading.Text, want.heading)
		}
		test.Tap(checkNamed(t, s.needs, want.need))
		test.Type(s.lowMood, want.lowMood)
		test.Tap(s.nextB)
	}
	s = planScreenOf(t, tb)
	test.Type(s.differ, "Ten minutes apart, then a hug")
	test.Tap(s.nextB)
	s = planScreenOf(t, tb)
	test.Tap(s.afterNext)
	test.Tap(s.nextB)

	s = planScreenOf(t, tb)
	shown := textsIn(s.content)
	for _, want := range []string{"Our plan", "red", "yellow", "three slow taps", "No questions, nothing to explain",
		"Ada", "Sam", "Water", "A blanket", "Tea and a film", "Every little while", "Ten minutes apart, then a hug", "After the next time"} {
		if !strings.Contains(shown, want) {
			t.Errorf("summary lacks %q:\n%s", want, shown)
		}
	}
	path := planFile(dataDirs[a])
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("the plan was written before Save")
	}
	if !s.deleteB.Disabled() {
		t.Error("Delete is offered with nothing saved")
	}

	test.Tap(s.copyB)
	copied := a.Clipboard().Content()
	if !strings.Contains(copied, "Stop word: red") || !strings.Contains(copied, "Sam\n") {
		t.Errorf("copied text:\n%s", copied)
	}

	test.Tap(s.saveB)
	saved, err := agree.LoadPlan(path)
	if err != nil || saved == nil {
		t.Fatalf("after Save: %v", err)
	}
	if saved.StopWord != "red" || saved.Signal != "three slow taps" || !slices.Equal(saved.People[1].Needs, []string{"blanket"}) || saved.Review != agree.ReviewAfterNextTime {
		t.Errorf("saved %+v", saved)
	}
	if s.deleteB.Disabled() || !strings.Contains(s.note.Text, "Saved") {
		t.Errorf("after Save: delete disabled %v, note %q", s.deleteB.Disabled(), s.note.Text)
	}

	// A new start of Tend opens the saved plan on its summary page.
	tb2, _ := newTestTable(t, a, Options{})
	tb2.openPlan()
	if s2 := planScreenOf(t, tb2); s2.st.step != agree.StepSummary || !strings.Contains(textsIn(s2.content), "three slow taps") {
		t.Error("the saved plan does not open on its summary")
	}

	test.Tap(s.deleteB)
	test.Tap(buttonIn(topOverlay(t, w), "Yes"))
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("Delete left the plan on disk")
	}
	s = planScreenOf(t, tb)
	if s.st.step != agree.StepWho || !strings.Contains(s.note.Text, "Deleted") {
		t.Errorf("after Delete: step %v, note %q", s.st.step, s.note.Text)
	}

	test.Tap(s.doneB)
	if tb.toolShowing() || tb.screen != screenHome {
		t.Error("Done does not go back to the decks")
	}
}

func TestPlanSolo(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	tb.openPlan()
	s := planScreenOf(t, tb)
	s.together.SetSelected("Just me")
	if s.names[1].Visible() {
		t.Error("a second name field on a plan for one")
	}
	var headings []string
	for s.st.step != agree.StepSummary {
		test.Tap(s.nextB)
		s = planScreenOf(t, tb)
		headings = append(headings, s.heading.Text)
		if s.st.step == agree.StepCareFirst {
			test.Tap(checkNamed(t, s.needs, "Quiet"))
		}
	}
	if want := []string{"My aftercare", "When to look at it again", "My plan"}; !slices.Equal(headings, want) {
		t.Errorf("solo steps %q, want %q", headings, want)
	}
	shown := textsIn(s.content)
	if !strings.Contains(shown, "Quiet") || strings.Contains(shown, "Stop word") {
		t.Errorf("solo summary:\n%s", shown)
	}
}

// A plan file that cannot be read is kept aside, the person is told, and
// nothing overwrites it.
func TestBrokenPlanIsSetAside(t *testing.T) {
	a := newApp(t)
	path := planFile(dataDirs[a])
	broken := "version = 1\nstop_word = \"red\n"
	os.WriteFile(path, []byte(broken), 0o600)
	tb, _ := newTestTable(t, a, Options{})
	tb.openPlan()
	s := planScreenOf(t, tb)
	if !strings.Contains(s.note.Text, path+".broken") || !s.note.Visible() {
		t.Errorf("note: %q", s.note.Text)
	}
	if data, err := os.ReadFile(path + ".broken"); err != nil || string(data) != broken {
		t.Errorf("the broken file was not kept as it was: %v", err)
	}
	for s.st.step != agree.StepSummary {
		test.Tap(s.nextB)
		s = planScreenOf(t, tb)
	}
	test.Tap(s.saveB)
	if data, _ := os.ReadFile(path + ".broken"); string(data) != broken {
		t.Error("saving a new plan overwrote the kept copy")
	}
}

// Cards about what a plan settles offer "Open our plan"; Done goes back to
// the same card.
func TestOpenPlanFromCard(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn) // the default deck is boundaries
	for !tb.pile.Done() && !talksAboutPlans(tb.pile.Current()) {
		press(w, fyne.KeyRight)
	}
	if tb.pile.Done() || !tb.card.planB.Visible() {
		t.Fatal("no Open our plan on a boundaries card about plans")
	}
	card := tb.pile.Current()
	test.Tap(tb.card.planB)
	s := planScreenOf(t, tb)
	press(w, fyne.KeyRight) // not a card key while the plan is open
	if tb.pile.Current() != card {
		t.Error("a key moved the hidden pile")
	}
	test.Tap(s.doneB)
	if tb.screen != screenCard || tb.pile.Current() != card || !tb.root.Objects[screenCard].Visible() {
		t.Error("Done does not go back to the card")
	}
	var other *decks.Deck
	for _, d := range tb.lib.Sources() {
		if d.Moment == decks.During {
			other = d
		}
	}
	if other != nil && talksAboutPlans(other.Cards[0]) {
		t.Error("a check-in card offers the plan")
	}
}

// A language switch while the plan is open keeps it open, in the new
// language, with what was typed.
func TestPlanFollowsLanguage(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	tb.openPlan()
	s := planScreenOf(t, tb)
	test.Type(s.names[0], "Ada")
	test.Tap(s.nextB)
	tb.setLanguage("de")
	s = planScreenOf(t, tb)
	if s.heading.Text == "Stopping" || s.stopWord.Text != "red" {
		t.Errorf("after switching to German: heading %q, stop word %q", s.heading.Text, s.stopWord.Text)
	}
	if s.st.plan.People[0].Name != "Ada" {
		t.Error("the switch lost what was typed")
	}
}

func TestToolsInMenu(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	var items []string
	for _, it := range tb.menu.menu.Items[0].Items {
		items = append(items, it.Label)
	}
	if !slices.Contains(items, "Our plan") || !slices.Contains(items, "Yes / no / maybe") {
		t.Fatalf("File menu: %v", items)
	}
	for _, it := range tb.menu.menu.Items[0].Items {
		if it.Label == "Yes / no / maybe" {
			it.Action()
		}
	}
	if _, ok := tb.tools.screen.(*yesNoScreen); !ok || !tb.toolShowing() {
		t.Error("the menu item does not open yes / no / maybe")
	}
}
