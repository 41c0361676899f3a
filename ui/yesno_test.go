package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks/agree"
)

func yesNoScreenOf(t *testing.T, tb *table) *yesNoScreen {
	t.Helper()
	s, ok := tb.tools.screen.(*yesNoScreen)
	if !ok || !tb.toolShowing() {
		t.Fatalf("yes / no / maybe is not showing (%T)", tb.tools.screen)
	}
	return s
}

// TestYesNoMaybeTwoPeople walks a whole round with two people on one
// laptop: the first answers, the hand-over hides it, the second answers
// without seeing any of it, and the reveal shows only what both are open
// to. Nothing is written until both tick "keep".
func TestYesNoMaybeTwoPeople(t *testing.T) {
	a := newApp(t)
	tb, _ := newTestTable(t, a, Options{})
	test.Tap(buttonIn(tb.home.content, "Yes / no / maybe"))
	s := yesNoScreenOf(t, tb)
	test.Type(s.names[0], "Ada")
	test.Type(s.names[1], "Sam")
	if s.startB.Text != "Start with Ada" {
		t.Errorf("start button %q", s.startB.Text)
	}
	test.Tap(s.startB)

	items := tb.tools.yesNo.round.Items()
	if len(items) < 40 {
		t.Fatalf("%d items", len(items))
	}
	// Ada: no to the first, maybe to the second, yes to everything else.
	ada := func(i int) agree.Answer {
		return map[int]agree.Answer{0: agree.No, 1: agree.Maybe}[i] + map[bool]agree.Answer{true: agree.Yes}[i > 1]
	}
	// Sam: yes to the first three, no to the rest.
	sam := func(i int) agree.Answer {
		if i < 3 {
			return agree.Yes
		}
		return agree.No
	}
	answerAll := func(name string, pick func(int) agree.Answer) {
		for i, it := range items {
			s = yesNoScreenOf(t, tb)
			if !strings.Contains(s.turn.Text, name+"'s turn") {
				t.Fatalf("item %d: turn label %q", i, s.turn.Text)
			}
			if want, _ := s.itemText(it.ID); s.item.Text != want {
				t.Fatalf("item %d shows %q, want %q", i, s.item.Text, want)
			}
			for _, b := range s.answers {
				if b.Importance == widget.HighImportance {
					t.Fatalf("%s sees a chosen answer on item %d before answering", name, i)
				}
			}
			test.Tap(s.answers[pick(i)])
		}
	}
	answerAll("Ada", ada)

	s = yesNoScreenOf(t, tb)
	shown := textsIn(s.content)
	if !strings.Contains(shown, "Thank you, Ada") || !strings.Contains(s.readyB.Text, "I'm Sam") {
		t.Fatalf("hand-over screen:\n%s", shown)
	}
	for _, it := range items {
		if strings.Contains(shown, it.Text) {
			t.Errorf("the hand-over shows %q", it.Text)
		}
	}
	test.Tap(s.readyB)
	answerAll("Sam", sam)

	s = yesNoScreenOf(t, tb)
	if !strings.Contains(textsIn(s.content), "both done") {
		t.Fatalf("after Sam: %s", textsIn(s.content))
	}
	if _, err := os.Stat(sharedFile(dataDirs[a])); !os.IsNotExist(err) {
		t.Fatal("something was written before the reveal")
	}
	test.Tap(s.showB)

	s = yesNoScreenOf(t, tb)
	reveal := textsIn(s.shared)
	// Item 0: no + yes; item 1: maybe + yes; item 2: yes + yes; the rest
	// yes + no.
	if !strings.Contains(reveal, "Both yes\n•  "+items[2].Text) {
		t.Errorf("both yes should hold %q:\n%s", items[2].Text, reveal)
	}
	if !strings.Contains(reveal, "Worth talking about") || !strings.Contains(reveal, items[1].Text) {
		t.Errorf("worth talking about should hold %q:\n%s", items[1].Text, reveal)
	}
	for i, it := range items {
		if i != 1 && i != 2 && strings.Contains(reveal, "•  "+it.Text+"\n") {
			t.Errorf("the reveal shows %q, which one of you said no to", it.Text)
		}
	}
	if strings.Contains(reveal, "No") || strings.ContainsAny(reveal, "0123456789") {
		t.Errorf("the reveal says no, or counts something:\n%s", reveal)
	}
	if tb.tools.yesNo.round != nil {
		t.Error("the round and its answers outlive the reveal")
	}

	path := sharedFile(dataDirs[a])
	test.Tap(s.keep[0])
	if !s.keepB.Disabled() {
		t.Error("Keep is possible with one tick")
	}
	test.Tap(s.keepB)
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatal("kept with only one tick")
	}
	test.Tap(s.keep[1])
	test.Tap(s.keepB)
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("not kept after both ticked: %v", err)
	}
	for i, it := range items {
		if has := strings.Contains(string(data), `"`+it.ID+`"`); has != (i == 1 || i == 2) {
			t.Errorf("kept file mentions %s: %v\n%s", it.ID, has, data)
		}
	}

	// The kept list opens from the first screen and can be deleted.
	test.Tap(s.doneB)
	tb.openYesNo()
	s = yesNoScreenOf(t, tb)
	test.Tap(s.keptB)
	s = yesNoScreenOf(t, tb)
	if !strings.Contains(textsIn(s.shared), items[2].Text) || s.deleteB == nil {
		t.Fatal("the kept list does not open")
	}
	test.Tap(s.deleteB)
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Error("Delete kept list left the file")
	}
}

// Leaving in the middle of a round forgets every answer given.
func TestYesNoLeaveForgets(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	tb.openYesNo()
	s := yesNoScreenOf(t, tb)
	test.Tap(s.startB)
	s = yesNoScreenOf(t, tb)
	test.Tap(s.answers[agree.Yes])
	round := tb.tools.yesNo.round
	first := round.Items()[0].ID
	s = yesNoScreenOf(t, tb)
	test.Tap(s.doneB)
	if round.Get(0, first) != agree.Skip || tb.tools.yesNo.round != nil {
		t.Error("answers survive leaving the round")
	}
	tb.openYesNo()
	if s := yesNoScreenOf(t, tb); s.startB == nil {
		t.Error("coming back does not start afresh")
	}
}

// Going back shows the person their own earlier answer, and only theirs.
func TestYesNoBackShowsOwnAnswer(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	tb.openYesNo()
	test.Tap(yesNoScreenOf(t, tb).startB)
	test.Tap(yesNoScreenOf(t, tb).answers[agree.Maybe])
	s := yesNoScreenOf(t, tb)
	test.Tap(s.backB)
	s = yesNoScreenOf(t, tb)
	if s.answers[agree.Maybe].Importance != widget.HighImportance {
		t.Error("going back does not show the answer given")
	}
}

// Leaving through the File menu mid-round forgets the answers too, and a
// later language switch does not bring the tool back.
func TestYesNoLeftThroughMenu(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	tb.openYesNo()
	test.Tap(yesNoScreenOf(t, tb).startB)
	test.Tap(yesNoScreenOf(t, tb).answers[agree.No])
	round := tb.tools.yesNo.round
	first := round.Items()[0].ID
	tb.goHome() // File → Your decks
	tb.setLanguage("de")
	if tb.toolShowing() || tb.screen != screenHome {
		t.Fatal("a language switch reopened the tool")
	}
	tb.openYesNo()
	if round.Get(0, first) != agree.Skip || tb.tools.yesNo.phase != phaseIntro {
		t.Error("the half-answered round survived leaving through the menu")
	}
}

// Esc in a tool is its Done button: back to where it was opened from, and
// a round in progress is forgotten.
func TestEscapeLeavesTool(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	tb.openYesNo()
	test.Tap(yesNoScreenOf(t, tb).startB)
	test.Tap(yesNoScreenOf(t, tb).answers[agree.Yes])
	round := tb.tools.yesNo.round
	press(w, fyne.KeyEscape)
	if tb.toolShowing() || tb.screen != screenHome || round.Get(0, round.Items()[0].ID) != agree.Skip {
		t.Error("Esc did not leave yes / no / maybe and forget the round")
	}
	tb.openPlan()
	press(w, fyne.KeyEscape)
	if tb.toolShowing() || tb.screen != screenHome {
		t.Error("Esc did not leave the plan")
	}
}

// A kept list that cannot be read is set aside when opened, and the person
// is told where it went; it is never overwritten.
func TestBrokenSharedListIsSetAside(t *testing.T) {
	a := newApp(t)
	path := sharedFile(dataDirs[a])
	os.WriteFile(path, []byte("version = 1\nboth_yes = [\n"), 0o600)
	tb, _ := newTestTable(t, a, Options{})
	tb.openYesNo()
	s := yesNoScreenOf(t, tb)
	test.Tap(s.keptB)
	s = yesNoScreenOf(t, tb)
	if !strings.Contains(s.note.Text, path+".broken") || s.st.phase != phaseIntro {
		t.Errorf("note %q, phase %v", s.note.Text, s.st.phase)
	}
	if _, err := os.Stat(path + ".broken"); err != nil {
		t.Error("the broken list was not kept aside")
	}
}

// TestYesNoListsFollowDeckFolders checks that item lists in a folder given
// with --decks are offered, as the decks in it are, and that a broken list
// there is told with its file.
func TestYesNoListsFollowDeckFolders(t *testing.T) {
	dir := t.TempDir()
	lists := filepath.Join(dir, "en", "lists")
	if err := os.MkdirAll(lists, 0o755); err != nil {
		t.Fatal(err)
	}
	mine := "id = \"ours\"\ntitle = \"Our own\"\norder = 9\n\n[[items]]\nid = \"ours-tea\"\ntext = \"A cup of tea together first\"\n"
	if err := os.WriteFile(filepath.Join(lists, "ours.toml"), []byte(mine), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(lists, "broken.toml"), []byte("id = \"broken\"\ntitle = \n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tb, _ := newTestTable(t, newApp(t), Options{DeckDirs: []string{dir}})
	test.Tap(buttonIn(tb.home.content, "Yes / no / maybe"))
	s := yesNoScreenOf(t, tb)
	if !strings.Contains(s.note.Text, "broken.toml") {
		t.Errorf("the broken list in the --decks folder is not told: %q", s.note.Text)
	}
	test.Type(s.names[0], "Ada")
	test.Type(s.names[1], "Sam")
	test.Tap(s.startB)
	found := false
	for _, it := range tb.tools.yesNo.round.Items() {
		found = found || it.ID == "ours-tea"
	}
	if !found {
		t.Error("the list in the --decks folder is not offered")
	}
}

// TestToolsTakeTheFirstTwoNamesGiven checks that Our plan and Yes / no /
// maybe, made for a pair, start with the first two names typed on the
// decks screen, whichever of the four fields they are in.
func TestToolsTakeTheFirstTwoNamesGiven(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	test.Type(tb.home.names[1], "Ada")
	test.Type(tb.home.names[3], "Sam")
	test.Tap(buttonIn(tb.home.content, "Our plan"))
	if got := [2]string{tb.tools.plan.plan.People[0].Name, tb.tools.plan.plan.People[1].Name}; got != [2]string{"Ada", "Sam"} {
		t.Errorf("Our plan starts with the names %q, want Ada and Sam", got)
	}
	tb.goHome()
	test.Tap(buttonIn(tb.home.content, "Yes / no / maybe"))
	s := yesNoScreenOf(t, tb)
	if got := [2]string{s.names[0].Text, s.names[1].Text}; got != [2]string{"Ada", "Sam"} {
		t.Errorf("Yes / no / maybe starts with the names %q, want Ada and Sam", got)
	}
}

// Forty-two items by mouse alone is a long evening: 1, 2, 3 and 4 answer
// yes, maybe, no and skip (written on the buttons, as on the check-in), and
// the keys that move cards answer nothing.
func TestYesNoAnsweredByKeys(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	tb.openYesNo()
	test.Tap(yesNoScreenOf(t, tb).startB)
	items := tb.tools.yesNo.round.Items()
	for i, want := range []agree.Answer{agree.Yes, agree.Maybe, agree.No, agree.Skip} {
		s := yesNoScreenOf(t, tb)
		if key := string(rune('1' + i)); !strings.HasPrefix(s.answers[want].Text, key+" ") {
			t.Errorf("the %v button %q does not show its key %s", want, s.answers[want].Text, key)
		}
		for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeySpace, fyne.KeyReturn, fyne.KeyDown} {
			press(w, k)
		}
		if tb.tools.yesNo.index != i {
			t.Fatalf("the keys that move cards moved to item %d", tb.tools.yesNo.index)
		}
		press(w, fyne.KeyName(string(rune('1'+i))))
		if got := tb.tools.yesNo.round.Get(0, items[i].ID); got != want {
			t.Errorf("item %d: key %d answered %v, want %v", i, i+1, got, want)
		}
		if tb.tools.yesNo.index != i+1 {
			t.Fatalf("after key %d the round is at item %d", i+1, tb.tools.yesNo.index)
		}
	}
}
