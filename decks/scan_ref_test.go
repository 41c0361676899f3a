package decks

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"strings"
	"testing"
)

// The pre-scan skips strings and comments with bytes.IndexByte rather than
// byte by byte (it was a third of what loading adds to a bare decode). It
// must find exactly what the plain byte-by-byte scan below found, the one
// it replaced: same place, same message, on every input.
func TestScanTOMLDepthMatchesTheByteByByteScan(t *testing.T) {
	check := func(name string, src []byte) {
		t.Helper()
		for _, limits := range [][2]int{{MaxNesting, MaxKeyParts}, {1, 1}, {2, 3}, {64, 16}} {
			l1, c1, m1 := ScanTOMLDepth(src, limits[0], limits[1])
			l2, c2, m2 := scanReference(src, limits[0], limits[1])
			if l1 != l2 || c1 != c2 || m1 != m2 {
				t.Fatalf("%s with limits %v: %d:%d %q, the byte-by-byte scan says %d:%d %q\n%q", name, limits, l1, c1, m1, l2, c2, m2, src)
			}
		}
	}
	err := fs.WalkDir(BuiltinFS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(BuiltinFS(), path)
		check(path, data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// Short texts made of the characters the scan cares about, so quotes,
	// escapes, triple quotes, comments and newlines meet in every order.
	const alphabet = "\"'\\\n#[]{}.=,a "
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 200000 {
		var b strings.Builder
		for range rng.IntN(24) {
			b.WriteByte(alphabet[rng.IntN(len(alphabet))])
		}
		check(fmt.Sprint("random text ", n), []byte(b.String()))
	}
}

func scanReference(src []byte, maxNesting, maxKeyParts int) (line, col int, msg string) {
	line, lineStart := 1, 0
	depth, dots := 0, 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		switch c {
		case '\n':
			line, lineStart = line+1, i+1
			dots = 0
		case '#':
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			end, lines, last := skipStringReference(src, i)
			if lines > 0 {
				line, lineStart = line+lines, last
			}
			i = end
		case '[', '{':
			depth++
			dots = 0
			if depth > maxNesting {
				return line, i - lineStart + 1, fmt.Sprintf("brackets nested %d deep; this file needs at most %d (is a closing ] or } missing?)", depth, maxNesting)
			}
		case ']', '}':
			if depth > 0 {
				depth--
			}
			dots = 0
		case '=', ',':
			dots = 0
		case '.':
			dots++
			if dots >= maxKeyParts {
				return line, i - lineStart + 1, fmt.Sprintf("a key of more than %d parts joined by dots; this file needs at most %d", maxKeyParts, maxKeyParts)
			}
		}
	}
	return 0, 0, ""
}

// skipStringReference returns the index of the last byte of the string starting at
// src[i] (a quote), how many newlines it spans, and where the line after
// its last newline starts. An unclosed string runs to the end of its line
// (or of the file, for triple quotes): the decoder reports it.
func skipStringReference(src []byte, i int) (end, lines, lineStart int) {
	q := src[i]
	triple := i+2 < len(src) && src[i+1] == q && src[i+2] == q
	j := i + 1
	if triple {
		j = i + 3
	}
	for ; j < len(src); j++ {
		switch c := src[j]; {
		case c == '\\' && q == '"':
			if j+1 < len(src) && src[j+1] != '\n' {
				j++
			}
		case c == '\n':
			if !triple {
				return j - 1, lines, lineStart
			}
			lines, lineStart = lines+1, j+1
		case c == q:
			if !triple {
				return j, lines, lineStart
			}
			if j+2 < len(src) && src[j+1] == q && src[j+2] == q {
				// Up to two more quotes may end the text itself: """a"""""
				j += 2
				for k := 0; k < 2 && j+1 < len(src) && src[j+1] == q; k++ {
					j++
				}
				return j, lines, lineStart
			}
		}
	}
	return len(src) - 1, lines, lineStart
}
