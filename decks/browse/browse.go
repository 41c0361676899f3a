// Package browse is the card browser's model: one index over every card of
// every deck, built-in and the person's own, searched by words in the shown
// language and in English and filtered by deck, depth and topic. It is plain
// Go without Fyne, so the search is tested and benchmarked on its own and
// the screen only shows the result.
package browse

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"tend.app/tend/decks"
)

// Item is one card as the browser lists it.
type Item struct {
	// Card is the source card: its id, deck, depth, role and topics. Plans
	// and piles refer to it, whatever language is shown.
	Card *decks.Card
	// Text is the card in the shown language, or its own text when it has no
	// translation there.
	Text string
	// English is the English text when it differs from Text, so a therapist
	// working in another language can check the original; "" otherwise.
	English string
	// DeckTitle is the deck's title in the shown language.
	DeckTitle string

	// folded is Text, English and DeckTitle folded for matching.
	folded string
}

// Index holds every card once, in library order (by moment, then deck, then
// the deck's own order), with its searchable text prepared in advance so
// that a keystroke only scans.
type Index struct {
	items []Item
}

// New indexes items, keeping their order.
func New(items []Item) *Index {
	ix := &Index{items: items}
	strip := accentStripper()
	for i := range ix.items {
		it := &ix.items[i]
		it.folded = fold(strip, it.Text+"\n"+it.English+"\n"+it.DeckTitle)
	}
	return ix
}

// FromLibrary indexes every source card of lib as shown in locale.
func FromLibrary(lib *decks.Library, locale string) *Index {
	var items []Item
	for _, d := range lib.Sources() {
		title, _ := lib.Titles(locale, d)
		for _, c := range d.Cards {
			text, _ := lib.Text(locale, c)
			english := ""
			if d.Locale == decks.SourceLocale && text != c.Text {
				english = c.Text
			}
			items = append(items, Item{Card: c, Text: text, English: english, DeckTitle: title})
		}
	}
	return New(items)
}

// Len returns how many cards the index holds.
func (ix *Index) Len() int { return len(ix.items) }

// Item returns the i-th card of the index, as numbered by Search.
func (ix *Index) Item(i int) *Item { return &ix.items[i] }

// ByID finds a card's place in the index by id, or -1.
func (ix *Index) ByID(id string) int {
	return slices.IndexFunc(ix.items, func(it Item) bool { return it.Card.ID == id })
}

// Decks lists the decks the index holds, in index order, each once; the
// browser offers them as a filter.
func (ix *Index) Decks() []*decks.Deck {
	var out []*decks.Deck
	for _, it := range ix.items {
		if len(out) == 0 || out[len(out)-1] != it.Card.Deck {
			if !slices.Contains(out, it.Card.Deck) {
				out = append(out, it.Card.Deck)
			}
		}
	}
	return out
}

// Filter is what the browser asks for. The zero Filter matches every card.
type Filter struct {
	// Query holds words that must all appear, in any order, in the card's
	// text, its English text or its deck's title. Case and accents are
	// ignored, and a word matches the start or the middle of a longer one,
	// so "stop" finds "stopping" while the therapist is still typing.
	Query string
	// Deck is a deck id; "" means every deck.
	Deck string
	// MaxDepth keeps cards at or below a depth, as the home screen does;
	// 0 means every depth.
	MaxDepth decks.Depth
	// Topic is one of decks.Topics; "" means any topic.
	Topic string
}

// Search returns the positions of the matching cards, in index order.
func (ix *Index) Search(f Filter) []int {
	return ix.SearchWithin(f, nil)
}

// SearchWithin is Search limited to the positions in within (nil means
// every card). When a person types one more letter, the new matches are a
// subset of the old ones, so the browser narrows the last result instead of
// scanning the whole library again.
func (ix *Index) SearchWithin(f Filter, within []int) []int {
	words := strings.Fields(Fold(f.Query))
	match := func(it *Item) bool {
		c := it.Card
		if f.Deck != "" && c.Deck.ID != f.Deck {
			return false
		}
		if f.MaxDepth > 0 && c.Depth > f.MaxDepth {
			return false
		}
		if f.Topic != "" && !slices.Contains(c.Topics, f.Topic) {
			return false
		}
		for _, w := range words {
			if !strings.Contains(it.folded, w) {
				return false
			}
		}
		return true
	}
	out := make([]int, 0, 64)
	if within == nil {
		for i := range ix.items {
			if match(&ix.items[i]) {
				out = append(out, i)
			}
		}
		return out
	}
	for _, i := range within {
		if i >= 0 && i < len(ix.items) && match(&ix.items[i]) {
			out = append(out, i)
		}
	}
	return out
}

// Narrows reports whether every card matching next also matches prev, so
// that SearchWithin may start from prev's result: same deck, depth and
// topic, and a query that only added letters or words.
func Narrows(prev, next Filter) bool {
	if prev.Deck != next.Deck || prev.MaxDepth != next.MaxDepth || prev.Topic != next.Topic {
		return false
	}
	pw := strings.Fields(Fold(prev.Query))
	nw := strings.Fields(Fold(next.Query))
	// Every earlier word must still be required by some word now.
	for _, p := range pw {
		if !slices.ContainsFunc(nw, func(n string) bool { return strings.Contains(n, p) }) {
			return false
		}
	}
	return true
}

// Fold prepares text for matching: lower case, without accents, with
// typographic apostrophes made plain.
func Fold(s string) string { return fold(accentStripper(), s) }

// accentStripper drops combining marks after decomposition, so "é" matches
// "e" and "ü" matches "u": people search without accents. A chain keeps
// state, so it is made per use, never shared between goroutines.
func accentStripper() transform.Transformer {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}

func fold(strip transform.Transformer, s string) string {
	s = strings.ToLower(s)
	s = strings.ReplaceAll(s, "’", "'")
	if isASCII(s) {
		return s
	}
	out, _, err := transform.String(strip, s)
	if err != nil {
		return s
	}
	return out
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
