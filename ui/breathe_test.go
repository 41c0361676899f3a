package ui

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// newTestGuide shows a breathing guide alone in a 300x300 test window with
// Tend's theme, the way the pause screen will show it.
func newTestGuide(t *testing.T) (*breathingGuide, *breathingGuideRenderer) {
	t.Helper()
	test.NewTempApp(t)
	test.ApplyTheme(t, newTheme())
	guide := newBreathingGuide()
	w := test.NewWindow(guide)
	w.Resize(fyne.NewSize(300, 300))
	t.Cleanup(w.Close)
	r, ok := test.WidgetRenderer(guide).(*breathingGuideRenderer)
	if !ok {
		t.Fatalf("renderer is %T, want *breathingGuideRenderer", test.WidgetRenderer(guide))
	}
	return guide, r
}

func centreOf(o fyne.CanvasObject) fyne.Position {
	return o.Position().Add(fyne.NewPos(o.Size().Width/2, o.Size().Height/2))
}

func checkCentred(t *testing.T, name string, o fyne.CanvasObject, in fyne.Size) {
	t.Helper()
	got := centreOf(o)
	if math.Abs(float64(got.X-in.Width/2)) > 1 || math.Abs(float64(got.Y-in.Height/2)) > 1 {
		t.Errorf("%s centred at %v, want within 1px of (%v,%v)", name, got, in.Width/2, in.Height/2)
	}
}

func TestBreathingGuideGrowsCentredAndNamesDirection(t *testing.T) {
	guide, r := newTestGuide(t)
	size := guide.Size()
	if size.Width < 180 || size.Height < 200 {
		t.Fatalf("guide is %v in a 300x300 window, want at least its minimum", size)
	}

	guide.setProgress(0)
	small := r.fill.Size()
	checkCentred(t, "circle at rest", r.fill, size)
	if got := guide.label.Text; got != "Breathe in" {
		t.Errorf("at rest the label reads %q, want %q", got, "Breathe in")
	}

	guide.setProgress(1)
	big := r.fill.Size()
	if big.Width <= small.Width || big.Height <= small.Height {
		t.Errorf("circle is %v when full and %v at rest, want it bigger when full", big, small)
	}
	if big.Width != big.Height {
		t.Errorf("circle is %v when full, want it round", big)
	}
	checkCentred(t, "full circle", r.fill, size)
	checkCentred(t, "ring", r.ring, size)
	if got, want := big, r.ring.Size(); got != want {
		t.Errorf("full circle is %v, want it to fill the ring (%v)", got, want)
	}
	if got := guide.label.Text; got != "Breathe in" {
		t.Errorf("while growing the label reads %q, want %q", got, "Breathe in")
	}

	guide.setProgress(0.5)
	mid := r.fill.Size()
	if !(mid.Width < big.Width && mid.Width > small.Width) {
		t.Errorf("circle is %v half way, want between %v and %v", mid, small, big)
	}
	checkCentred(t, "half-way circle", r.fill, size)
	if got := guide.label.Text; got != "Breathe out" {
		t.Errorf("while shrinking the label reads %q, want %q", got, "Breathe out")
	}

	guide.setProgress(0.5)
	if got := guide.label.Text; got != "Breathe out" {
		t.Errorf("holding still changed the label to %q, want it to stay %q", got, "Breathe out")
	}
	guide.setProgress(0.6)
	if got := guide.label.Text; got != "Breathe in" {
		t.Errorf("growing again the label reads %q, want %q", got, "Breathe in")
	}
}

func TestBreathingGuideLabelSitsUnderTheRing(t *testing.T) {
	guide, r := newTestGuide(t)
	ringBottom := r.ring.Position().Y + r.ring.Size().Height
	if top := r.label.Position().Y; top < ringBottom-1 {
		t.Errorf("label starts at y=%v, inside the ring that ends at y=%v", top, ringBottom)
	}
	if bottom := r.label.Position().Y + r.label.Size().Height; bottom > guide.Size().Height+1 {
		t.Errorf("label ends at y=%v, below the guide's height %v", bottom, guide.Size().Height)
	}
	if r.label.Alignment != fyne.TextAlignCenter {
		t.Errorf("label alignment is %v, want centred", r.label.Alignment)
	}
}

func TestBreathingGuideMinSize(t *testing.T) {
	guide, _ := newTestGuide(t)
	got := guide.MinSize()
	if got.Width < 170 || got.Width > 200 || got.Height < 190 || got.Height > 230 {
		t.Errorf("MinSize is %v, want about 180x200", got)
	}
}

func TestBreathingGuideUsesTranslatedWords(t *testing.T) {
	guide, _ := newTestGuide(t)
	guide.inText, guide.outText = "Einatmen", "Ausatmen"
	guide.setProgress(0.7)
	if got := guide.label.Text; got != "Einatmen" {
		t.Errorf("growing label reads %q, want the translated %q", got, "Einatmen")
	}
	guide.setProgress(0.2)
	if got := guide.label.Text; got != "Ausatmen" {
		t.Errorf("shrinking label reads %q, want the translated %q", got, "Ausatmen")
	}
}

func TestBreathingGuideStartStopAreIdempotent(t *testing.T) {
	guide, r := newTestGuide(t)
	if guide.running() {
		t.Fatal("a new guide is already running")
	}

	guide.Start()
	if !guide.running() {
		t.Fatal("not running after Start")
	}
	// Fyne's test driver ticks a started animation once, to its end, so a
	// second real start would show up as the guide jumping back to full.
	guide.setProgress(0.5)
	guide.Start()
	if !guide.running() {
		t.Error("not running after a second Start")
	}
	if guide.progress != 0.5 {
		t.Errorf("a second Start restarted the animation (progress %v, want 0.5)", guide.progress)
	}

	guide.Stop()
	if guide.running() {
		t.Error("still running after Stop")
	}
	if guide.progress != 0 || guide.label.Text != "Breathe in" {
		t.Errorf("after Stop progress is %v and label %q, want 0 and %q", guide.progress, guide.label.Text, "Breathe in")
	}
	// Nothing ticks a stopped guide, so a second Stop that still reset the
	// guide would show up as this half breath going back to rest.
	guide.setProgress(0.5)
	half := r.fill.Size()
	guide.Stop()
	if guide.running() {
		t.Error("running after a second Stop")
	}
	if guide.progress != 0.5 || r.fill.Size() != half || guide.label.Text != "Breathe in" {
		t.Errorf("a second Stop changed the guide to progress %v, circle %v, label %q; want 0.5, %v, %q",
			guide.progress, r.fill.Size(), guide.label.Text, half, "Breathe in")
	}

	guide.Start()
	if !guide.running() {
		t.Error("not running after Start following Stop")
	}
	guide.Stop()
}

// darkTendTheme is Tend's theme forced to its dark palette, so the test can
// switch variants without depending on the test app's variant setting.
type darkTendTheme struct{ fyne.Theme }

func (d darkTendTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return d.Theme.Color(n, theme.VariantDark)
}

func TestBreathingGuideFollowsTheTheme(t *testing.T) {
	_, r := newTestGuide(t)
	check := func(th fyne.Theme, variant fyne.ThemeVariant) {
		t.Helper()
		want := color.NRGBAModel.Convert(th.Color(colorAccent, variant)).(color.NRGBA)
		want.A = 0x55
		if got := r.fill.FillColor; got != want {
			t.Errorf("fill is %v, want the accent %v faded to 0x55", got, want)
		}
		if got, want := r.ring.StrokeColor, th.Color(theme.ColorNamePrimary, variant); got != want {
			t.Errorf("ring is %v, want the primary colour %v", got, want)
		}
		if r.ring.FillColor != color.Transparent {
			t.Errorf("ring is filled with %v, want transparent", r.ring.FillColor)
		}
	}
	light := newTheme()
	check(light, theme.VariantLight)
	lightFill := r.fill.FillColor

	test.ApplyTheme(t, darkTendTheme{newTheme()})
	check(light, theme.VariantDark)
	if r.fill.FillColor == lightFill {
		t.Errorf("fill stayed %v after switching to dark", lightFill)
	}
}
