// Command deckcheck checks Tend's decks and interface translations. It
// prints one `path:line:col: message` line per format problem, then, for
// every language, how complete its cards and messages are: what is missing,
// stale (the English changed after it was translated) or extra. It exits
// with status 1 when anything is broken, or when a built-in language is
// incomplete or stale, so CI and translators get the same verdict. It is
// pure Go and builds without cgo.
//
// Usage:
//
//	deckcheck                      check the built-in decks and messages
//	deckcheck -data DIR            also check a translator's drop-in folder:
//	                               DIR/decks/<lang>/*.toml and DIR/locales/active.<lang>.toml
//	deckcheck DIR...               also check deck folders laid out as DIR/<lang>/*.toml
//	deckcheck -plans PATH          also check a session plan file, or a folder of them
//	deckcheck -new LANG -data DIR  write starting files for a new language into DIR
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"tend.app/tend/decks"
	"tend.app/tend/decks/agree"
	"tend.app/tend/locales"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

func run(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("deckcheck", flag.ContinueOnError)
	flags.SetOutput(stderr)
	data := flags.String("data", "", "a drop-in folder holding decks/<lang>/*.toml and locales/active.<lang>.toml")
	newLang := flags.String("new", "", "write translation starting files for this language (e.g. nl) into -data DIR")
	planPaths := addPlanFlag(flags)
	flags.Usage = func() {
		fmt.Fprintln(stderr, "usage: deckcheck [-data DIR] [-new LANG] [DECKDIR...]")
		flags.PrintDefaults()
	}
	if err := flags.Parse(args); err != nil {
		return 2
	}
	deckDirs := flags.Args()
	var localeDirs []string
	if *data != "" {
		deckDirs = append(deckDirs, filepath.Join(*data, "decks"))
		localeDirs = append(localeDirs, filepath.Join(*data, "locales"))
	}

	builtinDecks, problems := decks.LoadFS(decks.BuiltinFS(), decks.BuiltinName)
	sources := [][]*decks.Deck{builtinDecks}
	for _, dir := range deckDirs {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			if *newLang == "" || dir != filepath.Join(*data, "decks") {
				problems = append(problems, decks.Problem{Path: dir, Msg: "not a folder"})
			}
			continue
		}
		ds, ps := decks.LoadDir(dir)
		problems = append(problems, ps...)
		sources = append(sources, ds)
	}
	lib, ps := decks.NewLibrary(sources...)
	problems = append(problems, ps...)
	cat, msgProblems := locales.Load(localeDirs...)

	if *newLang != "" {
		if *data == "" {
			fmt.Fprintln(stderr, "deckcheck: -new needs -data DIR, the folder to write into")
			return 2
		}
		return writeTemplates(*newLang, *data, lib, cat, stdout, stderr)
	}

	problems = append(problems, checkPlans(lib, *data, *planPaths)...)
	problems.Sort()
	for _, p := range problems {
		fmt.Fprintln(stdout, p.Error())
	}
	for _, p := range msgProblems {
		fmt.Fprintln(stdout, p)
	}
	builtinLangs := builtinLanguages()
	failed := len(problems)+len(msgProblems) > 0

	langs := slices.Clone(cat.Languages())
	for _, l := range lib.Locales() {
		if !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	slices.Sort(langs)
	for _, lang := range langs {
		if lang == decks.SourceLocale {
			continue
		}
		complete := report(stdout, lang, lib, cat)
		if !complete && slices.Contains(builtinLangs, lang) {
			failed = true
		}
	}

	// The yes / no / maybe item lists live beside the decks; package agree
	// checks and reports them.
	if !agree.Check(stdout, builtinLangs, deckDirs...) {
		failed = true
	}

	total := 0
	for _, d := range lib.Decks(decks.SourceLocale) {
		total += len(d.Cards)
	}
	summary := fmt.Sprintf("%d English cards in %d decks, %d languages", total, len(lib.Decks(decks.SourceLocale)), len(langs))
	if !failed {
		fmt.Fprintf(stdout, "deckcheck: %s; no problems\n", summary)
		return 0
	}
	n := len(problems) + len(msgProblems)
	fmt.Fprintf(stdout, "deckcheck: %d format %s; %s; built-in languages must be complete and up to date\n", n, plural(n, "problem", "problems"), summary)
	return 1
}

// builtinLanguages are the languages shipped inside the binary, which CI
// holds to 100%.
func builtinLanguages() []string {
	return slices.Concat(decks.BuiltinLocales(), locales.BuiltinLanguages())
}

// report prints one language's completeness and returns whether it is
// complete and up to date.
func report(w io.Writer, lang string, lib *decks.Library, cat *locales.Catalog) bool {
	cardsTotal, cardsDone := 0, 0
	var lines []string
	for _, r := range lib.Report(lang) {
		cardsTotal += r.Total
		cardsDone += r.Done
		if r.Complete() && len(r.Extra) == 0 {
			continue
		}
		line := fmt.Sprintf("  %s/%s: %d%% (%d of %d cards)", lang, r.Deck.ID, r.Percent(), r.Done, r.Total)
		switch {
		case r.Untranslated:
			line += "; not translated yet"
		default:
			if r.TitleMissing {
				line += "; title and description to translate"
			}
			if r.TitleStale {
				line += "; title and description stale"
			}
			if len(r.Missing) > 0 {
				line += "; missing: " + strings.Join(r.Missing, ", ")
			}
			if len(r.Stale) > 0 {
				line += "; stale: " + strings.Join(r.Stale, ", ")
			}
			if len(r.Extra) > 0 {
				line += "; extra (not in English): " + strings.Join(r.Extra, ", ")
			}
		}
		lines = append(lines, line)
	}
	en := cat.File(locales.Source)
	file := cat.File(lang)
	var missing, stale []string
	for id, m := range en.Messages {
		switch {
		case file == nil || file.Messages[id] == nil:
			missing = append(missing, id)
		case file.Hashes[id] != "" && file.Hashes[id] != locales.Hash(m):
			stale = append(stale, id)
		}
	}
	slices.Sort(missing)
	slices.Sort(stale)
	msgTotal := len(en.Messages)
	msgDone := msgTotal - len(missing) - len(stale)
	where := "no active." + lang + ".toml"
	if file != nil {
		where = file.Path
	}
	if file == nil {
		lines = append(lines, fmt.Sprintf("  %s yet: all %d messages missing", where, msgTotal))
	} else if len(missing) > 0 {
		lines = append(lines, fmt.Sprintf("  %s: messages missing: %s", where, strings.Join(missing, ", ")))
	}
	if len(stale) > 0 {
		lines = append(lines, fmt.Sprintf("  %s: messages stale: %s", where, strings.Join(stale, ", ")))
	}
	percent := 100
	if cardsTotal+msgTotal > 0 {
		percent = (cardsDone + msgDone) * 100 / (cardsTotal + msgTotal)
	}
	fmt.Fprintf(w, "%s: %d%% (%d of %d cards, %d of %d messages)\n", lang, percent, cardsDone, cardsTotal, msgDone, msgTotal)
	for _, l := range lines {
		fmt.Fprintln(w, l)
	}
	return len(lines) == 0
}

// writeTemplates starts (or refreshes) a language in a drop-in folder: one
// deck file per English deck and active.<lang>.toml, keeping whatever is
// already translated and up to date.
func writeTemplates(lang, dir string, lib *decks.Library, cat *locales.Catalog, stdout, stderr io.Writer) int {
	tag, err := language.Parse(lang)
	if err != nil {
		fmt.Fprintf(stderr, "deckcheck: %q is not a language code such as nl, de or pt-BR\n", lang)
		return 2
	}
	lang = tag.String()
	deckDir := filepath.Join(dir, "decks", lang)
	msgDir := filepath.Join(dir, "locales")
	for _, d := range []string{deckDir, msgDir} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			fmt.Fprintln(stderr, "deckcheck:", err)
			return 1
		}
	}
	for _, src := range lib.Decks(decks.SourceLocale) {
		path := filepath.Join(deckDir, src.ID+".toml")
		if err := decks.WriteFileAtomic(path, decks.Template(src, lib.Deck(lang, src.ID), lang)); err != nil {
			fmt.Fprintln(stderr, "deckcheck:", err)
			return 1
		}
		fmt.Fprintln(stdout, "wrote", path)
	}
	if err := agree.WriteTemplates(stdout, filepath.Join(dir, "decks"), lang); err != nil {
		fmt.Fprintln(stderr, "deckcheck:", err)
		return 1
	}
	path := filepath.Join(msgDir, "active."+lang+".toml")
	if err := decks.WriteFileAtomic(path, locales.Template(cat.File(locales.Source), cat.File(lang), locales.PluralForms(tag))); err != nil {
		fmt.Fprintln(stderr, "deckcheck:", err)
		return 1
	}
	fmt.Fprintln(stdout, "wrote", path)
	return 0
}

func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}
