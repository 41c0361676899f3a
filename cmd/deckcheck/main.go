// Command deckcheck checks Tend's decks and interface translations. It
// prints one `path:line:col: message` line per format problem, then, for
// every language, how complete its cards and messages are: what is missing,
// stale (the English changed after it was translated) or broken, cards
// and messages counted separately. It exits with status 1 when any file has
// a problem, or when a language shipped inside Tend is incomplete or stale
// (a person's own decks and drop-in languages are information, never
// failure), and its last line names the rules that failed, so CI and
// translators get the same verdict. It is pure Go and builds without cgo.
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
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"tend.app/tend/decks"
	"tend.app/tend/decks/agree"
	"tend.app/tend/locales"
)

// maxProblemLines is about how many lines of deck problems are printed;
// beyond it, problems are summarised by kind.
const maxProblemLines = 100

// builtinFS holds the built-in decks; tests replace it to check the rules
// that apply to them alone.
var builtinFS = decks.BuiltinFS()

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

	builtinDecks, broken, problems := decks.LoadForCheck(builtinFS, decks.BuiltinName)
	// The decks shipped with Tend follow content rules beyond the format;
	// a person's own decks need not.
	var builtinEnglish []*decks.Deck
	for _, d := range builtinDecks {
		if d.Locale == decks.SourceLocale {
			builtinEnglish = append(builtinEnglish, d)
		}
	}
	contentProblems := decks.ContentRules(builtinEnglish)
	sources := [][]*decks.Deck{builtinDecks}
	for _, dir := range deckDirs {
		if info, err := os.Stat(dir); err != nil || !info.IsDir() {
			if *newLang == "" || dir != filepath.Join(*data, "decks") {
				problems = append(problems, decks.Problem{Path: dir, Msg: "not a folder"})
			}
			continue
		}
		ds, br, ps := decks.LoadForCheck(os.DirFS(dir), filepath.ToSlash(dir))
		problems = append(problems, ps...)
		broken = append(broken, br...)
		sources = append(sources, ds)
	}
	lib, ps := decks.NewLibrary(sources...)
	problems = append(problems, ps...)
	problems = append(problems, lib.UnknownCards(broken)...)
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
	for _, line := range problems.Summary(maxProblemLines) {
		fmt.Fprintln(stdout, line)
	}
	msgProblems.Sort()
	for _, p := range msgProblems {
		fmt.Fprintln(stdout, p.Error())
	}
	for _, line := range contentProblems.Summary(maxProblemLines) {
		fmt.Fprintln(stdout, line)
	}
	// The summary names every rule that failed: problems in files fail for
	// everyone; only the languages shipped inside Tend must be complete
	// (the project's CI). A person's own deck, or a language still being
	// translated, is information.
	var failures []string
	if n := len(problems) + len(msgProblems); n > 0 {
		failures = append(failures, fmt.Sprintf("%d %s in deck and message files, listed above", n, plural(n, "problem", "problems")))
	}
	if n := len(contentProblems); n > 0 {
		failures = append(failures, fmt.Sprintf("the decks shipped with Tend must follow the content rules, and %d %s, listed above", n, plural(n, "breach was found", "breaches were found")))
	}
	builtinLangs := builtinLanguages()
	builtinIDs := map[string]bool{}
	for _, d := range builtinDecks {
		if d.Locale == decks.SourceLocale {
			builtinIDs[d.ID] = true
		}
	}

	langs := slices.Clone(cat.Languages())
	for _, l := range lib.Locales() {
		if !slices.Contains(langs, l) {
			langs = append(langs, l)
		}
	}
	slices.Sort(langs)
	var incomplete []string
	for _, lang := range langs {
		if lang == decks.SourceLocale {
			continue
		}
		cards := reportCards(lang, lib, problems, builtinIDs)
		msgs := reportMessages(lang, cat)
		fmt.Fprintf(stdout, "%s: cards %d%%, messages %d%% (%d of %d cards, %d of %d messages)\n",
			lang, percent(cards.done, cards.total), percent(msgs.done, msgs.total), cards.done, cards.total, msgs.done, msgs.total)
		for _, l := range slices.Concat(cards.lines, msgs.lines) {
			fmt.Fprintln(stdout, l)
		}
		if slices.Contains(builtinLangs, lang) && (!cards.builtinComplete || !msgs.complete) {
			incomplete = append(incomplete, fmt.Sprintf("%s (cards %d%%, messages %d%%)", lang, percent(cards.builtinDone, cards.builtinTotal), percent(msgs.done, msgs.total)))
		}
	}
	if len(incomplete) > 0 {
		failures = append(failures, fmt.Sprintf("languages shipped with Tend must be 100%% translated and up to date: %s", strings.Join(incomplete, ", ")))
	}

	// The yes / no / maybe item lists live beside the decks; package agree
	// checks and reports them.
	if !agree.Check(stdout, builtinLangs, deckDirs...) {
		failures = append(failures, "the yes / no / maybe lists have problems, or a language shipped with Tend lacks items, listed above")
	}

	total := 0
	for _, d := range lib.Decks(decks.SourceLocale) {
		total += len(d.Cards)
	}
	summary := fmt.Sprintf("%d English cards in %d decks, %d languages", total, len(lib.Decks(decks.SourceLocale)), len(langs))
	if len(failures) == 0 {
		fmt.Fprintf(stdout, "deckcheck: %s; no problems\n", summary)
		return 0
	}
	fmt.Fprintf(stdout, "deckcheck: failed: %s; %s\n", strings.Join(failures, "; "), summary)
	return 1
}

// builtinLanguages are the languages shipped inside the binary, which CI
// holds to 100%.
func builtinLanguages() []string {
	langs := locales.BuiltinLanguages()
	entries, _ := fs.ReadDir(builtinFS, ".")
	for _, e := range entries {
		if e.IsDir() {
			langs = append(langs, e.Name())
		}
	}
	return langs
}

func percent(done, total int) int {
	if total == 0 {
		return 100
	}
	return done * 100 / total // never rounds up to 100
}

// cardStatus is how far one language's cards are translated.
type cardStatus struct {
	done, total int
	// builtinDone and builtinTotal count the built-in decks only, which
	// alone a built-in language must translate; builtinComplete is true
	// when none of them is missing, stale or broken.
	builtinDone, builtinTotal int
	builtinComplete           bool
	lines                     []string // one per deck, when not all are done
}

// reportCards compares every English deck with its translation into lang.
// A translation file with problems is left out by the library: it is
// reported as broken, not as missing.
func reportCards(lang string, lib *decks.Library, problems decks.Problems, builtinIDs map[string]bool) cardStatus {
	st := cardStatus{builtinComplete: true}
	allDone := true
	var lines []string
	for _, r := range lib.Report(lang) {
		broken := problems.ForDeck(lang, r.Deck.ID)
		st.done += r.Done
		st.total += r.Total
		complete := r.Complete() && len(broken) == 0
		if builtinIDs[r.Deck.ID] {
			st.builtinDone += r.Done
			st.builtinTotal += r.Total
			st.builtinComplete = st.builtinComplete && complete
		}
		allDone = allDone && complete
		line := fmt.Sprintf("  %s/%s: ", lang, r.Deck.ID)
		switch {
		case len(broken) > 0:
			line += fmt.Sprintf("broken: %s has %d %s, listed above; it is left out and English shows until it is fixed",
				broken[0].Path, len(broken), plural(len(broken), "problem", "problems"))
		case complete:
			line += fmt.Sprintf("done (%d of %d cards)", r.Done, r.Total)
		case r.Untranslated:
			line += fmt.Sprintf("not translated yet (0 of %d cards)", r.Total)
		default:
			line += fmt.Sprintf("%d%% (%d of %d cards)", r.Percent(), r.Done, r.Total)
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
		}
		lines = append(lines, line)
	}
	if !allDone {
		st.lines = lines
	}
	return st
}

// messageStatus is how far one language's interface messages are
// translated.
type messageStatus struct {
	done, total int
	complete    bool
	lines       []string
}

// reportMessages compares the English interface messages with lang's.
func reportMessages(lang string, cat *locales.Catalog) messageStatus {
	var lines []string
	en := cat.File(locales.Source)
	file := cat.File(lang)
	var missing, stale, broken []string
	for id, m := range en.Messages {
		switch {
		case file != nil && file.Broken[id]:
			broken = append(broken, id)
		case file == nil || file.Messages[id] == nil:
			missing = append(missing, id)
		case file.Hashes[id] != "" && file.Hashes[id] != locales.Hash(m):
			stale = append(stale, id)
		}
	}
	slices.Sort(missing)
	slices.Sort(stale)
	slices.Sort(broken)
	msgTotal := len(en.Messages)
	msgDone := msgTotal - len(missing) - len(stale) - len(broken)
	switch {
	case file == nil:
		lines = append(lines, fmt.Sprintf("  no active.%s.toml yet: all %d messages show in English", lang, msgTotal))
	case file.Unreadable:
		lines = append(lines, fmt.Sprintf("  %s: could not be read (see above): all %d messages show in English", file.Path, msgTotal))
	default:
		if len(broken) > 0 {
			lines = append(lines, fmt.Sprintf("  %s: messages with problems (see above; English shows until fixed): %s", file.Path, strings.Join(broken, ", ")))
		}
		if len(missing) > 0 {
			lines = append(lines, fmt.Sprintf("  %s: messages missing: %s", file.Path, strings.Join(missing, ", ")))
		}
		if len(stale) > 0 {
			lines = append(lines, fmt.Sprintf("  %s: messages stale: %s", file.Path, strings.Join(stale, ", ")))
		}
	}
	return messageStatus{done: msgDone, total: msgTotal, complete: len(lines) == 0, lines: lines}
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
	status := 0
	for _, src := range lib.Decks(decks.SourceLocale) {
		path := filepath.Join(deckDir, src.ID+".toml")
		existing := lib.Deck(lang, src.ID)
		old, err := decks.ReadUserFile(path)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			old = nil
		case err != nil:
			fmt.Fprintf(stderr, "deckcheck: %s: %v; left as it is\n", path, err)
			status = 1
			continue
		default:
			// The file on disk is the translator's work: start from it,
			// and never write over it when it cannot be read in full.
			var ps decks.Problems
			existing, ps = decks.Parse(filepath.ToSlash(path), old, lang)
			if len(ps) > 0 {
				for _, p := range ps {
					fmt.Fprintln(stdout, p.Error())
				}
				fmt.Fprintf(stdout, "kept %s as it is: fix the problems above, then run -new again to refresh it\n", path)
				status = 1
				continue
			}
		}
		if err := decks.WriteFileAtomic(path, decks.Template(src, existing, lang, old)); err != nil {
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
	return status
}

func plural(n int, one, other string) string {
	if n == 1 {
		return one
	}
	return other
}
