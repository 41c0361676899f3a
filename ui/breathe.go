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

	// breathBeat is one count of a breath, and breathCounts how many counts
	// a breath in (or out) takes: "in, two, three, four; out, two, three,
	// four", as paced breathing is usually taught; four seconds each way is
	// a slow, easy pace that most people can follow without strain. The guide moves one step
	// a count, so it draws one frame a second and none between: every frame
	// repaints the whole window, which under software rendering costs about
	// a hundredth of a core per frame, so a smooth animation would make the
	// pause screen the busiest screen in Tend. breathStep skips a frame that
	// would move the circle by less than that many pixels (a tiny window).
	breathBeat   = time.Second
	breathCounts = 4
	breathStep   = float32(2)

	// breathStill is where a still guide rests (reduce motion): half full.
	breathStill = float32(0.5)
)

// breathingGuide is a soft circle that slowly grows and shrinks with a
// "Breathe in" / "Breathe out" label, so a couple who have paused can
// settle by breathing together without anyone having to count out loud.
//
// The animation is a slow ticker whose ticks are handed to the Fyne
// goroutine with fyne.Do; Start, Stop and suspend must be called there too
// (from a callback, or through fyne.Do), which is why no field here needs a
// lock.
type breathingGuide struct {
	widget.BaseWidget

	// inText and outText are what the label says while the circle grows and
	// shrinks; stillText is what it says when motion is reduced. They are
	// fields, not constants, so a translation can replace them after
	// construction.
	inText, outText, stillText string

	// still is "reduce motion": the circle rests, half full, and nothing
	// is ever redrawn for it.
	still bool
	// suspended is true while the window is in the background (hidden,
	// minimised or another window in front): no frames are drawn then.
	suspended bool

	// progress is how far through a breath in the guide is, 0 (rest) to 1
	// (full). Layout reads it; setProgress writes it.
	progress float32

	label     *widget.Label
	animating bool
	// framing is true while frames are wanted (animating, not still, not
	// suspended); ticker drives them; begun is when the current run of
	// breaths started.
	framing bool
	ticker  *time.Ticker
	done    chan struct{}
	begun   time.Time
	// drawn is the fill diameter last drawn, to skip frames that would not
	// change a pixel.
	drawn float32
}

// newBreathingGuide makes a guide at rest, reading "Breathe in", with no
// frames running, so that building a screen costs nothing until the screen
// is actually shown.
func newBreathingGuide() *breathingGuide {
	g := &breathingGuide{inText: "Breathe in", outText: "Breathe out", stillText: "Breathe slowly"}
	g.label = widget.NewLabel(g.inText)
	g.label.Alignment = fyne.TextAlignCenter
	g.ExtendBaseWidget(g)
	return g
}

// Start sets the guide breathing. Calling it while it already breathes does
// nothing, so a screen can call it every time it is shown. With motion
// reduced it shows the still circle instead and draws no frames.
func (g *breathingGuide) Start() {
	if g.animating {
		return
	}
	g.animating = true
	if g.still {
		g.progress = breathStill
		g.label.SetText(g.stillText)
		g.Refresh()
		return
	}
	g.begun = time.Now()
	g.run()
	g.frame() // the first count, at once
}

// Stop halts the guide and returns it to rest, reading "Breathe in" as a new
// guide does, so that the next Start, which always begins a breath from the
// bottom, continues without a jump. Calling it while stopped does nothing.
func (g *breathingGuide) Stop() {
	if !g.animating {
		return
	}
	g.animating = false
	g.halt()
	g.progress = 0
	g.label.SetText(g.inText)
	g.Refresh()
}

// suspend stops drawing frames while the window is in the background, and
// picks up again, mid-breath, when it returns.
func (g *breathingGuide) suspend(on bool) {
	if on == g.suspended {
		return
	}
	g.suspended = on
	if on {
		g.halt()
	} else if g.animating && !g.still {
		g.run()
	}
}

// breathTicks is false in the UI tests: Fyne's test driver runs fyne.Do on
// the calling goroutine, so a ticking guide would race with the test. The
// tests step frames themselves.
var breathTicks = true

// run starts the frames, unless they run already or are not wanted.
func (g *breathingGuide) run() {
	if g.framing || g.suspended {
		return
	}
	g.framing = true
	if !breathTicks {
		return
	}
	g.ticker = time.NewTicker(breathBeat)
	g.done = make(chan struct{})
	ticks, done := g.ticker.C, g.done
	go func() {
		for {
			select {
			case <-ticks:
				fyne.Do(g.frame)
			case <-done:
				return
			}
		}
	}()
}

// halt stops the frames, if they run.
func (g *breathingGuide) halt() {
	g.framing = false
	if g.ticker == nil {
		return
	}
	g.ticker.Stop()
	close(g.done)
	g.ticker, g.done = nil, nil
}

// frame moves the guide to where the breath is now.
func (g *breathingGuide) frame() {
	if !g.animating || !g.framing {
		return // a tick that was already on its way when the guide stopped
	}
	g.setProgress(breathAt(time.Since(g.begun)))
}

// breathAt is how full the circle is after d of breathing: a step fuller
// each beat of a breath in, until it is full on the last count, then a step
// emptier each beat of a breath out, until it rests on the last count. A
// time within half a beat of a count is that count, so a tick that arrives
// a little late still shows its own beat.
func breathAt(d time.Duration) float32 {
	beat := int((d+breathBeat/2)/breathBeat) % (2 * breathCounts)
	if beat < breathCounts {
		return float32(beat+1) / breathCounts
	}
	return float32(2*breathCounts-1-beat) / breathCounts
}

// running reports whether the guide is breathing, for screens that need to
// know and for tests.
func (g *breathingGuide) running() bool {
	return g.animating
}

// ticking reports whether frames are being drawn, for tests.
func (g *breathingGuide) ticking() bool {
	return g.framing
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
	if d := g.fillDiameter(g.Size()); g.drawn != 0 && d != 0 && abs32(d-g.drawn) < breathStep && p > 0 && p < 1 {
		return // the circle would not visibly change: no frame
	}
	g.Refresh()
}

// fillDiameter is the filled circle's diameter at the current progress in
// a guide of the given size.
func (g *breathingGuide) fillDiameter(size fyne.Size) float32 {
	labelH := g.label.MinSize().Height
	d := max(min(size.Width, size.Height-2*labelH), 0)
	return d * (breathRest + (1-breathRest)*g.progress)
}

func abs32(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
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
	r.g.drawn = fd
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
	accent := theme.ColorForWidget(colorAccent, r.g)
	if accent == nil {
		return // no theme: the app is closing
	}
	fill := color.NRGBAModel.Convert(accent).(color.NRGBA)
	fill.A = breathFillAlpha
	r.fill.FillColor = fill
	r.ring.StrokeColor = theme.ColorForWidget(theme.ColorNamePrimary, r.g)
}
