package ui

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

const (
	// breathHalf is one breath in (or out). Four seconds each way is a slow,
	// easy pace that most people can follow without strain.
	breathHalf = 4 * time.Second

	// breathRest is how big the filled circle is at the bottom of a breath,
	// as a share of the ring, so that there is always something soft to look
	// at and the change in size is gentle rather than from nothing.
	breathRest = float32(0.4)

	// breathFillAlpha keeps the filled circle faint, so it reads as a glow
	// behind the ring instead of a solid shape competing with the text.
	breathFillAlpha = 0x55

	// breathRingWidth is thinner than Fyne's input border on purpose: the
	// ring is only a quiet mark of "full", not a control.
	breathRingWidth = float32(1.5)

	// breathMinDiameter is the smallest ring that still reads as a breathing
	// shape; with a label band above and below it gives a minimum of roughly
	// 180x200.
	breathMinDiameter = float32(120)
	breathMinWidth    = float32(180)
	breathMinHeight   = float32(200)
)

// breathingGuide is a soft circle that slowly grows and shrinks with a
// "Breathe in" / "Breathe out" label, so a couple who have paused can
// settle by breathing together without anyone having to count out loud.
//
// The animation is driven by fyne.Animation, whose ticks arrive on the Fyne
// goroutine; Start and Stop must be called there too (from a callback, or
// through fyne.Do), which is why no field here needs a lock.
type breathingGuide struct {
	widget.BaseWidget

	// inText and outText are what the label says while the circle grows and
	// shrinks. They are fields, not constants, so a translation can replace
	// them after construction.
	inText, outText string

	// progress is how far through a breath in the guide is, 0 (rest) to 1
	// (full). Layout reads it; setProgress writes it.
	progress float32

	label     *widget.Label
	anim      *fyne.Animation
	animating bool
}

// newBreathingGuide makes a guide at rest, reading "Breathe in", with its
// animation prepared but not started, so that building a screen costs no
// frames until the screen is actually shown.
func newBreathingGuide() *breathingGuide {
	g := &breathingGuide{inText: "Breathe in", outText: "Breathe out"}
	g.label = widget.NewLabel(g.inText)
	g.label.Alignment = fyne.TextAlignCenter
	g.anim = fyne.NewAnimation(breathHalf, g.setProgress)
	g.anim.Curve = fyne.AnimationEaseInOut
	g.anim.AutoReverse = true
	g.anim.RepeatCount = fyne.AnimationRepeatForever
	g.ExtendBaseWidget(g)
	return g
}

// Start sets the guide breathing. Calling it while it already breathes does
// nothing, so a screen can call it every time it is shown.
func (g *breathingGuide) Start() {
	if g.animating {
		return
	}
	g.animating = true
	g.anim.Start()
}

// Stop halts the guide and returns it to rest, reading "Breathe in" as a new
// guide does, so that the next Start, which always begins a breath from the
// bottom, continues without a jump. Calling it while stopped does nothing.
func (g *breathingGuide) Stop() {
	if !g.animating {
		return
	}
	g.animating = false
	g.anim.Stop()
	g.progress = 0
	g.label.SetText(g.inText)
	g.Refresh()
}

// running reports whether the guide is breathing, for screens that need to
// know and for tests.
func (g *breathingGuide) running() bool {
	return g.animating
}

// setProgress moves the guide to p (clamped to 0..1) and names the direction
// of travel, so the words always match what the circle is doing: growing
// means breathe in, shrinking means breathe out, and holding still keeps the
// last words. The animation calls it on every frame.
func (g *breathingGuide) setProgress(p float32) {
	p = min(max(p, 0), 1)
	text := g.label.Text
	switch {
	case p > g.progress:
		text = g.inText
	case p < g.progress:
		text = g.outText
	}
	g.progress = p
	if text != g.label.Text {
		// Only when the direction turns, so the label is not re-rendered on
		// every frame.
		g.label.SetText(text)
	}
	g.Refresh()
}

// CreateRenderer builds the ring, the filled circle and the label; the
// renderer positions them from the guide's progress.
func (g *breathingGuide) CreateRenderer() fyne.WidgetRenderer {
	r := &breathingGuideRenderer{
		g:     g,
		fill:  &canvas.Circle{},
		ring:  &canvas.Circle{FillColor: color.Transparent, StrokeWidth: breathRingWidth},
		label: g.label,
	}
	r.applyTheme()
	return r
}

// breathingGuideRenderer keeps the drawing of the guide apart from its state,
// as Fyne expects: the guide knows how far through a breath it is, the
// renderer turns that into sizes and colours.
type breathingGuideRenderer struct {
	g     *breathingGuide
	fill  *canvas.Circle
	ring  *canvas.Circle
	label *widget.Label
}

// Layout centres the circle in the widget and hangs the label just under the
// ring. A band as tall as the label is kept free above the ring too, so the
// circle sits in the true middle of whatever space it is given.
func (r *breathingGuideRenderer) Layout(size fyne.Size) {
	labelH := r.label.MinSize().Height
	d := max(min(size.Width, size.Height-2*labelH), 0)
	centre := fyne.NewPos(size.Width/2, size.Height/2)

	r.ring.Resize(fyne.NewSquareSize(d))
	r.ring.Move(centre.SubtractXY(d/2, d/2))

	fd := d * (breathRest + (1-breathRest)*r.g.progress)
	r.fill.Resize(fyne.NewSquareSize(fd))
	r.fill.Move(centre.SubtractXY(fd/2, fd/2))

	r.label.Resize(fyne.NewSize(size.Width, labelH))
	r.label.Move(fyne.NewPos(0, centre.Y+d/2))
}

// MinSize leaves room for a ring that still reads as a breath plus the two
// label bands, and is never narrower than the longest words in use.
func (r *breathingGuideRenderer) MinSize() fyne.Size {
	l := r.label.MinSize()
	return fyne.NewSize(
		max(breathMinWidth, l.Width, breathMinDiameter),
		max(breathMinHeight, breathMinDiameter+2*l.Height),
	)
}

// Objects lists the ring first so the soft fill is drawn over it, and the
// label last so it is never hidden.
func (r *breathingGuideRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.ring, r.fill, r.label}
}

// Refresh re-reads the theme's colours each time, so switching between light
// and dark (or a new theme) recolours the guide, then lays it out for the
// current progress. It runs on every animation frame; the lookups are cheap.
func (r *breathingGuideRenderer) Refresh() {
	r.applyTheme()
	r.Layout(r.g.Size())
	canvas.Refresh(r.ring)
	canvas.Refresh(r.fill)
}

// Destroy has nothing to release; the animation belongs to the guide, whose
// owner decides when it stops.
func (r *breathingGuideRenderer) Destroy() {}

// applyTheme colours the circles from the theme in effect for this widget,
// including any container.ThemeOverride around it.
func (r *breathingGuideRenderer) applyTheme() {
	fill := color.NRGBAModel.Convert(theme.ColorForWidget(colorAccent, r.g)).(color.NRGBA)
	fill.A = breathFillAlpha
	r.fill.FillColor = fill
	r.ring.StrokeColor = theme.ColorForWidget(theme.ColorNamePrimary, r.g)
}
