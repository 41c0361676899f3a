package locales

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"text/template"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"tend.app/tend/decks"
)

// placeholder finds {{.Name}} fields in a message text.
var placeholder = regexp.MustCompile(`\{\{-?\s*\.([A-Za-z_][A-Za-z0-9_]*)`)

// fields lists the placeholder names a text uses, in order of first use.
func fields(text string) []string {
	var out []string
	for _, m := range placeholder.FindAllStringSubmatch(text, -1) {
		if !slices.Contains(out, m[1]) {
			out = append(out, m[1])
		}
	}
	return out
}

// checkAgainst compares a translation with the English it translates: its
// messages must exist in English, use the same {{.Placeholders}}, and give
// every plural form the language needs. A message with a problem is taken
// out of the file (and marked broken), so English shows in its place rather
// than a text with "<no value>" in it; every problem is positioned.
func (f *File) checkAgainst(en *File, src string) decks.Problems {
	var problems decks.Problems
	// Positions are looked for only when there is something to report.
	var keys map[string]map[string]position
	pos := func(id, key string) position {
		if keys == nil {
			keys = messagePositions(src)
		}
		return keys[id][key]
	}
	add := func(at position, format string, args ...any) {
		problems = append(problems, decks.Problem{Path: f.Path, Line: at.line, Col: at.col, Msg: fmt.Sprintf(format, args...)})
	}
	english := make([]string, 0, len(en.Messages))
	for id := range en.Messages {
		english = append(english, id)
	}
	slices.Sort(english)
	forms := PluralForms(f.Tag)
	ids := make([]string, 0, len(f.Messages))
	for id := range f.Messages {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		m := f.Messages[id]
		at := func() position { return pos(id, "") }
		eng, ok := en.Messages[id]
		if !ok {
			msg := fmt.Sprintf("no English message '%s'", id)
			if s := closest(id, english); s != "" {
				msg += fmt.Sprintf("; did you mean '%s'?", s)
			}
			add(at(), "%s", msg)
			f.drop(id)
			continue
		}
		// Any placeholder of the English may appear in any form (a plural
		// message always has {{.Count}}), and each form keeps those of its
		// English counterpart ("one" for "one", "other" for the rest).
		var allowed []string
		for _, t := range eng.PluralTemplates {
			allowed = append(allowed, fields(t.Src)...)
		}
		isPlural := eng.PluralTemplates["one"] != nil
		if isPlural {
			allowed = append(allowed, "Count")
		}
		broken := false
		for _, form := range pluralForms {
			text, ok := formText(m, form)
			if !ok {
				if isPlural && slices.Contains(forms, form) {
					add(at(), "the '%s' form is missing; this language uses it for numbers such as %s", form, examples(f.Tag, form))
					broken = true
				}
				continue
			}
			formAt := func() position {
				if p := pos(id, form); p.line > 0 {
					return p
				}
				return at()
			}
			// Only texts with braces need a template parse (most have none).
			if strings.Contains(text, "{{") || strings.Contains(text, "}}") {
				if _, err := template.New("").Parse(text); err != nil {
					add(formAt(), "a {{...}} placeholder is not closed or not written as in the English")
					broken = true
					continue
				}
			}
			counterpart := "other"
			if form == "one" && eng.PluralTemplates["one"] != nil {
				counterpart = "one"
			}
			englishText, _ := formText(eng, counterpart)
			want := fields(englishText)
			got := fields(text)
			var suggested []string
			for _, name := range got {
				if slices.Contains(allowed, name) {
					continue
				}
				where := columnOf(src, formAt(), "{{."+name)
				msg := fmt.Sprintf("unknown placeholder {{.%s}}", name)
				if s := closest(name, want); s != "" {
					msg += fmt.Sprintf("; did you mean {{.%s}}?", s)
					suggested = append(suggested, s)
				} else if len(want) > 0 {
					msg += "; this text can use " + braces(want)
				} else {
					msg += "; the English has none here, so remove it"
				}
				add(where, "%s", msg)
				broken = true
			}
			for _, name := range want {
				if slices.Contains(got, name) || slices.Contains(suggested, name) || (name == "Count" && fewNumbers(f.Tag, form)) {
					continue
				}
				add(formAt(), "{{.%s}} is missing: Tend puts a number or a name there; keep it (you may move it within the sentence)", name)
				broken = true
			}
		}
		if broken {
			f.drop(id)
		}
	}
	return problems
}

// drop takes a message out of use, so English shows instead.
func (f *File) drop(id string) {
	delete(f.Messages, id)
	f.Broken[id] = true
}

// messagePositions finds, for each message id, where its table header
// (under "") and its keys are written.
func messagePositions(src string) map[string]map[string]position {
	out := map[string]map[string]position{}
	for _, s := range splitSections(src) {
		id := sectionID(s)
		if _, ok := out[id]; !ok {
			out[id] = keyAt(s)
			if _, ok := out[id][""]; !ok {
				out[id][""] = out[id][id]
			}
		}
	}
	return out
}

// columnOf points at needle on the line of at, when it is there.
func columnOf(src string, at position, needle string) position {
	if i := strings.Index(sourceLine(src, at.line), needle); i >= 0 && at.line > 0 {
		return position{at.line, i + 1}
	}
	return at
}

func braces(names []string) string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = "{{." + n + "}}"
	}
	return strings.Join(out, ", ")
}

// examples lists a few whole numbers a plural form covers in a language,
// which tells a translator far more than the form's name.
func examples(tag language.Tag, form string) string {
	var out []string
	for n := 0; n <= 200 && len(out) < 4; n++ {
		if formName(plural.Cardinal.MatchPlural(tag, n, 0, 0, 0, 0)) == form {
			out = append(out, fmt.Sprint(n))
		}
	}
	if len(out) == 0 {
		return "1.5 (decimals)"
	}
	return strings.Join(out, ", ") + ", …"
}

// fewNumbers reports whether a plural form covers no whole number above 2,
// as "one" does in most languages: such a form may spell the number out
// ("une carte") instead of using {{.Count}}. Ukrainian "one" also covers 21,
// 31, ..., so there the number must stay.
func fewNumbers(tag language.Tag, form string) bool {
	if form == "other" {
		return false
	}
	for i := 3; i <= 1000; i++ {
		if formName(plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0)) == form {
			return false
		}
	}
	return true
}

func formName(f plural.Form) string {
	return [...]string{plural.Other: "other", plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many"}[f]
}
