package ui

import "github.com/nicksnyder/go-i18n/v2/i18n"

// The strings of the therapist's tools: the card browser, session plans,
// the presenter and therapist mode. They live apart from messages.go so the
// tools can grow without touching the couple's screens.
var (
	msgMenuSessions        = &i18n.Message{ID: "MenuSessions", Description: "Menu for the therapist's tools", Other: "Sessions"}
	msgCardsAndPlans       = &i18n.Message{ID: "CardsAndPlans", Description: "Sessions menu and window title: the card browser and plan editor", Other: "Cards and plans"}
	msgPresentMenu         = &i18n.Message{ID: "PresentMenu", Description: "Sessions menu and keys list: open the clients' window", Other: "Present to clients"}
	msgTherapistMode       = &i18n.Message{ID: "TherapistMode", Description: "Sessions menu and settings: the mode that keeps nothing about clients", Other: "Therapist mode"}
	msgTherapistModeHint   = &i18n.Message{ID: "TherapistModeHint", Description: "Settings: under the therapist mode switch", Other: "For sessions with clients: Tend keeps no names, no stars, no hidden cards and no session history between launches. Only the settings and the plans you save stay on this computer."}
	msgTherapistPromise    = &i18n.Message{ID: "TherapistPromise", Description: "About box and settings, when therapist mode is on", Other: "Therapist mode is on: Tend keeps no names, no stars, no hidden cards and no session history between launches. Only the settings and the plans you save stay on this computer."}
	msgAddToPlan           = &i18n.Message{ID: "AddToPlan", Description: "Button on a card in therapist mode, in place of the star", Other: "Add to plan"}
	msgInPlan              = &i18n.Message{ID: "InPlan", Description: "A card that is already in the plan being edited", Other: "In the plan"}
	msgSearchCards         = &i18n.Message{ID: "SearchCards", Description: "Placeholder of the card browser's search box", Other: "Search the cards, in this language or in English"}
	msgAllDecks            = &i18n.Message{ID: "AllDecks", Description: "Card browser filter: every deck", Other: "All decks"}
	msgEveryDepth          = &i18n.Message{ID: "EveryDepth", Description: "Card browser filter: cards of every depth", Other: "Every depth"}
	msgGentleOnly          = &i18n.Message{ID: "GentleOnly", Description: "Card browser filter: depth 1 only", Other: "Gentle only"}
	msgGentleAndDeeper     = &i18n.Message{ID: "GentleAndDeeper", Description: "Card browser filter: depths 1 and 2", Other: "Gentle and deeper"}
	msgEveryTopic          = &i18n.Message{ID: "EveryTopic", Description: "Card browser filter: every topic", Other: "Every topic"}
	msgNoCardsMatch        = &i18n.Message{ID: "NoCardsMatch", Description: "Card browser, when nothing matches", Other: "No cards match. Try fewer words or another filter."}
	msgWhoEither           = &i18n.Message{ID: "WhoEither", Description: "Card browser: who answers a card of role either", Other: "One of you, in turn"}
	msgWhoRaiser           = &i18n.Message{ID: "WhoRaiser", Description: "Card browser: who answers a card of role raiser", Other: "The one who raised the idea"}
	msgWhoListener         = &i18n.Message{ID: "WhoListener", Description: "Card browser: who answers a card of role listener", Other: "The one who is listening"}
	msgNewPlan             = &i18n.Message{ID: "NewPlan", Description: "Plan picker: start an empty plan", Other: "New plan"}
	msgUntitledPlan        = &i18n.Message{ID: "UntitledPlan", Description: "Title of a plan that has none yet", Other: "Untitled plan"}
	msgPlanTitle           = &i18n.Message{ID: "PlanTitle", Description: "Placeholder of the plan title box", Other: "Title of the plan"}
	msgExamplePlan         = &i18n.Message{ID: "ExamplePlan", Description: "Plan picker: a built-in plan's title", Other: "{{.Title}} (example)"}
	msgPlanEmpty           = &i18n.Message{ID: "PlanEmpty", Description: "Plan editor with no cards", Other: "No cards yet. Choose cards on the left to add them."}
	msgNoteForYou          = &i18n.Message{ID: "NoteForYou", Description: "Placeholder of the note box under a plan's card", Other: "Your note on this card (only you see it)"}
	msgMoveUp              = &i18n.Message{ID: "MoveUp", Description: "Plan editor: move the card earlier", Other: "Move up"}
	msgMoveDown            = &i18n.Message{ID: "MoveDown", Description: "Plan editor: move the card later", Other: "Move down"}
	msgRemove              = &i18n.Message{ID: "Remove", Description: "Plan editor: take the card out of the plan", Other: "Remove"}
	msgSave                = &i18n.Message{ID: "Save", Description: "Plan editor: save the plan", Other: "Save"}
	msgSaved               = &i18n.Message{ID: "Saved", Description: "Plan editor, after saving", Other: "Saved."}
	msgUnsaved             = &i18n.Message{ID: "Unsaved", Description: "Plan editor, when there are changes to save", Other: "Not saved yet."}
	msgLeaveUnsaved        = &i18n.Message{ID: "LeaveUnsaved", Description: "Plan editor: asked before opening another plan over unsaved changes", Other: "“{{.Title}}” has changes that are not saved. Open the other plan anyway?"}
	msgPlanNotSaved        = &i18n.Message{ID: "PlanNotSaved", Description: "Plan editor, when saving failed", Other: "The plan could not be saved: {{.Error}}"}
	msgExampleCopy         = &i18n.Message{ID: "ExampleCopy", Description: "Plan editor, on an example plan", Other: "An example plan. Saving keeps your own copy."}
	msgDeletePlan          = &i18n.Message{ID: "DeletePlan", Description: "Plan editor: delete a saved plan", Other: "Delete plan"}
	msgDeletePlanConfirm   = &i18n.Message{ID: "DeletePlanConfirm", Description: "Confirmation before deleting a plan", Other: "Delete the plan “{{.Title}}” from this computer?"}
	msgPresent             = &i18n.Message{ID: "Present", Description: "Plan editor: start the plan and open the clients' window", Other: "Present"}
	msgPlanKeys            = &i18n.Message{ID: "PlanKeys", Description: "Plan editor hint; key names stay as on the keyboard", Other: "Up and Down choose a card · Alt+Up and Alt+Down move it · Delete removes it · Ctrl+S saves"}
	msgPlanSetAside        = &i18n.Message{ID: "PlanSetAside", Description: "Note when a plan file could not be read", Other: "A plan file could not be read, so it was set aside as {{.Path}} ({{.Error}})."}
	msgPlanCardsMissing    = &i18n.Message{ID: "PlanCardsMissing", Description: "Plan editor: cards of the plan that are not in this computer's decks", One: "{{.Count}} card of this plan is not in your decks; it is left out.", Other: "{{.Count}} cards of this plan are not in your decks; they are left out."}
	msgClientsWindow       = &i18n.Message{ID: "ClientsWindow", Description: "Title of the window the clients see", Other: "Tend – on screen"}
	msgPresentingHint      = &i18n.Message{ID: "PresentingHint", Description: "Therapist's window while presenting", Other: "The clients' window shows only the card and whose turn it is. Move it to the other screen, then press F11 in it for full screen."}
	msgClientsFullScreen   = &i18n.Message{ID: "ClientsFullScreen", Description: "Therapist's window: toggle full screen of the clients' window", Other: "Clients' window full screen"}
	msgStopPresenting      = &i18n.Message{ID: "StopPresenting", Description: "Therapist's window: close the clients' window", Other: "Stop presenting"}
	msgOnScreenNow         = &i18n.Message{ID: "OnScreenNow", Description: "Therapist's window: heading of the card the clients see", Other: "On screen now"}
	msgUpNext              = &i18n.Message{ID: "UpNext", Description: "Therapist's window: heading of the following card", Other: "Up next"}
	msgNothingNext         = &i18n.Message{ID: "NothingNext", Description: "Therapist's window: no card follows", Other: "This is the last card."}
	msgYourNote            = &i18n.Message{ID: "YourNote", Description: "Therapist's window: heading of the note on the card", Other: "Your note"}
	msgNoNote              = &i18n.Message{ID: "NoNote", Description: "Therapist's window: the card has no note", Other: "No note for this card."}
	msgSessionTime         = &i18n.Message{ID: "SessionTime", Description: "Therapist's window: time since presenting began", Other: "Session {{.Time}}"}
	msgCardTime            = &i18n.Message{ID: "CardTime", Description: "Therapist's window: time on the current card", Other: "This card {{.Time}}"}
	msgKeyPresent          = &i18n.Message{ID: "KeyPresent", Description: "Keys list", Other: "Present to clients, in a second window"}
	msgTopicConsent        = &i18n.Message{ID: "TopicConsent", Description: "Card topic: yes, maybe and no", Other: "Consent"}
	msgTopicStopSignals    = &i18n.Message{ID: "TopicStopSignals", Description: "Card topic: stop word, slow-down word, a signal without words", Other: "Stop signals"}
	msgTopicPace           = &i18n.Message{ID: "TopicPace", Description: "Card topic: starting slowly, slowing down", Other: "Pace"}
	msgTopicCheckingIn     = &i18n.Message{ID: "TopicCheckingIn", Description: "Card topic: how and how often to check in", Other: "Checking in"}
	msgTopicPracticePhrase = &i18n.Message{ID: "TopicPracticePhrases", Description: "Card topic: lines to practise beforehand", Other: "Phrases to practise"}
	msgTopicSensitivity    = &i18n.Message{ID: "TopicSensitivity", Description: "Card topic: feeling very sensitive right after a peak", Other: "Sensitivity"}
	msgTopicAftercareNeeds = &i18n.Message{ID: "TopicAftercareNeeds", Description: "Card topic: what helps afterwards", Other: "Aftercare needs"}
	msgTopicAftercarePlan  = &i18n.Message{ID: "TopicAftercarePlan", Description: "Card topic: an aftercare plan talked through in advance", Other: "Aftercare plan"}
	msgTopicLowMood        = &i18n.Message{ID: "TopicLowMood", Description: "Card topic: a low mood afterwards", Other: "Low mood"}
	msgTopicTrust          = &i18n.Message{ID: "TopicTrustAndControl", Description: "Card topic: leading and following", Other: "Trust and control"}
	msgTopicDesire         = &i18n.Message{ID: "TopicDesireDifferences", Description: "Card topic: different levels of desire", Other: "Differences in desire"}
	msgTopicCloseness      = &i18n.Message{ID: "TopicNonSexualCloseness", Description: "Card topic: closeness that is not sexual", Other: "Non-sexual closeness"}
	msgTopicHealth         = &i18n.Message{ID: "TopicHealthAndProtection", Description: "Card topic: health, protection, pain", Other: "Health and protection"}
	msgTopicRepair         = &i18n.Message{ID: "TopicRepair", Description: "Card topic: when something went wrong", Other: "Repair"}
	msgTopicFeedback       = &i18n.Message{ID: "TopicFeedback", Description: "Card topic: giving and taking hard feedback", Other: "Feedback"}
	msgTopicAppreciation   = &i18n.Message{ID: "TopicAppreciation", Description: "Card topic: what we value in each other", Other: "Appreciation"}
	msgTopicBodyImage      = &i18n.Message{ID: "TopicBodyImage", Description: "Card topic: feeling at ease in one's body", Other: "Body image"}
	msgTopicPast           = &i18n.Message{ID: "TopicPastExperiences", Description: "Card topic: earlier experiences", Other: "Past experiences"}
	msgTopicNewIdeas       = &i18n.Message{ID: "TopicNewIdeas", Description: "Card topic: talking about something new", Other: "New ideas"}
	msgTopicPrivacy        = &i18n.Message{ID: "TopicPrivacy", Description: "Card topic: privacy and dealbreakers", Other: "Privacy"}
	msgTopicOtherPartners  = &i18n.Message{ID: "TopicOtherPartners", Description: "Card topic: agreements with other partners", Other: "Other partners"}
	msgTopicDrifting       = &i18n.Message{ID: "TopicDriftingAway", Description: "Card topic: drifting away (dissociation)", Other: "Drifting away"}
	msgTopicUnspoken       = &i18n.Message{ID: "TopicUnspokenNeeds", Description: "Card topic: a need nobody said aloud", Other: "Unspoken needs"}
	msgTopicFeelings       = &i18n.Message{ID: "TopicFeelings", Description: "Card topic: how each of us feels", Other: "Feelings"}
	msgTopicSolo           = &i18n.Message{ID: "TopicSolo", Description: "Card topic: care for oneself alone", Other: "Care for yourself"}
)

// topicMessages names every topic of decks.Topics; TestEveryTopicHasAName
// keeps the two lists in step.
var topicMessages = map[string]*i18n.Message{
	"consent":               msgTopicConsent,
	"stop-signals":          msgTopicStopSignals,
	"pace":                  msgTopicPace,
	"checking-in":           msgTopicCheckingIn,
	"practice-phrases":      msgTopicPracticePhrase,
	"sensitivity":           msgTopicSensitivity,
	"aftercare-needs":       msgTopicAftercareNeeds,
	"aftercare-plan":        msgTopicAftercarePlan,
	"low-mood":              msgTopicLowMood,
	"trust-and-control":     msgTopicTrust,
	"desire-differences":    msgTopicDesire,
	"non-sexual-closeness":  msgTopicCloseness,
	"health-and-protection": msgTopicHealth,
	"repair":                msgTopicRepair,
	"feedback":              msgTopicFeedback,
	"appreciation":          msgTopicAppreciation,
	"body-image":            msgTopicBodyImage,
	"past-experiences":      msgTopicPast,
	"new-ideas":             msgTopicNewIdeas,
	"privacy":               msgTopicPrivacy,
	"other-partners":        msgTopicOtherPartners,
	"drifting-away":         msgTopicDrifting,
	"unspoken-needs":        msgTopicUnspoken,
	"feelings":              msgTopicFeelings,
	"solo":                  msgTopicSolo,
}

// The handout: the plan's cards on paper for the clients.
var (
	msgHandout         = &i18n.Message{ID: "Handout", Description: "Plan editor: make a PDF of the plan's cards for the clients", Other: "Handout (PDF)…"}
	msgHandoutTitle    = &i18n.Message{ID: "HandoutTitle", Description: "Title of the handout dialog", Other: "A handout for the clients"}
	msgHandoutLanguage = &i18n.Message{ID: "HandoutLanguage", Description: "Handout dialog: the language the cards are printed in", Other: "Clients' language"}
	msgHandoutAlsoIn   = &i18n.Message{ID: "HandoutAlsoIn", Description: "Handout dialog: a second language under each card", Other: "Each card also in"}
	msgHandoutHint     = &i18n.Message{ID: "HandoutHint", Description: "Handout dialog: what is printed", Other: "The plan's cards, with space to write under each. Your notes are not printed."}
	msgHandoutIntro    = &i18n.Message{ID: "HandoutIntro", Description: "First line of the printed handout, in the clients' language", Other: "Questions from our session, to come back to at home. Take your time, write as much or as little as you like, and pass any question you want to."}
)
