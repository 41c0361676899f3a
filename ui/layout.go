package ui

import "fyne.io/fyne/v2"

// readingColumn lays out its objects on top of each other in a column that
// is at most maxWidth wide and centred. Long lines are hard to follow from a
// sofa, and on a wide projector the card should not stretch edge to edge.
//
// With middle set, each object gets the height it needs at that width and is
// centred vertically (wrapped text only knows its height once it knows its
// width, so it is measured after a first resize); otherwise it fills the
// height.
type readingColumn struct {
	maxWidth float32
	middle   bool
}

func (l *readingColumn) width(avail float32) float32 {
	return min(avail, l.maxWidth)
}

func (l *readingColumn) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	w := l.width(size.Width)
	x := (size.Width - w) / 2
	for _, o := range objects {
		if !l.middle {
			o.Resize(fyne.NewSize(w, size.Height))
			o.Move(fyne.NewPos(x, 0))
			continue
		}
		o.Resize(fyne.NewSize(w, max(o.Size().Height, o.MinSize().Height)))
		h := min(o.MinSize().Height, size.Height)
		o.Resize(fyne.NewSize(w, h))
		o.Move(fyne.NewPos(x, (size.Height-h)/2))
	}
}

func (l *readingColumn) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return fyne.NewSize(min(s.Width, l.maxWidth), s.Height)
}

// screenStack shows one screen at a time. Unlike Fyne's stack it lays out
// only the visible screen: laying out a hidden one would build its widgets'
// renderers and measure all its text, which costs startup time for screens
// that may never be seen.
type screenStack struct{}

func (screenStack) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		if o.Visible() {
			o.Resize(size)
			o.Move(fyne.NewPos(0, 0))
		}
	}
}

func (screenStack) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		if o.Visible() {
			s = s.Max(o.MinSize())
		}
	}
	return s
}
