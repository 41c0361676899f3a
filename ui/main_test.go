package ui

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	// Frames of the breathing guide are stepped by the tests themselves;
	// see breathTicks.
	breathTicks = false
	// A test that quits must not end the test run; see quit.go.
	endProcess = func() {}
	os.Exit(m.Run())
}
