package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/widget"
)

func TestVersionShowsStampedRevision(t *testing.T) {
	old := revision
	t.Cleanup(func() { revision = old })
	revision = "1a2b3c4d5e6f-dirty"
	want := version + " (1a2b3c4d5e6f-dirty)"
	if got := Version(); got != want {
		t.Errorf("Version() = %q, want %q", got, want)
	}

	tb, w := newTestTable(t, newApp(t), Options{})
	findMenuItem(tb.menu.menu, "About Tend").Action()
	if findIn(topOverlay(t, w), func(l *widget.Label) bool { return strings.HasPrefix(l.Text, "Tend "+want+"\n") }) == nil {
		t.Errorf("the About box does not start with %q", "Tend "+want)
	}
}
