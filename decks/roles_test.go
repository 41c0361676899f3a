package decks

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

const curiousEN = `id = "idea"
moment = "curious"
title = "Idea"
description = "Talking about something new."

[[cards]]
id = "idea-describe"
depth = 1
role = "raiser"
topics = ["new-ideas"]
text = "In a few words, what is the idea you would like to talk about?"

[[cards]]
id = "idea-first-feeling"
depth = 1
role = "listener"
topics = ["new-ideas", "feelings"]
text = "What was your first feeling when you heard it?"

[[cards]]
id = "idea-what-drew-you"
depth = 2
role = "raiser"
topics = ["new-ideas"]
text = "What drew you to it?"

[[cards]]
id = "idea-both-pass"
depth = 1
both = true
topics = ["consent"]
text = "How does it feel that either of us can pass?"

[[cards]]
id = "idea-past"
depth = 3
topics = ["past-experiences"]
text = "Has something like this come up for you before?"
`

func TestParseRolesAndTopics(t *testing.T) {
	d, ps := Parse("en/idea.toml", []byte(curiousEN), "en")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	var roles []string
	for _, c := range d.Cards {
		roles = append(roles, string(c.Role))
		if c.Both != (c.Role == RoleBoth) {
			t.Errorf("%s: Both %v with role %q", c.ID, c.Both, c.Role)
		}
	}
	if got := strings.Join(roles, " "); got != "raiser listener raiser both either" {
		t.Errorf("roles %q", got)
	}
	if got := d.Cards[1].Topics; !slices.Equal(got, []string{"new-ideas", "feelings"}) {
		t.Errorf("topics %v", got)
	}
	if d.Opener() != d.Cards[0] {
		t.Errorf("opener %v, want the first card", d.Opener())
	}
}

// TestOldFilesStillLoad: a deck written before roles and topics existed
// loads as it did, `both = true` meaning role both.
func TestOldFilesStillLoad(t *testing.T) {
	d := parseFile(t, "testdata/good/en/sample.toml", "en")
	want := []Role{RoleBoth, RoleEither, RoleEither}
	for i, c := range d.Cards {
		if c.Role != want[i] || c.Both != (want[i] == RoleBoth) || c.Topics != nil {
			t.Errorf("%s: role %q, both %v, topics %v", c.ID, c.Role, c.Both, c.Topics)
		}
	}
	if d.Opener() != nil {
		t.Error("a before deck has an opener")
	}
}

func TestTranslationsInheritRoleAndTopics(t *testing.T) {
	fr := `id = "idea"
title = "Idée"
description = "Parler de quelque chose de nouveau."

[[cards]]
id = "idea-describe"
text = "En quelques mots, quelle est l'idée dont tu aimerais parler ?"

[[cards]]
id = "idea-first-feeling"
role = "listener"
topics = ["feelings", "new-ideas"]
text = "Qu'as-tu ressenti en premier en l'entendant ?"
`
	ds, ps := LoadFS(fstest.MapFS{"en/idea.toml": {Data: []byte(curiousEN)}, "fr/idea.toml": {Data: []byte(fr)}}, "x")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	lib, ps := NewLibrary(ds)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	tr := lib.Deck("fr", "idea")
	if tr == nil || tr.Moment != Curious {
		t.Fatalf("translation %v", tr)
	}
	if c := tr.Cards[0]; c.Role != RoleRaiser || !slices.Equal(c.Topics, []string{"new-ideas"}) || c.Depth != Gentle || tr.Opener() != c {
		t.Errorf("first translated card did not inherit: %+v", c)
	}
	if c := tr.Cards[1]; c.Role != RoleListener || len(c.Topics) != 2 {
		t.Errorf("a translation agreeing with the English (topics in another order) changed: %+v", c)
	}
}

func TestTranslationsMayNotContradict(t *testing.T) {
	fr := `id = "idea"
title = "Idée"
description = "Parler de quelque chose de nouveau."
moment = "before"

[[cards]]
id = "idea-describe"
depth = 2
text = "En quelques mots, quelle est l'idée ?"

[[cards]]
id = "idea-first-feeling"
role = "raiser"
topics = ["feelings"]
text = "Qu'as-tu ressenti ?"

[[cards]]
id = "idea-both-pass"
both = false
text = "Qu'est-ce que ça fait de savoir qu'on peut passer ?"
`
	ds, ps := LoadFS(fstest.MapFS{"en/idea.toml": {Data: []byte(curiousEN)}, "fr/idea.toml": {Data: []byte(fr)}}, "x")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	lib, ps := NewLibrary(ds)
	ps.Sort()
	want := `x/fr/idea.toml:4:1: moment "before" differs from the English deck's moment "curious"; leave moment out, a translation takes it from the English deck
x/fr/idea.toml:8:1: depth 2 differs from the English card's depth 1; leave depth out, a translation takes it from the English card
x/fr/idea.toml:13:1: role "raiser" differs from the English card's role "listener"; leave role out, a translation takes it from the English card
x/fr/idea.toml:14:1: topics differ from the English card's topics [new-ideas, feelings]; leave topics out, a translation takes them from the English card
x/fr/idea.toml:19:1: both = false differs from the English card's role "both"; leave both out, a translation takes it from the English card`
	if ps.Error() != want {
		t.Errorf("problems:\n%s\nwant:\n%s", ps.Error(), want)
	}
	if lib.Deck("fr", "idea") != nil {
		t.Error("a contradicting translation was kept")
	}
	if text, ok := lib.Text("fr", lib.Card("idea-describe")); ok || !strings.HasPrefix(text, "In a few words") {
		t.Errorf("no English fallback: %q", text)
	}
}

func TestPileDealsTheOpenerFirst(t *testing.T) {
	d, ps := Parse("en/idea.toml", []byte(curiousEN), "en")
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	other := testCards(12)
	for seed := range uint64(50) {
		for _, gentle := range []bool{false, true} {
			cards := slices.Concat(other, d.Cards)
			p := NewPileGentle(cards, rand.New(rand.NewPCG(seed, 1)), gentle)
			if p.Current() != d.Cards[0] {
				t.Fatalf("seed %d gentle %v: first card %s, want the opener", seed, gentle, p.Current().ID)
			}
			if gentle {
				for prev := Gentle; !p.Done(); p.Next() {
					if p.Current().Depth < prev {
						t.Fatalf("seed %d: gentle order broken after the opener", seed)
					}
					prev = p.Current().Depth
				}
			}
		}
	}
}

// TestTurnsAlternateOnlyOverEitherCards: a card for the one who raised an
// idea, or for everyone, does not use up a person's turn.
func TestTurnsAlternateOnlyOverEitherCards(t *testing.T) {
	roles := []Role{RoleEither, RoleRaiser, RoleBoth, RoleEither, RoleListener, RoleEither}
	var cards []*Card
	for i, r := range roles {
		cards = append(cards, &Card{ID: string(rune('a' + i)), Depth: Gentle, Role: r, Both: r == RoleBoth})
	}
	p := NewPile(cards, rand.New(rand.NewPCG(1, 1)))
	p.order = []int{0, 1, 2, 3, 4, 5} // file order, to follow the turns
	var turns []int
	for ; !p.Done(); p.Next() {
		turns = append(turns, p.Turn())
	}
	if want := []int{0, 1, -1, 1, 0, 0}; !slices.Equal(turns, want) {
		t.Errorf("turns %v, want %v", turns, want)
	}
}

// TestTurnsGoRoundEveryone: with three or four people, turns cycle through
// all of them, still counting only cards of role either.
func TestTurnsGoRoundEveryone(t *testing.T) {
	roles := []Role{RoleEither, RoleEither, RoleBoth, RoleEither, RoleRaiser, RoleEither, RoleEither}
	var cards []*Card
	for i, r := range roles {
		cards = append(cards, &Card{ID: string(rune('a' + i)), Depth: Gentle, Role: r, Both: r == RoleBoth})
	}
	for _, tc := range []struct {
		people int
		want   []int
	}{
		{0, []int{0, 0, -1, 0, 0, 0, 0}},
		{1, []int{0, 0, -1, 0, 0, 0, 0}},
		{3, []int{0, 1, -1, 2, 0, 0, 1}},
		{4, []int{0, 1, -1, 2, 3, 3, 0}},
	} {
		p := NewPile(cards, rand.New(rand.NewPCG(1, 1)))
		p.order = []int{0, 1, 2, 3, 4, 5, 6}
		var turns []int
		for ; !p.Done(); p.Next() {
			turns = append(turns, p.TurnAmong(tc.people))
		}
		if !slices.Equal(turns, tc.want) {
			t.Errorf("%d people: turns %v, want %v", tc.people, turns, tc.want)
		}
	}
}

func TestWithoutTopic(t *testing.T) {
	d, _ := Parse("en/idea.toml", []byte(curiousEN), "en")
	kept := WithoutTopic(d.Cards, TopicPast)
	if len(kept) != 4 || slices.ContainsFunc(kept, func(c *Card) bool { return c.HasTopic(TopicPast) }) {
		t.Errorf("kept %d cards", len(kept))
	}
	if len(d.Cards) != 5 {
		t.Error("WithoutTopic changed its input")
	}
}

// TestBuiltinRoles: every built-in card with role raiser or listener is in a
// deck where an idea is raised, and that deck describes the idea first.
func TestBuiltinRoles(t *testing.T) {
	builtin, ps := LoadBuiltin()
	lib, more := NewLibrary(builtin)
	if ps = append(ps, more...); len(ps) > 0 {
		t.Fatal(ps)
	}
	for _, loc := range lib.Locales() {
		for _, d := range lib.Decks(loc) {
			if ps := CheckRoles(d); len(ps) > 0 {
				t.Error(ps)
			}
		}
	}
}

func parseFile(t *testing.T, file, locale string) *Deck {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	d, ps := Parse(file, data, locale)
	if len(ps) > 0 {
		t.Fatal(ps)
	}
	return d
}
