package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// NewWindow makes Tend's main window, sized before anything is laid out in
// it, and loads the fonts meanwhile (see warmUp); it returns once both are
// done, so the screens built next find the faces ready.
func NewWindow(a fyne.App) fyne.Window {
	warm := make(chan struct{})
	go func() {
		warmUp()
		close(warm)
	}()
	w := a.NewWindow("Tend")
	// Size first, so the screens are laid out once, at the size they show.
	w.Resize(fyne.NewSize(1100, 720))
	<-warm
	return w
}

// warmUp loads the font faces that the first screen's text needs (regular
// and bold). NewWindow runs it on its own goroutine while the window is made:
// Fyne loads a face on the first text measured with it, which would
// otherwise happen on the main thread after the window is made (X11 and
// OpenGL set-up, mostly in C), one after the other; on two cores the two
// now overlap (docs/BENCHMARKS.md). It must be done before any other text
// is measured: Fyne's font caches may be filled from another goroutine, but
// go-text's shaping caches may not be used from two at once (a test under
// the race detector showed it).
func warmUp() {
	// The two faces load side by side: each is its own font file, and
	// "Tend" is shaped with each face's own glyphs only (no fallback face
	// the two could share), so the shaping caches stay apart.
	bold := make(chan struct{})
	go func() {
		fyne.MeasureText("Tend", theme.TextSize(), fyne.TextStyle{Bold: true})
		close(bold)
	}()
	fyne.MeasureText("Tend", theme.TextSize(), fyne.TextStyle{})
	<-bold
}
