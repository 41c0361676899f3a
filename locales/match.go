package locales

import (
	"strings"

	"golang.org/x/text/language"
)

// SystemLanguage picks the best of the available languages for the system
// settings, read through getenv (os.Getenv in the app; a map in tests). It
// follows the POSIX order: LANGUAGE (a colon-separated list), LC_ALL,
// LC_MESSAGES, LANG. "C", "POSIX", empty or unknown values mean English,
// silently. The nearest match wins: de-AT gets German, pt gets Brazilian
// Portuguese when that is the only Portuguese.
func SystemLanguage(getenv func(string) string, available []string) string {
	var wanted []language.Tag
	add := func(v string) {
		v = strings.TrimSpace(v)
		if i := strings.IndexAny(v, ".@"); i >= 0 {
			v = v[:i] // drop ".UTF-8" and "@euro"
		}
		if v == "" || v == "C" || v == "POSIX" {
			return
		}
		if t, err := language.Parse(strings.ReplaceAll(v, "_", "-")); err == nil {
			wanted = append(wanted, t)
		}
	}
	if lc := getenv("LC_ALL"); lc == "" || (lc != "C" && lc != "POSIX") {
		// LANGUAGE is ignored when the locale is C, as gettext does.
		for _, v := range strings.Split(getenv("LANGUAGE"), ":") {
			add(v)
		}
	}
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			add(v)
			break
		}
	}
	return Best(wanted, available)
}

// Best returns the available language nearest to the wanted ones, or
// English when none is close.
func Best(wanted []language.Tag, available []string) string {
	if len(wanted) == 0 || len(available) == 0 {
		return Source
	}
	tags := make([]language.Tag, 0, len(available)+1)
	tags = append(tags, language.English) // the fallback, first
	for _, a := range available {
		if t, err := language.Parse(a); err == nil && a != Source {
			tags = append(tags, t)
		}
	}
	_, i, conf := language.NewMatcher(tags).Match(wanted...)
	if conf == language.No || i == 0 {
		return Source
	}
	return tags[i].String()
}
