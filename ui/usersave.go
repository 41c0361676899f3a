package ui

import (
	"errors"
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"
	"github.com/nicksnyder/go-i18n/v2/i18n"

	"tend.app/tend/decks"
	"tend.app/tend/locales"
)

// note is a message for the home screen, put into words once the language
// is known.
type note func(*locales.Localizer) string

// openSettings opens Tend's own settings file in the data folder. The first
// time, what earlier versions kept in Fyne's preferences moves there. A
// broken file, or a broken Fyne preferences file found before the app was
// made, becomes a note for the person.
func openSettings(a fyne.App, opts Options) (*prefStore, []note) {
	var notes []note
	tell := func(problem *SetAsideFile) {
		notes = append(notes, func(loc *locales.Localizer) string {
			if problem.Kept == "" {
				return loc.T(msgSettingsUnreadable, map[string]any{"Error": problem.Err.Error()})
			}
			return loc.T(msgSettingsSetAside, map[string]any{"Path": problem.Kept, "Error": problem.Err.Error()})
		})
	}
	path := filepath.Join(opts.DataDir, settingsFileName)
	decks.RemoveStaleTemps(path)
	store, fresh, kept, err := openPrefStore(path)
	if err != nil {
		fmt.Fprintln(opts.Log, err)
		tell(&SetAsideFile{Kept: kept, Err: err})
	}
	if p := opts.PreferencesProblem; p != nil {
		fmt.Fprintln(opts.Log, p.Err)
		// Once Tend has its own file, Fyne's holds nothing of the person's.
		if fresh {
			tell(p)
		}
	}
	if fresh {
		if err := migrateFynePreferences(a.Preferences(), store); err != nil {
			fmt.Fprintln(opts.Log, "settings not moved to", store.path+":", err)
		}
	}
	return store, notes
}

// saveFailed tells the person, over the screen they are on, that something
// they just did could not be saved; once per kind of file and session, so a
// read-only folder does not interrupt every star.
func (t *table) saveFailed(m *i18n.Message, err error) {
	if t.toldNotSaved == nil {
		t.toldNotSaved = map[string]bool{}
	}
	if t.toldNotSaved[m.ID] {
		return
	}
	t.toldNotSaved[m.ID] = true
	var pe interface{ Unwrap() error }
	if errors.As(err, &pe) && pe.Unwrap() != nil {
		err = pe.Unwrap() // "read-only file system", without Go's op and path
	}
	text := widget.NewLabel(t.Tf(m, map[string]any{"Error": err.Error()}))
	text.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(t.T(msgNotSavedTitle), t.T(msgClose), text, t.win)
	d.Resize(fyne.NewSize(480, 200))
	d.Show()
}
