package ui

import (
	"slices"

	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
	"tend.app/tend/locales"
)

// languages lists every language Tend can show, with interface messages or
// decks or both, English first, and the pseudo-language last.
func languages(cat *locales.Catalog, lib *decks.Library) []string {
	out := cat.Languages()
	for _, l := range lib.Locales() {
		if !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return append(out, locales.Pseudo)
}

// chooseLanguage picks the language at start: a --lang flag, else the saved
// choice if still available, else the nearest to the system's settings.
func chooseLanguage(flag string, s *settings, available []string, getenv func(string) string) string {
	for _, want := range []string{flag, s.language} {
		if want != "" && (want == locales.Pseudo || slices.Contains(available, want)) {
			return want
		}
	}
	return locales.SystemLanguage(getenv, available)
}

// languageName is a language's own name for itself, with how complete its
// translation is, for the pickers.
func (t *table) languageName(tag string) string {
	if tag == locales.Pseudo {
		return "[Ƥšéüďö ~~~] (" + tag + ")"
	}
	name := t.ownName(tag)
	if tag == locales.Source {
		return name
	}
	return t.Tf(msgLanguageComplete, map[string]any{"Name": name, "Percent": t.completeness(tag)})
}

// ownName is a language's name in that language, or its tag while a
// dropped-in language has not named itself yet.
func (t *table) ownName(tag string) string {
	name := t.catalog.Localizer(tag).T(msgLanguageName, nil)
	if tag != locales.Source && name == msgLanguageName.Other {
		return tag
	}
	return name
}

// completeness is the share of the cards translated, in percent: what a
// couple reads is cards, and a language whose buttons are all translated
// but whose cards are mostly English is not "44%" of anything they see.
// (The interface messages fall back to English one by one; deckcheck
// reports both figures.)
func (t *table) completeness(tag string) int {
	total, done := 0, 0
	for _, r := range t.lib.Report(tag) {
		total += r.Total
		done += r.Done
	}
	if total == 0 {
		return 100
	}
	return done * 100 / total
}

func (t *table) languagePicker() *widget.Select {
	t.loadAllLanguages()
	tags := languages(t.catalog, t.lib)
	names := make([]string, len(tags))
	for i, tag := range tags {
		names[i] = t.languageName(tag)
	}
	sel := widget.NewSelect(names, nil)
	sel.SetSelected(names[max(0, slices.Index(tags, t.locale))])
	sel.OnChanged = func(name string) {
		if i := slices.Index(names, name); i >= 0 {
			t.setLanguage(tags[i])
		}
	}
	return sel
}

func (t *table) secondLanguagePicker() *widget.Select {
	t.loadAllLanguages()
	// The language on screen is not offered as a second one.
	tags := []string{""}
	for _, tag := range t.lib.Locales() {
		if tag != t.locale {
			tags = append(tags, tag)
		}
	}
	names := make([]string, len(tags))
	for i, tag := range tags {
		if tag == "" {
			names[i] = t.T(msgNobody)
		} else {
			names[i] = t.languageName(tag)
		}
	}
	sel := widget.NewSelect(names, nil)
	sel.SetSelected(names[max(0, slices.Index(tags, t.settings.secondLanguage))])
	sel.OnChanged = func(name string) {
		if i := slices.Index(names, name); i >= 0 && tags[i] != t.settings.secondLanguage {
			t.setSecondLanguage(tags[i])
		}
	}
	return sel
}
