package decks

import (
	"strings"
	"testing"

	"tend.app/tend/decks/decktest"
)

// FuzzParse feeds arbitrary bytes to the loader. Whatever comes in, Parse
// must not panic, must return either a deck or problems (never both, never
// neither), and every problem must name the file and a sane position.
func FuzzParse(f *testing.F) {
	decktest.SeedFiles(f, "testdata/bad/*.toml", "testdata/good/en/*.toml", "data/en/*.toml")
	f.Fuzz(func(t *testing.T, data []byte) {
		d, ps := Parse("en/fuzz.toml", data, "en")
		if (d == nil) == (len(ps) == 0) {
			t.Fatalf("deck %v with %d problems", d, len(ps))
		}
		lines := strings.Count(string(data), "\n") + 1
		for _, p := range ps {
			if p.Path != "en/fuzz.toml" || p.Line < 0 || p.Line > lines || p.Col < 0 || p.Msg == "" {
				t.Fatalf("bad problem %#v for %d lines", p, lines)
			}
		}
		if d != nil {
			for _, c := range d.Cards {
				if c.Depth < Gentle || c.Depth > MaxDepth || c.ID == "" || strings.TrimSpace(c.Text) == "" {
					t.Fatalf("invalid card accepted: %+v", c)
				}
			}
		}
	})
}

// FuzzTemplateComments feeds arbitrary bytes as the old translation file
// that deckcheck -new refreshes: whatever a translator wrote, the new
// template must be written, must still parse, and must keep every comment
// line the translator wrote on a line of its own.
func FuzzTemplateComments(f *testing.F) {
	src, ps := Parse("en/idea.toml", []byte(curiousEN), "en")
	if len(ps) > 0 {
		f.Fatal(ps)
	}
	f.Add(Template(src, nil, "nl", nil))
	f.Add([]byte("# mine\nid = \"idea\" # deck\n[[cards]]\n# before id\nid = \"idea-describe\" # on id\ntext = \"\"\"\n# not a comment\n\"\"\"\n"))
	f.Fuzz(func(t *testing.T, old []byte) {
		out := Template(src, nil, "nl", old)
		if _, ps := Parse("nl/idea.toml", out, "nl"); len(ps) > 0 {
			t.Fatalf("refreshed template does not parse:\n%s\n%v", out, ps)
		}
	})
}
