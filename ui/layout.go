package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

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
	// widen, when set, scales maxWidth up in a window larger than the
	// default one (full screen), where the card text grows too.
	widen func() float32
}

func (l *readingColumn) width(avail float32) float32 {
	w := l.maxWidth
	if l.widen != nil {
		w *= max(1, l.widen())
	}
	return min(avail, w)
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
//
// With skip set, a layout it approves of is left out: see
// table.measuringPass.
type screenStack struct {
	skip func(size fyne.Size) bool
}

func (s screenStack) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	if s.skip != nil && s.skip(size) {
		return
	}
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

// flowRow lays out its visible objects left to right at their natural
// size and wraps to a new row when the next would not fit, so a row of
// labelled buttons never runs past the edge in a long language or a small
// window. With left or right set, a single row is laid out like a toolbar:
// the first left objects at the left edge, the last right ones at the
// right edge, and those between centred in the space left (with only right
// set, the whole row sits at the right).
type flowRow struct {
	left, right int
	// centre puts each row in the middle of the width (a row of actions
	// under a page) instead of at the left edge.
	centre bool
	width  float32 // the width of the last layout, for MinSize
	// squeeze, when set, lets the row make things narrower (a button's
	// label gives way to its icon) rather than wrap: it is called with
	// level 0 (everything at full size), then 1, 2, ... while the row
	// still takes more than one line, until it reports that it has no
	// narrower level.
	squeeze func(level int) bool
}

// fit asks squeeze, if any, to make the row fit width on one line, and
// returns the rows to lay out.
func (l *flowRow) fit(objects []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	if l.squeeze == nil {
		return l.rows(objects, width)
	}
	l.squeeze(0)
	rows := l.rows(objects, width)
	for level := 1; len(rows) > 1 && l.squeeze(level); level++ {
		rows = l.rows(objects, width)
	}
	return rows
}

func (l *flowRow) rows(objects []fyne.CanvasObject, width float32) [][]fyne.CanvasObject {
	gap := theme.Padding()
	var rows [][]fyne.CanvasObject
	var row []fyne.CanvasObject
	var used float32
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		w := min(preferredWidth(o), width)
		if len(row) > 0 && used+gap+w > width {
			rows = append(rows, row)
			row, used = nil, 0
		}
		if len(row) > 0 {
			used += gap
		}
		row = append(row, o)
		used += w
	}
	if len(row) > 0 {
		rows = append(rows, row)
	}
	return rows
}

func (l *flowRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	gap := theme.Padding()
	rows := l.fit(objects, size.Width)
	var y float32
	for _, row := range rows {
		var h, used float32
		for i, o := range row {
			used += min(preferredWidth(o), size.Width)
			if i > 0 {
				used += gap
			}
		}
		// As a toolbar, the spare width goes half after the left group and
		// half before the right one.
		spare := max(0, size.Width-used)
		toolbar := (l.left > 0 || l.right > 0) && len(rows) == 1 && len(row) > l.left
		rightStart := max(l.left, len(row)-l.right)
		var x float32
		if l.centre && !toolbar {
			x = spare / 2
		}
		for i, o := range row {
			if toolbar && i == l.left {
				x += spare / 2
			}
			if toolbar && i == rightStart {
				x += spare / 2
			}
			w := min(preferredWidth(o), size.Width)
			o.Resize(fyne.NewSize(w, o.MinSize().Height))
			h = max(h, o.MinSize().Height)
			o.Move(fyne.NewPos(x, y))
			x += w + gap
		}
		for _, o := range row {
			o.Resize(fyne.NewSize(o.Size().Width, h))
		}
		y += h + gap
	}
}

func (l *flowRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var widest float32
	for _, o := range objects {
		if o.Visible() {
			widest = max(widest, o.MinSize().Width)
		}
	}
	width := l.width
	if width <= 0 {
		width = 1 << 20 // not laid out yet: one row
	}
	var h float32
	for i, row := range l.rows(objects, max(width, widest)) {
		var rh float32
		for _, o := range row {
			rh = max(rh, o.MinSize().Height)
		}
		if i > 0 {
			h += theme.Padding()
		}
		h += rh
	}
	return fyne.NewSize(widest, h)
}

// buttonRow gives its buttons equal width side by side when every label
// fits, and otherwise stacks them, each the full width, in the same order:
// a long translation makes the choices taller, never cut off or on top of
// each other.
type buttonRow struct {
	width float32 // the width of the last layout, for MinSize
}

func (l *buttonRow) fitsInRow(objects []fyne.CanvasObject, width float32) bool {
	n := float32(len(objects))
	cell := (width - theme.Padding()*(n-1)) / n
	for _, o := range objects {
		if o.MinSize().Width > cell {
			return false
		}
	}
	return true
}

func (l *buttonRow) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	gap := theme.Padding()
	if len(objects) == 0 {
		return
	}
	if l.fitsInRow(objects, size.Width) {
		n := float32(len(objects))
		cell := (size.Width - gap*(n-1)) / n
		for i, o := range objects {
			o.Resize(fyne.NewSize(cell, size.Height))
			o.Move(fyne.NewPos(float32(i)*(cell+gap), 0))
		}
		return
	}
	var y float32
	for _, o := range objects {
		h := o.MinSize().Height
		o.Resize(fyne.NewSize(size.Width, h))
		o.Move(fyne.NewPos(0, y))
		y += h + gap
	}
}

func (l *buttonRow) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var widest, tallest, stacked float32
	for i, o := range objects {
		m := o.MinSize()
		widest = max(widest, m.Width)
		tallest = max(tallest, m.Height)
		if i > 0 {
			stacked += theme.Padding()
		}
		stacked += m.Height
	}
	if l.width > 0 && !l.fitsInRow(objects, l.width) {
		return fyne.NewSize(widest, stacked)
	}
	return fyne.NewSize(widest, tallest)
}

// pointerWatch wraps content and calls moved whenever the mouse moves over
// it, so full screen can bring back the menu and toolbar on a mouse move.
type pointerWatch struct {
	widget.BaseWidget
	content fyne.CanvasObject
	moved   func()
}

func newPointerWatch(moved func(), content fyne.CanvasObject) *pointerWatch {
	p := &pointerWatch{content: content, moved: moved}
	p.ExtendBaseWidget(p)
	return p
}

func (p *pointerWatch) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(p.content)
}

// MouseIn is part of desktop.Hoverable.
func (p *pointerWatch) MouseIn(*desktop.MouseEvent) { p.moved() }

// MouseMoved is part of desktop.Hoverable.
func (p *pointerWatch) MouseMoved(*desktop.MouseEvent) { p.moved() }

// MouseOut is part of desktop.Hoverable.
func (p *pointerWatch) MouseOut() {}

var _ desktop.Hoverable = (*pointerWatch)(nil)

// fitRadio lays a horizontal radio group out on one line when it fits and
// stacks its choices when it does not, so long labels in a small window
// never run past the edge. shown is the widget on screen: r itself, or a
// widget that embeds it.
type fitRadio struct {
	radio *widget.RadioGroup
	// wide and line are the group's size on one line; width is the width
	// of the last layout.
	wide, line, width float32
}

func newFitRadio(r *widget.RadioGroup, shown fyne.CanvasObject) *fyne.Container {
	return container.New(&fitRadio{radio: r}, shown)
}

func (l *fitRadio) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	if horizontal := size.Width+0.5 >= l.wide; horizontal != l.radio.Horizontal {
		l.radio.Horizontal = horizontal
		l.radio.Refresh()
	}
	l.radio.Resize(size)
	l.radio.Move(fyne.NewPos(0, 0))
}

// MinSize is as narrow as the stacked group, which it can always fall back
// to, so it never forces the window wider; it is one line tall when the
// last layout was wide enough for one line.
func (l *fitRadio) MinSize(objects []fyne.CanvasObject) fyne.Size {
	was := l.radio.Horizontal
	l.radio.Horizontal = true
	one := l.radio.MinSize()
	l.wide, l.line = one.Width, one.Height
	l.radio.Horizontal = false
	stacked := l.radio.MinSize()
	l.radio.Horizontal = was
	if l.width+0.5 >= l.wide {
		return fyne.NewSize(stacked.Width, l.line)
	}
	return stacked
}

// preferredWidth is the width an object would like in a row: its one-line
// width for a fitRadio, its minimum width otherwise.
func preferredWidth(o fyne.CanvasObject) float32 {
	if c, ok := o.(*fyne.Container); ok {
		switch l := c.Layout.(type) {
		case *fitRadio:
			c.MinSize() // measures l.wide
			return l.wide
		case *flowRow:
			// A nested row would like all its objects on one line.
			var w float32
			for i, child := range c.Objects {
				if child.Visible() {
					if i > 0 {
						w += theme.Padding()
					}
					w += preferredWidth(child)
				}
			}
			return w
		}
	}
	return o.MinSize().Width
}

// nameGrid lays the name fields out in one row when each gets room for its
// placeholder, else in rows of two, else one under another: four names fit
// a wide window on one line and a 640x480 window at the largest text.
type nameGrid struct {
	// width is the width of the last layout.
	width float32
}

// columnsFor is how many fields fit side by side in width: all of them,
// half, or one.
func (l *nameGrid) columnsFor(objects []fyne.CanvasObject, width float32) int {
	cell := float32(0)
	for _, o := range objects {
		cell = max(cell, nameFieldWidth(o))
	}
	cols := len(objects)
	for cols > 1 && (width-theme.Padding()*float32(cols-1))/float32(cols) < cell {
		cols /= 2
	}
	return max(cols, 1)
}

// nameFieldWidth is the width a field wants: its placeholder in full.
func nameFieldWidth(o fyne.CanvasObject) float32 {
	w := o.MinSize().Width
	if e, ok := o.(*widget.Entry); ok && e.PlaceHolder != "" {
		text := fyne.MeasureText(e.PlaceHolder, theme.TextSize(), e.TextStyle)
		w = max(w, text.Width+4*theme.InnerPadding())
	}
	return w
}

func (l *nameGrid) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	l.width = size.Width
	// When the number of rows changes, so does MinSize; the canvas notices
	// and lays the parent out again.
	cols := l.columnsFor(objects, size.Width)
	pad := theme.Padding()
	cellW := (size.Width - pad*float32(cols-1)) / float32(cols)
	cellH := float32(0)
	for _, o := range objects {
		cellH = max(cellH, o.MinSize().Height)
	}
	for i, o := range objects {
		row, col := i/cols, i%cols
		o.Move(fyne.NewPos(float32(col)*(cellW+pad), float32(row)*(cellH+pad)))
		o.Resize(fyne.NewSize(cellW, cellH))
	}
}

// MinSize is one field wide, so the grid never forces the window wider,
// and as tall as the rows the last layout needed.
func (l *nameGrid) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w, h float32
	for _, o := range objects {
		m := o.MinSize()
		w, h = max(w, m.Width), max(h, m.Height)
	}
	cols := 2
	if l.width > 0 {
		cols = l.columnsFor(objects, l.width)
	}
	rows := (len(objects) + cols - 1) / cols
	return fyne.NewSize(w, h*float32(rows)+theme.Padding()*float32(rows-1))
}
