package browse

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"tend.app/tend/decks"
)

// testIndex is two small decks whose cards carry topics, depths and roles,
// as the deck loader will fill them.
func testIndex() *Index {
	before := &decks.Deck{ID: "boundaries", Locale: "en", Title: "Boundaries"}
	after := &decks.Deck{ID: "aftercare", Locale: "en", Title: "Aftercare"}
	card := func(d *decks.Deck, id, text string, depth decks.Depth, role decks.Role, topics ...string) *decks.Card {
		c := &decks.Card{ID: id, Text: text, Depth: depth, Role: role, Topics: topics, Deck: d}
		d.Cards = append(d.Cards, c)
		return c
	}
	items := []Item{
		{Card: card(before, "stop-word", "What word would you like us to use for stop?", 1, decks.RoleBoth, "stop-signals"), Text: "Welches Wort möchtest du für Stopp nehmen?", DeckTitle: "Grenzen"},
		{Card: card(before, "slow-start", "How slowly would you like us to start?", 1, decks.RoleEither, "pace"), Text: "Wie langsam möchtest du beginnen?", DeckTitle: "Grenzen"},
		{Card: card(before, "firm-no", "What is a firm no for you?", 2, decks.RoleEither, "consent", "stop-signals"), Text: "Was ist für dich ein klares Nein?", DeckTitle: "Grenzen"},
		{Card: card(after, "low-mood", "If you ever feel low after we've been close, what would help?", 3, decks.RoleEither, "low-mood", "aftercare-needs"), Text: "Wenn du dich danach niedergeschlagen fühlst, was würde helfen?", DeckTitle: "Nachsorge"},
		{Card: card(after, "touch", "What kind of touch feels good right now?", 1, decks.RoleBoth, "aftercare-needs"), Text: "Welche Berührung tut dir jetzt gut?", DeckTitle: "Nachsorge"},
	}
	for i := range items {
		items[i].English = items[i].Card.Text
	}
	return New(items)
}

func ids(ix *Index, found []int) []string {
	out := []string{}
	for _, i := range found {
		out = append(out, ix.Item(i).Card.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	ix := testIndex()
	for _, tc := range []struct {
		name   string
		filter Filter
		want   []string
	}{
		{"everything", Filter{}, []string{"stop-word", "slow-start", "firm-no", "low-mood", "touch"}},
		{"shown language", Filter{Query: "wort"}, []string{"stop-word"}},
		{"English", Filter{Query: "firm"}, []string{"firm-no"}},
		{"without accents", Filter{Query: "beruhrung"}, []string{"touch"}},
		{"with accents and capitals", Filter{Query: "BERÜHRUNG"}, []string{"touch"}},
		{"all words, any order", Filter{Query: "you stop"}, []string{"stop-word"}},
		{"a word not there", Filter{Query: "stop giraffe"}, nil},
		{"start of a word while typing", Filter{Query: "langs"}, []string{"slow-start"}},
		{"deck title", Filter{Query: "nachsorge"}, []string{"low-mood", "touch"}},
		{"deck", Filter{Deck: "aftercare"}, []string{"low-mood", "touch"}},
		{"depth", Filter{MaxDepth: decks.Gentle}, []string{"stop-word", "slow-start", "touch"}},
		{"topic", Filter{Topic: "stop-signals"}, []string{"stop-word", "firm-no"}},
		{"topic and depth", Filter{Topic: "stop-signals", MaxDepth: 1}, []string{"stop-word"}},
		{"topic and words", Filter{Topic: "aftercare-needs", Query: "help"}, []string{"low-mood"}},
		{"only spaces", Filter{Query: "   "}, []string{"stop-word", "slow-start", "firm-no", "low-mood", "touch"}},
		{"unknown deck", Filter{Deck: "nope"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := ids(ix, ix.Search(tc.filter))
			if !slices.Equal(got, append([]string{}, tc.want...)) {
				t.Errorf("Search(%+v) = %v, want %v", tc.filter, got, tc.want)
			}
		})
	}
}

func TestNarrows(t *testing.T) {
	for _, tc := range []struct {
		prev, next Filter
		want       bool
	}{
		{Filter{Query: "sto"}, Filter{Query: "stop"}, true},
		{Filter{Query: "stop"}, Filter{Query: "stop word"}, true},
		{Filter{Query: ""}, Filter{Query: "a"}, true},
		{Filter{Query: "stop"}, Filter{Query: "sto"}, false},
		{Filter{Query: "stop"}, Filter{Query: "word"}, false},
		{Filter{Query: "a", Topic: "pace"}, Filter{Query: "ab"}, false},
		{Filter{Query: "a"}, Filter{Query: "ab", Deck: "x"}, false},
	} {
		if got := Narrows(tc.prev, tc.next); got != tc.want {
			t.Errorf("Narrows(%+v, %+v) = %v", tc.prev, tc.next, got)
		}
	}
}

func TestDecksInOrder(t *testing.T) {
	ix := testIndex()
	var got []string
	for _, d := range ix.Decks() {
		got = append(got, d.ID)
	}
	if !slices.Equal(got, []string{"boundaries", "aftercare"}) {
		t.Errorf("Decks() = %v", got)
	}
}

// The real library, shown in German: a therapist finds a card by a German
// word or by the English one, and every source card is listed once.
func TestFromLibraryBothLanguages(t *testing.T) {
	ds, ps := decks.LoadBuiltin("en", "de")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	lib, ps := decks.NewLibrary(ds)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	ix := FromLibrary(lib, "de")
	total := 0
	for _, d := range lib.Sources() {
		total += len(d.Cards)
	}
	if ix.Len() != total || total == 0 {
		t.Fatalf("index holds %d cards, library %d", ix.Len(), total)
	}
	stop := lib.Card("bound-stop-word")
	if stop == nil {
		t.Fatal("no card bound-stop-word in the built-in decks")
	}
	german, _ := lib.Text("de", stop)
	i := ix.ByID(stop.ID)
	if ix.Item(i).Text != german || ix.Item(i).English != stop.Text {
		t.Fatalf("item %+v", ix.Item(i))
	}
	for _, q := range []string{"stop word", strings.Fields(german)[1]} {
		if !slices.Contains(ix.Search(Filter{Query: q}), i) {
			t.Errorf("%q does not find %q", q, german)
		}
	}
}

// FuzzSearch checks, for any query, that search never panics, that every
// result matches every filter, and that narrowing the last result gives
// exactly what a full search gives.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{"", "stop", "wort stop", "BERÜHRUNG", "é", "\xff", "  a  b "} {
		f.Add(q, q+"x")
	}
	ix := testIndex()
	f.Fuzz(func(t *testing.T, q1, q2 string) {
		next := Filter{Query: q2, MaxDepth: 2}
		full := ix.Search(next)
		for _, i := range full {
			if ix.Item(i).Card.Depth > 2 {
				t.Fatalf("depth filter let %q through", ix.Item(i).Card.ID)
			}
		}
		if Narrows(Filter{Query: q1, MaxDepth: 2}, next) {
			if got := ix.SearchWithin(next, ix.Search(Filter{Query: q1, MaxDepth: 2})); !slices.Equal(got, full) {
				t.Fatalf("narrowing %q to %q gave %v, full search %v", q1, q2, got, full)
			}
		}
	})
}

// bigIndex is n cards over 20 decks, with varied words, depths and topics,
// the size of a large personal library.
func bigIndex(n int) *Index {
	words := strings.Fields("how would you like us to talk about being close slowly gently after before feel safe pause stop word signal care quiet space touch water blanket")
	var ds []*decks.Deck
	for i := range 20 {
		ds = append(ds, &decks.Deck{ID: fmt.Sprintf("deck-%d", i), Locale: "en", Title: fmt.Sprintf("Deck %d", i)})
	}
	items := make([]Item, 0, n)
	for i := range n {
		d := ds[i%len(ds)]
		var sb strings.Builder
		for j := range 14 {
			sb.WriteString(words[(i*7+j*j)%len(words)])
			sb.WriteByte(' ')
		}
		fmt.Fprintf(&sb, "number %d?", i)
		c := &decks.Card{ID: fmt.Sprintf("card-%d", i), Text: sb.String(), Depth: decks.Depth(i%3 + 1), Deck: d,
			Topics: []string{decks.Topics[i%len(decks.Topics)]}}
		d.Cards = append(d.Cards, c)
		items = append(items, Item{Card: c, Text: "Übersetzt: " + c.Text, English: c.Text, DeckTitle: d.Title})
	}
	return New(items)
}

// BenchmarkKeystroke is one keystroke in the browser's search box with
// 10,000 cards: the query grows by one letter and the result is found
// again from scratch (the worst case; the browser may narrow instead).
func BenchmarkKeystroke(b *testing.B) {
	ix := bigIndex(10_000)
	queries := []string{"s", "sl", "slo", "slow", "slowl", "slowly", "slowly t", "slowly to", "slowly tou"}
	b.ResetTimer()
	n := 0
	for b.Loop() {
		ix.Search(Filter{Query: queries[n%len(queries)], MaxDepth: 2})
		n++
	}
}

// BenchmarkKeystrokeNarrowing is the same keystroke when the browser
// narrows the previous result, as it does while a word is being typed.
func BenchmarkKeystrokeNarrowing(b *testing.B) {
	ix := bigIndex(10_000)
	prev := ix.Search(Filter{Query: "slow"})
	b.ResetTimer()
	for b.Loop() {
		ix.SearchWithin(Filter{Query: "slowl"}, prev)
	}
}

// BenchmarkIndex builds the index for 10,000 cards, as opening the browser
// does once.
func BenchmarkIndex(b *testing.B) {
	src := bigIndex(10_000)
	items := make([]Item, src.Len())
	for i := range items {
		items[i] = *src.Item(i)
	}
	b.ResetTimer()
	for b.Loop() {
		New(slices.Clone(items))
	}
}
