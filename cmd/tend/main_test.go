package main

import (
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestQuietStartWithCLocale: on a system whose locale is C.UTF-8 (many
// containers and minimal installs), starting Tend used to print "Fyne error:
// Error parsing user locale C" from Fyne's package initialisation. The test
// binary holds the same packages as tend, so starting it again with that
// locale shows what a person would see before any window opens.
func TestQuietStartWithCLocale(t *testing.T) {
	for _, env := range []string{"LANG=C.UTF-8", "LC_ALL=C.utf8", "LANG=POSIX.UTF-8"} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(withoutLocale(os.Environ()), env)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("%s: %v\n%s", env, err, out)
		}
		if strings.Contains(string(out), "Fyne error") {
			t.Errorf("%s: starting prints\n%s", env, out)
		}
	}
}

func withoutLocale(env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "LANG=") && !strings.HasPrefix(kv, "LC_") && !strings.HasPrefix(kv, "LANGUAGE=") {
			out = append(out, kv)
		}
	}
	return out
}
