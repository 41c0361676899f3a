package ui

import (
	"os"
	"os/signal"
	"sync"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
)

// Quitting. Fyne 2.7 can hang for ever on its way out: its "stopped" hook is
// queued as an event while the main loop drains and closes its queue of work
// for the main thread, and when the event reaches that queue a moment too
// late (a busy machine, a traced process) it waits for a loop that has
// already stopped. The window is gone by then, so Tend looks closed, but the
// process stays behind and never answers a SIGTERM (a desktop logging out).
// make test's reliability harness caught it. So every way of quitting Tend
// goes through quit, which lets Fyne shut down cleanly and ends the process
// itself if that has not happened within quitGrace. Nothing is lost: every
// setting, mark and plan is written when it changes, never at exit.

// quitGrace is how long Fyne has to shut down; a variable for the tests.
var quitGrace = 3 * time.Second

// endProcess ends Tend when Fyne did not; the tests replace it.
var endProcess = func() { os.Exit(0) }

var (
	exitMu    sync.Mutex
	exitArmed bool
)

// armExit makes sure the process ends within quitGrace. Calling it again
// changes nothing.
func armExit() {
	exitMu.Lock()
	defer exitMu.Unlock()
	if exitArmed {
		return
	}
	exitArmed = true
	grace, end := quitGrace, endProcess
	time.AfterFunc(grace, end)
}

// quit closes Tend: the Quit command, Ctrl+Q and the window's close button.
func (t *table) quit() {
	armExit()
	t.app.Quit()
}

// QuitOnSignal makes SIGTERM (a desktop logging out, a service manager) and
// SIGINT (Ctrl+C in a terminal) quit Tend as its Quit command does, ending
// the process even if Fyne's own shutdown hangs. main calls it once.
func QuitOnSignal(a fyne.App) {
	signals := make(chan os.Signal, 1)
	signal.Notify(signals, syscall.SIGTERM, os.Interrupt)
	go func() {
		<-signals
		armExit()
		fyne.Do(a.Quit)
	}()
}
