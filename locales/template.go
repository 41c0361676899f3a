package locales

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// pluralForms are the CLDR plural forms in the order go-i18n writes them.
var pluralForms = []string{"zero", "one", "two", "few", "many", "other"}

// Template writes active.<tag>.toml for a translator: every English message
// with its description, source hash and the English in comments, and empty
// texts to fill in (English shows until they are); already translated ones
// are kept when still up to date, and so are the translator's own comments.
// forms are the plural forms the language needs (from
// PluralForms), so a Ukrainian file asks for one, few, many and other.
func Template(en, existing *File, forms []string) []byte {
	var b strings.Builder
	ids := make([]string, 0, len(en.Messages))
	for id := range en.Messages {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	q := strconv.Quote
	for _, id := range ids {
		src := en.Messages[id]
		if existing != nil {
			for _, c := range existing.Comments[id] {
				b.WriteString(c + "\n")
			}
		}
		fmt.Fprintf(&b, "[%s]\n", id)
		if src.Description != "" {
			fmt.Fprintf(&b, "description = %s\n", q(src.Description))
		}
		fmt.Fprintf(&b, "hash = %s\n", q(Hash(src)))
		var old *i18n.MessageTemplate
		if existing != nil && existing.Hashes[id] == Hash(src) {
			old = existing.Messages[id]
		}
		plural := src.PluralTemplates["one"] != nil
		if plural {
			one, _ := formText(src, "one")
			fmt.Fprintf(&b, "# English one: %s\n", one)
		}
		other, _ := formText(src, "other")
		fmt.Fprintf(&b, "# English: %s\n", other)
		for _, form := range pluralForms {
			if form != "other" && (!plural || !slices.Contains(forms, form)) {
				continue
			}
			text := ""
			if old != nil {
				if t, ok := formText(old, form); ok {
					text = t
				}
			}
			fmt.Fprintf(&b, "%s = %s\n", form, q(text))
		}
		b.WriteString("\n")
	}
	if existing != nil {
		for _, c := range existing.Comments[""] {
			b.WriteString(c + "\n")
		}
	}
	return []byte(b.String())
}

// formText reads one plural form of a message. (go-i18n keys its forms by
// an internal string type, so the map is searched by the form's name.)
func formText(m *i18n.MessageTemplate, form string) (string, bool) {
	for f, t := range m.PluralTemplates {
		if string(f) == form && t != nil {
			return t.Src, true
		}
	}
	return "", false
}

// PluralForms lists the CLDR plural forms a language uses for whole and
// decimal numbers, found by asking x/text's plural rules about a range of
// numbers: English has one and other; Ukrainian one, few, many and other.
func PluralForms(tag language.Tag) []string {
	names := map[plural.Form]string{plural.Zero: "zero", plural.One: "one", plural.Two: "two", plural.Few: "few", plural.Many: "many", plural.Other: "other"}
	seen := map[string]bool{}
	for i := 0; i <= 1000; i++ {
		seen[names[plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0)]] = true
	}
	for _, f := range []int{1, 5} { // 0.1, 1.5, 2.5 ...
		for i := 0; i < 10; i++ {
			seen[names[plural.Cardinal.MatchPlural(tag, i, 1, 1, f, f)]] = true
		}
	}
	var out []string
	for _, f := range pluralForms {
		if seen[f] {
			out = append(out, f)
		}
	}
	return out
}
