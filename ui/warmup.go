package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// WarmUp loads the font faces that the first screen's text needs (regular
// and bold). main runs it on its own goroutine while the window is made:
// Fyne loads a face on the first text measured with it, which would
// otherwise happen on the main thread after the window is made (X11 and
// OpenGL set-up, mostly in C), one after the other; on two cores the two
// now overlap (docs/BENCHMARKS.md). It must be done before any other text
// is measured: Fyne's font caches may be filled from another goroutine, but
// go-text's shaping caches may not be used from two at once (a test under
// the race detector showed it).
func WarmUp() {
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
