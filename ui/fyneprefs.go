package ui

import (
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"path/filepath"

	"fyne.io/fyne/v2"

	"tend.app/tend/decks"
)

// SetAsideFile tells where a file that could not be used was kept, and why.
type SetAsideFile struct {
	Kept string
	Err  error
}

// CheckFynePreferences guards Fyne's own preferences.json for the app appID.
// Run it before app.NewWithID: Fyne reads that file while the app is made,
// and panics on a list of mixed types, blocks forever on a FIFO and reads a
// file of any size. A file Fyne could not read safely is set aside (never
// overwritten) and reported; nil means the file is fine or absent. Tend
// keeps its settings in its own file, so this only protects the start.
func CheckFynePreferences(appID string) *SetAsideFile {
	path := filepath.Join(fyneConfigRoot(), appID, "preferences.json")
	data, err := decks.ReadUserFile(path)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(data) == 0) {
		// Fyne reads an empty file as no preferences.
		return nil
	}
	if err == nil {
		err = checkFynePreferences(data)
	}
	if err == nil {
		return nil
	}
	kept, serr := decks.SetAside(path)
	if serr != nil {
		// Left in place, Fyne may still fail on it; say so.
		return &SetAsideFile{Err: errors.Join(err, serr)}
	}
	return &SetAsideFile{Kept: kept, Err: err}
}

// checkFynePreferences accepts what Fyne v2.7.1 loads without panicking: a
// JSON object whose lists are empty or hold one kind of value only when
// they start with a bool, a number or a string.
func checkFynePreferences(data []byte) error {
	var values map[string]any
	if err := json.Unmarshal(data, &values); err != nil {
		return err
	}
	for k, v := range values {
		items, ok := v.([]any)
		if !ok || len(items) == 0 {
			continue
		}
		for _, it := range items {
			same := false
			switch items[0].(type) {
			case bool:
				_, same = it.(bool)
			case float64:
				_, same = it.(float64)
			case string:
				_, same = it.(string)
			default:
				same = true // Fyne leaves other lists alone
			}
			if !same {
				return errors.New(k + ": a list of mixed types")
			}
		}
	}
	return nil
}

// valueReader is implemented by Fyne's preferences (on disk and in memory);
// it is how the migration lists what is there.
type valueReader interface {
	ReadValues(func(map[string]any))
}

// migrateFynePreferences moves what Tend kept in Fyne's preferences before it
// had its own file into store, once: it runs only while Tend's file does
// not exist yet. The keys leave Fyne's preferences only after they were
// saved in Tend's file.
func migrateFynePreferences(from fyne.Preferences, store *prefStore) error {
	r, ok := from.(valueReader)
	if !ok {
		return nil
	}
	var values map[string]any
	r.ReadValues(func(m map[string]any) { values = maps.Clone(m) })
	for k, v := range values {
		// Only what reads back as a setting moves: not a JSON null or a
		// list of objects, which Tend never wrote.
		data, err := encodeSettings(map[string]any{k: v})
		if err == nil {
			_, err = parseSettings("", data)
		}
		if err != nil {
			delete(values, k)
		}
	}
	if len(values) == 0 {
		return nil
	}
	if err := store.setMany(values); err != nil {
		return err
	}
	for k := range values {
		from.RemoveValue(k)
	}
	return nil
}
