package ui

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"

	"tend.app/tend/decks"
	"tend.app/tend/decks/session"
)

func init() { tickEvery = 0 } // tests move the presenter's clock themselves

// userFiles lists every file below dir, as slash paths relative to it.
// userFiles lists the files in the user folder, less the settings file
// (which therapist mode may keep: settingsKeepNothing checks what it holds).
func userFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		if rel == settingsFileName {
			return nil
		}
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func keyCombo(w fyne.Window, key fyne.KeyName, mod fyne.KeyModifier) {
	w.Canvas().(fyne.Shortcutable).TypedShortcut(&desktop.CustomShortcut{KeyName: key, Modifier: mod})
}

// A whole therapist session: names typed, cards added with F, a card
// hidden, a plan saved, a session presented. Afterwards the user folder
// holds only the saved plan and the settings file, and no name, star,
// hidden card or deck choice was kept.
func TestTherapistModeKeepsNothing(t *testing.T) {
	a := newApp(t)
	tb, w := newTestTable(t, a, Options{Therapist: true})
	test.Type(tb.home.names[0], "Robin")
	test.Type(tb.home.names[1], "Kai")
	test.Tap(checkFor(t, tb, "Aftercare"))
	press(w, fyne.KeyReturn)
	first := tb.pile.Current()
	if tb.card.starB.Text != "Add to plan" {
		t.Errorf("star button %q in therapist mode", tb.card.starB.Text)
	}
	press(w, fyne.KeyF)
	if tb.card.starB.Text != "In the plan" || tb.marks.IsFavourite(first.ID) || !tb.therapist.inPlan(first.ID) {
		t.Fatalf("F in therapist mode: button %q, starred %v", tb.card.starB.Text, tb.marks.IsFavourite(first.ID))
	}
	press(w, fyne.KeyRight)
	press(w, fyne.KeyH)
	press(w, fyne.KeyF5)
	press(w, fyne.KeyRight)
	tb.therapist.presenter.stop()
	tb.therapist.showPlanner()
	tb.therapist.planner.save()

	files := userFiles(t, dataDirs[a])
	if len(files) != 1 || !strings.HasPrefix(files[0], "plans/") || !strings.HasSuffix(files[0], ".toml") {
		t.Errorf("the user folder holds %v; want only the saved plan", files)
	}
	values := map[string]any{}
	if _, err := os.Stat(filepath.Join(dataDirs[a], settingsFileName)); err == nil {
		values = readSettingsFile(t, dataDirs[a])
	}
	// (The depth the test app starts with is in there, moved from Fyne's
	// preferences on the first start; the session chose none.)
	for _, key := range []string{prefName1, prefName2, prefDecks} {
		if v, ok := values[key]; ok && v != "" {
			t.Errorf("setting %s kept as %v", key, v)
		}
	}
	again, _ := newTestTable(t, a, Options{Therapist: true})
	if again.home.names[0].Text != "" || len(again.marks.Hidden)+len(again.marks.Favourites) != 0 {
		t.Errorf("the next launch knows %q, %v", again.home.names[0].Text, again.marks)
	}
	if !strings.Contains(aboutText(t, again), "Therapist mode is on") {
		t.Error("the About box does not say therapist mode is on")
	}
}

func aboutText(t *testing.T, tb *table) string {
	t.Helper()
	tb.showAbout()
	l := findLabel(topOverlay(t, tb.win), "Tend "+version)
	tb.win.Canvas().Overlays().Top().Hide()
	if l == nil {
		t.Fatal("no About text")
	}
	return l.Text
}

// The setting (not the flag) is remembered, forgets names saved before it
// was turned on, and turning it off brings back the person's own stars.
func TestTherapistSetting(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetBool(prefRememberNames, true)
	a.Preferences().SetString(prefName1, "Sam")
	os.WriteFile(marksFile(dataDirs[a]), []byte("favourites = [\"bound-stop-word\"]\n"), 0o600)
	tb, _ := newTestTable(t, a, Options{})
	if tb.home.names[0].Text != "Sam" || !tb.marks.IsFavourite("bound-stop-word") {
		t.Fatal("setup: names or marks not loaded")
	}
	findMenuItem(tb.menu.menu, "Therapist mode").Action()
	if !tb.therapist.on() || a.Preferences().StringWithFallback(prefName1, "∅") != "∅" || tb.home.names[0].Text != "" {
		t.Errorf("turning the mode on kept the name %q", tb.home.names[0].Text)
	}
	if tb.marks.IsFavourite("bound-stop-word") {
		t.Error("stars are shown in therapist mode")
	}
	if !findMenuItem(tb.menu.menu, "Therapist mode").Checked {
		t.Error("the menu item is not ticked")
	}
	again, _ := newTestTable(t, a, Options{})
	if !again.therapist.on() {
		t.Fatal("the setting was not remembered")
	}
	test.Type(again.home.names[0], "Robin")
	if a.Preferences().StringWithFallback(prefName1, "∅") != "∅" {
		t.Error("a name was saved in therapist mode")
	}
	findMenuItem(again.menu.menu, "Therapist mode").Action()
	if again.therapist.on() || !again.marks.IsFavourite("bound-stop-word") {
		t.Error("turning the mode off did not bring back the person's stars")
	}
	data, _ := os.ReadFile(marksFile(dataDirs[a]))
	if !strings.Contains(string(data), "bound-stop-word") {
		t.Errorf("the person's marks file changed: %q", data)
	}
}

// userDeckWithTopics puts a deck with topics in the person's own folder.
func userDeckWithTopics(t *testing.T, a fyne.App) {
	t.Helper()
	dir := filepath.Join(dataDirs[a], "decks", "en")
	os.MkdirAll(dir, 0o755)
	src := `id = "repair-talk"
moment = "reflection"
title = "Repair talk"
description = "After a hard moment."

[[cards]]
id = "repair-what-happened"
depth = 1
topics = ["repair"]
text = "What happened for you, in your own words?"

[[cards]]
id = "repair-what-would-help"
depth = 3
topics = ["repair", "feelings"]
text = "What would help you trust again, a little at a time?"
`
	if err := os.WriteFile(filepath.Join(dir, "repair-talk.toml"), []byte(src), 0o600); err != nil {
		t.Fatal(err)
	}
}

func browserTexts(b *browser) []string {
	var out []string
	for _, i := range b.found {
		out = append(out, b.index.Item(i).Card.ID)
	}
	return out
}

func TestBrowserSearchesAndFilters(t *testing.T) {
	a := newApp(t)
	userDeckWithTopics(t, a)
	tb, w := newTestTable(t, a, Options{})
	keyCombo(w, fyne.KeyB, fyne.KeyModifierShortcutDefault)
	if tb.therapist.planner == nil {
		t.Fatal("Ctrl+B did not open Cards and plans")
	}
	b := tb.therapist.planner.browser
	all := b.list.Length()
	if all < 200 || all != b.index.Len() || b.count.Text != itoa(all)+" cards" {
		t.Fatalf("the browser lists %d cards (%q)", all, b.count.Text)
	}
	test.Type(b.search, "stop wor")
	got := browserTexts(b)
	if !slices.Contains(got, "bound-stop-word") || len(got) >= all/10 {
		t.Errorf("'stop wor' finds %v", got)
	}
	for _, i := range b.found {
		c := b.index.Item(i).Card
		if text := strings.ToLower(tb.cardText(c)); !strings.Contains(text, "stop") || !strings.Contains(text, "wor") {
			t.Errorf("'stop wor' finds %s: %q", c.ID, tb.cardText(c))
		}
	}
	row := b.list.CreateItem()
	b.list.UpdateItem(0, row)
	first := b.index.Item(b.found[0]).Card
	if findLabel(row, tb.cardText(first)) == nil || findLabel(row, tb.pseudo(first.Deck.Title)+"  ·  "+tb.T(depthMessages[first.Depth-1])) == nil {
		t.Error("a row does not show the card's text, deck and depth")
	}
	b.search.SetText("")
	b.deckSel.SetSelected("Repair talk")
	if got := browserTexts(b); !slices.Equal(got, []string{"repair-what-happened", "repair-what-would-help"}) {
		t.Errorf("deck filter gives %v", got)
	}
	b.depth.SetSelected("Gentle only")
	if got := browserTexts(b); !slices.Equal(got, []string{"repair-what-happened"}) {
		t.Errorf("deck and depth filters give %v", got)
	}
	b.depth.SetSelected("Every depth")
	b.topic.SetSelected("Feelings")
	if got := browserTexts(b); !slices.Equal(got, []string{"repair-what-would-help"}) {
		t.Errorf("topic filter gives %v", got)
	}
	b.list.UpdateItem(0, row)
	if findLabel(row, "Repair, Feelings") == nil {
		t.Error("the row does not name the card's topics")
	}
	test.Type(b.search, "giraffe")
	if b.list.Length() != 0 || !b.empty.Visible() {
		t.Error("no 'nothing matches' when nothing matches")
	}
	if b.count.Text != "No cards" {
		t.Errorf("the count reads %q when nothing matches, want No cards", b.count.Text)
	}
}

func TestEveryTopicHasAName(t *testing.T) {
	for _, name := range decks.Topics {
		if topicMessages[name] == nil {
			t.Errorf("topic %q has no message", name)
		}
	}
	if len(topicMessages) != len(decks.Topics) {
		t.Errorf("%d topic messages for %d topics", len(topicMessages), len(decks.Topics))
	}
}

func TestPlanEditingWithKeys(t *testing.T) {
	a := newApp(t)
	tb, _ := newTestTable(t, a, Options{})
	tb.therapist.showPlanner()
	p := tb.therapist.planner
	w := p.win
	b := p.browser
	ids := []string{"bound-feeling-today", "bound-stop-word", "care-talk-or-quiet"}
	for _, id := range ids {
		b.list.Select(b.index.ByID(id)) // b.found is every card
	}
	plan := tb.therapist.plan
	if !slices.Equal(plan.IDs(), ids) || p.selected != 2 {
		t.Fatalf("plan %v, selected %d", plan.IDs(), p.selected)
	}
	b.list.Select(b.index.ByID(ids[0])) // already in: chosen, not added twice
	if len(plan.Steps) != 3 || p.selected != 0 {
		t.Fatalf("choosing a card in the plan: %v, selected %d", plan.IDs(), p.selected)
	}
	press(w, fyne.KeyDown)
	keyCombo(w, fyne.KeyUp, fyne.KeyModifierAlt)
	want := []string{ids[1], ids[0], ids[2]}
	if !slices.Equal(plan.IDs(), want) || p.selected != 0 {
		t.Fatalf("Down then Alt+Up: %v, selected %d", plan.IDs(), p.selected)
	}
	keyCombo(w, fyne.KeyDown, fyne.KeyModifierAlt)
	keyCombo(w, fyne.KeyDown, fyne.KeyModifierAlt)
	keyCombo(w, fyne.KeyDown, fyne.KeyModifierAlt) // already last: stays
	want = []string{ids[0], ids[2], ids[1]}
	if !slices.Equal(plan.IDs(), want) || p.selected != 2 {
		t.Fatalf("Alt+Down three times: %v, selected %d", plan.IDs(), p.selected)
	}
	press(w, fyne.KeyUp)
	press(w, fyne.KeyDelete)
	want = []string{ids[0], ids[1]}
	if !slices.Equal(plan.IDs(), want) || p.stepText.Text == "" {
		t.Fatalf("Delete: %v", plan.IDs())
	}
	p.selectStep(1)
	test.Type(p.note, "Agree on a word.")
	p.title.SetText("")
	test.Type(p.title, "First session")
	if p.status.Text != "Not saved yet." {
		t.Errorf("status %q before saving", p.status.Text)
	}
	keyCombo(w, fyne.KeyS, fyne.KeyModifierShortcutDefault)
	if p.status.Text != "Saved." {
		t.Errorf("status %q after Ctrl+S", p.status.Text)
	}
	saved, ps := session.ReadFile(filepath.Join(dataDirs[a], "plans", "first-session.toml"), nil)
	if saved == nil || saved.Title != "First session" || !slices.Equal(saved.IDs(), want) || saved.Steps[1].Note != "Agree on a word." {
		t.Fatalf("saved plan %+v, %v", saved, ps)
	}

	// The next launch finds it in the picker, next to the examples.
	again, _ := newTestTable(t, a, Options{})
	again.therapist.showPlanner()
	q := again.therapist.planner
	if !slices.Contains(q.picker.Options, "First session") || !slices.Contains(q.picker.Options, "Making an aftercare plan (example)") {
		t.Fatalf("picker offers %v", q.picker.Options)
	}
	q.picker.SetSelected("First session")
	if !slices.Equal(again.therapist.plan.IDs(), want) || q.title.Text != "First session" {
		t.Errorf("opened %v", again.therapist.plan.IDs())
	}
	test.Tap(q.deleteB)
	test.Tap(buttonIn(topOverlay(t, q.win), "Yes"))
	if files := userFiles(t, dataDirs[a]); len(files) != 0 {
		t.Errorf("after deleting the plan the folder holds %v", files)
	}
}

// An example plan shows in the language on screen and, when saved, becomes
// the person's own copy; the examples stay read-only.
func TestExamplePlanInGerman(t *testing.T) {
	a := newApp(t)
	tb, _ := newTestTable(t, a, Options{Language: "de"})
	tb.therapist.showPlanner()
	p := tb.therapist.planner
	p.picker.SetSelected("Nach einer schweren Nacht (Beispiel)")
	if p.title.Text != "Nach einer schweren Nacht" || !strings.HasPrefix(tb.therapist.plan.Steps[0].Note, "Langsam beginnen") {
		t.Fatalf("example plan in German: %q, %+v", p.title.Text, tb.therapist.plan.Steps[0])
	}
	p.save()
	files := userFiles(t, dataDirs[a])
	if !slices.Equal(files, []string{"plans/nach-einer-schweren-nacht.toml"}) {
		t.Errorf("saving an example wrote %v", files)
	}
}

// presenting starts the example plan "A first conversation about consent"
// and opens the clients' window.
func presenting(t *testing.T, a fyne.App, opts Options) (*table, *presenter) {
	t.Helper()
	tb, _ := newTestTable(t, a, opts)
	tb.therapist.showPlanner()
	p := tb.therapist.planner
	p.picker.SetSelected("A first conversation about consent (example)")
	test.Tap(p.presentB)
	pr := tb.therapist.presenter
	if pr == nil {
		t.Fatal("Present did not open the clients' window")
	}
	return tb, pr
}

// Two windows kept in step: the clients see the card and whose turn it is,
// the therapist sees it too, with the note, the next card and the timers;
// keys work in both windows; closing the clients' window returns to one.
func TestPresenterKeepsTwoWindowsInStep(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetInt(prefCheckEvery, 3)
	clock := time.Date(2026, 1, 1, 10, 0, 0, 0, time.UTC)
	tb, pr := presenting(t, a, Options{})
	pr.now = func() time.Time { return clock }
	pr.started, pr.cardSince = clock, clock
	plans, _ := session.Builtin()
	plan := plans[slices.IndexFunc(plans, func(p *session.Plan) bool { return p.ID == "first-consent" })]
	card := func(i int) string { return tb.cardText(tb.lib.Card(plan.Steps[i].CardID)) }

	if !slices.Contains(a.Driver().AllWindows(), pr.client) {
		t.Fatal("the clients' window is not open")
	}
	if pr.client.Title() != "Tend – on screen" || tb.win.Content() != pr.root {
		t.Fatal("the clients' window or the console is missing")
	}
	pr.client.Resize(fyne.NewSize(800, 500))
	check := func(step int) {
		t.Helper()
		if got := pr.view.lines[0].Text; got != card(step) {
			t.Fatalf("clients see %q, want card %d %q", got, step, card(step))
		}
		if pr.nowText.Text != card(step) || pr.noteText.Text != plan.Steps[step].Note {
			t.Errorf("console shows %q with note %q", pr.nowText.Text, pr.noteText.Text)
		}
		if step+1 < len(plan.Steps) && pr.nextText.Text != card(step+1) {
			t.Errorf("console's next card %q, want %q", pr.nextText.Text, card(step+1))
		}
		if strings.Contains(pr.view.Text(), plan.Steps[step].Note) || strings.Contains(pr.view.Text(), "Session") {
			t.Error("the clients see the note or a timer")
		}
	}
	test.Type(tb.home.names[0], "Sam")
	test.Type(tb.home.names[1], "Alex")
	pr.update()
	check(0)
	if !strings.Contains(pr.view.Text(), "Both of you") {
		t.Errorf("the clients' window does not say who answers: %q", pr.view.Text())
	}
	clock = clock.Add(95 * time.Second)
	pr.tick()
	if pr.sessionClk.Text != "Session 1:35" || pr.cardClk.Text != "This card 1:35" {
		t.Errorf("timers %q, %q", pr.sessionClk.Text, pr.cardClk.Text)
	}
	pr.key(&fyne.KeyEvent{Name: fyne.KeyRight}, true) // in the clients' window
	check(1)
	if pr.cardClk.Text != "This card 0:00" || pr.sessionClk.Text != "Session 1:35" {
		t.Errorf("after Next the timers show %q, %q", pr.sessionClk.Text, pr.cardClk.Text)
	}
	press(tb.win, fyne.KeyRight) // in the therapist's window
	check(2)
	test.Tap(pr.passB)
	if tb.pile.Passed() != 1 {
		t.Error("Pass in the console did not pass the card")
	}
	if !strings.Contains(pr.view.Text(), "How are we doing?") || tb.screen != screenCheckIn || pr.nextText.Text != card(3) {
		t.Fatalf("the check-in after three cards: clients see %q", pr.view.Text())
	}
	press(tb.win, fyne.KeyRight) // moving keys never answer a check-in
	if tb.screen != screenCheckIn {
		t.Fatal("Right answered the check-in")
	}
	press(tb.win, fyne.Key3) // Keep going
	check(3)
	pr.client.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyP})
	if !strings.Contains(pr.view.Text(), "Let's pause") || !pr.resumeB.Visible() {
		t.Fatalf("P in the clients' window: %q", pr.view.Text())
	}
	press(tb.win, fyne.KeyP)
	check(3)
	press(tb.win, fyne.KeyLeft)
	check(2)
	press(tb.win, fyne.KeyEscape)
	if tb.screen != screenCard {
		t.Error("Esc left the session while presenting")
	}

	pr.client.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyF11})
	if !pr.client.FullScreen() || tb.win.FullScreen() {
		t.Error("F11 in the clients' window did not make it full screen")
	}
	pr.client.Close()
	if tb.therapist.presenter != nil || tb.win.Content() != tb.root || slices.Contains(a.Driver().AllWindows(), pr.client) {
		t.Fatal("closing the clients' window did not return to one window")
	}
	if visibleScreen(tb) != "card" || tb.card.text.Text != card(2) {
		t.Errorf("after presenting the main window shows %s %q", visibleScreen(tb), tb.card.text.Text)
	}
	press(tb.win, fyne.KeyRight)
	if tb.card.text.Text != card(3) {
		t.Error("keys no longer drive the main window")
	}
}

// The card on the clients' window grows with the window.
func TestClientTextScalesWithWindow(t *testing.T) {
	_, pr := presenting(t, newApp(t), Options{})
	pr.client.Resize(fyne.NewSize(640, 400))
	small := pr.view.size
	pr.client.Resize(fyne.NewSize(1920, 1080))
	big := pr.view.size
	if small < bigTextMin || big < small*2 {
		t.Errorf("text size %v in a small window, %v full size", small, big)
	}
	var words []string
	for _, o := range test.WidgetRenderer(pr.view).Objects() {
		words = append(words, strings.Fields(o.(*canvas.Text).Text)...)
	}
	if got := strings.Join(words, " "); !strings.HasPrefix(got, pr.view.lines[0].Text) {
		t.Errorf("the clients' window draws %q, want the card %q", got, pr.view.lines[0].Text)
	}
}

// The handout prints the plan's cards in the clients' language, with a
// second language under each when asked, and never the therapist's notes.
func TestHandoutInTheClientsLanguage(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{}) // the screen in English
	tb.therapist.showPlanner()
	p := tb.therapist.planner
	p.picker.SetSelected("After a hard night (example)")
	plan := tb.therapist.plan
	test.Tap(p.handoutB)
	if p.handoutDialog == nil {
		t.Fatal("no handout dialog")
	}
	p.handoutDialog.Hide()

	pdf, err := tb.therapist.handoutPDF("uk", "en")
	if err != nil {
		t.Fatal(err)
	}
	text, pages := readPDF(t, pdf)
	words := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	if !strings.Contains(text, "Після важкої ночі") || !strings.Contains(text, words(tb.catalog.Localizer("uk").T(msgHandoutIntro, nil))) {
		t.Errorf("the handout's title or introduction is not in Ukrainian:\n%s", text)
	}
	for i, s := range plan.Steps {
		c := tb.lib.Card(s.CardID)
		uk, _ := tb.lib.Text("uk", c)
		if !strings.Contains(text, words(uk)) || !strings.Contains(text, words(c.Text)) {
			t.Errorf("card %d is not printed in both languages: %q", i+1, uk)
		}
		if strings.Contains(text, words(s.Note)) {
			t.Errorf("the therapist's note on card %d is printed", i+1)
		}
	}
	if pages < 2 {
		t.Errorf("%d cards with room to write fit on %d page", len(plan.Steps), pages)
	}
	one, err := tb.therapist.handoutPDF("fr", "")
	if err != nil {
		t.Fatal(err)
	}
	text, _ = readPDF(t, one)
	if strings.Contains(text, words(tb.lib.Card(plan.Steps[0].CardID).Text)) {
		t.Error("a one-language handout also prints the English")
	}
}

// Opening another plan over unsaved changes asks first; a language switch
// redraws the planner in the new language and keeps the plan.
func TestPlannerKeepsUnsavedWork(t *testing.T) {
	tb, _ := newTestTable(t, newApp(t), Options{})
	tb.therapist.showPlanner()
	p := tb.therapist.planner
	p.browser.list.Select(p.browser.index.ByID("bound-stop-word"))
	p.picker.SetSelected("After a hard night (example)")
	test.Tap(buttonIn(topOverlay(t, p.win), "No"))
	if ids := tb.therapist.plan.IDs(); !slices.Equal(ids, []string{"bound-stop-word"}) || p.picker.Selected == "After a hard night (example)" {
		t.Fatalf("after No the plan is %v, picker %q", ids, p.picker.Selected)
	}

	tb.setLanguage("de")
	q := tb.therapist.planner
	if q == p || q.win.Title() != "Karten und Pläne" || !slices.Equal(tb.therapist.plan.IDs(), []string{"bound-stop-word"}) {
		t.Fatalf("after switching to German: window %q, plan %v", q.win.Title(), tb.therapist.plan.IDs())
	}
	if slices.Contains(tb.app.Driver().AllWindows(), p.win) {
		t.Error("the English planner window is still open")
	}
	q.picker.SetSelected("Nach einer schweren Nacht (Beispiel)")
	// Fyne labels its own dialog buttons from the system locale, which
	// tests pin to English.
	test.Tap(buttonIn(topOverlay(t, q.win), "Yes"))
	if tb.therapist.plan.Title != "Nach einer schweren Nacht" {
		t.Errorf("after Yes the plan is %q", tb.therapist.plan.Title)
	}
}

// Switching language while presenting changes both windows at once.
func TestPresenterFollowsLanguage(t *testing.T) {
	tb, pr := presenting(t, newApp(t), Options{})
	card := tb.pile.Current()
	tb.setLanguage("fr")
	if tb.therapist.presenter != pr || tb.win.Content() != pr.root {
		t.Fatal("the language switch ended presenting")
	}
	fr, _ := tb.lib.Text("fr", card)
	if pr.view.lines[0].Text != fr || pr.nowText.Text != fr || pr.nowTitle.Text != "À l’écran maintenant" || pr.client.Title() != "Tend – à l’écran" {
		t.Errorf("in French the clients see %q, the console %q / %q, the window is %q", pr.view.lines[0].Text, pr.nowTitle.Text, pr.nowText.Text, pr.client.Title())
	}
	press(tb.win, fyne.KeyRight)
	if pr.view.lines[0].Text == fr {
		t.Error("keys stopped working after the switch")
	}
}

// Start runs the plan on the main window in the plan's order, not
// shuffled; Pass and Back work as on any pile.
func TestStartRunsThePlanInOrder(t *testing.T) {
	tb, w := newTestTable(t, newApp(t), Options{})
	tb.therapist.showPlanner()
	p := tb.therapist.planner
	p.picker.SetSelected("Making an aftercare plan (example)")
	test.Tap(p.startB)
	var shown []string
	for range tb.therapist.plan.Steps {
		shown = append(shown, tb.pile.Current().ID)
		if tb.card.text.Text != tb.cardText(tb.pile.Current()) {
			t.Fatal("the main window does not show the plan's card")
		}
		if len(shown)%2 == 0 {
			test.Tap(tb.card.passB)
		} else {
			press(w, fyne.KeyRight)
		}
	}
	if !slices.Equal(shown, tb.therapist.plan.IDs()) {
		t.Errorf("dealt %v, want the plan's order %v", shown, tb.therapist.plan.IDs())
	}
	if visibleScreen(tb) != "end" || tb.pile.Passed() != len(shown)/2 {
		t.Errorf("after the last card: %s, %d passed", visibleScreen(tb), tb.pile.Passed())
	}
}
