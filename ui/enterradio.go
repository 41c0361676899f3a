package ui

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// enterRadio is a radio group on which Enter starts (or continues), as it
// does everywhere on the decks screen. Fyne's own radio choices swallow
// every key and cannot be wrapped, so enterRadio draws its choices itself,
// the way Fyne does, and keeps widget.RadioGroup's fields (Options,
// Selected, Horizontal, Required, OnChanged) and SetSelected. Space
// chooses the focused choice, and the arrow keys move the choice along.
type enterRadio struct {
	widget.RadioGroup
	enter func()
	// choices are the choices on screen, one for each option.
	choices []*radioChoice
}

func newEnterRadio(options []string, changed func(string), enter func()) *enterRadio {
	r := &enterRadio{enter: enter}
	r.Options = options
	r.OnChanged = changed
	r.ExtendBaseWidget(r)
	return r
}

// CreateRenderer is part of fyne.Widget.
func (r *enterRadio) CreateRenderer() fyne.WidgetRenderer {
	rr := &enterRadioRenderer{radio: r}
	rr.update()
	return rr
}

// choose selects option i, as a tap on it does: a second tap on the chosen
// option clears it unless a choice is required.
func (r *enterRadio) choose(i int) {
	if r.Disabled() || i < 0 || i >= len(r.Options) {
		return
	}
	if r.Options[i] == r.Selected {
		if !r.Required {
			r.SetSelected("")
		}
		return
	}
	r.SetSelected(r.Options[i])
}

type enterRadioRenderer struct {
	radio *enterRadio
}

func (rr *enterRadioRenderer) update() {
	r := rr.radio
	for len(r.choices) < len(r.Options) {
		c := &radioChoice{group: r, index: len(r.choices)}
		c.ExtendBaseWidget(c)
		r.choices = append(r.choices, c)
	}
	r.choices = r.choices[:len(r.Options)]
	selected := slices.Index(r.Options, r.Selected)
	for i, c := range r.choices {
		c.label, c.selected, c.disabled = r.Options[i], i == selected, r.Disabled()
	}
}

func (rr *enterRadioRenderer) Layout(fyne.Size) {
	one := rr.itemSize()
	var pos fyne.Position
	for _, c := range rr.radio.choices {
		c.Resize(one)
		c.Move(pos)
		if rr.radio.Horizontal {
			pos.X += one.Width
		} else {
			pos.Y += one.Height
		}
	}
}

// itemSize is the size of every choice: all are as large as the largest,
// as in Fyne's radio group.
func (rr *enterRadioRenderer) itemSize() fyne.Size {
	var one fyne.Size
	for _, c := range rr.radio.choices {
		one = one.Max(c.MinSize())
	}
	return one
}

func (rr *enterRadioRenderer) MinSize() fyne.Size {
	one := rr.itemSize()
	n := float32(len(rr.radio.choices))
	if rr.radio.Horizontal {
		return fyne.NewSize(one.Width*n, one.Height)
	}
	return fyne.NewSize(one.Width, one.Height*n)
}

func (rr *enterRadioRenderer) Refresh() {
	rr.update()
	rr.Layout(rr.radio.Size())
	for _, c := range rr.radio.choices {
		c.Refresh()
	}
}

func (rr *enterRadioRenderer) Objects() []fyne.CanvasObject {
	objects := make([]fyne.CanvasObject, len(rr.radio.choices))
	for i, c := range rr.radio.choices {
		objects[i] = c
	}
	return objects
}

func (rr *enterRadioRenderer) Destroy() {}

// radioChoice is one choice of an enterRadio, drawn as Fyne's radio item
// is: a focus or hover circle, the radio icon, the label.
type radioChoice struct {
	widget.BaseWidget
	group              *enterRadio
	index              int
	label              string
	selected, disabled bool
	focused, hovered   bool
}

// Tapped is part of fyne.Tappable.
func (c *radioChoice) Tapped(*fyne.PointEvent) {
	if c.disabled {
		return
	}
	if !fyne.CurrentDevice().IsMobile() {
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
			cv.Focus(c)
		}
	}
	c.group.choose(c.index)
}

// FocusGained is part of fyne.Focusable.
func (c *radioChoice) FocusGained() { c.focused = true; c.Refresh() }

// FocusLost is part of fyne.Focusable.
func (c *radioChoice) FocusLost() { c.focused = false; c.Refresh() }

// TypedRune is part of fyne.Focusable: Space chooses, as on Fyne's radio.
func (c *radioChoice) TypedRune(r rune) {
	if r == ' ' && !c.disabled {
		c.group.choose(c.index)
	}
}

// TypedKey is part of fyne.Focusable: Enter goes to the screen, and the
// arrow keys choose the previous or next option and follow it with the
// focus.
func (c *radioChoice) TypedKey(ev *fyne.KeyEvent) {
	step := 0
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		if c.group.enter != nil {
			c.group.enter()
		}
		return
	case fyne.KeyLeft, fyne.KeyUp:
		step = -1
	case fyne.KeyRight, fyne.KeyDown:
		step = +1
	}
	if step == 0 || c.disabled {
		return
	}
	next := c.index + step
	if next < 0 || next >= len(c.group.Options) {
		return
	}
	c.group.SetSelected(c.group.Options[next])
	if next < len(c.group.choices) {
		if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
			cv.Focus(c.group.choices[next])
		}
	}
}

// MouseIn is part of desktop.Hoverable.
func (c *radioChoice) MouseIn(*desktop.MouseEvent) { c.hovered = !c.disabled; c.Refresh() }

// MouseMoved is part of desktop.Hoverable.
func (c *radioChoice) MouseMoved(*desktop.MouseEvent) {}

// MouseOut is part of desktop.Hoverable.
func (c *radioChoice) MouseOut() { c.hovered = false; c.Refresh() }

// CreateRenderer is part of fyne.Widget.
func (c *radioChoice) CreateRenderer() fyne.WidgetRenderer {
	r := &radioChoiceRenderer{c: c, label: canvas.NewText("", color.Black)}
	r.focus = canvas.NewCircle(color.Transparent)
	r.icon, r.over = &canvas.Image{}, &canvas.Image{}
	r.update()
	return r
}

type radioChoiceRenderer struct {
	c          *radioChoice
	focus      *canvas.Circle
	icon, over *canvas.Image
	label      *canvas.Text
}

func (r *radioChoiceRenderer) Layout(size fyne.Size) {
	th := r.c.Theme()
	inner := th.Size(theme.SizeNameInnerPadding)
	border := th.Size(theme.SizeNameInputBorder)
	iconSize := th.Size(theme.SizeNameInlineIcon)
	ring := fyne.NewSquareSize(iconSize + inner)
	r.focus.Resize(ring)
	r.focus.Move(fyne.NewPos(border, (size.Height-ring.Height)/2))
	r.label.Resize(size)
	r.label.Move(fyne.NewPos(ring.Width+th.Size(theme.SizeNamePadding), 0))
	at := fyne.NewPos(inner/2+border, (size.Height-iconSize)/2)
	for _, img := range []*canvas.Image{r.icon, r.over} {
		img.Resize(fyne.NewSquareSize(iconSize))
		img.Move(at)
	}
}

func (r *radioChoiceRenderer) MinSize() fyne.Size {
	th := r.c.Theme()
	pad := th.Size(theme.SizeNameInnerPadding) * 2
	return r.label.MinSize().AddWidthHeight(pad+th.Size(theme.SizeNameInlineIcon)+th.Size(theme.SizeNamePadding), pad)
}

func (r *radioChoiceRenderer) update() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.label.Text = r.c.label
	r.label.TextSize = th.Size(theme.SizeNameText)
	r.label.Color = th.Color(theme.ColorNameForeground, v)
	out := theme.NewThemedResource(th.Icon(theme.IconNameRadioButton))
	out.ColorName = theme.ColorNameInputBorder
	in := theme.NewThemedResource(th.Icon(theme.IconNameRadioButtonFill))
	in.ColorName = theme.ColorNameInputBackground
	if r.c.selected {
		in.ColorName, out.ColorName = theme.ColorNamePrimary, theme.ColorNameForeground
	}
	r.focus.FillColor = color.Transparent
	if r.c.disabled {
		r.label.Color = th.Color(theme.ColorNameDisabled, v)
		in.ColorName, out.ColorName = theme.ColorNameBackground, theme.ColorNameDisabled
		if r.c.selected {
			in.ColorName = theme.ColorNameDisabled
		}
	} else if r.c.focused {
		r.focus.FillColor = th.Color(theme.ColorNameFocus, v)
	} else if r.c.hovered {
		r.focus.FillColor = th.Color(theme.ColorNameHover, v)
	}
	r.icon.Resource, r.over.Resource = in, out
	// A transparent halo is still a shape drawn in every frame; under a
	// software renderer each one costs memory, so it is drawn only when
	// it shows.
	r.focus.Hidden = r.focus.FillColor == color.Transparent
	r.icon.Refresh()
	r.over.Refresh()
	r.focus.Refresh()
	r.label.Refresh()
}

func (r *radioChoiceRenderer) Refresh() {
	r.update()
	r.Layout(r.c.Size())
}

func (r *radioChoiceRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.focus, r.icon, r.over, r.label}
}

func (r *radioChoiceRenderer) Destroy() {}
