// Package agree holds the two tools a couple uses to settle things rather
// than only talk about them: Plan, a stop plan and an aftercare plan made
// together (or by one person alone), and the private yes / no / maybe
// (Round, Shared and the item lists it draws from). It is plain Go with no
// Fyne: the ui package shows these models and forwards what people do.
//
// Privacy is part of the model, not of the screens. A Plan is written only
// when Save is called; a Round keeps each person's answers in memory only
// and forgets them when it reveals; Shared, the one thing of a round that
// can be kept, has no place for a "no" or for whose answer was whose.
package agree

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"

	"tend.app/tend/decks"
)

// The choices the plan offers, as ids: the ui turns each into words in the
// chosen language, and files keep the ids so a plan reads the same after a
// change of language. An id the app does not know (written by a newer
// version) is kept and shown as it is.
var (
	// Signals are ways to say stop without words.
	Signals = []string{"two-taps", "raised-hand", "squeeze-twice", "let-go"}
	// AfterStops are what happens once someone says stop.
	AfterStops = []string{"all-stops", "no-questions", "ask-what-helps", "stay-close-or-apart"}
	// Needs are what a person may want afterwards.
	Needs = []string{"held", "quiet", "talk", "space", "water", "snack", "blanket", "shower", "kind-words", "time", "message-next-day"}
	// ReviewAfterNextTime is Plan.Review when the couple want to look at the
	// plan again after the next time rather than on a date.
	ReviewAfterNextTime = "after-next-time"
)

// Plan is what a couple (or one person) agreed: how to stop, how to check
// in, what each needs afterwards and when to look at it again. Every field
// is optional; an empty field is simply left out of the summary.
type Plan struct {
	// Solo is a plan for one person: their own aftercare, after being
	// intimate with someone or alone. Only People[0] is used.
	Solo     bool   `toml:"solo,omitempty"`
	StopWord string `toml:"stop_word,omitempty"`
	SlowWord string `toml:"slow_word,omitempty"`
	// Signal is one of Signals, or the couple's own words for one.
	Signal    string   `toml:"signal,omitempty"`
	AfterStop []string `toml:"after_stop,omitempty"`
	// IfQuiet is what each does if the other goes quiet.
	IfQuiet string `toml:"if_quiet,omitempty"`
	// SpaceOrCloseness is what to do if one needs space and the other
	// closeness.
	SpaceOrCloseness string `toml:"space_or_closeness,omitempty"`
	// Review is ReviewAfterNextTime, a date the person typed, or empty.
	Review string   `toml:"review,omitempty"`
	People []Person `toml:"person,omitempty"`

	// spare keeps the second person's part while a plan is switched to
	// solo and back; it is never saved.
	spare []Person
}

// Person is one person's part of the plan.
type Person struct {
	Name string `toml:"name,omitempty"`
	// CheckIn is how and how often this person wants to be asked.
	CheckIn string `toml:"check_in,omitempty"`
	// Needs are ids from Needs (or unknown ids kept from a newer version).
	Needs    []string `toml:"needs,omitempty"`
	OwnNeeds string   `toml:"own_needs,omitempty"`
	LowMood  string   `toml:"low_mood,omitempty"`
	NextDay  string   `toml:"next_day,omitempty"`
}

// NewPlan returns an empty plan for two people, or for one when solo.
func NewPlan(solo bool) *Plan {
	p := &Plan{Solo: solo}
	p.normalize()
	return p
}

// normalize gives the plan exactly the people it is for: two, or one when
// solo, so the screens can index People without checks.
func (p *Plan) normalize() {
	want := 2
	if p.Solo {
		want = 1
	}
	for len(p.People) < want {
		p.People = append(p.People, Person{})
	}
	p.People = p.People[:want]
}

// SetSolo switches between a plan for two and one for one person. What the
// second person had entered is kept while the plan is open, so switching
// back and forth loses nothing, but it is not saved in a solo plan.
func (p *Plan) SetSolo(solo bool) {
	if solo == p.Solo {
		return
	}
	p.Solo = solo
	if solo {
		p.spare = slices.Clone(p.People[1:])
	} else {
		p.People = append(p.People[:1], p.spare...)
		p.spare = nil
	}
	p.normalize()
}

// HasNeed reports whether person i chose need.
func (p *Plan) HasNeed(i int, need string) bool {
	return slices.Contains(p.People[i].Needs, need)
}

// SetNeed adds or removes one of person i's needs, keeping the order of
// Needs so the summary reads the same way every time.
func (p *Plan) SetNeed(i int, need string, on bool) {
	p.People[i].Needs = setChoice(p.People[i].Needs, need, on, Needs)
}

// HasAfterStop reports whether choice is among what happens after a stop.
func (p *Plan) HasAfterStop(choice string) bool { return slices.Contains(p.AfterStop, choice) }

// SetAfterStop adds or removes what happens after a stop.
func (p *Plan) SetAfterStop(choice string, on bool) {
	p.AfterStop = setChoice(p.AfterStop, choice, on, AfterStops)
}

func setChoice(list []string, id string, on bool, order []string) []string {
	i := slices.Index(list, id)
	switch {
	case on && i < 0:
		list = append(list, id)
	case !on && i >= 0:
		list = slices.Delete(list, i, i+1)
	}
	rank := func(s string) int {
		if r := slices.Index(order, s); r >= 0 {
			return r
		}
		return len(order)
	}
	slices.SortStableFunc(list, func(a, b string) int { return rank(a) - rank(b) })
	return list
}

// Empty reports whether nothing at all has been filled in, so the ui can
// say so rather than print a blank page.
func (p *Plan) Empty() bool {
	if p.StopWord != "" || p.SlowWord != "" || p.Signal != "" || len(p.AfterStop) > 0 ||
		p.IfQuiet != "" || p.SpaceOrCloseness != "" || p.Review != "" {
		return false
	}
	for _, person := range p.People {
		if person.CheckIn != "" || len(person.Needs) > 0 || person.OwnNeeds != "" ||
			person.LowMood != "" || person.NextDay != "" {
			return false
		}
	}
	return true
}

// Step is one page of the guided plan.
type Step int

// The steps, in the order they are walked. Every step may be skipped.
const (
	StepWho Step = iota
	StepStopping
	StepCheckIn
	StepCareFirst
	StepCareSecond
	StepTogether
	StepReview
	StepSummary
)

// Steps lists the steps for this plan: a solo plan has no stopping or
// checking-in agreements between two people and no second person's care.
func (p *Plan) Steps() []Step {
	if p.Solo {
		return []Step{StepWho, StepCareFirst, StepReview, StepSummary}
	}
	return []Step{StepWho, StepStopping, StepCheckIn, StepCareFirst, StepCareSecond, StepTogether, StepReview, StepSummary}
}

// Next returns the step after s, or StepSummary at the end. A step that
// no longer belongs (after switching to solo) moves on to the next one that
// does.
func (p *Plan) Next(s Step) Step {
	for _, step := range p.Steps() {
		if step > s {
			return step
		}
	}
	return StepSummary
}

// Back returns the step before s, or StepWho at the start.
func (p *Plan) Back(s Step) Step {
	steps := p.Steps()
	for i := len(steps) - 1; i >= 0; i-- {
		if steps[i] < s {
			return steps[i]
		}
	}
	return StepWho
}

// planHeader opens every saved plan, so a person who finds the file knows
// what it is and that nothing else is kept.
const planHeader = "# Tend: the plan you made and chose to save. Delete it from Tend at any time.\n"

// Encode returns the plan as it is saved.
func (p *Plan) Encode() ([]byte, error) {
	c := *p
	c.People = slices.Clone(p.People)
	c.normalize()
	for i := range c.People {
		c.People[i] = trimPerson(c.People[i])
	}
	var buf bytes.Buffer
	buf.WriteString(planHeader)
	if err := toml.NewEncoder(&buf).Encode(planFile{Version: 1, Plan: c}); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func trimPerson(x Person) Person {
	x.Name = strings.TrimSpace(x.Name)
	return x
}

// planFile is the saved form: a version, so a later Tend can read an older
// plan, and the plan itself.
type planFile struct {
	Version int `toml:"version"`
	Plan
}

// Save writes the plan to path atomically: the old file stays whole until
// the new one is complete. It is only ever called when the person presses
// Save.
func (p *Plan) Save(path string) error {
	data, err := p.Encode()
	if err != nil {
		return err
	}
	return decks.WriteFileAtomic(path, data)
}

// LoadPlan reads a saved plan. A missing file returns (nil, nil): most
// people never save one. A file that cannot be read or understood returns
// an error, positioned when the TOML is broken, and is left as it is: the
// caller sets it aside (decks.SetAside) and tells the person, so the next
// Save cannot overwrite it.
func LoadPlan(path string) (*Plan, error) {
	data, err := decks.ReadUserFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var f planFile
	if err := decks.DecodeStrict(path, data, &f); err != nil {
		return nil, err
	}
	if f.Version != 1 {
		return nil, decks.Problem{Path: path, Msg: fmt.Sprintf("version %d is not one this Tend can read (it reads version 1)", f.Version)}
	}
	p := f.Plan
	p.normalize()
	return &p, nil
}
