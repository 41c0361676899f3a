// Command deckcheck checks Tend decks and prints one `path:line:col: message`
// line per problem, then a summary. It exits with status 1 when anything is
// wrong, so CI and translators get the same verdict. It is pure Go and builds
// without cgo, so it runs anywhere a translator has Go.
//
// Usage:
//
//	deckcheck            check the built-in decks
//	deckcheck DIR...     check deck folders laid out as DIR/<locale>/<deck>.toml,
//	                     and that their ids do not clash with the built-in decks
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"tend/decks"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("deckcheck", flag.ContinueOnError)
	flags.SetOutput(stderr)
	withBuiltin := flags.Bool("builtin", true, "with DIRs: also check that their ids do not clash with the built-in decks")
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: deckcheck [-builtin=false] [DIR...]")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}

	var sources [][]*decks.Deck
	var problems decks.Problems
	builtin, ps := decks.LoadFS(decks.BuiltinFS(), decks.BuiltinName)
	checked := builtin
	if flags.NArg() == 0 {
		problems = ps
		sources = append(sources, builtin)
	} else {
		checked = nil
		if *withBuiltin {
			sources = append(sources, builtin) // as a reference; its own problems are not ours here
		}
		for _, dir := range flags.Args() {
			if info, err := os.Stat(dir); err != nil || !info.IsDir() {
				problems = append(problems, decks.Problem{Path: dir, Msg: "not a folder"})
				continue
			}
			ds, ps := decks.LoadDir(dir)
			problems = append(problems, ps...)
			sources = append(sources, ds)
			checked = append(checked, ds...)
		}
	}
	_, ps = decks.NewLibrary(sources...)
	problems = append(problems, ps...)
	problems.Sort()
	for _, p := range problems {
		fmt.Fprintln(stdout, p.Error())
	}

	cards := 0
	locales := map[string]bool{}
	for _, d := range checked {
		cards += len(d.Cards)
		locales[d.Locale] = true
	}
	summary := fmt.Sprintf("%d valid %s with %d %s in %d %s", len(checked), plural(len(checked), "deck", "decks"),
		cards, plural(cards, "card", "cards"), len(locales), plural(len(locales), "language", "languages"))
	if len(problems) == 0 {
		fmt.Fprintf(stdout, "deckcheck: %s; no problems\n", summary)
		return 0
	}
	files := len(problems.Files())
	fmt.Fprintf(stdout, "deckcheck: %d %s in %d %s; %s\n", len(problems), plural(len(problems), "problem", "problems"),
		files, plural(files, "file", "files"), summary)
	return 1
}

func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}
