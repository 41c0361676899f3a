//go:build ci

package ui

import (
	"os"
	"path/filepath"
)

// fyneConfigRoot is where Fyne's in-memory test driver (-tags ci) keeps
// each app's folder, as Fyne v2.7.1 decides it.
func fyneConfigRoot() string {
	return filepath.Join(os.TempDir(), "fyne-test")
}
