//go:build unix

package ui

import (
	"os"
	"syscall"
	"testing"
	"time"
)

// A desktop logging out sends SIGTERM: Tend quits, and the process ends even
// if Fyne's shutdown hangs (the harness found one that never answered it).
func TestSIGTERMEndsTheProcess(t *testing.T) {
	ended := watchExit(t)
	a := newApp(t)
	newTestTable(t, a, Options{})
	QuitOnSignal(a)
	if err := syscall.Kill(os.Getpid(), syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-ended:
	case <-time.After(5 * time.Second):
		t.Error("SIGTERM did not end the process")
	}
}
