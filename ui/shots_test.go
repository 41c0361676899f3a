package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"tend.app/tend/decks/agree"
)

// TestAgreeScreenshots writes a PNG of every screen of the two agreement
// tools into $TEND_SHOTS (for docs/ and for looking at them); without it
// the test does nothing.
func TestAgreeScreenshots(t *testing.T) {
	dir := os.Getenv("TEND_SHOTS")
	if dir == "" {
		t.Skip("set TEND_SHOTS=DIR to write screenshots")
	}
	a := newApp(t)
	a.Preferences().SetString(prefName1, "Ada")
	a.Preferences().SetString(prefName2, "Sam")
	lang := os.Getenv("TEND_SHOTS_LANG")
	tb, w := newTestTable(t, a, Options{Language: lang})
	w.Resize(fyne.NewSize(1100, 720))
	shot := func(name string) {
		img := w.Canvas().Capture()
		f, err := os.Create(filepath.Join(dir, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
	}
	shot("home")
	tb.openPlan()
	shot("plan-1-who")
	s := planScreenOf(t, tb)
	test.Tap(s.nextB)
	s = planScreenOf(t, tb)
	s.signal.SetSelected(s.signal.Options[0])
	test.Tap(s.afterStop[0])
	test.Tap(s.afterStop[2])
	shot("plan-2-stopping")
	test.Tap(s.nextB)
	s = planScreenOf(t, tb)
	test.Type(s.checkIn[0], "A squeeze of the hand now and then")
	shot("plan-3-checkin")
	test.Tap(s.nextB)
	s = planScreenOf(t, tb)
	for _, i := range []int{0, 4, 6, 8} {
		test.Tap(s.needs[i])
	}
	test.Type(s.lowMood, "Sit with me; no fixing needed")
	shot("plan-4-care")
	test.Tap(s.nextB)
	s = planScreenOf(t, tb)
	for _, i := range []int{1, 3, 10} {
		test.Tap(s.needs[i])
	}
	test.Tap(s.nextB)
	s = planScreenOf(t, tb)
	test.Type(s.differ, "Ten minutes apart, then a hug")
	shot("plan-6-differ")
	test.Tap(s.nextB)
	s = planScreenOf(t, tb)
	test.Tap(s.afterNext)
	shot("plan-7-review")
	test.Tap(s.nextB)
	shot("plan-summary")
	if os.Getenv("TEND_SHOTS_PDF") != "" {
		data, err := tb.planSheet(tb.tools.plan.plan).pdf(tb.agreeFooter())
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "plan.pdf"), data, 0o644)
	}
	test.Tap(planScreenOf(t, tb).doneB)

	tb.openYesNo()
	shot("yesno-1-intro")
	y := yesNoScreenOf(t, tb)
	test.Tap(y.startB)
	shot("yesno-2-answer")
	for i := range tb.tools.yesNo.round.Items() {
		test.Tap(yesNoScreenOf(t, tb).answers[[]agree.Answer{agree.Yes, agree.Maybe, agree.No}[i%3]])
	}
	shot("yesno-3-handover")
	test.Tap(yesNoScreenOf(t, tb).readyB)
	for i := range tb.tools.yesNo.round.Items() {
		test.Tap(yesNoScreenOf(t, tb).answers[[]agree.Answer{agree.Yes, agree.Yes, agree.Maybe, agree.No}[i%4]])
	}
	shot("yesno-4-bothdone")
	test.Tap(yesNoScreenOf(t, tb).showB)
	shot("yesno-5-reveal")
	if os.Getenv("TEND_SHOTS_PDF") != "" {
		y := yesNoScreenOf(t, tb)
		data, err := tb.sharedSheet(tb.tools.yesNo.shared, y.itemText).pdf(tb.agreeFooter())
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile(filepath.Join(dir, "shared.pdf"), data, 0o644)
	}
	test.Tap(yesNoScreenOf(t, tb).doneB)
	press(w, fyne.KeyReturn)
	shot("card-open-plan")
}
