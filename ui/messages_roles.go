package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// Messages of who answers a card by its role, up to four names, and leaving
// out the cards about the past (issue 10). They live apart from messages.go
// so that work on other tools does not collide with them.
var (
	msgTurnEveryone  = &i18n.Message{ID: "TurnEveryone", Description: "Turn line under a card everyone answers, when three or four names were given", Other: "Everyone"}
	msgTurnRaiser    = &i18n.Message{ID: "TurnRaiser", Description: "Turn line under a card for the person who raised an idea; that person is not named", Other: "For the one who brought this up"}
	msgTurnListener  = &i18n.Message{ID: "TurnListener", Description: "Turn line under a card for the person hearing an idea; that person is not named", Other: "For the one listening"}
	msgThirdName     = &i18n.Message{ID: "ThirdName", Description: "Placeholder in the third name field on the decks screen", Other: "Third name (optional)"}
	msgFourthName    = &i18n.Message{ID: "FourthName", Description: "Placeholder in the fourth name field on the decks screen", Other: "Fourth name (optional)"}
	msgTopicsSetting = &i18n.Message{ID: "TopicsSetting", Description: "Settings: label of the row about which topics are dealt", Other: "Topics"}
	msgSkipPast      = &i18n.Message{ID: "SkipPast", Description: "Settings: leave out the cards with the topic past experiences", Other: "Leave out cards about the past"}
)
