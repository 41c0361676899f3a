package ui

import (
	"encoding/json"
	"testing"
)

// FuzzParseSettings feeds arbitrary bytes to the settings file reader: it
// must never panic, every getter must answer whatever the file holds, and
// what it accepts must write and read back alike.
func FuzzParseSettings(f *testing.F) {
	f.Add([]byte("\"view.theme\" = \"dark\"\n\"home.decks\" = [\"boundaries\"]\n\"home.depth\" = 2\n"))
	f.Add([]byte("[home]\nname1 = \"Kit\"\n[view]\ntextScale = 1.2\n"))
	f.Add([]byte("\"home.decks\" = [\"a\", 1]\n"))
	f.Add([]byte("\"x\" = nan\n\"y\" = 1979-05-27\n"))
	f.Add([]byte("a = {b = {c = [[1]]}}\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		values, err := parseSettings(settingsFileName, data)
		if err != nil {
			return
		}
		s := &prefStore{values: values, readOnly: true}
		for k := range values {
			s.BoolWithFallback(k, false)
			s.IntWithFallback(k, 0)
			s.FloatWithFallback(k, 0)
			s.StringWithFallback(k, "")
			s.StringListWithFallback(k, nil)
			s.IntListWithFallback(k, nil)
			s.FloatListWithFallback(k, nil)
			s.BoolListWithFallback(k, nil)
		}
		out, err := encodeSettings(values)
		if err != nil {
			t.Fatalf("accepted settings do not write: %v", err)
		}
		back, err := parseSettings(settingsFileName, out)
		if err != nil || len(back) != len(values) {
			t.Fatalf("written settings read back as %v, %v; had %v\n%s", back, err, values, out)
		}
	})
}

// FuzzCheckFynePreferences makes sure that what the check lets through,
// Fyne's preference loading takes without panicking.
func FuzzCheckFynePreferences(f *testing.F) {
	f.Add([]byte(`{"home.decks":["a","b"],"view.theme":"dark","n":[1,2]}`))
	f.Add([]byte(`{"home.decks":["a",1]}`))
	f.Add([]byte(`{"x":[[1],"a"],"y":[true,false],"z":[{}]}`))
	f.Add([]byte(`[1,2]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if checkFynePreferences(data) != nil {
			return
		}
		convertListsLikeFyne(t, data)
	})
}

// convertListsLikeFyne runs data through a copy of convertLists from
// fyne.io/fyne/v2@v2.7.1/app/preferences.go, the code that panics on a mixed
// list while the app is made. (The real loading cannot run per fuzz input:
// each app.NewWithID starts a file watcher that is never stopped.)
func convertListsLikeFyne(t *testing.T, data []byte) {
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Fyne would panic on preferences the check let through: %v\n%s", r, data)
		}
	}()
	var values map[string]any
	if err := json.Unmarshal(data, &values); err != nil {
		t.Fatalf("the check let through what is not JSON: %v", err)
	}
	for k, v := range values {
		if items, ok := v.([]any); ok {
			if len(items) == 0 {
				continue
			}
			switch items[0].(type) {
			case bool:
				bools := make([]bool, len(items))
				for i, item := range items {
					bools[i] = item.(bool)
				}
				values[k] = bools
			case float64:
				floats := make([]float64, len(items))
				for i, item := range items {
					floats[i] = item.(float64)
				}
				values[k] = floats
			case string:
				strs := make([]string, len(items))
				for i, item := range items {
					strs[i] = item.(string)
				}
				values[k] = strs
			}
		}
	}
}
