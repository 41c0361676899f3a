//go:build !ci

package ui

import (
	"os"
	"path/filepath"
	"runtime"
)

// fyneConfigRoot is where Fyne keeps each app's folder (and so its
// preferences.json), as fyne.io/fyne/v2/internal/app decides it for v2.7.1.
// It is needed before the app exists, which is when Fyne reads that file.
func fyneConfigRoot() string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "darwin":
		return filepath.Join(home, "Library", "Preferences", "fyne")
	case "windows":
		return filepath.Join(home, "AppData", "Roaming", "fyne")
	}
	config, _ := os.UserConfigDir()
	return filepath.Join(config, "fyne")
}
