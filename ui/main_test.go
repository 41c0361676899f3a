package ui

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	// Frames of the breathing guide are stepped by the tests themselves;
	// see breathTicks.
	breathTicks = false
	os.Exit(m.Run())
}
