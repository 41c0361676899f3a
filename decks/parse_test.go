package decks

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/bad/*.want from the current output")

// TestParseBad checks every broken file in testdata/bad against the exact
// messages we promise translators, one `path:line:col: message` per line.
func TestParseBad(t *testing.T) {
	files, err := filepath.Glob("testdata/bad/*.toml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no bad files: %v", err)
	}
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			d, problems := Parse(filepath.ToSlash(file), data, "en")
			if d != nil {
				t.Errorf("Parse returned a deck for a broken file")
			}
			if len(problems) == 0 {
				t.Fatalf("no problems reported")
			}
			got := problems.Error() + "\n"
			wantFile := strings.TrimSuffix(file, ".toml") + ".want"
			if *update {
				if err := os.WriteFile(wantFile, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatal(err)
			}
			if got != string(want) {
				t.Errorf("problems differ\n got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestParseGood(t *testing.T) {
	data, err := os.ReadFile("testdata/good/en/sample.toml")
	if err != nil {
		t.Fatal(err)
	}
	d, problems := Parse("testdata/good/en/sample.toml", data, "en")
	if len(problems) > 0 {
		t.Fatalf("unexpected problems:\n%v", problems)
	}
	if d.ID != "sample" || d.Moment != Before || d.Title != "Sample" || d.Note != "Plain and warm." || d.Locale != "en" {
		t.Errorf("deck fields wrong: %+v", d)
	}
	if len(d.Cards) != 3 {
		t.Fatalf("got %d cards, want 3", len(d.Cards))
	}
	first, second := d.Cards[0], d.Cards[1]
	if first.ID != "sample-gentle" || first.Depth != Gentle || !first.Both || first.Deck != d {
		t.Errorf("first card wrong: %+v", first)
	}
	if second.Text != "What helps you say no when you need to?" || second.Both || second.Note == "" {
		t.Errorf("multi-line card wrong: %+v", second)
	}
	if got := d.CountUpTo(Deeper); got != 2 {
		t.Errorf("CountUpTo(Deeper) = %d, want 2", got)
	}
}

func TestParseLengthRuleIsEnglishOnly(t *testing.T) {
	long := strings.Repeat("Wie geht es dir gerade, wirklich? ", 6)
	src := "id = \"long\"\nmoment = \"during\"\ntitle = \"Lang\"\ndescription = \"Lang.\"\n[[cards]]\nid = \"long-card\"\ndepth = 1\ntext = \"" + long + "\"\n"
	if _, ps := Parse("de/long.toml", []byte(src), "de"); len(ps) > 0 {
		t.Errorf("a long German card was rejected: %v", ps)
	}
	ps := func() Problems { _, ps := Parse("en/long.toml", []byte(src), "en-GB"); return ps }()
	if len(ps) != 1 || !strings.Contains(ps[0].Msg, "keep it to 160") || ps[0].Line != 8 {
		t.Errorf("a long en-GB card: got %v, want one problem on line 8", ps)
	}
}

func TestParseTooBig(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("id = \"big\"\n")
	for b.Len() <= MaxFileSize {
		b.WriteString("# padding padding padding padding padding padding padding\n")
	}
	_, ps := Parse("en/big.toml", b.Bytes(), "en")
	if len(ps) != 1 || !strings.Contains(ps[0].Error(), "en/big.toml: file is") || !strings.Contains(ps[0].Msg, "at most 1 MiB") {
		t.Errorf("got %v", ps)
	}
}

func TestProblemFormat(t *testing.T) {
	for _, tc := range []struct {
		p    Problem
		want string
	}{
		{Problem{"a.toml", 3, 7, "bad"}, "a.toml:3:7: bad"},
		{Problem{"a.toml", 3, 0, "bad"}, "a.toml:3: bad"},
		{Problem{"a.toml", 0, 0, "bad"}, "a.toml: bad"},
	} {
		if got := tc.p.Error(); got != tc.want {
			t.Errorf("%#v.Error() = %q, want %q", tc.p, got, tc.want)
		}
	}
	if (Problems{}).Err() != nil {
		t.Error("empty Problems.Err() is not nil")
	}
}
