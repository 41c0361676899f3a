package ui

import (
	"testing"
	"time"
)

// watchExit makes quitting end nothing but a channel, at once, for one test.
func watchExit(t *testing.T) <-chan struct{} {
	t.Helper()
	ended := make(chan struct{}, 4)
	grace, end := quitGrace, endProcess
	t.Cleanup(func() {
		exitMu.Lock()
		quitGrace, endProcess, exitArmed = grace, end, false
		exitMu.Unlock()
	})
	exitMu.Lock()
	quitGrace, endProcess, exitArmed = 10*time.Millisecond, func() { ended <- struct{}{} }, false
	exitMu.Unlock()
	return ended
}

func rearmExit() {
	exitMu.Lock()
	exitArmed = false
	exitMu.Unlock()
}

// Fyne 2.7 can hang for ever while quitting (see quit.go), leaving a process
// behind after the window has gone. Every way of quitting Tend ends the
// process within quitGrace even then.
func TestEveryQuitEndsTheProcess(t *testing.T) {
	ended := watchExit(t)
	tb, w := newTestTable(t, newApp(t), Options{})
	ways := []struct {
		name string
		quit func()
	}{
		{"Ctrl+Q", func() { shortcut(w, shortcutQuit) }},
		{"the Quit menu item", func() { findMenuItem(tb.menu.menu, "Quit").Action() }},
	}
	for _, way := range ways {
		rearmExit()
		way.quit()
		select {
		case <-ended:
		case <-time.After(5 * time.Second):
			t.Errorf("%s: the process would stay behind if Fyne's shutdown hung", way.name)
		}
	}
	// Nothing ends the process before someone quits.
	rearmExit()
	select {
	case <-ended:
		t.Error("the process ended without anyone quitting")
	case <-time.After(50 * time.Millisecond):
	}
}
