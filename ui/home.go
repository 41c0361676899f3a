package ui

import (
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tend/decks"
)

// Preference keys. Values are validated on read: anything missing, unknown or
// out of range falls back to the default without troubling the person.
const (
	prefDecks = "home.decks"
	prefDepth = "home.depth"
)

var (
	defaultDecks = []string{"boundaries"}
	defaultDepth = decks.Deeper
	depthNames   = []string{"Gentle", "Deeper", "Vulnerable"}
)

// home is the first screen: which decks, how deep, and Start.
type home struct {
	t       *table
	content fyne.CanvasObject

	decks  []*decks.Deck
	checks []*widget.Check
	counts []*widget.Label
	depths *widget.RadioGroup
	startB *widget.Button
	notice *fyne.Container
}

func newHome(t *table, problems decks.Problems) *home {
	h := &home{t: t, decks: t.lib.Decks(t.locale)}
	prefs := t.app.Preferences()
	chosen := prefs.StringListWithFallback(prefDecks, defaultDecks)
	depth := decks.Depth(prefs.IntWithFallback(prefDepth, int(defaultDepth)))
	if depth < decks.Gentle || depth > decks.MaxDepth {
		depth = defaultDepth
	}

	title := canvas.NewText("Tend", theme.Color(theme.ColorNamePrimary))
	title.TextSize = theme.Size(sizeTitle)
	title.TextStyle.Bold = true
	tagline := widget.NewLabel("Cards for talking about consent and care, one at a time. Passing a card is always fine.")
	tagline.Wrapping = fyne.TextWrapWord
	tagline.Importance = widget.MediumImportance

	rows := make([]fyne.CanvasObject, 0, len(h.decks))
	for _, d := range h.decks {
		check := widget.NewCheck(d.Title, func(bool) { h.changed() })
		check.SetChecked(slices.Contains(chosen, d.ID))
		desc := widget.NewLabel(d.Description)
		desc.Wrapping = fyne.TextWrapWord
		count := widget.NewLabel("")
		count.Importance = widget.LowImportance
		count.SizeName = theme.SizeNameCaptionText
		h.checks = append(h.checks, check)
		h.counts = append(h.counts, count)
		rows = append(rows, surface(container.New(layout.NewCustomPaddedVBoxLayout(0),
			container.NewBorder(nil, nil, nil, count, check),
			desc,
		)))
	}
	deckList := container.NewGridWithColumns(2, rows...)

	h.depths = widget.NewRadioGroup(depthNames, func(string) { h.changed() })
	h.depths.Horizontal = true
	h.depths.Required = true
	h.depths.SetSelected(depthNames[depth-1])
	depthHint := widget.NewLabel("Gentle: easy to answer with anyone. Deeper: asks for some openness. Vulnerable: for when you already trust each other.")
	depthHint.Wrapping = fyne.TextWrapWord
	depthHint.SizeName = theme.SizeNameCaptionText
	depthHint.Importance = widget.LowImportance

	h.startB = widget.NewButtonWithIcon("Start", theme.MediaPlayIcon(), t.start)
	h.startB.Importance = widget.HighImportance

	h.notice = container.NewVBox()
	if len(problems) > 0 {
		h.notice.Add(h.problemNotice(problems))
	}

	body := container.NewVBox(
		container.NewPadded(container.NewHBox(title)),
		tagline,
		h.notice,
		sectionLabel("Choose your decks"),
		deckList,
	)
	depthLabel := widget.NewLabel("How deep?")
	depthLabel.TextStyle.Bold = true
	footer := container.NewVBox(
		widget.NewSeparator(),
		container.NewBorder(nil, nil, container.NewHBox(depthLabel, h.depths), h.startB),
		depthHint,
	)
	h.content = container.NewBorder(nil,
		container.New(&readingColumn{maxWidth: 980}, container.NewPadded(footer)),
		nil, nil,
		container.NewVScroll(container.New(&readingColumn{maxWidth: 980}, container.NewPadded(body))),
	)
	h.changed()
	return h
}

func sectionLabel(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	l.SizeName = theme.SizeNameSubHeadingText
	return l
}

// surface puts content on a softly rounded panel, the visual unit of Tend.
func surface(content fyne.CanvasObject) fyne.CanvasObject {
	bg := canvas.NewRectangle(theme.Color(colorSurface))
	bg.CornerRadius = 12
	bg.StrokeColor = theme.Color(theme.ColorNameSeparator)
	bg.StrokeWidth = 1
	return container.NewStack(bg, container.NewPadded(content))
}

// problemNotice tells the person, once and calmly, that some of their own
// decks could not be opened, and offers the details for whoever wrote them.
func (h *home) problemNotice(problems decks.Problems) fyne.CanvasObject {
	files := problems.Files()
	msg := fmt.Sprintf("%d deck files could not be opened, so they are left out for now. Everything else is ready.", len(files))
	if len(files) == 1 {
		msg = "One deck file could not be opened, so it is left out for now. Everything else is ready."
	}
	text := widget.NewLabel(msg)
	text.Wrapping = fyne.TextWrapWord
	var panel fyne.CanvasObject
	details := widget.NewButton("Details", func() {
		list := widget.NewLabel(strings.Join(strings.Split(problems.Error(), "\n"), "\n"))
		list.TextStyle.Monospace = true
		list.Wrapping = fyne.TextWrapWord
		scroll := container.NewVScroll(list)
		scroll.SetMinSize(fyne.NewSize(640, 280))
		dialog.ShowCustom("Decks left out", "Close", scroll, h.t.win)
	})
	dismiss := widget.NewButton("Dismiss", func() {
		h.notice.Remove(panel)
	})
	dismiss.Importance = widget.LowImportance
	panel = surface(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), container.NewHBox(details, dismiss), text))
	return panel
}

// chosenDecks returns the ticked decks in display order.
func (h *home) chosenDecks() []*decks.Deck {
	var out []*decks.Deck
	for i, c := range h.checks {
		if c.Checked {
			out = append(out, h.decks[i])
		}
	}
	return out
}

func (h *home) depth() decks.Depth {
	i := slices.Index(depthNames, h.depths.Selected)
	if i < 0 {
		return defaultDepth
	}
	return decks.Depth(i + 1)
}

// changed updates the counts and Start, and remembers the choice.
func (h *home) changed() {
	if h.startB == nil {
		return // still building
	}
	depth := h.depth()
	total := 0
	var ids []string
	for i, d := range h.decks {
		n := d.CountUpTo(depth)
		h.counts[i].SetText(fmt.Sprintf("%d cards", n))
		if h.checks[i].Checked {
			total += n
			ids = append(ids, d.ID)
		}
	}
	if total == 0 {
		h.startB.SetText("Start")
		h.startB.Disable()
	} else {
		h.startB.SetText(fmt.Sprintf("Start with %d cards", total))
		h.startB.Enable()
	}
	prefs := h.t.app.Preferences()
	prefs.SetStringList(prefDecks, ids)
	prefs.SetInt(prefDepth, int(depth))
}

func (h *home) refresh() { h.changed() }
