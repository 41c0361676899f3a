package decks

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

func testCards(n int) []*Card {
	cards := make([]*Card, n)
	for i := range cards {
		cards[i] = &Card{ID: fmt.Sprintf("c%d", i), Depth: Depth(i%3 + 1)}
	}
	return cards
}

func TestPileDrawsEveryCardOnce(t *testing.T) {
	p := NewPile(testCards(10), rand.New(rand.NewPCG(1, 2)))
	seen := map[string]bool{}
	for !p.Done() {
		c := p.Current()
		if seen[c.ID] {
			t.Fatalf("card %s drawn twice", c.ID)
		}
		seen[c.ID] = true
		p.Next()
	}
	if len(seen) != 10 || p.Current() != nil || p.Position() != 11 {
		t.Errorf("drew %d cards, current %v, position %d", len(seen), p.Current(), p.Position())
	}
	p.Next() // past the end stays at the end
	if !p.Done() || p.Position() != 11 {
		t.Errorf("Next after the end moved the pile")
	}
}

func TestPileBackAndPass(t *testing.T) {
	p := NewPile(testCards(5), rand.New(rand.NewPCG(3, 4)))
	if p.Back() {
		t.Error("Back on the first card reported success")
	}
	first := p.Current()
	p.Pass()
	second := p.Current()
	if p.Passed() != 1 || p.Position() != 2 || second == first {
		t.Errorf("after Pass: passed %d, position %d", p.Passed(), p.Position())
	}
	if !p.Back() || p.Current() != first || p.Passed() != 0 {
		t.Errorf("Back did not return to the passed card and un-pass it")
	}
	for range 5 {
		p.Next()
	}
	if !p.Done() {
		t.Fatal("pile not done after five cards")
	}
	if !p.Back() || p.Current() == nil || p.Position() != 5 {
		t.Error("Back from the end did not return to the last card")
	}
	p.Pass()
	p.Reshuffle()
	if p.Done() || p.Position() != 1 || p.Passed() != 0 || p.Len() != 5 {
		t.Errorf("Reshuffle did not start over: position %d passed %d", p.Position(), p.Passed())
	}
}

func TestPileSeedsAreReproducible(t *testing.T) {
	order := func(seed uint64) string {
		p := NewPile(testCards(8), rand.New(rand.NewPCG(seed, seed)))
		s := ""
		for ; !p.Done(); p.Next() {
			s += p.Current().ID + " "
		}
		return s
	}
	if first, again := order(7), order(7); first != again {
		t.Error("the same seed gave two orders")
	}
	if order(7) == order(8) {
		t.Error("two seeds gave the same order")
	}
}

func TestPileEmpty(t *testing.T) {
	p := NewPile(nil, rand.New(rand.NewPCG(1, 1)))
	if !p.Done() || p.Current() != nil || p.Len() != 0 {
		t.Error("an empty pile is not done")
	}
	p.Pass()
	p.Next()
	if p.Back() {
		t.Error("Back on an empty pile")
	}
}

// TestShuffleIsUniform draws many shuffles of four cards and checks with a
// chi-squared test that all 24 orders are about equally likely. A biased
// shuffle (the classic swap-with-any-position bug) fails this by a wide margin.
func TestShuffleIsUniform(t *testing.T) {
	const perms = 24
	const draws = perms * 1000
	rng := rand.New(rand.NewPCG(2026, 11))
	cards := testCards(4)
	counts := map[string]int{}
	p := NewPile(cards, rng)
	for range draws {
		p.Reshuffle()
		key := ""
		for ; !p.Done(); p.Next() {
			key += p.Current().ID
		}
		counts[key]++
	}
	if len(counts) != perms {
		t.Fatalf("saw %d of %d orders", len(counts), perms)
	}
	expected := float64(draws) / perms
	chi2 := 0.0
	for _, n := range counts {
		d := float64(n) - expected
		chi2 += d * d / expected
	}
	// 23 degrees of freedom: the 99.9th percentile is 49.73.
	if chi2 > 49.73 {
		t.Errorf("chi-squared %.1f > 49.73: the shuffle is not uniform (%v)", chi2, counts)
	}
}

func TestCardsUpTo(t *testing.T) {
	d := &Deck{Cards: testCards(9)}
	if n := len(CardsUpTo([]*Deck{d, d}, Deeper)); n != 12 {
		t.Errorf("CardsUpTo(Deeper) over two decks = %d, want 12", n)
	}
}

func TestShuffleBiasIsDetectable(t *testing.T) {
	// Guard the guard: a deliberately biased shuffle must fail the same
	// statistic, or TestShuffleIsUniform proves nothing.
	rng := rand.New(rand.NewPCG(2026, 11))
	counts := map[[4]int]int{}
	for range 24000 {
		a := [4]int{0, 1, 2, 3}
		for i := range a {
			j := rng.IntN(4) // biased: should be IntN(i+1) or similar
			a[i], a[j] = a[j], a[i]
		}
		counts[a]++
	}
	chi2 := 0.0
	for _, n := range counts {
		d := float64(n) - 1000
		chi2 += d * d / 1000
	}
	if chi2 <= 49.73 {
		t.Errorf("biased shuffle passed with chi-squared %.1f", chi2)
	}
}

func TestGentleFirst(t *testing.T) {
	p := NewPileGentle(testCards(30), rand.New(rand.NewPCG(5, 6)), true)
	last := Gentle
	var firstIDs []string
	for ; !p.Done(); p.Next() {
		c := p.Current()
		if c.Depth < last {
			t.Fatalf("depth %d after depth %d", c.Depth, last)
		}
		last = c.Depth
		if c.Depth == Gentle {
			firstIDs = append(firstIDs, c.ID)
		}
	}
	if len(firstIDs) != 10 {
		t.Fatalf("%d gentle cards, want 10", len(firstIDs))
	}
	p.Reshuffle()
	var again []string
	for ; p.Current().Depth == Gentle; p.Next() {
		again = append(again, p.Current().ID)
	}
	if fmt.Sprint(again) == fmt.Sprint(firstIDs) {
		t.Error("the gentle level was not shuffled")
	}
}

func TestLimitDepthKeepsItsPromise(t *testing.T) {
	p := NewPile(testCards(30), rand.New(rand.NewPCG(1, 9)))
	p.Next()
	p.Next()
	current := p.Current()
	p.LimitDepth(Gentle)
	if p.Current() != current || p.Position() != 3 {
		t.Error("LimitDepth changed the current card")
	}
	for p.Next(); !p.Done(); p.Next() {
		if p.Current().Depth > Gentle {
			t.Fatalf("a depth %d card after slowing down", p.Current().Depth)
		}
	}
	p.Reshuffle()
	if p.Len() != 10 || p.Limit() != Gentle {
		t.Errorf("after reshuffle %d cards with limit %d, want 10 gentle ones", p.Len(), p.Limit())
	}
}

func TestDropAndInsert(t *testing.T) {
	p := NewPile(testCards(5), rand.New(rand.NewPCG(2, 2)))
	p.Next()
	hidden := p.Current()
	if p.Drop() != hidden || p.Len() != 4 || p.Current() == hidden || p.Position() != 2 {
		t.Fatalf("Drop did not remove the current card")
	}
	p.Reshuffle()
	for ; !p.Done(); p.Next() {
		if p.Current() == hidden {
			t.Fatal("a dropped card came back after a reshuffle")
		}
	}
	p.Back()
	p.Insert(hidden)
	if p.Current() != hidden || p.Len() != 5 {
		t.Errorf("Insert did not bring the card back as current")
	}
	if p.Drop(); NewPile(nil, p.rng).Drop() != nil {
		t.Error("Drop on an empty pile returned a card")
	}
}

func TestSeenGoToAndTurns(t *testing.T) {
	cards := testCards(6)
	cards[2].Both = true
	p := NewPile(cards, rand.New(rand.NewPCG(8, 8)))
	turns := []int{}
	for ; !p.Done(); p.Next() {
		turns = append(turns, p.Turn())
	}
	want := []int{}
	n := 0
	for _, c := range p.Seen() {
		if c.Both {
			want = append(want, -1)
		} else {
			want = append(want, n%2)
			n++
		}
	}
	if fmt.Sprint(turns) != fmt.Sprint(want) {
		t.Errorf("turns %v, want %v", turns, want)
	}
	if len(p.Seen()) != 6 {
		t.Errorf("seen %d cards at the end, want 6", len(p.Seen()))
	}
	third := p.Seen()[2]
	p.GoTo(2)
	if p.Current() != third || len(p.Seen()) != 3 {
		t.Errorf("GoTo(2) shows %v", p.Current())
	}
	p.GoTo(4) // not seen yet from here
	if p.Current() != third {
		t.Error("GoTo jumped ahead to an unseen card")
	}
}
