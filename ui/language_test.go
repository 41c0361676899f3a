package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/locales"
)

func TestSystemLanguageChoosesAtStart(t *testing.T) {
	env := map[string]string{"LANG": "de_AT.UTF-8"}
	tb, _ := newTestTable(t, newApp(t), Options{Getenv: func(k string) string { return env[k] }})
	if want := "Mit " + itoa(len(tb.home.chosenCards())) + " Karten starten"; tb.locale != "de" || tb.home.startB.Text != want {
		t.Errorf("de_AT gave %q, Start reads %q", tb.locale, tb.home.startB.Text)
	}
	env = map[string]string{"LANG": "C"}
	tb, _ = newTestTable(t, newApp(t), Options{Getenv: func(k string) string { return env[k] }})
	if tb.locale != "en" {
		t.Errorf("LANG=C gave %q", tb.locale)
	}
}

// TestLanguageSwitchUpdatesEverything switches from the settings while a
// card is showing: the card, its deck line and the buttons change at once,
// the pile stays where it was, and the choice is remembered.
func TestLanguageSwitchUpdatesEverything(t *testing.T) {
	a := newApp(t)
	tb, w := newTestTable(t, a, Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyRight)
	card := tb.pile.Current()
	tb.showSettings()
	picker := findIn(topOverlay(t, w), func(s *widget.Select) bool { return strings.HasPrefix(s.Selected, "English") })
	if picker == nil {
		t.Fatal("no language picker in the settings")
	}
	var ukrainian string
	for _, o := range picker.Options {
		if strings.HasPrefix(o, "Українська") {
			ukrainian = o
		}
	}
	if ukrainian != "Українська (100%)" {
		t.Fatalf("picker options %v", picker.Options)
	}
	picker.SetSelected(ukrainian)
	if tb.locale != "uk" || tb.pile.Current() != card || tb.pile.Position() != 2 {
		t.Fatalf("after switching: locale %q, position %d", tb.locale, tb.pile.Position())
	}
	want, ok := tb.lib.Text("uk", card)
	if !ok || tb.card.text.Text != want || want == card.Text {
		t.Errorf("card shows %q, want the Ukrainian %q", tb.card.text.Text, want)
	}
	if tb.card.nextB.Text == "Next" || tb.card.passB.Text == "Pass" || !strings.Contains(tb.card.progress.Text, "2") {
		t.Errorf("buttons not switched: %q %q %q", tb.card.nextB.Text, tb.card.passB.Text, tb.card.progress.Text)
	}
	// The settings stay open, now in Ukrainian.
	if top := w.Canvas().Overlays().Top(); top == nil || findLabel(top, "Language") != nil || tb.settingsDialog == nil {
		t.Error("choosing a language closed the settings, or left them in English")
	}
	press(w, fyne.KeyEscape)
	if w.Canvas().Overlays().Top() != nil {
		t.Fatal("Esc did not close the settings")
	}
	press(w, fyne.KeyEscape)
	if title := tb.home.checks[0].Text; title != "Межі" {
		t.Errorf("first deck on the home screen is %q, want Межі", title)
	}
	again, _ := newTestTable(t, a, Options{})
	if again.locale != "uk" {
		t.Errorf("language not remembered: %q", again.locale)
	}
}

func TestPluralsPerLanguage(t *testing.T) {
	cases := map[string]map[int]string{
		"en":    {1: "1 card", 2: "2 cards"},
		"de":    {1: "1 Karte", 2: "2 Karten"},
		"uk":    {1: "1 картка", 3: "3 картки", 5: "5 карток", 21: "21 картка"},
		"fr":    {0: "0 carte", 1: "1 carte", 2: "2 cartes"},
		"es":    {1: "1 carta", 2: "2 cartas"},
		"pt-BR": {1: "1 carta", 2: "2 cartas"},
	}
	cat, problems := locales.Load()
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	for lang, want := range cases {
		loc := cat.Localizer(lang)
		for n, text := range want {
			if got := loc.N(msgCardCount, n, nil); got != text {
				t.Errorf("%s %d: %q, want %q", lang, n, got, text)
			}
		}
	}
}

// TestNoCardsIsSaidInWords checks that an empty count is words, not "0":
// Portuguese puts 0 with 1 in CLDR's plural rules, which gave "0 carta".
func TestNoCardsIsSaidInWords(t *testing.T) {
	for lang, want := range map[string]map[int]string{
		"en_GB.UTF-8": {0: "No cards", 1: "1 card", 3: "3 cards"},
		"pt_BR.UTF-8": {0: "Nenhuma carta", 1: "1 carta", 3: "3 cartas"},
		"fr_FR.UTF-8": {0: "Aucune carte", 2: "2 cartes"},
	} {
		tb, _ := newTestTable(t, newApp(t), Options{Getenv: func(k string) string {
			if k == "LANG" {
				return lang
			}
			return ""
		}})
		for n, text := range want {
			if got := tb.cardCount(n); got != text {
				t.Errorf("%s %d: %q, want %q", lang, n, got, text)
			}
		}
	}
}

func TestBilingualCards(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetString(prefSecondLanguage, "fr")
	tb, w := newTestTable(t, a, Options{})
	press(w, fyne.KeyReturn)
	c := tb.pile.Current()
	fr, _ := tb.lib.Text("fr", c)
	if tb.card.text.Text != c.Text || tb.card.second.Text != fr || !tb.card.second.Visible() {
		t.Errorf("bilingual card shows %q / %q (visible %v)", tb.card.text.Text, tb.card.second.Text, tb.card.second.Visible())
	}
	tb.setLanguage("fr")
	if tb.card.second.Visible() {
		t.Error("the same language shown twice")
	}
}

// TestPseudoLanguageOnEveryScreen walks every screen in the pseudo-language:
// every visible label must be transformed (no hard-coded English left) and,
// at the default window size, every card must still fit.
func TestPseudoLanguageOnEveryScreen(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetBool(prefWelcomeSeen, false)
	a.Preferences().SetInt(prefCheckEvery, 2)
	tb, w := newTestTable(t, a, Options{Language: locales.Pseudo})
	check := func(where string) {
		t.Helper()
		for _, o := range tb.root.Objects {
			if !o.Visible() {
				continue
			}
			walkAll(o, func(o fyne.CanvasObject) {
				l, ok := o.(*widget.Label)
				if !ok || !l.Visible() || l.Text == "" || l.Text == "Tend" || strings.Trim(l.Text, "0123456789") == "" {
					return
				}
				if !strings.HasPrefix(l.Text, "[") && !strings.ContainsAny(l.Text, "áéíöüšţ") {
					t.Errorf("%s: untranslated text %q", where, l.Text)
				}
			})
		}
	}
	check("welcome")
	press(w, fyne.KeyEscape)
	check("home")
	press(w, fyne.KeyReturn)
	check("card")
	press(w, fyne.KeyRight)
	press(w, fyne.KeyRight)
	if visibleScreen(tb) != "checkin" {
		t.Fatalf("no check-in: %s", visibleScreen(tb))
	}
	check("check-in")
	press(w, fyne.KeyP)
	check("pause")
	press(w, fyne.KeyP)
	for !tb.pile.Done() {
		press(w, fyne.KeyRight)
		if visibleScreen(tb) == "checkin" {
			press(w, fyne.Key3)
		}
	}
	check("end")
	for _, m := range tb.menu.menu.Items {
		if !strings.HasPrefix(m.Label, "[") {
			t.Errorf("menu %q not translated", m.Label)
		}
	}
}

// TestDropInLanguage is a translator's path end to end: files in the user's
// folder, a restart, the language in the picker with its completeness, its
// problems told calmly, English for whatever is missing.
func TestDropInLanguage(t *testing.T) {
	a := newApp(t)
	data := dataDirs[a]
	write := func(rel, text string) {
		path := filepath.Join(data, rel)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("locales/active.nl.toml", "[LanguageName]\nother = \"Nederlands\"\n\n[Start]\nother = \"Beginnen\"\n\n[Next]\nother = \"Volgende\"\n")
	write("decks/nl/boundaries.toml", "id = \"boundaries\"\ntitle = \"Grenzen\"\ndescription = \"Voor jullie dichtbij komen.\"\n\n[[cards]]\nid = \"bound-feeling-today\"\ntext = \"Hoe voel je je vandaag?\"\n")
	write("decks/nl/broken.toml", "id = \"broken\"\ntitle = \n")
	tb, w := newTestTable(t, a, Options{})
	tb.showSettings()
	picker := findIn(topOverlay(t, w), func(s *widget.Select) bool { return strings.HasPrefix(s.Selected, "English") })
	var dutch string
	for _, o := range picker.Options {
		if strings.HasPrefix(o, "Nederlands (") {
			dutch = o
		}
	}
	if dutch == "" || dutch == "Nederlands (100%)" {
		t.Fatalf("Dutch not offered with its completeness: %v", picker.Options)
	}
	picker.SetSelected(dutch)
	press(w, fyne.KeyEscape) // the settings stay open after a choice
	if findLabel(tb.home.notice, "") == nil || !strings.Contains(strings.Join(tb.problems, "\n"), "decks/nl/broken.toml:2:") {
		t.Errorf("the broken Dutch deck was not listed: %v", tb.problems)
	}
	if tb.home.checks[0].Text != "Grenzen" {
		t.Errorf("deck title %q, want Grenzen", tb.home.checks[0].Text)
	}
	press(w, fyne.KeyReturn)
	if tb.card.nextB.Text != "Volgende" || tb.card.passB.Text != "Pass" {
		t.Errorf("buttons %q %q: want Dutch where translated, English elsewhere", tb.card.nextB.Text, tb.card.passB.Text)
	}
	for !tb.pile.Done() {
		c := tb.pile.Current()
		text := tb.card.text.Text
		switch {
		case text == "":
			t.Fatal("a blank card")
		case c.ID == "bound-feeling-today" && text != "Hoe voel je je vandaag?":
			t.Errorf("translated card shows %q", text)
		case c.ID != "bound-feeling-today" && text != c.Text:
			t.Errorf("untranslated card shows %q, want the English", text)
		}
		press(w, fyne.KeyRight)
	}
}
