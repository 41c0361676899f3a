package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// bigLine is one paragraph of a bigText: its text, its size relative to the
// first paragraph, and its look.
type bigLine struct {
	Text  string
	Scale float32 // 1 for the card itself
	Bold  bool
	Color fyne.ThemeColorName
}

// bigText shows a few paragraphs, word-wrapped and centred, as large as the
// space allows: on the clients' window the card grows with the window, from
// a small preview to a projector. Theme text sizes are shared by every
// window, so this widget chooses its own size instead.
type bigText struct {
	widget.BaseWidget
	lines []bigLine
	// size is the first paragraph's text size chosen at the last layout;
	// tests read it.
	size float32
}

func newBigText() *bigText {
	b := &bigText{}
	b.ExtendBaseWidget(b)
	return b
}

// set replaces the paragraphs and lays them out again.
func (b *bigText) set(lines ...bigLine) {
	b.lines = lines
	b.Refresh()
}

// Text is every paragraph, joined by newlines.
func (b *bigText) Text() string {
	var parts []string
	for _, l := range b.lines {
		parts = append(parts, l.Text)
	}
	return strings.Join(parts, "\n")
}

func (b *bigText) CreateRenderer() fyne.WidgetRenderer {
	return &bigTextRenderer{b: b}
}

type bigTextRenderer struct {
	b       *bigText
	objects []fyne.CanvasObject
	last    fyne.Size
}

// Limits of the first paragraph's size, in Fyne units.
const (
	bigTextMin = 14
	bigTextMax = 160
	// bigTextWidth is the share of the width text may use: a margin keeps
	// words off the projector's edge.
	bigTextWidth = 0.8
	// bigTextHeight is the share of the height text may fill, leaving the
	// card room to breathe.
	bigTextHeight = 0.8
)

// measured is a paragraph's words measured once at the reference size;
// text width grows in proportion to size, so every candidate size is a
// multiplication away.
type measured struct {
	line   bigLine
	words  []string
	widths []float32
	space  float32
	height float32 // of one line
}

const refSize = 100

func measure(l bigLine) measured {
	style := fyne.TextStyle{Bold: l.Bold}
	m := measured{line: l, words: strings.Fields(l.Text)}
	for _, w := range m.words {
		m.widths = append(m.widths, fyne.MeasureText(w, refSize, style).Width)
	}
	m.space = fyne.MeasureText(" ", refSize, style).Width
	m.height = fyne.MeasureText("Ag", refSize, style).Height
	return m
}

// wrap splits a paragraph into lines no wider than width at size.
func (m measured) wrap(size, width float32) (lines []string, fits bool) {
	k := size * m.line.Scale / refSize
	fits = true
	var cur []string
	var curW float32
	for i, w := range m.words {
		ww := m.widths[i] * k
		if ww > width {
			fits = false
		}
		if len(cur) > 0 && curW+m.space*k+ww > width {
			lines = append(lines, strings.Join(cur, " "))
			cur, curW = nil, 0
		}
		if len(cur) > 0 {
			curW += m.space * k
		}
		cur = append(cur, w)
		curW += ww
	}
	if len(cur) > 0 {
		lines = append(lines, strings.Join(cur, " "))
	}
	return lines, fits
}

func (r *bigTextRenderer) Layout(size fyne.Size) {
	r.last = size
	var ms []measured
	for _, l := range r.b.lines {
		if strings.TrimSpace(l.Text) != "" {
			ms = append(ms, measure(l))
		}
	}
	width := size.Width * bigTextWidth
	gap := func(s float32) float32 { return s * 0.6 }
	height := func(s float32) (float32, bool) {
		var h float32
		ok := true
		for i, m := range ms {
			lines, fits := m.wrap(s, width)
			ok = ok && fits
			h += float32(len(lines)) * m.height * s * m.line.Scale / refSize
			if i > 0 {
				h += gap(s)
			}
		}
		return h, ok
	}
	// The largest size that fits, by bisection.
	lo, hi := float32(bigTextMin), float32(bigTextMax)
	for range 12 {
		mid := (lo + hi) / 2
		if h, ok := height(mid); ok && h <= size.Height*bigTextHeight {
			lo = mid
		} else {
			hi = mid
		}
	}
	s := lo
	r.b.size = s
	total, _ := height(s)
	y := (size.Height - total) / 2
	r.objects = r.objects[:0]
	for i, m := range ms {
		if i > 0 {
			y += gap(s)
		}
		lines, _ := m.wrap(s, width)
		ts := s * m.line.Scale
		lh := m.height * ts / refSize
		color := m.line.Color
		if color == "" {
			color = theme.ColorNameForeground
		}
		for _, line := range lines {
			t := canvas.NewText(line, theme.Color(color))
			t.TextSize = ts
			t.TextStyle.Bold = m.line.Bold
			w := t.MinSize().Width
			t.Move(fyne.NewPos((size.Width-w)/2, y))
			t.Resize(fyne.NewSize(w, lh))
			r.objects = append(r.objects, t)
			y += lh
		}
	}
}

func (r *bigTextRenderer) MinSize() fyne.Size { return fyne.NewSize(160, 90) }

func (r *bigTextRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *bigTextRenderer) Refresh() {
	r.Layout(r.last)
	canvas.Refresh(r.b)
}

func (r *bigTextRenderer) Destroy() {}
