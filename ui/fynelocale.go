package ui

import "tend.app/tend/locales/fynelocale"

// Fyne's lang package has read the locale by the time this package is
// initialised (ui depends on it), so the real value can come back before
// the window system starts.
func init() { fynelocale.Restore() }
