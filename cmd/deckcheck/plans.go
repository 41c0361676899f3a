package main

import (
	"flag"
	"os"
	"path/filepath"

	"tend.app/tend/decks"
	"tend.app/tend/decks/session"
)

// Session plans are checked like decks: the built-in example plans always,
// a drop-in folder's plans (-data DIR holds DIR/plans/*.toml), and any plan
// file or folder given with -plans. Card ids are looked up in every deck
// deckcheck loaded, so a plan for a translator's or a therapist's own decks
// checks too. This file is the whole hook; run calls the two functions.

// addPlanFlag registers -plans, which may be repeated.
func addPlanFlag(flags *flag.FlagSet) *[]string {
	var paths []string
	flags.Func("plans", "also check the session plan `FILE` or every plan in a folder; may be repeated", func(p string) error {
		paths = append(paths, p)
		return nil
	})
	return &paths
}

// checkPlans returns every problem of the plans deckcheck is asked about.
func checkPlans(lib *decks.Library, data string, paths []string) decks.Problems {
	known := func(id string) bool { return lib.Card(id) != nil }
	problems := session.CheckBuiltin(known)
	if data != "" {
		problems = append(problems, session.CheckDir(filepath.Join(data, "plans"), known)...)
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		switch {
		case err != nil:
			problems = append(problems, decks.Problem{Path: p, Msg: "no such plan file or folder"})
		case info.IsDir():
			problems = append(problems, session.CheckDir(p, known)...)
		default:
			_, ps := session.ReadFile(p, known)
			problems = append(problems, ps...)
		}
	}
	return problems
}
