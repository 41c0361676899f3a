package locales

import (
	"strings"
	"testing"
)

// BenchmarkLoadAtStart is what the app loads before its window: English and
// the language on screen.
func BenchmarkLoadAtStart(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		LoadFor([]string{"de"})
	}
}

// BenchmarkParseBroken is a file with a mistake, read message by message.
func BenchmarkParseBroken(b *testing.B) {
	data, err := builtin.ReadFile("active.de.toml")
	if err != nil {
		b.Fatal(err)
	}
	broken := []byte(strings.Replace(string(data), `other = "Schließen"`, `other = "Schließen`, 1))
	b.ReportAllocs()
	for b.Loop() {
		parseFile("active.de.toml", broken)
	}
}
