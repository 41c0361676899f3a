package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages of the notes and dialogs that tell a translator (or a couple who
// wrote their own deck) what could not be loaded.
var (
	msgCopy               = &i18n.Message{ID: "Copy", Description: "Button that copies the list of problems, to paste into a message or an editor", Other: "Copy"}
	msgLeftOutList        = &i18n.Message{ID: "LeftOutList", Description: "Calm note on the home screen; What lists what could not be loaded, separated by semicolons", Other: "Left out for now, with English in its place: {{.What}}. Everything else is ready."}
	msgLeftOutTranslation = &i18n.Message{ID: "LeftOutTranslation", Description: "One item of the left-out note: a deck's translation that has a mistake", Other: "“{{.Deck}}” in {{.Language}}"}
	msgLeftOutMessages    = &i18n.Message{ID: "LeftOutMessages", Description: "One item of the left-out note: interface texts of a language that have mistakes", Other: "some interface texts in {{.Language}}"}
)
