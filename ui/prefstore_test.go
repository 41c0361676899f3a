package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// settings.toml is read at every start: one nested thousands deep is refused
// at once (then set aside and told, like any broken settings file), rather
// than keeping the window away for minutes.
func TestDeepSettingsAreRefusedAtOnce(t *testing.T) {
	deep := []byte("\"view.theme\" = " + strings.Repeat("{a = ", 4000) + "1" + strings.Repeat("}", 4000) + "\n")
	start := time.Now()
	_, err := parseSettings(settingsFileName, deep)
	if took := time.Since(start); took > time.Second {
		t.Errorf("took %v", took)
	}
	if err == nil || !strings.Contains(err.Error(), "nested") || !strings.Contains(err.Error(), "1:") {
		t.Errorf("got %v, want a positioned error about nesting", err)
	}
}

// A settings file refused for its nesting is told like any other broken
// file: with its path, line and column, so the person can find it.
func TestDeepSettingsFileIsToldWithItsPath(t *testing.T) {
	path := filepath.Join(t.TempDir(), "settings.toml")
	deep := "\"view.theme\" = " + strings.Repeat("{a = ", 4000) + "1" + strings.Repeat("}", 4000) + "\n"
	if err := os.WriteFile(path, []byte(deep), 0o600); err != nil {
		t.Fatal(err)
	}
	_, _, kept, err := openPrefStore(path)
	if err == nil || !strings.HasPrefix(err.Error(), path+":1:") {
		t.Errorf("got %v, want it to start with %s:1:", err, path)
	}
	if kept == "" {
		t.Error("the refused file was not set aside")
	}
}
