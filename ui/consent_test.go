package ui

import (
	"os"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
)

// TestSlowDownAppliesToTheVeryNextCard checks every check-in of a
// Vulnerable session whose next card is a depth 3 one: after Slow down, that
// card must not be the one shown, and the aftercare offered afterwards keeps
// the lower depth.
func TestSlowDownAppliesToTheVeryNextCard(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetInt(prefCheckEvery, 1)
	a.Preferences().SetInt(prefDepth, int(decks.Vulnerable))
	tb, w := newTestTable(t, a, Options{})
	test.Tap(checkFor(t, tb, "Curious"))
	press(w, fyne.KeyReturn)
	tested := false
	for !tb.pile.Done() && !tested {
		press(w, fyne.KeyRight)
		if visibleScreen(tb) != "checkin" {
			continue
		}
		if tb.pile.Current().Depth < decks.Vulnerable {
			press(w, fyne.Key3)
			continue
		}
		test.Tap(tb.checkIn.slowB)
		if c := tb.pile.Current(); c != nil && c.Depth > decks.Deeper {
			t.Fatalf("Slow down, then a depth %d card", c.Depth)
		}
		tested = true
	}
	if !tested {
		t.Fatal("no check-in came before a depth 3 card")
	}
	press(w, fyne.KeyP)
	test.Tap(tb.pause.aftercareB)
	for !tb.pile.Done() {
		if c := tb.pile.Current(); c.Depth > decks.Deeper {
			t.Fatalf("aftercare after slowing down offers a depth %d card", c.Depth)
		}
		tb.pile.Next()
	}
}

func TestCheckInIsAnsweredOnlyDeliberately(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetInt(prefCheckEvery, 1)
	tb, w := newTestTable(t, a, Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyRight)
	if visibleScreen(tb) != "checkin" {
		t.Fatal("no check-in")
	}
	pos := tb.pile.Position()
	for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter, fyne.KeyDown, fyne.KeyLeft} {
		press(w, k)
		if visibleScreen(tb) != "checkin" || tb.pile.Position() != pos {
			t.Fatalf("%s answered the check-in", k)
		}
	}
	// Equal weight, the card screen's order (stop-ish left, carry on right),
	// each showing its key.
	row := []*widget.Button{tb.checkIn.pauseB, tb.checkIn.slowB, tb.checkIn.goB}
	for i, b := range row {
		if b.Importance != row[0].Importance {
			t.Errorf("check-in button %q has a different weight", b.Text)
		}
		if !strings.HasPrefix(b.Text, itoa(i+1)) {
			t.Errorf("check-in button %q does not show its key %d", b.Text, i+1)
		}
	}
	buttons := findParentBox(tb.checkIn.content, tb.checkIn.goB)
	if buttons == nil || buttons.Objects[0] != tb.checkIn.pauseB || buttons.Objects[2] != tb.checkIn.goB {
		t.Error("check-in buttons are not in the card screen's order")
	}
	press(w, fyne.Key3)
	if visibleScreen(tb) != "card" || tb.pile.Position() != pos {
		t.Errorf("3 did not keep going: %s", visibleScreen(tb))
	}
	press(w, fyne.KeyRight)
	press(w, fyne.Key1)
	if visibleScreen(tb) != "pause" {
		t.Fatalf("1 did not pause: %s", visibleScreen(tb))
	}
	press(w, fyne.KeyP)
	if visibleScreen(tb) != "checkin" {
		t.Errorf("resuming skipped the waiting check-in: %s", visibleScreen(tb))
	}
}

func TestStopForTonight(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyP)
	test.Tap(tb.pause.stopB)
	if got := visibleScreen(tb); got != "goodnight" {
		t.Fatalf("Stop for tonight shows %s", got)
	}
	for _, k := range []fyne.KeyName{fyne.KeyRight, fyne.KeySpace, fyne.KeyDown, fyne.KeyLeft, fyne.KeyP} {
		press(w, k)
	}
	if got := visibleScreen(tb); got != "goodnight" {
		t.Error("a card came after Stop for tonight")
	}
	press(w, fyne.KeyEscape)
	if tb.home.continueB.Visible() {
		t.Error("the decks screen offers to continue a stopped session")
	}
}

func TestFirstRunIsGentle(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetBool(prefWelcomeSeen, true)
	dataDirs[a] = t.TempDir()
	tb, w := newTestTable(t, a, Options{})
	if tb.home.depth() != decks.Gentle || !tb.settings.gentleFirst || tb.home.roundLength() != 10 {
		t.Errorf("first run: depth %d, gentle first %v, round %d", tb.home.depth(), tb.settings.gentleFirst, tb.home.roundLength())
	}
	if tb.home.startB.Text != "Start with 10 cards" {
		t.Errorf("Start reads %q", tb.home.startB.Text)
	}
	tb.home.depths.SetSelected("Deeper")
	tb.home.rounds.SetSelected("20")
	press(w, fyne.KeyReturn)
	if tb.pile.Len() != 20 {
		t.Errorf("a round of 20 dealt %d cards", tb.pile.Len())
	}
	press(w, fyne.KeyEscape)
	tb.home.rounds.SetSelected("All")
	test.Tap(tb.home.startB)
	if want := len(tb.home.chosenCards()); tb.pile.Len() != want {
		t.Errorf("All dealt %d cards, want %d", tb.pile.Len(), want)
	}
}

func TestBreathingCircleScalesWithTheWindow(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyP)
	ring := func() float32 {
		r := test.WidgetRenderer(tb.pause.guide).(*breathingGuideRenderer)
		return r.ring.Size().Width
	}
	normal := ring()
	if normal < 2*breathMinDiameter {
		t.Errorf("in a 1100x720 window the circle is %v px, want at least %v", normal, 2*breathMinDiameter)
	}
	w.Resize(fyne.NewSize(1920, 1080))
	if big := ring(); big < normal*1.3 {
		t.Errorf("at 1920x1080 the circle is %v px, against %v in the default window", big, normal)
	}
}

func TestReduceMotionStillsTheCircle(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	tb.showSettings()
	motion := findIn(topOverlay(t, w), func(c *widget.Check) bool { return strings.HasPrefix(c.Text, "Reduce motion") })
	if motion == nil {
		t.Fatal("no Reduce motion setting")
	}
	test.Tap(motion)
	press(w, fyne.KeyEscape)
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyP)
	g := tb.pause.guide
	if g.ticking() || g.progress != breathStill || g.label.Text != "Breathe slowly" {
		t.Errorf("with reduced motion: frames %v, progress %v, label %q", g.ticking(), g.progress, g.label.Text)
	}
	again, _ := newTestTable(t, tb.app, Options{})
	if !again.settings.reduceMotion {
		t.Error("reduce motion not remembered")
	}
}

// TestBreathingIsQuiet pins what keeps the pause screen as cheap as a still
// one: the guide counts a breath in whole beats (four in, four out), so it
// draws one frame a beat and none between, none that would not change a
// pixel, and none in the background.
func TestBreathingIsQuiet(t *testing.T) {
	if breathBeat < time.Second {
		t.Errorf("a frame every %v; the guide moves once a beat, at most once a second", breathBeat)
	}
	// Four beats in, four out: the circle grows one step a beat to full,
	// then shrinks one step a beat to rest, and holds still within a beat.
	want := []float32{0.25, 0.5, 0.75, 1, 0.75, 0.5, 0.25, 0, 0.25}
	for i, w := range want {
		at := time.Duration(i) * breathBeat
		for _, d := range []time.Duration{at, at + breathBeat/3, at + breathBeat*2/5} {
			if got := breathAt(d); got != w {
				t.Errorf("breathAt(%v) = %v, want %v", d, got, w)
			}
		}
	}
	// A tick that arrives a little late or early still counts its own beat.
	if breathAt(3*breathBeat-time.Millisecond) != 1 || breathAt(3*breathBeat+20*time.Millisecond) != 1 {
		t.Error("a tick a little off the beat counted the wrong beat")
	}
	g, r := newTestGuide(t)
	g.setProgress(0.5)
	drawn := r.fill.Size()
	g.setProgress(0.5005)
	if r.fill.Size() != drawn {
		t.Error("a change of less than a pixel was drawn")
	}
	g.setProgress(0.75)
	if r.fill.Size() == drawn {
		t.Error("a visible change was not drawn")
	}
	g.Start()
	if !g.ticking() {
		t.Fatal("a started guide draws no frames")
	}
	g.suspend(true)
	if g.ticking() {
		t.Error("frames while the window is in the background")
	}
	g.suspend(false)
	if !g.ticking() {
		t.Error("no frames after coming back")
	}
	g.Stop()
	if g.ticking() {
		t.Error("frames after Stop")
	}
}

func TestNamesAreKeptOnlyWhenAsked(t *testing.T) {
	a := newApp(t)
	tb, _ := newTestTable(t, a, Options{})
	test.Type(tb.home.names[0], "Sam")
	again, _ := newTestTable(t, a, Options{})
	if again.settings.names[0] != "" || a.Preferences().String(prefName1) != "" {
		t.Fatalf("a name was kept without asking: %q", again.settings.names[0])
	}
	test.Type(again.home.names[0], "Sam")
	test.Tap(again.home.remember)
	third, _ := newTestTable(t, a, Options{})
	if third.settings.names[0] != "Sam" || !third.home.remember.Checked {
		t.Fatalf("Remember our names did not keep the name: %q", third.settings.names[0])
	}
	test.Tap(third.home.remember)
	if a.Preferences().String(prefName1) != "" {
		t.Error("unticking did not forget the kept name")
	}
}

func TestAboutSaysWhatIsStoredAndWhere(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	tb.showAbout()
	about := findLabel(topOverlay(t, w), "Tend "+version)
	if about == nil || !strings.Contains(about.Text, tb.dataDir) || !strings.Contains(about.Text, "marks.toml") || !strings.Contains(about.Text, "Remember our names") {
		t.Errorf("About does not say what is kept and where")
	}
}

func TestForgetEverything(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetBool(prefRememberNames, true)
	a.Preferences().SetString(prefName1, "Sam")
	a.Preferences().SetBool(prefHighContrast, true)
	tb, w := newTestTable(t, a, Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyF)
	press(w, fyne.KeyH)
	tb.showSettings()
	test.Tap(buttonIn(topOverlay(t, w), "Forget everything…"))
	confirm := topOverlay(t, w)
	if findLabel(confirm, "forget your names") == nil {
		t.Fatal("no confirmation before forgetting")
	}
	test.Tap(buttonIn(confirm, "Forget"))
	if w.Canvas().Overlays().Top() != nil {
		t.Error("dialogs left open after forgetting")
	}
	data, err := os.ReadFile(marksFile(tb.dataDir))
	if err != nil || strings.Contains(string(data), "-") {
		t.Errorf("marks not forgotten: %q %v", data, err)
	}
	again, _ := newTestTable(t, a, Options{})
	s := again.settings
	if s.names[0] != "" || s.highContrast || s.rememberNames || len(again.marks.Favourites) != 0 || len(again.marks.Hidden) != 0 {
		t.Errorf("after forgetting: %+v, marks %+v", s, again.marks)
	}
	if visibleScreen(again) != "welcome" {
		t.Errorf("after forgetting, the next start shows %s, want the welcome", visibleScreen(again))
	}
}
