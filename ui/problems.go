package ui

import (
	"path"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
)

// leftOut says exactly what a list of problem files kept out of the app: the
// Italian version of a deck (its English shows instead), some of a
// language's interface texts, or a deck of the person's own, counted.
func (t *table) leftOut(files []string) string {
	var parts []string
	own := 0
	for _, f := range files {
		f = filepath.ToSlash(f)
		base, dir := path.Base(f), path.Base(path.Dir(f))
		switch {
		case strings.HasPrefix(base, "active.") && strings.HasSuffix(base, ".toml"):
			lang := strings.TrimSuffix(strings.TrimPrefix(base, "active."), ".toml")
			parts = append(parts, t.Tf(msgLeftOutMessages, map[string]any{"Language": t.ownName(lang)}))
		case dir != decks.SourceLocale && t.lib.Deck(decks.SourceLocale, strings.TrimSuffix(base, ".toml")) != nil:
			title, _ := t.lib.Titles(t.locale, t.lib.Deck(decks.SourceLocale, strings.TrimSuffix(base, ".toml")))
			parts = append(parts, t.Tf(msgLeftOutTranslation, map[string]any{"Deck": title, "Language": t.ownName(dir)}))
		default:
			own++
		}
	}
	var out []string
	if own > 0 {
		out = append(out, t.N(msgDecksLeftOut, own))
	}
	if len(parts) > 0 {
		out = append(out, t.Tf(msgLeftOutList, map[string]any{"What": strings.Join(parts, "; ")}))
	}
	return strings.Join(out, " ")
}

// problemNotice tells the person, once and calmly, what could not be
// loaded, and offers the details for whoever wrote the files.
func (h *home) problemNotice(problems []string, files []string) fyne.CanvasObject {
	details := widget.NewButton(h.t.T(msgDetails), func() { h.t.showProblems(problems) })
	return h.notePanel(h.t.leftOut(files), func() { h.t.problems = nil }, details)
}

// showProblems lists the problems one per line, each starting with its file
// (relative to Tend's folder where it is inside it), with a Copy button that
// copies the full lines for an editor or a message to the Tend team.
func (t *table) showProblems(problems []string) {
	list := container.NewVBox()
	for _, p := range problems {
		l := widget.NewLabel(strings.TrimPrefix(p, filepath.ToSlash(t.dataDir)+"/"))
		l.TextStyle.Monospace = true
		l.Wrapping = fyne.TextWrapWord
		list.Add(l)
	}
	scroll := container.NewVScroll(list)
	scroll.SetMinSize(t.dialogSize(700, 300))
	copyB := widget.NewButtonWithIcon(t.T(msgCopy), theme.ContentCopyIcon(), func() {
		t.app.Clipboard().SetContent(strings.Join(problems, "\n") + "\n")
	})
	content := container.NewBorder(nil, container.NewHBox(copyB), nil, nil, scroll)
	t.showDialog(dialog.NewCustom(t.T(msgDecksLeftOutTitle), t.T(msgClose), content, t.win), nil)
}

// maxProblemLines bounds the problems told at start and in Details: beyond
// it they are summarised by kind (decks.Problems.Summary), so a folder of
// thousands of broken files reads in a screenful.
const maxProblemLines = 100
