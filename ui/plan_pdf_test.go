package ui

import (
	"strings"
	"testing"

	"tend.app/tend/decks"
	"tend.app/tend/decks/agree"
	"tend.app/tend/decks/printout/printouttest"
)

// readPDF returns the words pdftotext reads from pdf, one space apart (lines
// wrap wherever the page ends them: tests compare words, not lines), and
// its page count.
func readPDF(t *testing.T, pdf []byte) (string, int) {
	t.Helper()
	text, pages := printouttest.Read(t, pdf)
	return strings.Join(strings.Fields(text), " "), pages
}

// fullPlan fills every field generously, as a talkative couple would.
func fullPlan(tb *table) *agree.Plan {
	p := tb.newPlan()
	p.Signal = "raised-hand"
	for _, id := range agree.AfterStops {
		p.SetAfterStop(id, true)
	}
	long := strings.Repeat("Gently, with time, and without any hurry at all. ", 3)
	p.IfQuiet, p.SpaceOrCloseness, p.Review = long, long, agree.ReviewAfterNextTime
	for i, name := range []string{"Олеся", "Sam"} {
		p.People[i] = agree.Person{Name: name, CheckIn: long, OwnNeeds: long, LowMood: long, NextDay: long}
		for _, id := range agree.Needs {
			p.SetNeed(i, id, true)
		}
	}
	return p
}

// TestPlanPDFInEveryLanguage renders a full plan in every built-in
// language and reads it back: the stop word and an aftercare need are
// there, in that language, and it fits on two pages at most.
func TestPlanPDFInEveryLanguage(t *testing.T) {
	for _, lang := range decks.BuiltinLocales() {
		t.Run(lang, func(t *testing.T) {
			tb, _ := newTestTable(t, newApp(t), Options{Language: lang})
			data, err := tb.planSheet(fullPlan(tb)).pdf(tb.agreeFooter())
			if err != nil {
				t.Fatal(err)
			}
			text, pages := readPDF(t, data)
			for _, want := range []string{tb.T(msgPlanSuggestStop), tb.T(msgNeedBlanket), tb.T(msgPlanStopWord), "Олеся"} {
				if !strings.Contains(text, want) {
					t.Errorf("the printout lacks %q:\n%s", want, text)
				}
			}
			if lang == "uk" && (!strings.Contains(text, "червоний") || !strings.Contains(text, "Ковдра")) {
				t.Errorf("the Ukrainian printout lacks its stop word or blanket:\n%s", text)
			}
			if pages > 2 {
				t.Errorf("%d pages; a plan prints on two at most", pages)
			}
		})
	}
}

// With a second language on, the printout carries both.
func TestPlanPDFBilingual(t *testing.T) {
	a := newApp(t)
	a.Preferences().SetString(prefSecondLanguage, "en")
	tb, _ := newTestTable(t, a, Options{Language: "uk"})
	data, err := tb.planSheet(fullPlan(tb)).pdf(tb.agreeFooter())
	if err != nil {
		t.Fatal(err)
	}
	text, pages := readPDF(t, data)
	for _, want := range []string{"Ковдра / A blanket", "Стоп-слово / Stop word"} {
		if !strings.Contains(text, want) {
			t.Errorf("the bilingual printout lacks %q:\n%s", want, text)
		}
	}
	if pages > 2 {
		t.Errorf("%d pages", pages)
	}
}

// The shared list prints on two pages at most even when everything is
// shared, and holds nothing but what is shared.
func TestSharedPDF(t *testing.T) {
	for _, lang := range decks.BuiltinLocales() {
		tb, _ := newTestTable(t, newApp(t), Options{Language: lang})
		tb.openYesNo()
		s := yesNoScreenOf(t, tb)
		items := tb.tools.yesNo.lists.Items(lang)
		var shared agree.Shared
		for i, it := range items {
			if i%2 == 0 {
				shared.BothYes = append(shared.BothYes, it.ID)
			} else {
				shared.WorthTalking = append(shared.WorthTalking, it.ID)
			}
		}
		data, err := tb.sharedSheet(&shared, s.itemText).pdf(tb.agreeFooter())
		if err != nil {
			t.Fatal(err)
		}
		text, pages := readPDF(t, data)
		if pages > 2 {
			t.Errorf("%s: %d pages", lang, pages)
		}
		if !strings.Contains(text, tb.T(msgBothYes)) || !strings.Contains(text, items[0].Text) {
			t.Errorf("%s: shared printout:\n%s", lang, text)
		}
	}
}
