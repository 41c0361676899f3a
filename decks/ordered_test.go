package decks

import (
	"fmt"
	"testing"
)

func TestOrderedPile(t *testing.T) {
	d := &Deck{ID: "d", Locale: "en"}
	var cards []*Card
	for i := range 57 {
		c := &Card{ID: fmt.Sprintf("c%d", i), Text: "t", Depth: Depth(i%3 + 1), Both: i%4 == 0, Deck: d}
		cards = append(cards, c)
	}
	check := func(p *Pile, want []*Card) {
		t.Helper()
		for i, c := range want {
			if got := p.Current(); got != c {
				t.Fatalf("card %d is %v, want %v", i, got, c)
			}
			p.Next()
		}
		if !p.Done() {
			t.Fatal("pile not done after its cards")
		}
	}
	p := NewOrderedPile(cards)
	if p.Upcoming() != cards[1] {
		t.Errorf("upcoming %v, want %v", p.Upcoming(), cards[1])
	}
	check(p, cards)
	if p.Upcoming() != nil {
		t.Error("a done pile has an upcoming card")
	}
	p.Reshuffle()
	check(p, cards)
	p.Reshuffle()
	p.Pass()
	if !p.IsPassed("c0") || p.Current() != cards[1] || !p.Back() || p.Current() != cards[0] {
		t.Error("Pass and Back do not work on an ordered pile")
	}
	p.LimitDepth(Gentle)
	var gentle []*Card
	for _, c := range cards {
		if c.Depth == Gentle {
			gentle = append(gentle, c)
		}
	}
	check(p, gentle)
}
