package ui

import (
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
	_, err := parseSettings(deep)
	if took := time.Since(start); took > time.Second {
		t.Errorf("took %v", took)
	}
	if err == nil || !strings.Contains(err.Error(), "nested") || !strings.Contains(err.Error(), "1:") {
		t.Errorf("got %v, want a positioned error about nesting", err)
	}
}
