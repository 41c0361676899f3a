package decks

import (
	"strings"
)

// DeckReport says how complete one deck's translation is. The checker
// prints it for translators, and CI fails on missing or stale cards.
type DeckReport struct {
	Deck    *Deck    // the English source
	Total   int      // cards in the source
	Done    int      // cards translated and up to date
	Missing []string // source card ids with no translation
	Stale   []string // translated from an English text that has changed since
	// TitleStale is true when the deck title and description were translated
	// from an older English version, or lack a source hash.
	TitleStale bool
	// TitleMissing is true when the title or description is not translated
	// yet (empty).
	TitleMissing bool
	// Untranslated is true when the deck has no translation at all.
	Untranslated bool
}

// Percent is the share of cards translated and up to date.
func (r DeckReport) Percent() int {
	if r.Total == 0 {
		return 100
	}
	return r.Done * 100 / r.Total
}

// Complete reports whether nothing is missing or stale.
func (r DeckReport) Complete() bool {
	return len(r.Missing) == 0 && len(r.Stale) == 0 && !r.TitleStale && !r.TitleMissing && !r.Untranslated
}

// Report compares every English deck with its translation into locale.
func (l *Library) Report(locale string) []DeckReport {
	var out []DeckReport
	for _, src := range l.sources {
		if src.Locale != SourceLocale {
			continue
		}
		r := DeckReport{Deck: src, Total: len(src.Cards)}
		tr := l.translations[locale][src.ID]
		if tr == nil {
			r.Untranslated = true
			for _, c := range src.Cards {
				r.Missing = append(r.Missing, c.ID)
			}
			out = append(out, r)
			continue
		}
		r.TitleMissing = strings.TrimSpace(tr.Title) == "" || strings.TrimSpace(tr.Description) == ""
		r.TitleStale = !r.TitleMissing && tr.Source != DeckSourceHash(src)
		byID := map[string]*Card{}
		for _, c := range tr.Cards {
			byID[c.ID] = c
		}
		for _, c := range src.Cards {
			t, ok := byID[c.ID]
			switch {
			case !ok || strings.TrimSpace(t.Text) == "":
				r.Missing = append(r.Missing, c.ID)
			case t.Source != SourceHash(c.Text):
				r.Stale = append(r.Stale, c.ID)
			default:
				r.Done++
			}
		}
		out = append(out, r)
	}
	return out
}

// ForDeck returns the problems of the files that hold locale's version of
// the deck id: a translation with problems is left out (the English shows
// instead), and the checker must call it broken, not "not translated yet".
func (ps Problems) ForDeck(locale, id string) Problems {
	var out Problems
	suffix := "/" + locale + "/" + id + ".toml"
	for _, p := range ps {
		if strings.HasSuffix(p.Path, suffix) || p.Path == suffix[1:] {
			out = append(out, p)
		}
	}
	return out
}
