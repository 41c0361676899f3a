package decks

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// The loading benchmarks come in pairs: Tend's loader, and a bare toml.Decode
// of the same bytes. `make bench` reports their ratio, which holds on a noisy
// machine where absolute times do not.

func builtinFiles(b *testing.B) map[string][]byte { return builtinData(b) }

// builtinData reads every built-in deck file, by path.
func builtinData(tb testing.TB) map[string][]byte {
	files := map[string][]byte{}
	err := fs.WalkDir(BuiltinFS(), ".", func(path string, d fs.DirEntry, err error) error {
		// Deck files only: <locale>/<deck>.toml, not retired.toml nor the
		// yes / no / maybe lists in <locale>/lists/.
		if err != nil || d.IsDir() || strings.Count(path, "/") != 1 || !strings.HasSuffix(path, ".toml") {
			return err
		}
		data, err := fs.ReadFile(BuiltinFS(), path)
		files[path] = data
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

func BenchmarkLoadBuiltin(b *testing.B) {
	files := builtinFiles(b)
	b.ResetTimer()
	for b.Loop() {
		var all []*Deck
		for path, data := range files {
			locale, _, _ := strings.Cut(path, "/")
			d, ps := Parse(path, data, locale)
			if len(ps) > 0 {
				b.Fatal(ps)
			}
			all = append(all, d)
		}
		if _, ps := NewLibrary(all); len(ps) > 0 {
			b.Fatal(ps)
		}
	}
}

func BenchmarkDecodeBuiltin(b *testing.B) {
	files := builtinFiles(b)
	b.ResetTimer()
	for b.Loop() {
		for _, data := range files {
			var raw map[string]any
			if _, err := toml.Decode(string(data), &raw); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func bigDeck(n int) []byte {
	var s strings.Builder
	s.WriteString("id = \"big\"\nmoment = \"before\"\ntitle = \"Big\"\ndescription = \"Generated.\"\n")
	for i := range n {
		fmt.Fprintf(&s, "\n[[cards]]\nid = \"card-%d\"\ndepth = %d\ntext = \"What would card number %d like to ask you today?\"\n", i, i%3+1, i)
	}
	return []byte(s.String())
}

// The big-deck benchmarks show that loading is linear in the number of
// cards: 1k, 10k and 100k cards, each beside a bare decode. A deck file of
// 100,000 cards is over the 1 MiB limit, which Parse would refuse, so
// these call the parser past that check.
func benchmarkBigDeck(b *testing.B, n int) {
	data := bigDeck(n)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, ps := parseUnlimited("en/big.toml", data, "en"); len(ps) > 0 {
			b.Fatal(ps[:1])
		}
	}
}

func benchmarkBigDecode(b *testing.B, n int) {
	data := bigDeck(n)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var raw map[string]any
		if _, err := toml.Decode(string(data), &raw); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad1k(b *testing.B)     { benchmarkBigDeck(b, 1000) }
func BenchmarkDecode1k(b *testing.B)   { benchmarkBigDecode(b, 1000) }
func BenchmarkLoad10k(b *testing.B)    { benchmarkBigDeck(b, 10000) }
func BenchmarkDecode10k(b *testing.B)  { benchmarkBigDecode(b, 10000) }
func BenchmarkLoad100k(b *testing.B)   { benchmarkBigDeck(b, 100000) }
func BenchmarkDecode100k(b *testing.B) { benchmarkBigDecode(b, 100000) }
