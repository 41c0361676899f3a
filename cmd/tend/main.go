// Command tend is the Tend desktop app: cards for talking about consent and
// care. main only reads the flags, makes the app and hands it to package ui.
package main

import (
	"flag"
	"fmt"

	"fyne.io/fyne/v2/app"

	"tend.app/tend/ui"
)

func main() {
	var opts ui.Options
	flag.Func("decks", "also load the decks in `DIR` (laid out as DIR/<language>/<deck>.toml); may be repeated", func(dir string) error {
		opts.DeckDirs = append(opts.DeckDirs, dir)
		return nil
	})
	flag.Func("locales", "also load interface translations from `DIR` (active.<language>.toml); may be repeated", func(dir string) error {
		opts.LocaleDirs = append(opts.LocaleDirs, dir)
		return nil
	})
	flag.StringVar(&opts.Language, "lang", "", "show Tend in this `language` (e.g. de, pt-BR, or en-XA for the pseudo-language)")
	flag.BoolVar(&opts.Therapist, "therapist", false, "therapist mode for this launch: keep no names, stars, hidden cards or session history")
	showVersion := flag.Bool("version", false, "print the version and the git revision, then exit")
	flag.Parse()
	if *showVersion {
		fmt.Println("Tend", ui.Version())
		return
	}

	const id = "app.tend"
	// Fyne reads its preferences file while the app is made; a broken one
	// must be set aside first (Tend keeps its own settings elsewhere).
	opts.PreferencesProblem = ui.CheckFynePreferences(id)
	a := app.NewWithID(id)
	w := ui.NewWindow(a)
	w.SetContent(ui.Create(a, w, opts))
	ui.QuitOnSignal(a)
	w.ShowAndRun()
}
