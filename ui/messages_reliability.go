package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages about the person's own files: settings that could not be read or
// saved, and the title of the note that tells a failed save where it happened.
var (
	msgSettingsSetAside   = &i18n.Message{ID: "SettingsSetAside", Description: "Note on the home screen", Other: "Your settings could not be read, so Tend starts with its usual ones. The old file is kept as {{.Path}} ({{.Error}})."}
	msgSettingsUnreadable = &i18n.Message{ID: "SettingsUnreadable", Description: "Note on the home screen", Other: "Your settings could not be read ({{.Error}}). Tend leaves that file as it is; changes you make now last until Tend closes."}
	msgSettingsNotSaved   = &i18n.Message{ID: "SettingsNotSaved", Description: "Shown over the screen where a change could not be saved", Other: "Your settings could not be saved: {{.Error}}"}
	msgNotSavedTitle      = &i18n.Message{ID: "NotSavedTitle", Description: "Title of the note shown when something could not be saved", Other: "Not saved"}
)
