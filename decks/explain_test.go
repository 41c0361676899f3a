package decks

import (
	"errors"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestExplainTOMLError covers what the testdata/bad/syntax-*.toml files do
// not: errors that are not syntax errors, and positions the decoder puts
// past the end of a line.
func TestExplainTOMLError(t *testing.T) {
	if line, col, msg := ExplainTOMLError(errors.New("toml: cannot read"), nil); line != 0 || col != 0 || msg != "cannot read" {
		t.Errorf("plain error: %d:%d %q", line, col, msg)
	}
	src := []byte("id = \"x\"\n= \"y\"\n")
	var raw map[string]any
	_, err := toml.Decode(string(src), &raw)
	line, col, msg := ExplainTOMLError(err, src)
	if line != 2 || col != 6 || msg != `a line starts with "=": the key before it is missing` {
		t.Errorf("got %d:%d %q", line, col, msg)
	}
}
