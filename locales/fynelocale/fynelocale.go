// Package fynelocale keeps Fyne from printing "Fyne error: Error parsing
// user locale C" when Tend starts on a system whose locale is C.UTF-8 (the
// default of many containers, minimal installs and ssh sessions). Fyne reads
// the locale in its lang package's init, where "C.UTF-8" becomes the
// language tag "C", which is not one; the message alarms people and means
// nothing, since Tend picks its own language (locales.SystemLanguage).
//
// The package's init, which Go runs before Fyne's (it imports nothing
// Fyne's lang package waits for), shows Fyne the plain "C" that it
// understands as "no locale"; Restore, called once Fyne has started, puts the
// original value back so the windowing system still sees a UTF-8 locale for
// text input. cmd/tend's test checks the order holds.
package fynelocale

import (
	"os"
	"strings"
)

var (
	saved   string // the variable changed, if any
	savedAs string // its original value
)

func init() {
	saved, savedAs = hide(os.Getenv, os.Setenv)
}

// hide finds the variable that decides the locale (the first set of LC_ALL,
// LC_MESSAGES, LANG, as go-locale reads them) and, when it is C or POSIX
// with a codeset or modifier ("C.UTF-8", "POSIX@x"), sets it to "C". It
// returns the variable and its old value, or "" when nothing changed.
func hide(getenv func(string) string, setenv func(string, string) error) (name, value string) {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(k)
		if v == "" {
			continue
		}
		base, _, _ := strings.Cut(v, ".")
		base, _, _ = strings.Cut(base, "@")
		if v != base && (base == "C" || base == "POSIX") {
			if setenv(k, "C") == nil {
				return k, v
			}
		}
		return "", ""
	}
	return "", ""
}

// Restore puts back the locale variable hidden from Fyne's start-up. It is
// safe to call more than once.
func Restore() {
	if saved != "" {
		os.Setenv(saved, savedAs)
		saved = ""
	}
}
