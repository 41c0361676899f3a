package locales

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

// TestPluralForms checks the forms a translator is asked for. (CLDR's "many"
// for French, Spanish and Portuguese applies only to millions written in
// compact form; x/text's rules leave it out, and go-i18n falls back to
// "other".)
func TestPluralForms(t *testing.T) {
	for tag, want := range map[string]string{
		"en": "one other", "de": "one other", "uk": "one few many other", "fr": "one other",
		"es": "one other", "pt-BR": "one other", "ja": "other",
	} {
		if got := strings.Join(PluralForms(language.MustParse(tag)), " "); got != want {
			t.Errorf("PluralForms(%s) = %q, want %q", tag, got, want)
		}
	}
}

func TestSystemLanguage(t *testing.T) {
	available := []string{"en", "de", "es", "fr", "pt-BR", "uk"}
	for _, tc := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{}, "en"},
		{map[string]string{"LANG": "C"}, "en"},
		{map[string]string{"LANG": "POSIX"}, "en"},
		{map[string]string{"LANG": "C.UTF-8"}, "en"},
		{map[string]string{"LANG": "de_DE.UTF-8"}, "de"},
		{map[string]string{"LANG": "de_AT.UTF-8"}, "de"},
		{map[string]string{"LANG": "pt_PT.UTF-8"}, "pt-BR"},
		{map[string]string{"LANG": "pt"}, "pt-BR"},
		{map[string]string{"LANG": "uk_UA.UTF-8"}, "uk"},
		{map[string]string{"LANG": "fr_CA@euro"}, "fr"},
		{map[string]string{"LANG": "ja_JP.UTF-8"}, "en"},
		{map[string]string{"LANG": "klingon"}, "en"},
		{map[string]string{"LANG": "de_DE.UTF-8", "LC_MESSAGES": "es_ES.UTF-8"}, "es"},
		{map[string]string{"LANG": "de_DE.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"},
		{map[string]string{"LANG": "de_DE.UTF-8", "LANGUAGE": "uk:de"}, "uk"},
		{map[string]string{"LANGUAGE": "xx:es", "LANG": "de_DE.UTF-8"}, "es"},
		{map[string]string{"LANGUAGE": "de", "LC_ALL": "C"}, "en"},
	} {
		got := SystemLanguage(func(k string) string { return tc.env[k] }, available)
		if got != tc.want {
			t.Errorf("SystemLanguage(%v) = %q, want %q", tc.env, got, tc.want)
		}
	}
}

func TestPseudoText(t *testing.T) {
	got := PseudoText("Start with 5 cards")
	if !strings.HasPrefix(got, "[Šţáŕţ ŵíţĥ 5 çáŕďš ") || !strings.HasSuffix(got, "~]") {
		t.Errorf("PseudoText = %q", got)
	}
	for _, src := range []string{"Start with 5 cards", "Pass", "Resume", "End with aftercare"} {
		// Brackets aside, as they can sit outside a cut-off label.
		if n := len([]rune(PseudoText(src))) - 2; n*10 < len(src)*14 {
			t.Errorf("pseudo text of %q is %d runes: not at least 40%% longer", src, n)
		}
	}
	if PseudoText("") != "" {
		t.Error("empty text grew")
	}
}

func TestCatalogFallsBackAndPluralises(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("active.nl.toml", "[Start]\nother = \"Beginnen\"\n")
	write("active.uk.toml", "[CardCount]\none = \"{{.Count}} картка\"\nfew = \"{{.Count}} картки\"\nmany = \"{{.Count}} карток\"\nother = \"{{.Count}} картки\"\n")
	write("active.it.toml", "[Broken]\nother = \"unterminated\n")
	write("active.sv.toml", "[Odd]\nwhatever = \"x\"\n")
	cat, problems := Load(dir)
	joined := problems.Error()
	if len(problems) != 2 || !strings.Contains(joined, "active.it.toml:2:") || !strings.Contains(joined, `active.sv.toml:2:1: unknown key 'whatever'; did you mean 'other'?`) {
		t.Errorf("problems:\n%s", joined)
	}
	hello := &i18n.Message{ID: "Start", Other: "Start"}
	missing := &i18n.Message{ID: "Missing", Other: "Only in English"}
	xx := cat.Localizer("nl")
	if got := xx.T(hello, nil); got != "Beginnen" {
		t.Errorf("nl Hello = %q", got)
	}
	if got := xx.T(missing, nil); got != "Only in English" {
		t.Errorf("missing message = %q, want the English", got)
	}
	cards := &i18n.Message{ID: "CardCount", One: "{{.Count}} card", Other: "{{.Count}} cards"}
	uk := cat.Localizer("uk")
	for n, want := range map[int]string{1: "1 картка", 3: "3 картки", 5: "5 карток", 21: "21 картка", 11: "11 карток", 1000: "1000 карток"} {
		if got := uk.N(cards, n, nil); got != want {
			t.Errorf("uk %d = %q, want %q", n, got, want)
		}
	}
	if got := cat.Localizer(Pseudo).T(hello, nil); !strings.HasPrefix(got, "[Šţáŕţ") {
		t.Errorf("pseudo = %q", got)
	}
	if langs := strings.Join(cat.Languages(), " "); !strings.HasPrefix(langs, "en ") || !strings.Contains(langs, "nl") {
		t.Errorf("languages %q", langs)
	}
}

func TestTemplateAsksForEachPluralForm(t *testing.T) {
	cat, _ := Load()
	en := cat.File(Source)
	text := string(Template(en, nil, PluralForms(language.Ukrainian)))
	if !strings.Contains(text, "[CardCount]\ndescription = \"Number of cards in a deck\"\nhash = \""+Hash(en.Messages["CardCount"])+"\"\n# English one: {{.Count}} card\n# English: {{.Count}} cards\none = \"\"\nfew = \"\"\nmany = \"\"\nother = \"\"\n") {
		t.Errorf("Ukrainian template for CardCount wrong:\n%.600s", text[strings.Index(text, "[CardCount]"):])
	}
	f, problems := parseFile("active.uk.toml", []byte(text))
	if len(problems) != 0 || len(f.Messages) != 0 {
		t.Errorf("an empty template should load with no messages: %v, %d", problems, len(f.Messages))
	}
	uk := cat.File("uk")
	kept := string(Template(en, uk, PluralForms(language.Ukrainian)))
	if !strings.Contains(kept, `few = "{{.Count}} картки"`) {
		t.Error("translated Ukrainian messages were not kept")
	}
}

// TestTemplateKeepsComments: refreshing a file with deckcheck -new keeps the
// translator's notes, wherever in a message they were written.
func TestTemplateKeepsComments(t *testing.T) {
	cat, _ := Load()
	en := cat.File(Source)
	text := string(Template(en, nil, PluralForms(language.Italian)))
	text = strings.Replace(text, "[Start]\n", "# Chiedere ad Anna: «Inizia» o «Comincia»?\n[Start]\n", 1)
	text = strings.Replace(text, "[Close]\ndescription", "[Close]\n# tono gentile\ndescription", 1)
	text += "# fine del file\n"
	old, problems := parseFile("active.it.toml", []byte(text))
	if len(problems) > 0 {
		t.Fatal(problems)
	}
	again := string(Template(en, old, PluralForms(language.Italian)))
	for _, want := range []string{"# Chiedere ad Anna: «Inizia» o «Comincia»?\n[Start]\n", "# tono gentile\n[Close]\n", "# fine del file\n"} {
		if !strings.Contains(again, want) {
			t.Errorf("refreshed file lost %q", want)
		}
	}
	if strings.Count(again, "# English: Close\n") != 1 {
		t.Error("the generated English comments were copied as the translator's")
	}
}
