package locales

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseMessages feeds arbitrary bytes to the message file reader: it
// must never panic, and it either returns a file or an error naming it.
func FuzzParseMessages(f *testing.F) {
	files, _ := filepath.Glob("active.*.toml")
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("[Hello]\nother = \"{{.Name\"\n"))
	f.Add([]byte("Hello = 3\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := parseFile("active.de.toml", data)
		if (file == nil) == (err == nil) {
			t.Fatalf("file %v with error %v", file, err)
		}
	})
}
