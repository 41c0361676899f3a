package ui

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
)

// tickOnly ticks the deck with id on the decks screen and unticks the rest.
func tickOnly(t *testing.T, tb *table, ids ...string) {
	t.Helper()
	found := 0
	for i, d := range tb.home.decks {
		on := slices.Contains(ids, d.ID)
		tb.home.checks[i].SetChecked(on)
		if on {
			found++
		}
	}
	if found != len(ids) {
		t.Fatalf("decks %v not all on the decks screen", ids)
	}
}

// Who answers reads naturally with no name and with one to four: turns of
// "either" cards go round the names given, a card for everyone says "Both
// of you" or "Everyone" only when there are that many people, and the one
// who raised an idea and the one hearing it are never guessed by name.
func TestTurnLineFollowsRolesAndNames(t *testing.T) {
	for _, tc := range []struct {
		names []string // typed into the fields in order; "" leaves one empty
		both  string
	}{
		{nil, ""},
		{[]string{"Sam"}, ""},
		{[]string{"", "Sam"}, ""},
		{[]string{"Sam", "Alex"}, "Both of you"},
		{[]string{"Sam", "", "Alex"}, "Both of you"},
		{[]string{"Sam", "Alex", "Kim"}, "Everyone"},
		{[]string{"Sam", "Alex", "Kim", "Jo"}, "Everyone"},
	} {
		t.Run(strings.Join(tc.names, ","), func(t *testing.T) {
			tb, w := newTestTable(t, newApp(t), Options{})
			var people []string
			for i, n := range tc.names {
				test.Type(tb.home.names[i], n)
				if n != "" {
					people = append(people, n)
				}
			}
			tickOnly(t, tb, "curious", "boundaries")
			press(w, fyne.KeyReturn)
			var turns []string
			roles := map[decks.Role]int{}
			for ; !tb.pile.Done(); press(w, fyne.KeyRight) {
				c := tb.pile.Current()
				got := tb.card.turn.Text
				if got == "" == tb.card.turn.Visible() {
					t.Fatalf("turn line %q shown: %v", got, tb.card.turn.Visible())
				}
				roles[c.Role]++
				want := ""
				switch c.Role {
				case decks.RoleBoth:
					want = tc.both
				case decks.RoleRaiser:
					want = "For the one who brought this up"
				case decks.RoleListener:
					want = "For the one listening"
				default:
					if len(people) > 0 {
						want = people[len(turns)%len(people)] + " answers"
					}
					turns = append(turns, got)
				}
				if got != want {
					t.Fatalf("card %s (role %s) shows %q, want %q", c.ID, c.Role, got, want)
				}
			}
			for _, r := range decks.Roles {
				if roles[r] == 0 {
					t.Errorf("no card of role %s was dealt", r)
				}
			}
		})
	}
}

// The presenter's clients' window says who answers with the same words as
// the card screen.
func TestPresenterTurnLineIsTheCardScreens(t *testing.T) {
	tb, pr := presenting(t, newApp(t), Options{})
	for i, n := range []string{"Sam", "Alex", "Kim"} {
		test.Type(tb.home.names[i], n)
	}
	tb.card.update()
	pr.update()
	seen := map[string]bool{}
	for ; !tb.pile.Done(); press(tb.win, fyne.KeyRight) {
		if tb.screen != screenCard {
			press(tb.win, fyne.Key3) // a check-in: keep going
			continue
		}
		want := tb.card.turn.Text
		if want == "" || !strings.Contains(pr.view.Text(), want) || !strings.Contains(pr.nowMeta.Text, want) {
			t.Fatalf("card screen says %q; clients see %q, console %q", want, pr.view.Text(), pr.nowMeta.Text)
		}
		seen[want] = true
	}
	if !seen["Everyone"] || len(seen) < 2 {
		t.Errorf("turn lines seen: %v", seen)
	}
}

// Up to four names are kept only when "Remember our names" is ticked, and
// never in therapist mode.
func TestFourNamesAreRememberedOnlyWhenAsked(t *testing.T) {
	a := newApp(t)
	tb, _ := newTestTable(t, a, Options{})
	four := [maxPeople]string{"Sam", "Alex", "Kim", "Jo"}
	for i, n := range four {
		test.Type(tb.home.names[i], n)
	}
	for _, key := range nameKeys {
		if a.Preferences().String(key) != "" {
			t.Fatalf("%s kept without asking", key)
		}
	}
	test.Tap(tb.home.remember)
	again, _ := newTestTable(t, a, Options{})
	if again.settings.names != four || again.home.names[3].Text != "Jo" {
		t.Fatalf("names after a restart: %q", again.settings.names)
	}
	test.Tap(again.home.remember)
	third, _ := newTestTable(t, a, Options{})
	if third.settings.names != [maxPeople]string{} || a.Preferences().String(prefName4) != "" {
		t.Fatalf("unticking kept %q", third.settings.names)
	}

	a.Preferences().SetBool(prefTherapist, true)
	th, _ := newTestTable(t, a, Options{})
	test.Tap(th.home.remember)
	test.Type(th.home.names[3], "Jo")
	if a.Preferences().String(prefName4) != "" {
		t.Error("therapist mode kept a name")
	}
}

// "Leave out cards about the past" is one setting: the Decks screen counts
// without them, no pile deals them, a therapist's plan skips them, and
// Tend remembers the choice.
func TestCardsAboutThePastCanBeLeftOut(t *testing.T) {
	a := newApp(t)
	tb, w := newTestTable(t, a, Options{})
	tickOnly(t, tb, "solo-care")
	solo := slices.IndexFunc(tb.home.decks, func(d *decks.Deck) bool { return d.ID == "solo-care" })
	all := decks.CardsUpTo(tb.home.decks[solo:solo+1], tb.home.depth())
	past := len(all) - len(decks.WithoutTopic(all, decks.TopicPast))
	if past == 0 {
		t.Fatal("no card about the past in the Solo deck to leave out")
	}
	before := tb.home.counts[solo].Text
	if before != tb.N(msgCardCount, len(all)) {
		t.Fatalf("count %q before the setting, want %d cards", before, len(all))
	}

	tb.showSettings()
	skip := findIn(topOverlay(t, w), func(c *widget.Check) bool { return c.Text == "Leave out cards about the past" })
	if skip == nil || skip.Checked {
		t.Fatal("no unticked setting for cards about the past")
	}
	test.Tap(skip)
	tb.closeDialogs()
	if got, want := tb.home.counts[solo].Text, tb.N(msgCardCount, len(all)-past); got != want {
		t.Errorf("count %q with the past left out, want %q", got, want)
	}
	if got := tb.home.startB.Text; got != tb.N(msgStartWith, len(all)-past) {
		t.Errorf("Start says %q", got)
	}
	press(w, fyne.KeyReturn)
	for ; !tb.pile.Done(); tb.pile.Next() {
		if c := tb.pile.Current(); c.HasTopic(decks.TopicPast) {
			t.Fatalf("card %s about the past was dealt", c.ID)
		}
	}

	again, _ := newTestTable(t, a, Options{})
	if !again.settings.skipPast {
		t.Fatal("the setting was not remembered")
	}
	var ids []string
	for _, c := range all {
		ids = append(ids, c.ID)
	}
	for _, id := range ids {
		again.therapist.add(id)
	}
	if !again.therapist.startPlan() {
		t.Fatal("the plan did not start")
	}
	if again.pile.Len() != len(all)-past {
		t.Errorf("the plan dealt %d cards, want %d", again.pile.Len(), len(all)-past)
	}
}

// "Open our plan" follows what a card is about, in any deck: the cards
// about stop signals and about an aftercare plan talked through in advance.
func TestPlanButtonFollowsTopics(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	shown := map[string]bool{}
	for _, d := range tb.lib.Sources() {
		for _, c := range d.Cards {
			tb.deal([]*decks.Card{c})
			want := c.HasTopic("aftercare-plan") || c.HasTopic("stop-signals")
			if tb.card.planB.Visible() != want {
				t.Errorf("%s (topics %v): Open our plan shown %v", c.ID, c.Topics, !want)
			}
			if want {
				shown[d.ID] = true
			}
		}
	}
	for _, id := range []string{"aftercare", "check-ins", "boundaries"} {
		if !shown[id] {
			t.Errorf("no card of %s offers the plan", id)
		}
	}
}

// In a small window "Open our plan" gives up its label for its icon rather
// than push Pause onto a second line.
func TestPlanButtonKeepsPauseInPlace(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	var c *decks.Card
	for _, d := range tb.lib.Sources() {
		for _, x := range d.Cards {
			if c == nil && x.HasTopic("stop-signals") {
				c = x
			}
		}
	}
	tb.deal([]*decks.Card{c})
	for _, size := range []fyne.Size{{Width: 1100, Height: 720}, {Width: 800, Height: 600}, {Width: 640, Height: 480}} {
		w.Resize(size)
		w.Content().Refresh()
		s := tb.card
		if !s.planB.Visible() {
			t.Fatal("no Open our plan on a card about stop signals")
		}
		if s.pauseB.Position().Y != s.homeB.Position().Y {
			t.Errorf("%v: Pause moved to another line (plan button %q)", size, s.planB.Text)
		}
		if size.Width == 1100 && s.planB.Text != "Open our plan" {
			t.Errorf("%v: plan button reads %q with room to spare", size, s.planB.Text)
		}
	}
}
