package ui

import (
	"fmt"
	"io"
	"slices"
	"time"

	"fyne.io/fyne/v2"

	"tend.app/tend/decks"
)

// userDecksWait is how long the start waits for the person's deck folders
// before it shows the window without them. Most folders load well within it,
// so the first frame already holds them; a folder of thousands of files
// arrives a moment after the window instead of keeping it away.
var userDecksWait = 250 * time.Millisecond

// manyUserDecks is how many decks of their own a person may have before the
// window opens without them and they join a moment later: building the home
// screen's panel for each costs more than reading it.
const manyUserDecks = 100

// loadDeckDir reads one folder; tests replace it to hold a load back.
var loadDeckDir = decks.LoadUserDir

type userDecksResult struct {
	decks    []*decks.Deck
	problems decks.Problems
}

// startLoadingUserDecks reads the person's deck folders on another goroutine
// and waits for them at most userDecksWait. When they are not in by then,
// late delivers them and the window starts with the built-in decks.
func startLoadingUserDecks(dirs, named []string) ([]*decks.Deck, decks.Problems, <-chan userDecksResult) {
	done := make(chan userDecksResult, 1)
	go func() {
		var r userDecksResult
		for _, dir := range dirs {
			ds, ps := loadDeckDir(dir, slices.Contains(named, dir))
			r.decks = append(r.decks, ds...)
			r.problems = append(r.problems, ps...)
		}
		done <- r
	}()
	select {
	case r := <-done:
		if len(r.decks) > manyUserDecks {
			// Read in time, but laying out thousands of deck panels
			// takes longer than reading them: show the window first.
			done <- r
			return nil, nil, done
		}
		return r.decks, r.problems, nil
	case <-time.After(userDecksWait):
		return nil, nil, done
	}
}

// finishLoadingUserDecks adds decks that arrived after the window was made,
// on the UI goroutine, and tells their problems like any others. With late
// nil, everything is in already. chosen is the deck choice saved before the
// home screen was built without the late decks (which it forgot): it is put
// back unless the person has chosen again meanwhile.
func (t *table) finishLoadingUserDecks(late <-chan userDecksResult, log io.Writer, store *prefStore, chosen any) {
	if late == nil {
		close(t.userLoaded)
		return
	}
	builtWith := store.StringList(prefDecks)
	go func() {
		r := <-late
		fyne.Do(func() {
			defer close(t.userLoaded)
			if len(r.problems) > 0 {
				r.problems.Sort()
				lines := r.problems.Summary(maxProblemLines)
				for _, l := range lines {
					fmt.Fprintln(log, l)
				}
				t.problems = append(t.problems, lines...)
				t.problemFiles = append(t.problemFiles, r.problems.Files()...)
			}
			if len(r.decks) == 0 && len(r.problems) == 0 {
				return
			}
			if chosen != nil && slices.Equal(store.StringList(prefDecks), builtWith) {
				store.set(prefDecks, chosen)
			}
			t.userDecks = r.decks
			t.allLoaded = false
			t.loadAllLanguages()
			t.relabel()
		})
	}()
}
