package locales

import (
	"strings"
	"testing"
)

// FuzzParseFile: whatever a message file holds, reading it never panics,
// every problem has the file's name, and a message is either used or
// broken, never both.
func FuzzParseFile(f *testing.F) {
	for _, seed := range []string{
		"[Start]\nother = \"Inizia\"\n",
		"Start = \"Inizia\"\n[Close]\naltro = \"x\"\n",
		"[Start]\nother = \"a \"b\" c\"\n[Next]\nother = 'x'\n",
		"[A]\nother = \"\"\"\nmulti\n\"\"\"\n[B\nother = {a={b={c={d={e=1}}}}}\n",
		"a.b.c.d.e.f = 1\n[Start]\none = \"{{.Count\"\nother = \"{{.Count}}\"\n",
		"\uFEFF# comment\n[Start]\n# note\nother = \"x\"\n[Start]\nother = \"y\"\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, problems := parseFile("active.it.toml", data)
		for _, p := range problems {
			if !strings.HasPrefix(p.Error(), "active.it.toml") {
				t.Errorf("problem without its file: %q", p.Error())
			}
		}
		for id := range file.Messages {
			if file.Broken[id] {
				t.Errorf("message %q both used and broken", id)
			}
		}
	})
}
