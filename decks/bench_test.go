package decks

import (
	"fmt"
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

// The loading benchmarks time Tend's loader and a bare toml.Decode of the
// same bytes in turns, inside one benchmark, and report each one's time per
// run (load-ns, decode-ns): a slow spell of a shared machine slows both
// alike, so `make bench` can report their ratio even where absolute times
// wander by a third from one run to the next.

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

// loadAgainstDecode runs load and decode once each per iteration, in
// alternating order so that neither always pays for the other's garbage,
// and reports the time of each per run.
func loadAgainstDecode(b *testing.B, load, decode func() error) {
	var tl, td time.Duration
	runs := 0
	timed := func(f func() error, into *time.Duration) {
		t0 := time.Now()
		if err := f(); err != nil {
			b.Fatal(err)
		}
		*into += time.Since(t0)
	}
	for b.Loop() {
		if runs%2 == 0 {
			timed(load, &tl)
			timed(decode, &td)
		} else {
			timed(decode, &td)
			timed(load, &tl)
		}
		runs++
	}
	b.ReportMetric(float64(tl.Nanoseconds())/float64(runs), "load-ns")
	b.ReportMetric(float64(td.Nanoseconds())/float64(runs), "decode-ns")
}

// decodeAll is the baseline: a bare toml.Decode of each file.
func decodeAll(files ...[]byte) func() error {
	return func() error {
		for _, data := range files {
			var raw map[string]any
			if _, err := toml.Decode(string(data), &raw); err != nil {
				return err
			}
		}
		return nil
	}
}

// BenchmarkBuiltin loads every built-in deck file into one library, as Tend
// does for all languages at once when the language picker opens.
func BenchmarkBuiltin(b *testing.B) {
	files := builtinFiles(b)
	var all [][]byte
	for _, data := range files {
		all = append(all, data)
	}
	load := func() error {
		var ds []*Deck
		for path, data := range files {
			locale, _, _ := strings.Cut(path, "/")
			d, ps := Parse(path, data, locale)
			if len(ps) > 0 {
				return ps
			}
			ds = append(ds, d)
		}
		if _, ps := NewLibrary(ds); len(ps) > 0 {
			return ps
		}
		return nil
	}
	loadAgainstDecode(b, load, decodeAll(all...))
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
// cards: 1k, 10k and 100k cards. A deck file of 100,000 cards is over the
// 1 MiB limit, which Parse would refuse, so these call the parser past that
// check.
func benchmarkBigDeck(b *testing.B, n int) {
	data := bigDeck(n)
	load := func() error {
		if _, ps := parseUnlimited("en/big.toml", data, "en"); len(ps) > 0 {
			return ps
		}
		return nil
	}
	loadAgainstDecode(b, load, decodeAll(data))
}

func Benchmark1k(b *testing.B)   { benchmarkBigDeck(b, 1000) }
func Benchmark10k(b *testing.B)  { benchmarkBigDeck(b, 10000) }
func Benchmark100k(b *testing.B) { benchmarkBigDeck(b, 100000) }
