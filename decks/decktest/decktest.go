// Package decktest holds what the tests of Tend's file formats share: the
// fuzz targets of decks, item lists, saved plans and session plans all start
// from the real files of their format.
package decktest

import (
	"os"
	"path/filepath"
	"testing"
)

// SeedFiles adds every file matching each of globs to f's seed corpus. A
// glob that matches nothing fails the fuzz test: after a typo or a moved
// folder it would otherwise fuzz from nothing, unnoticed.
func SeedFiles(f *testing.F, globs ...string) {
	f.Helper()
	for _, glob := range globs {
		files, err := filepath.Glob(glob)
		if err != nil || len(files) == 0 {
			f.Fatalf("no seed files match %s", glob)
		}
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(data)
		}
	}
}
