// Package printout writes short, calm A4 documents as PDF: a couple's plan,
// their shared list, a therapist's handout. It knows nothing about plans or
// cards; callers describe a document as a list of blocks (a title, headings,
// paragraphs, labelled lines, two columns side by side, blank lines to write
// on, a line with its translation) and Bytes lays them out over as many
// pages as they need.
//
// Fonts come from the caller as TrueType bytes (the ui passes Fyne's
// embedded NotoSans, which covers Latin and Cyrillic), so no font is kept
// twice in the repository and this package needs no Fyne.
package printout

import (
	"errors"
	"fmt"
	"strings"

	"github.com/signintech/gopdf"
)

// Fonts are the TrueType fonts a document is written in. Bold is used for
// the title, headings and labels; when it is nil, Regular is used for those
// too.
type Fonts struct {
	Regular []byte
	Bold    []byte
}

// Entry is one labelled line, such as "Stop word: red". Either part may be
// empty; an entry with both empty is left out.
type Entry struct {
	Label string
	Text  string
}

// Column is one side of a two-column block, typically one person's part of
// a plan: a heading and its labelled lines.
type Column struct {
	Heading string
	Entries []Entry
}

type blockKind int

const (
	kindTitle blockKind = iota
	kindHeading
	kindParagraph
	kindNote
	kindEntry
	kindColumns
	kindLines
	kindPair
	kindBullets
)

type block struct {
	kind        blockKind
	text        string
	second      string
	entry       Entry
	left, right Column
	items       []string
	count       int
}

// Document is a printout being described. Add blocks in reading order, then
// call Bytes. The zero value is not usable: make one with New.
type Document struct {
	fonts  Fonts
	footer string
	blocks []block
}

// New starts an empty document written in the given fonts.
func New(fonts Fonts) *Document {
	return &Document{fonts: fonts}
}

// Title adds the large line at the top of the document.
func (d *Document) Title(text string) { d.add(block{kind: kindTitle, text: text}) }

// Heading starts a section.
func (d *Document) Heading(text string) { d.add(block{kind: kindHeading, text: text}) }

// Paragraph adds body text, wrapped to the page width. Line breaks in text
// are kept.
func (d *Document) Paragraph(text string) { d.add(block{kind: kindParagraph, text: text}) }

// Note adds a smaller, grey paragraph for things said in passing, such as
// "Any of this can change at any time".
func (d *Document) Note(text string) { d.add(block{kind: kindNote, text: text}) }

// Field adds one labelled line across the page.
func (d *Document) Field(label, text string) {
	d.add(block{kind: kindEntry, entry: Entry{Label: label, Text: text}})
}

// Columns adds two columns side by side, such as two people's aftercare.
// The block is as tall as its taller column.
func (d *Document) Columns(left, right Column) {
	d.add(block{kind: kindColumns, left: left, right: right})
}

// Bullets adds a list, one item a line.
func (d *Document) Bullets(items []string) {
	d.add(block{kind: kindBullets, items: append([]string(nil), items...)})
}

// WritingLines adds n blank ruled lines to write on by hand.
func (d *Document) WritingLines(n int) { d.add(block{kind: kindLines, count: n}) }

// Pair adds a line with its translation under it in smaller grey text, for
// couples or clients who read in two languages. An empty or identical
// second line is left out.
func (d *Document) Pair(first, second string) {
	d.add(block{kind: kindPair, text: first, second: second})
}

// Footer sets a small line printed at the bottom of every page, together
// with the page number when there is more than one page.
func (d *Document) Footer(text string) { d.footer = text }

func (d *Document) add(b block) { d.blocks = append(d.blocks, b) }

// Bytes lays the document out on A4 pages and returns the PDF.
func (d *Document) Bytes() ([]byte, error) {
	w, err := d.render()
	if err != nil {
		return nil, err
	}
	return w.pdf.GetBytesPdfReturnErr()
}

// Pages returns how many pages the document takes, so a caller can check
// that a plan still fits on the one or two pages it promises.
func (d *Document) Pages() (int, error) {
	w, err := d.render()
	if err != nil {
		return 0, err
	}
	return w.pages, nil
}

// Page geometry in points (A4 is 595 x 842).
const (
	pageW, pageH = 595.0, 842.0
	margin       = 50.0
	bottom       = pageH - 56.0
	contentW     = pageW - 2*margin
	columnGap    = 24.0
)

type style struct {
	font    string
	size    float64
	leading float64
	gray    uint8
}

var (
	titleStyle   = style{"bold", 20, 26, 30}
	headingStyle = style{"bold", 13, 18, 30}
	bodyStyle    = style{"regular", 11, 15, 30}
	labelStyle   = style{"bold", 11, 15, 70}
	noteStyle    = style{"regular", 9, 12, 110}
	pairStyle    = style{"regular", 10, 13, 110}
	footerStyle  = style{"regular", 8, 10, 130}
)

type writer struct {
	pdf   *gopdf.GoPdf
	y     float64
	pages int
	doc   *Document
}

// ErrNoFont is returned when a document is rendered without a regular font.
var ErrNoFont = errors.New("printout: no font given")

func (d *Document) render() (*writer, error) {
	if len(d.fonts.Regular) == 0 {
		return nil, ErrNoFont
	}
	pdf := &gopdf.GoPdf{}
	pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	if err := pdf.AddTTFFontData("regular", d.fonts.Regular); err != nil {
		return nil, fmt.Errorf("printout: regular font: %w", err)
	}
	bold := d.fonts.Bold
	if len(bold) == 0 {
		bold = d.fonts.Regular
	}
	if err := pdf.AddTTFFontData("bold", bold); err != nil {
		return nil, fmt.Errorf("printout: bold font: %w", err)
	}
	w := &writer{pdf: pdf, doc: d}
	w.newPage()
	for i, b := range d.blocks {
		if err := w.block(b, i); err != nil {
			return nil, err
		}
	}
	if err := w.footers(); err != nil {
		return nil, err
	}
	return w, nil
}

func (w *writer) newPage() {
	w.pdf.AddPage()
	w.pages++
	w.y = margin
}

// need starts a new page when h more points do not fit on this one.
func (w *writer) need(h float64) {
	if w.y+h > bottom && w.y > margin {
		w.newPage()
	}
}

func (w *writer) use(s style) error {
	if err := w.pdf.SetFont(s.font, "", s.size); err != nil {
		return err
	}
	w.pdf.SetTextColor(s.gray, s.gray, s.gray)
	return nil
}

// wrap splits text into lines no wider than width in style s, keeping the
// line breaks the text has.
func (w *writer) wrap(s style, text string, width float64) ([]string, error) {
	if err := w.use(s); err != nil {
		return nil, err
	}
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		para = strings.TrimRight(para, " \t\r")
		if para == "" {
			lines = append(lines, "")
			continue
		}
		split, err := w.pdf.SplitTextWithWordWrap(para, width)
		if err != nil {
			return nil, err
		}
		lines = append(lines, split...)
	}
	return lines, nil
}

// text writes wrapped lines at x, starting a new page whenever a line does
// not fit.
func (w *writer) text(s style, text string, x, width float64) error {
	lines, err := w.wrap(s, text, width)
	if err != nil {
		return err
	}
	for _, line := range lines {
		w.need(s.leading)
		if err := w.use(s); err != nil {
			return err
		}
		if err := w.at(x, line); err != nil {
			return err
		}
		w.y += s.leading
	}
	return nil
}

func (w *writer) at(x float64, line string) error {
	if strings.TrimSpace(line) == "" {
		return nil
	}
	w.pdf.SetXY(x, w.y)
	return w.pdf.Cell(nil, line)
}

func (w *writer) block(b block, index int) error {
	switch b.kind {
	case kindTitle:
		if err := w.text(titleStyle, b.text, margin, contentW); err != nil {
			return err
		}
		w.y += 8
	case kindHeading:
		// Keep a heading with at least two lines of what follows it.
		w.need(headingStyle.leading + 2*bodyStyle.leading + 10)
		if index > 0 {
			w.y += 10
		}
		if err := w.text(headingStyle, b.text, margin, contentW); err != nil {
			return err
		}
		w.pdf.SetStrokeColor(200, 200, 200)
		w.pdf.SetLineWidth(0.6)
		w.pdf.Line(margin, w.y, margin+contentW, w.y)
		w.y += 6
	case kindParagraph:
		if err := w.text(bodyStyle, b.text, margin, contentW); err != nil {
			return err
		}
		w.y += 4
	case kindNote:
		if err := w.text(noteStyle, b.text, margin, contentW); err != nil {
			return err
		}
		w.y += 4
	case kindEntry:
		return w.entry(b.entry, margin, contentW)
	case kindBullets:
		for _, item := range b.items {
			w.need(bodyStyle.leading)
			if err := w.use(bodyStyle); err != nil {
				return err
			}
			if err := w.at(margin+4, "•"); err != nil {
				return err
			}
			if err := w.text(bodyStyle, item, margin+18, contentW-18); err != nil {
				return err
			}
		}
		w.y += 4
	case kindLines:
		w.pdf.SetStrokeColor(190, 190, 190)
		w.pdf.SetLineWidth(0.5)
		for range b.count {
			w.need(24)
			w.y += 22
			w.pdf.Line(margin, w.y, margin+contentW, w.y)
		}
		w.y += 8
	case kindPair:
		if err := w.text(bodyStyle, b.text, margin, contentW); err != nil {
			return err
		}
		if b.second != "" && b.second != b.text {
			if err := w.text(pairStyle, b.second, margin, contentW); err != nil {
				return err
			}
		}
		w.y += 4
	case kindColumns:
		return w.columns(b.left, b.right)
	}
	return nil
}

// entry writes "Label: text" with the label in bold and the text wrapped
// after it, or on the lines below when the label is long.
func (w *writer) entry(e Entry, x, width float64) error {
	if e.Label == "" && e.Text == "" {
		return nil
	}
	if e.Label == "" {
		return w.text(bodyStyle, e.Text, x, width)
	}
	if e.Text == "" {
		return w.text(labelStyle, e.Label, x, width)
	}
	if err := w.text(labelStyle, e.Label, x, width); err != nil {
		return err
	}
	if err := w.text(bodyStyle, e.Text, x+10, width-10); err != nil {
		return err
	}
	w.y += 3
	return nil
}

// columns writes two columns side by side. Each is laid out into lines
// first, so the pair can move to a new page together when it fits on one,
// and is split line by line only when it is taller than a page.
func (w *writer) columns(left, right Column) error {
	colW := (contentW - columnGap) / 2
	ll, err := w.columnLines(left, colW)
	if err != nil {
		return err
	}
	rl, err := w.columnLines(right, colW)
	if err != nil {
		return err
	}
	w.y += 4
	h := max(height(ll), height(rl))
	if h <= bottom-margin {
		w.need(h)
	}
	top, topPage := w.y, w.pages
	if err := w.writeLines(ll, margin); err != nil {
		return err
	}
	endY, endPage := w.y, w.pages
	// The right column starts where the left one did; when the left one ran
	// over a page, it cannot go back, so the right column
	// follows below instead.
	if w.pages == topPage {
		w.y = top
	}
	if err := w.writeLines(rl, margin+colW+columnGap); err != nil {
		return err
	}
	if w.pages == endPage && endY > w.y {
		w.y = endY
	}
	w.y += 6
	return nil
}

type line struct {
	s      style
	text   string
	indent float64
}

func height(lines []line) float64 {
	h := 0.0
	for _, l := range lines {
		h += l.s.leading
	}
	return h
}

func (w *writer) columnLines(c Column, width float64) ([]line, error) {
	var out []line
	add := func(s style, text string, indent float64) error {
		split, err := w.wrap(s, text, width-indent)
		if err != nil {
			return err
		}
		for _, t := range split {
			out = append(out, line{s, t, indent})
		}
		return nil
	}
	if c.Heading != "" {
		if err := add(headingStyle, c.Heading, 0); err != nil {
			return nil, err
		}
	}
	for _, e := range c.Entries {
		if e.Label != "" {
			if err := add(labelStyle, e.Label, 0); err != nil {
				return nil, err
			}
		}
		if e.Text != "" {
			indent := 0.0
			if e.Label != "" {
				indent = 10
			}
			if err := add(bodyStyle, e.Text, indent); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func (w *writer) writeLines(lines []line, x float64) error {
	for _, l := range lines {
		w.need(l.s.leading)
		if err := w.use(l.s); err != nil {
			return err
		}
		if err := w.at(x+l.indent, l.text); err != nil {
			return err
		}
		w.y += l.s.leading
	}
	return nil
}

// footers writes the footer line and "n / total" on every page, once the
// number of pages is known.
func (w *writer) footers() error {
	if w.doc.footer == "" && w.pages == 1 {
		return nil
	}
	for p := 1; p <= w.pages; p++ {
		if err := w.pdf.SetPage(p); err != nil {
			return err
		}
		if err := w.use(footerStyle); err != nil {
			return err
		}
		if w.doc.footer != "" {
			w.pdf.SetXY(margin, pageH-40)
			if err := w.pdf.Cell(nil, w.doc.footer); err != nil {
				return err
			}
		}
		if w.pages > 1 {
			num := fmt.Sprintf("%d / %d", p, w.pages)
			nw, err := w.pdf.MeasureTextWidth(num)
			if err != nil {
				return err
			}
			w.pdf.SetXY(margin+contentW-nw, pageH-40)
			if err := w.pdf.Cell(nil, num); err != nil {
				return err
			}
		}
	}
	return nil
}
