package printout_test

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/theme"

	"tend.app/tend/decks/printout"
	"tend.app/tend/decks/printout/printouttest"
)

// The tests borrow Fyne's embedded NotoSans, as the app does; the package
// itself does not import Fyne.
func fonts() printout.Fonts {
	return printout.Fonts{
		Regular: theme.DefaultTextFont().Content(),
		Bold:    theme.DefaultTextBoldFont().Content(),
	}
}

func TestDocumentReadsBack(t *testing.T) {
	d := printout.New(fonts())
	d.Title("Наш план")
	d.Heading("Stopping")
	d.Field("Stop word", "red")
	d.Columns(
		printout.Column{Heading: "Ада", Entries: []printout.Entry{{Label: "Needs", Text: "тиша, ковдра"}}},
		printout.Column{Heading: "Sam", Entries: []printout.Entry{{Label: "Needs", Text: "water, a snack"}}},
	)
	d.Pair("Talk tomorrow", "Поговорити завтра")
	d.Bullets([]string{"Both yes: holding hands"})
	d.Note("Any of this can change at any time.")
	d.WritingLines(3)
	d.Footer("Made with Tend")
	pdf, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	text, pages := printouttest.Read(t, pdf)
	for _, want := range []string{"Наш план", "Stop word", "red", "тиша, ковдра", "water, a snack",
		"Поговорити завтра", "Both yes: holding hands", "Made with Tend"} {
		if !strings.Contains(text, want) {
			t.Errorf("printout lacks %q; pdftotext read:\n%s", want, text)
		}
	}
	if pages != 1 {
		t.Errorf("pages = %d, want 1", pages)
	}
	if n, err := d.Pages(); err != nil || n != pages {
		t.Errorf("Pages() = %d, %v; pdfinfo says %d", n, err, pages)
	}
}

func TestLongDocumentFlowsOntoPages(t *testing.T) {
	d := printout.New(fonts())
	d.Title("Long")
	for i := range 80 {
		d.Paragraph("Paragraph number " + strconv.Itoa(i) + ": a few words that wrap across the page when there are enough of them to need it.")
	}
	d.Paragraph("THE END")
	pdf, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	text, pages := printouttest.Read(t, pdf)
	if pages < 3 {
		t.Errorf("pages = %d, want at least 3 for 80 paragraphs", pages)
	}
	if !strings.Contains(text, "THE END") || !strings.Contains(text, "Paragraph number 79") {
		t.Error("the end of a long document is missing")
	}
	// pdftotext may drop the spaces around the slash.
	if !regexp.MustCompile(`1 ?/ ?` + strconv.Itoa(pages)).MatchString(text) {
		t.Errorf("page numbers missing; want 1 / %d", pages)
	}
}

func TestNoFont(t *testing.T) {
	_, err := printout.New(printout.Fonts{}).Bytes()
	if !errors.Is(err, printout.ErrNoFont) {
		t.Errorf("err = %v, want ErrNoFont", err)
	}
	_, err = printout.New(printout.Fonts{Regular: []byte("not a font")}).Bytes()
	if err == nil {
		t.Error("a broken font gave no error")
	}
}

// A person may type an emoji into a plan: the printout still works, and
// only the characters the font lacks are missing.
func TestMissingGlyphsDoNotFail(t *testing.T) {
	d := printout.New(fonts())
	d.Paragraph("Tea 😊 afterwards")
	pdf, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if text, _ := printouttest.Read(t, pdf); !strings.Contains(text, "Tea") || !strings.Contains(text, "afterwards") {
		t.Errorf("pdftotext read %q", text)
	}
}
