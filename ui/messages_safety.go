package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages of the keyboard, session-keeping, consent and privacy features
// (issue 7). They live apart from messages.go so that work on other tools
// does not collide with them; `make i18n-extract` reads every file in ui.
var (
	msgKeyPass          = &i18n.Message{ID: "KeyPass", Description: "Keys list", Other: "Pass this card"}
	msgKeyDown          = &i18n.Message{ID: "KeyDown", Description: "Key name: the down arrow", Other: "Down"}
	msgQuit             = &i18n.Message{ID: "Quit", Description: "File menu: close Tend", Other: "Quit"}
	msgContinueSession  = &i18n.Message{ID: "ContinueSession", Description: "Decks screen: back to the session in progress, at card N of Total", Other: "Continue ({{.N}} of {{.Total}})"}
	msgStopForTonight   = &i18n.Message{ID: "StopForTonight", Description: "Pause screen: end the session, no more cards", Other: "Stop for tonight"}
	msgGoodnightTitle   = &i18n.Message{ID: "GoodnightTitle", Description: "Heading of the screen after Stop for tonight", Other: "That's all for now"}
	msgGoodnightBody    = &i18n.Message{ID: "GoodnightBody", Description: "Screen after Stop for tonight", Other: "Stopping is always fine, whatever the reason. Be gentle with yourselves for the rest of the evening. Tend has kept nothing of this conversation."}
	msgBreatheSlowly    = &i18n.Message{ID: "BreatheSlowly", Description: "Breathing guide when motion is reduced (the circle stands still)", Other: "Breathe slowly"}
	msgReduceMotion     = &i18n.Message{ID: "ReduceMotion", Description: "Setting: the breathing circle stands still", Other: "Reduce motion (a still breathing circle)"}
	msgMotion           = &i18n.Message{ID: "Motion", Description: "Settings label", Other: "Motion"}
	msgRoundLength      = &i18n.Message{ID: "RoundLength", Description: "Decks screen: label before 10 / 20 / All", Other: "How many cards?"}
	msgAllCards         = &i18n.Message{ID: "AllCards", Description: "Round length: every card of the chosen decks", Other: "All"}
	msgFigureTalked     = &i18n.Message{ID: "FigureTalked", Description: "End summary, under a large number", One: "card talked about", Other: "cards talked about"}
	msgFigurePassed     = &i18n.Message{ID: "FigurePassed", Description: "End summary, under a large number", One: "passed, and that's fine", Other: "passed, and that's fine"}
	msgFigureStarred    = &i18n.Message{ID: "FigureStarred", Description: "End summary, under a large number", One: "starred to come back to", Other: "starred to come back to"}
	msgRememberNames    = &i18n.Message{ID: "RememberNames", Description: "Decks screen: keep the names for next time", Other: "Remember our names"}
	msgStoredWhere      = &i18n.Message{ID: "StoredWhere", Description: "About box: what Tend keeps and where; Folder is a path", Other: "What Tend keeps, only on this computer, in {{.Folder}}: your settings; your starred and hidden cards (marks.toml); your own decks (the decks folder); your names only if you tick “Remember our names”. Settings > Forget everything removes it all."}
	msgPrivacy          = &i18n.Message{ID: "Privacy", Description: "Settings label", Other: "Privacy"}
	msgForgetEverything = &i18n.Message{ID: "ForgetEverything", Description: "Settings button; opens a confirmation", Other: "Forget everything…"}
	msgForgetTitle      = &i18n.Message{ID: "ForgetTitle", Description: "Confirmation heading", Other: "Forget everything?"}
	msgForgetBody       = &i18n.Message{ID: "ForgetBody", Description: "Confirmation text", Other: "Tend will forget your names, starred and hidden cards and every setting on this computer. Your own deck files stay where they are."}
	msgForget           = &i18n.Message{ID: "Forget", Description: "Confirmation button: forget everything", Other: "Forget"}
	msgCancel           = &i18n.Message{ID: "Cancel", Description: "Button that changes nothing", Other: "Cancel"}
)
