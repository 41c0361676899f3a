package ui

import (
	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks/printout"
	"tend.app/tend/locales"
)

// handoutLines is how many ruled lines are left under each card to write on.
const handoutLines = 4

// handoutPDF prints the plan being edited for the clients: its title, a
// short kind introduction, and each card in the clients' language (with the
// second language under it, when one is chosen) followed by lines to write
// on. Everything on the paper is in the clients' language, whatever the
// screen shows; the therapist's notes are never printed. It uses the shared
// PDF writer, decks/printout.
func (th *therapist) handoutPDF(lang, second string) ([]byte, error) {
	t := th.t
	t.loadAllLanguages()
	plan := th.editing()
	cards, _ := plan.Resolve(t.lib.Card)
	loc := t.catalog.Localizer(lang)
	d := printout.New(printFonts())
	d.Title(plan.In(lang).Title)
	d.Note(loc.T(msgHandoutIntro, nil))
	for i, c := range cards {
		text, _ := t.lib.Text(lang, c)
		text = fmt.Sprintf("%d.  %s", i+1, text)
		other := ""
		if second != "" && second != lang {
			if s, ok := t.lib.Text(second, c); ok || second == c.Deck.Locale {
				other = s
			}
		}
		d.Pair(text, other)
		d.WritingLines(handoutLines)
	}
	d.Footer("Tend  ·  " + loc.T(msgNotTherapy, nil))
	return d.Bytes()
}

// handoutLanguages lists the languages cards can be printed in: every
// language with decks, the pseudo-language left out.
func (t *table) handoutLanguages() []string {
	t.loadAllLanguages()
	return slices.DeleteFunc(slices.Clone(t.lib.Locales()), func(l string) bool { return l == locales.Pseudo })
}

// showHandout asks for the clients' language and an optional second one,
// then saves the handout where the therapist chooses.
func (p *planner) showHandout() {
	th := p.th
	t := th.t
	tags := t.handoutLanguages()
	names := make([]string, len(tags))
	for i, tag := range tags {
		names[i] = t.catalog.Localizer(tag).T(msgLanguageName, nil)
	}
	lang := widget.NewSelect(names, nil)
	lang.SetSelectedIndex(max(0, slices.Index(tags, t.locale)))
	secondNames := append([]string{t.T(msgNobody)}, names...)
	second := widget.NewSelect(secondNames, nil)
	second.SetSelectedIndex(0)
	hint := widget.NewLabel(t.T(msgHandoutHint))
	hint.Wrapping = fyne.TextWrapWord
	form := widget.NewForm(
		widget.NewFormItem(t.T(msgHandoutLanguage), lang),
		widget.NewFormItem(t.T(msgHandoutAlsoIn), second),
		widget.NewFormItem("", hint),
	)
	p.handoutDialog = dialog.NewCustomConfirm(t.T(msgHandoutTitle), t.T(msgSave), t.T(msgClose), form, func(ok bool) {
		p.handoutDialog = nil
		if !ok {
			return
		}
		l := tags[max(0, lang.SelectedIndex())]
		s := ""
		if i := second.SelectedIndex(); i > 0 {
			s = tags[i-1]
		}
		name := th.editing().ID
		if name == "" {
			name = "handout"
		}
		t.savePDFIn(p.win, name+"-"+l+".pdf", func() ([]byte, error) { return th.handoutPDF(l, s) }, p.status.SetText)
	}, p.win)
	p.handoutDialog.Resize(p.handoutDialog.MinSize().AddWidthHeight(120, 0))
	p.handoutDialog.Show()
}
