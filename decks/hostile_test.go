package decks

import (
	"strings"
	"testing"
)

// TestParseRejectsDeepNesting: nesting that only a hostile or broken file
// has is refused before the decoder sees it, at its place. Before the
// pre-scan, 10,000 nested inline tables took minutes and gigabytes.
func TestParseRejectsDeepNesting(t *testing.T) {
	head := "id = \"deep\"\nmoment = \"before\"\ntitle = \"Deep\"\ndescription = \"Deep.\"\n"
	for _, tc := range []struct {
		name, src, want string
	}{
		{"inline tables", head + "x = " + strings.Repeat("{a = ", 10000) + "1" + strings.Repeat("}", 10000) + "\n",
			"en/deep.toml:5:25: brackets nested 5 deep; this file needs at most 4 (is a closing ] or } missing?)"},
		{"lists", head + "topics = " + strings.Repeat("[", 20000) + "\n",
			"en/deep.toml:5:14: brackets nested 5 deep; this file needs at most 4 (is a closing ] or } missing?)"},
		{"dotted key", head + strings.Repeat("a.", 30000) + "b = 1\n",
			"en/deep.toml:5:8: a key of more than 4 parts joined by dots; this file needs at most 4"},
		{"table name", head + "[" + strings.Repeat("t.", 100) + "t]\n",
			"en/deep.toml:5:9: a key of more than 4 parts joined by dots; this file needs at most 4"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, ps := Parse("en/deep.toml", []byte(tc.src), "en")
			if d != nil || ps.Error() != tc.want {
				t.Errorf("got %v\nwant %s", ps, tc.want)
			}
		})
	}
}

// TestScanTOMLDepthSkipsStringsAndComments: brackets and dots inside texts
// and comments are not structure; real decks pass.
func TestScanTOMLDepthSkipsStringsAndComments(t *testing.T) {
	src := `# [[[[[[ a.b.c.d.e.f
id = "a.b.c.d.e.f [[[[[["
text = """
{{{{{{{ "quoted" \""" ....... ]]]]
"""
note = 'it''s [[[[[[ ....'
topics = ["consent", "pace"] # [[[[ ......
[[cards]]
a.b.c.d = 1
`
	if line, col, msg := ScanTOMLDepth([]byte(src), MaxNesting, MaxKeyParts); msg != "" {
		t.Errorf("%d:%d: %s", line, col, msg)
	}
	for name, data := range builtinData(t) {
		if line, col, msg := ScanTOMLDepth(data, MaxNesting, MaxKeyParts); msg != "" {
			t.Errorf("%s:%d:%d: %s", name, line, col, msg)
		}
	}
}
