// Package printouttest reads a PDF back for the tests of every printout (the
// plan, the shared list, the handouts) the way a person's PDF reader would:
// with poppler's pdftotext and pdfinfo, which scripts/deps.sh installs.
package printouttest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

var pagesLine = regexp.MustCompile(`(?m)^Pages:\s+(\d+)`)

// Read returns the text pdftotext reads from pdf, as it lays it out, and
// the page count pdfinfo gives. It fails the test when poppler-utils is
// missing rather than skipping: a printout nobody has read back is untested.
func Read(t testing.TB, pdf []byte) (text string, pages int) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext not found: run scripts/deps.sh (poppler-utils)")
	}
	path := filepath.Join(t.TempDir(), "printout.pdf")
	if err := os.WriteFile(path, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	info, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	m := pagesLine.FindSubmatch(info)
	if m == nil {
		t.Fatalf("pdfinfo gave no page count:\n%s", info)
	}
	pages, _ = strconv.Atoi(string(m[1]))
	return string(out), pages
}
