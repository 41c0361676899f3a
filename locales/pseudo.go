package locales

import (
	"crypto/sha1"
	"encoding/hex"
	"strings"
)

// Pseudo is the tag of the generated pseudo-language: every letter accented,
// at least 40% longer, in brackets (real German, Ukrainian and Italian
// labels run 35-40% longer than English, so 35% missed them). Selecting it shows at once which text is not
// translatable (still plain) and where longer languages would be cut off.
const Pseudo = "en-XA"

var accents = map[rune]rune{
	'a': 'á', 'b': 'ƀ', 'c': 'ç', 'd': 'ď', 'e': 'é', 'f': 'ƒ', 'g': 'ĝ', 'h': 'ĥ', 'i': 'í', 'j': 'ĵ', 'k': 'ķ', 'l': 'ĺ', 'm': 'ɱ',
	'n': 'ñ', 'o': 'ö', 'p': 'þ', 'q': 'ǫ', 'r': 'ŕ', 's': 'š', 't': 'ţ', 'u': 'ü', 'v': 'ṽ', 'w': 'ŵ', 'x': 'ẋ', 'y': 'ý', 'z': 'ž',
	'A': 'Á', 'B': 'Ɓ', 'C': 'Ç', 'D': 'Ď', 'E': 'É', 'F': 'Ƒ', 'G': 'Ĝ', 'H': 'Ĥ', 'I': 'Í', 'J': 'Ĵ', 'K': 'Ķ', 'L': 'Ĺ', 'M': 'Ṁ',
	'N': 'Ñ', 'O': 'Ö', 'P': 'Þ', 'Q': 'Ǫ', 'R': 'Ŕ', 'S': 'Š', 'T': 'Ţ', 'U': 'Ü', 'V': 'Ṽ', 'W': 'Ŵ', 'X': 'Ẋ', 'Y': 'Ý', 'Z': 'Ž',
}

// PseudoText turns English into the pseudo-language. Placeholders such as
// {{.Count}} have already been filled in when it is called, so every letter
// may change.
func PseudoText(s string) string {
	if s == "" {
		return s
	}
	var b strings.Builder
	letters := 0
	for _, r := range s {
		if a, ok := accents[r]; ok {
			r = a
			letters++
		}
		b.WriteRune(r)
	}
	pad := (len([]rune(s))*40 + 99) / 100
	return "[" + b.String() + " " + strings.Repeat("~", max(pad-1, 1)) + "]"
}

func sourceHash(s string) string {
	sum := sha1.Sum([]byte(s))
	return "sha1-" + hex.EncodeToString(sum[:])
}
