package ui

import (
	"strings"

	"fyne.io/fyne/v2"
)

// Preference keys. Every value is validated when read: anything missing,
// out of range or of the wrong type quietly falls back to its default, so a
// hand-edited or old preferences file never troubles the person.
const (
	prefDecks        = "home.decks"
	prefDepth        = "home.depth"
	prefName1        = "home.name1"
	prefName2        = "home.name2"
	prefName3        = "home.name3"
	prefName4        = "home.name4"
	prefCheckEvery   = "session.checkEvery"
	prefGentleFirst  = "session.gentleFirst"
	prefTextScale    = "view.textScale"
	prefHighContrast = "view.highContrast"
	prefThemeMode    = "view.theme"
	prefWelcomeSeen  = "welcome.seen"
	// Names are kept only when the couple ask for it: on a shared or a
	// therapist's computer they must not greet the next people.
	prefRememberNames = "home.rememberNames"
	prefRoundLength   = "home.roundLength"
	prefReduceMotion  = "view.reduceMotion"
	// prefSkipPast leaves out the cards about past experiences.
	prefSkipPast = "session.skipPast"
)

// maxPeople is how many names the decks screen takes: not every
// relationship has two people.
const maxPeople = 4

// nameKeys are the preference keys of the names, in field order.
var nameKeys = [maxPeople]string{prefName1, prefName2, prefName3, prefName4}

// Limits and defaults of the settings.
const (
	defaultCheckEvery = 5
	maxCheckEvery     = 20
	defaultTextScale  = 1.0
	minTextScale      = 0.8
	maxTextScale      = 2.0
	textScaleStep     = 0.1
	maxNameLen        = 24
)

// Theme modes: follow the system, or force light or dark.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// settings is every choice Tend remembers, read once at start and written on
// change. It lives outside the widgets so screens and tests share one truth.
type settings struct {
	prefs fyne.Preferences

	names        [maxPeople]string
	checkEvery   int // cards between check-ins; 0 means never
	gentleFirst  bool
	textScale    float64
	highContrast bool
	themeMode    string
	welcomeSeen  bool
	// rememberNames keeps the names for the next start; off by default.
	rememberNames bool
	// reduceMotion stills the breathing circle on the pause screen.
	reduceMotion bool
	// language and secondLanguage are tags; they are checked against the
	// languages actually available when the table is built.
	language       string
	secondLanguage string
	// ephemeral keeps names in memory only (therapist mode).
	ephemeral bool
	// skipPast leaves the cards about past experiences out of every pile:
	// for some people such questions come up too suddenly.
	skipPast bool
}

func loadSettings(p fyne.Preferences) *settings {
	s := &settings{prefs: p}
	s.rememberNames = p.BoolWithFallback(prefRememberNames, false)
	for i, key := range nameKeys {
		switch {
		case s.rememberNames:
			s.names[i] = cleanName(p.StringWithFallback(key, ""))
		case p.StringWithFallback(key, "") != "":
			// Names saved by an older Tend, which kept them unasked.
			p.SetString(key, "")
		}
	}
	s.skipPast = p.BoolWithFallback(prefSkipPast, false)
	s.reduceMotion = p.BoolWithFallback(prefReduceMotion, false)
	s.checkEvery = p.IntWithFallback(prefCheckEvery, defaultCheckEvery)
	if s.checkEvery < 0 || s.checkEvery > maxCheckEvery {
		s.checkEvery = defaultCheckEvery
	}
	s.gentleFirst = p.BoolWithFallback(prefGentleFirst, true)
	s.textScale = p.FloatWithFallback(prefTextScale, defaultTextScale)
	if !(s.textScale >= minTextScale && s.textScale <= maxTextScale) { // also catches NaN
		s.textScale = defaultTextScale
	}
	s.highContrast = p.BoolWithFallback(prefHighContrast, false)
	s.themeMode = p.StringWithFallback(prefThemeMode, themeSystem)
	if s.themeMode != themeLight && s.themeMode != themeDark {
		s.themeMode = themeSystem
	}
	s.welcomeSeen = p.BoolWithFallback(prefWelcomeSeen, false)
	s.language = p.StringWithFallback(prefLanguage, "")
	s.secondLanguage = p.StringWithFallback(prefSecondLanguage, "")
	return s
}

// cleanName trims a partner's name to something that fits on a card.
func cleanName(n string) string {
	n = strings.Join(strings.Fields(n), " ")
	if r := []rune(n); len(r) > maxNameLen {
		n = string(r[:maxNameLen])
	}
	return n
}

func (s *settings) setName(i int, name string) {
	s.names[i] = cleanName(name)
	if s.rememberNames && !s.ephemeral {
		s.prefs.SetString(nameKeys[i], s.names[i])
	}
}

// setRememberNames keeps the names from now on, or forgets the kept ones.
func (s *settings) setRememberNames(on bool) {
	s.rememberNames = on
	s.prefs.SetBool(prefRememberNames, on)
	for i, key := range nameKeys {
		if on && !s.ephemeral {
			s.prefs.SetString(key, s.names[i])
		} else {
			s.prefs.SetString(key, "")
		}
	}
}

func (s *settings) setReduceMotion(on bool) {
	s.reduceMotion = on
	s.prefs.SetBool(prefReduceMotion, on)
}

// reset forgets every setting: each goes back to its default, and the
// names, kept or not, are cleared.
func (s *settings) reset() {
	s.names = [maxPeople]string{}
	s.setRememberNames(false)
	s.setSkipPast(false)
	s.setCheckEvery(defaultCheckEvery)
	s.setGentleFirst(true)
	s.textScale = defaultTextScale
	s.prefs.SetFloat(prefTextScale, defaultTextScale)
	s.setHighContrast(false)
	s.setThemeMode(themeSystem)
	s.setReduceMotion(false)
	s.welcomeSeen = false
	s.prefs.SetBool(prefWelcomeSeen, false)
	s.setLanguage("")
	s.setSecondLanguage("")
	s.prefs.SetStringList(prefDecks, defaultDecks)
	s.prefs.SetInt(prefDepth, int(defaultDepth))
	s.prefs.SetInt(prefRoundLength, defaultRoundLength)
}

func (s *settings) setCheckEvery(n int) {
	s.checkEvery = max(0, min(n, maxCheckEvery))
	s.prefs.SetInt(prefCheckEvery, s.checkEvery)
}

func (s *settings) setGentleFirst(on bool) {
	s.gentleFirst = on
	s.prefs.SetBool(prefGentleFirst, on)
}

// stepTextScale changes the text size by steps of 10%, within limits, and
// reports whether it changed.
func (s *settings) stepTextScale(steps int) bool {
	next := s.textScale + float64(steps)*textScaleStep
	next = max(minTextScale, min(maxTextScale, float64(int(next*10+0.5))/10))
	if next == s.textScale {
		return false
	}
	s.textScale = next
	s.prefs.SetFloat(prefTextScale, next)
	return true
}

func (s *settings) setHighContrast(on bool) {
	s.highContrast = on
	s.prefs.SetBool(prefHighContrast, on)
}

func (s *settings) setThemeMode(mode string) {
	s.themeMode = mode
	s.prefs.SetString(prefThemeMode, mode)
}

func (s *settings) setWelcomeSeen() {
	s.welcomeSeen = true
	s.prefs.SetBool(prefWelcomeSeen, true)
}

// Language preferences: the interface language ("" follows the system) and
// an optional second language shown under each card.
const (
	prefLanguage       = "view.language"
	prefSecondLanguage = "view.secondLanguage"
)

func (s *settings) setLanguage(tag string) {
	s.language = tag
	s.prefs.SetString(prefLanguage, tag)
}

func (s *settings) setSecondLanguage(tag string) {
	s.secondLanguage = tag
	s.prefs.SetString(prefSecondLanguage, tag)
}

func (s *settings) setSkipPast(on bool) {
	s.skipPast = on
	s.prefs.SetBool(prefSkipPast, on)
}

// pair is the first two names given, for the tools made for two people
// (Our plan, Yes / no / maybe); an empty string where fewer were given.
func (s *settings) pair() [2]string {
	var two [2]string
	copy(two[:], s.people())
	return two
}

// people are the names given, in field order, leaving out empty fields:
// turns go round these.
func (s *settings) people() []string {
	var out []string
	for _, n := range s.names {
		if n != "" {
			out = append(out, n)
		}
	}
	return out
}
