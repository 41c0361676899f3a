package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend.app/tend/decks"
	"tend.app/tend/decks/browse"
)

// browser lists every card of every deck, searchable and filtered, in a
// virtualized list: only the rows on screen are widgets, so ten thousand
// cards cost no more to show than ten. The search itself is decks/browse;
// this screen only shows its result and forwards choices.
type browser struct {
	th      *therapist
	content fyne.CanvasObject

	index   *browse.Index
	filter  browse.Filter
	found   []int
	search  *widget.Entry
	deckSel *widget.Select
	depth   *widget.Select
	topic   *widget.Select
	count   *widget.Label
	list    *widget.List
	empty   *widget.Label

	// The selects' options, in the same order as these values.
	deckIDs []string
	topics  []string
	// chose is called when a card is chosen from the list.
	chose func(id string)
}

func newBrowser(th *therapist, chose func(id string)) *browser {
	t := th.t
	b := &browser{th: th, chose: chose, index: browse.FromLibrary(t.lib, t.locale)}
	b.search = widget.NewEntry()
	b.search.SetPlaceHolder(t.T(msgSearchCards))
	b.search.ActionItem = widget.NewIcon(theme.SearchIcon())
	b.search.OnChanged = func(q string) { b.setFilter(func(f *browse.Filter) { f.Query = q }) }

	deckNames := []string{t.T(msgAllDecks)}
	b.deckIDs = []string{""}
	for _, d := range b.index.Decks() {
		title, _ := t.lib.Titles(t.locale, d)
		deckNames = append(deckNames, t.pseudo(title))
		b.deckIDs = append(b.deckIDs, d.ID)
	}
	b.deckSel = widget.NewSelect(deckNames, func(s string) {
		i := slices.Index(deckNames, s)
		b.setFilter(func(f *browse.Filter) { f.Deck = b.deckIDs[max(i, 0)] })
	})
	b.deckSel.SetSelectedIndex(0)

	depthNames := []string{t.T(msgEveryDepth), t.T(msgGentleOnly), t.T(msgGentleAndDeeper)}
	depthValues := []decks.Depth{0, decks.Gentle, decks.Deeper}
	b.depth = widget.NewSelect(depthNames, func(s string) {
		i := slices.Index(depthNames, s)
		b.setFilter(func(f *browse.Filter) { f.MaxDepth = depthValues[max(i, 0)] })
	})
	b.depth.SetSelectedIndex(0)

	topicNames := []string{t.T(msgEveryTopic)}
	b.topics = []string{""}
	for _, name := range decks.Topics {
		topicNames = append(topicNames, b.topicName(name))
		b.topics = append(b.topics, name)
	}
	b.topic = widget.NewSelect(topicNames, func(s string) {
		i := slices.Index(topicNames, s)
		b.setFilter(func(f *browse.Filter) { f.Topic = b.topics[max(i, 0)] })
	})
	b.topic.SetSelectedIndex(0)

	b.count = widget.NewLabel("")
	b.count.Importance = widget.LowImportance
	b.empty = widget.NewLabel(t.T(msgNoCardsMatch))
	b.empty.Alignment = fyne.TextAlignCenter
	b.empty.Wrapping = fyne.TextWrapWord
	b.empty.Importance = widget.LowImportance
	b.empty.Hide()

	b.list = widget.NewList(
		func() int { return len(b.found) },
		func() fyne.CanvasObject {
			text := widget.NewLabel("")
			text.Truncation = fyne.TextTruncateEllipsis
			meta := widget.NewLabel("")
			meta.SizeName = theme.SizeNameCaptionText
			meta.Importance = widget.LowImportance
			meta.Truncation = fyne.TextTruncateEllipsis
			mark := widget.NewLabel("")
			mark.Importance = widget.HighImportance
			mark.SizeName = theme.SizeNameCaptionText
			return container.NewBorder(nil, nil, nil, mark, container.New(layout.NewCustomPaddedVBoxLayout(0), text, meta))
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			row := o.(*fyne.Container)
			lines := row.Objects[0].(*fyne.Container)
			item := b.index.Item(b.found[i])
			lines.Objects[0].(*widget.Label).SetText(t.pseudo(item.Text))
			lines.Objects[1].(*widget.Label).SetText(b.meta(item))
			mark := row.Objects[1].(*widget.Label)
			if th.inPlan(item.Card.ID) {
				mark.SetText(t.T(msgInPlan))
			} else {
				mark.SetText("")
			}
		})
	b.list.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(b.found) {
			b.chose(b.index.Item(b.found[i]).Card.ID)
		}
		b.list.UnselectAll()
	}

	filters := container.NewGridWithColumns(3, b.deckSel, b.depth, b.topic)
	top := container.NewVBox(b.search, filters, b.count)
	b.content = container.NewBorder(top, nil, nil, nil, container.NewStack(b.list, container.NewVBox(widget.NewLabel(""), b.empty)))
	b.run()
	return b
}

// setFilter changes the filter and searches again; a keystroke that only
// narrows the query searches within the last result.
func (b *browser) setFilter(change func(*browse.Filter)) {
	next := b.filter
	change(&next)
	if next == b.filter && b.found != nil {
		return
	}
	if browse.Narrows(b.filter, next) && b.found != nil {
		b.found = b.index.SearchWithin(next, b.found)
	} else {
		b.found = b.index.Search(next)
	}
	b.filter = next
	b.show()
	if b.list != nil {
		b.list.ScrollToTop()
	}
}

func (b *browser) run() {
	b.found = b.index.Search(b.filter)
	b.show()
}

func (b *browser) show() {
	if b.list == nil {
		return // still building
	}
	b.count.SetText(b.th.t.cardCount(len(b.found)))
	if len(b.found) == 0 {
		b.empty.Show()
	} else {
		b.empty.Hide()
	}
	b.list.Refresh()
}

// meta is the line under a card: deck, depth, who answers and topics.
func (b *browser) meta(it *browse.Item) string {
	t := b.th.t
	c := it.Card
	parts := []string{t.pseudo(it.DeckTitle), t.T(depthMessages[c.Depth-1]), t.T(whoMessage(c))}
	var topics []string
	for _, name := range c.Topics {
		topics = append(topics, b.topicName(name))
	}
	if len(topics) > 0 {
		parts = append(parts, strings.Join(topics, ", "))
	}
	return strings.Join(parts, "  ·  ")
}

func (b *browser) topicName(name string) string {
	if m := topicMessages[name]; m != nil {
		return b.th.t.T(m)
	}
	return name
}

// whoMessage says who answers a card.
func whoMessage(c *decks.Card) *i18n.Message {
	switch {
	case c.Role == decks.RoleBoth || c.Both:
		return msgBothOfYou
	case c.Role == decks.RoleRaiser:
		return msgWhoRaiser
	case c.Role == decks.RoleListener:
		return msgWhoListener
	}
	return msgWhoEither
}
