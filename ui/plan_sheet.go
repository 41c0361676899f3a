package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend.app/tend/decks/agree"
	"tend.app/tend/decks/printout"
)

// sheet is a summary laid out once and shown three ways: on screen, as
// text for the clipboard, and as a printout. Plan and shared list both
// build one, so the three never disagree.
type sheet struct {
	title, note string
	sections    []sheetSection
}

type sheetSection struct {
	heading string
	// hint is a quieter line under the heading.
	hint    string
	fields  []printout.Entry
	columns []printout.Column
	// bullets are plain lines, such as shared items.
	bullets []string
}

func (sec sheetSection) empty() bool {
	if len(sec.fields) > 0 || len(sec.bullets) > 0 {
		return false
	}
	for _, c := range sec.columns {
		if len(c.Entries) > 0 {
			return false
		}
	}
	return true
}

// bi returns a message in the language on screen, followed by the second
// language when one is chosen and it differs.
func (t *table) bi(m *i18n.Message, data map[string]any) string {
	first := t.loc.T(m, data)
	second := t.settings.secondLanguage
	if second == "" || second == t.locale {
		return first
	}
	other := t.catalog.Localizer(second).T(m, data)
	if other == "" || other == first {
		return first
	}
	return first + " / " + other
}

func field(label, text string) []printout.Entry {
	if strings.TrimSpace(text) == "" {
		return nil
	}
	return []printout.Entry{{Label: label, Text: text}}
}

// planSheet lays out everything agreed in p; empty answers are left out.
func (t *table) planSheet(p *agree.Plan) *sheet {
	sh := &sheet{title: t.bi(msgOurPlan, nil), note: t.bi(msgPlanNote, nil)}
	if p.Solo {
		sh.title = t.bi(msgMyPlan, nil)
	}
	choices := func(ids []string, msgs map[string]*i18n.Message) string {
		var out []string
		for _, id := range ids {
			if m := msgs[id]; m != nil {
				out = append(out, t.bi(m, nil))
			} else {
				out = append(out, id)
			}
		}
		return strings.Join(out, " · ")
	}
	if !p.Solo {
		signal := p.Signal
		if m := signalMessages[signal]; m != nil {
			signal = t.bi(m, nil)
		}
		stop := sheetSection{heading: t.bi(msgPlanStopTitle, nil)}
		stop.fields = append(stop.fields, field(t.bi(msgPlanStopWord, nil), p.StopWord)...)
		stop.fields = append(stop.fields, field(t.bi(msgPlanSlowWord, nil), p.SlowWord)...)
		stop.fields = append(stop.fields, field(t.bi(msgPlanSignal, nil), signal)...)
		stop.fields = append(stop.fields, field(t.bi(msgPlanAfterStop, nil), choices(p.AfterStop, afterStopMessages))...)
		stop.fields = append(stop.fields, field(t.bi(msgPlanIfQuiet, nil), p.IfQuiet)...)
		sh.sections = append(sh.sections, stop)
	}
	care := sheetSection{heading: t.bi(msgAftercare, nil), hint: t.bi(msgPlanLowMoodNote, nil)}
	for i, person := range p.People {
		name := t.personName(i, person.Name)
		var es []printout.Entry
		if !p.Solo {
			es = append(es, field(t.bi(msgPlanCheckFor, map[string]any{"Name": name}), person.CheckIn)...)
		}
		es = append(es, field(t.bi(msgPlanNeeds, nil), choices(person.Needs, needMessages))...)
		es = append(es, field(t.bi(msgPlanOwnNeeds, nil), person.OwnNeeds)...)
		es = append(es, field(t.bi(msgPlanLowMood, nil), person.LowMood)...)
		es = append(es, field(t.bi(msgPlanNextDay, nil), person.NextDay)...)
		if p.Solo {
			care.fields = es
		} else {
			care.columns = append(care.columns, printout.Column{Heading: name, Entries: es})
		}
	}
	sh.sections = append(sh.sections, care)
	if !p.Solo {
		sh.sections = append(sh.sections, sheetSection{heading: t.bi(msgPlanDifferTitle, nil),
			fields: field(t.bi(msgPlanDifferBody, nil), p.SpaceOrCloseness)})
	}
	review := p.Review
	if review == agree.ReviewAfterNextTime {
		review = t.bi(msgPlanAfterNext, nil)
	}
	sh.sections = append(sh.sections, sheetSection{heading: t.bi(msgPlanReviewTitle, nil), fields: field("", review)})
	return sh
}

// objects shows the sheet on screen.
func (sh *sheet) objects() *fyne.Container {
	box := container.NewVBox()
	if sh.note != "" {
		box.Add(hint(sh.note))
	}
	// Each field is one wrapped line, "Label: text", so the page stays
	// compact enough to take in at a glance.
	fieldBox := func(es []printout.Entry) fyne.CanvasObject {
		v := container.NewVBox()
		for _, e := range es {
			var segs []widget.RichTextSegment
			if e.Label != "" {
				segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleStrong, Text: e.Label + ":  "})
			}
			segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleInline, Text: e.Text})
			rt := widget.NewRichText(segs...)
			rt.Wrapping = fyne.TextWrapWord
			v.Add(rt)
		}
		return v
	}
	for _, sec := range sh.sections {
		if sec.empty() {
			continue
		}
		h := bold(sec.heading)
		h.Importance = widget.HighImportance
		box.Add(h)
		box.Add(widget.NewSeparator())
		if sec.hint != "" {
			box.Add(hint(sec.hint))
		}
		if len(sec.fields) > 0 {
			box.Add(fieldBox(sec.fields))
		}
		if len(sec.columns) > 0 {
			grid := container.NewGridWithColumns(len(sec.columns))
			for _, c := range sec.columns {
				col := container.NewVBox(bold(c.Heading), fieldBox(c.Entries))
				grid.Add(surface(col))
			}
			box.Add(grid)
		}
		if len(sec.bullets) > 0 {
			box.Add(body("•  " + strings.Join(sec.bullets, "\n•  ")))
		}
	}
	return box
}

// text is the sheet as plain text, for "Copy as text".
func (sh *sheet) text() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n", sh.title)
	if sh.note != "" {
		fmt.Fprintf(&b, "%s\n", sh.note)
	}
	writeFields := func(es []printout.Entry, indent string) {
		for _, e := range es {
			if e.Label == "" {
				fmt.Fprintf(&b, "%s%s\n", indent, e.Text)
			} else {
				fmt.Fprintf(&b, "%s%s: %s\n", indent, e.Label, e.Text)
			}
		}
	}
	for _, sec := range sh.sections {
		if sec.empty() {
			continue
		}
		fmt.Fprintf(&b, "\n%s\n", sec.heading)
		writeFields(sec.fields, "")
		for _, c := range sec.columns {
			if len(c.Entries) == 0 {
				continue
			}
			fmt.Fprintf(&b, "%s\n", c.Heading)
			writeFields(c.Entries, "  ")
		}
		for _, item := range sec.bullets {
			fmt.Fprintf(&b, "- %s\n", item)
		}
	}
	return b.String()
}

// document lays the sheet out for print.
func (sh *sheet) document(footer string) *printout.Document {
	d := printout.New(printFonts())
	d.Title(sh.title)
	if sh.note != "" {
		d.Note(sh.note)
	}
	for _, sec := range sh.sections {
		if sec.empty() {
			continue
		}
		d.Heading(sec.heading)
		if sec.hint != "" {
			d.Note(sec.hint)
		}
		for _, e := range sec.fields {
			d.Field(e.Label, e.Text)
		}
		switch len(sec.columns) {
		case 1:
			for _, e := range sec.columns[0].Entries {
				d.Field(e.Label, e.Text)
			}
		case 2:
			d.Columns(sec.columns[0], sec.columns[1])
		}
		if len(sec.bullets) > 0 {
			d.Bullets(sec.bullets)
		}
	}
	d.Footer(footer)
	return d
}

func (sh *sheet) pdf(footer string) ([]byte, error) { return sh.document(footer).Bytes() }

// savePDF asks where to save a printout, then writes it there.
func (t *table) savePDF(name string, make func() ([]byte, error), say func(string)) {
	t.savePDFIn(t.win, name, make, say)
}

// savePDFIn is savePDF with its dialog in another window (the therapist's
// planner).
func (t *table) savePDFIn(win fyne.Window, name string, make func() ([]byte, error), say func(string)) {
	data, err := make()
	if err != nil {
		say(t.Tf(msgNotSaved, map[string]any{"Error": err.Error()}))
		return
	}
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			say(t.Tf(msgNotSaved, map[string]any{"Error": err.Error()}))
			return
		}
		if w == nil {
			return // cancelled
		}
		_, werr := w.Write(data)
		if cerr := w.Close(); werr == nil {
			werr = cerr
		}
		if werr != nil {
			say(t.Tf(msgNotSaved, map[string]any{"Error": werr.Error()}))
			return
		}
		say(t.Tf(msgPDFSaved, map[string]any{"Path": w.URI().Path()}))
	}, win)
	d.SetFileName(name)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	t.showDialog(d, nil)
}
