package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"slices"
	"sync"

	"fyne.io/fyne/v2"
	"github.com/BurntSushi/toml"

	"tend.app/tend/decks"
)

// settingsFileName is Tend's own settings file, beside marks.toml. Fyne's
// preferences.json is written in place (a kill -9 or a full disk leaves it
// empty or cut off, and every setting is lost) and a list of mixed types in
// it panics inside Fyne on every start; so Tend keeps its settings here,
// written atomically, checked when read, set aside when broken.
const settingsFileName = "settings.toml"

// prefStore is the fyne.Preferences that the settings read and write: the
// same methods as Fyne's, backed by settings.toml. Every change is saved at
// once, atomically. Values of the wrong type read as the fallback, so a
// hand-edited file never troubles anyone.
type prefStore struct {
	path string

	mu        sync.Mutex
	values    map[string]any
	listeners []func()
	// readOnly is set when the file on disk could not be read nor moved
	// aside: then it is never saved over, and changes last this session.
	readOnly bool
	// onSaveError is told when a change could not be saved.
	onSaveError func(error)
}

var _ fyne.Preferences = (*prefStore)(nil)

// parseSettings reads the settings file format: a TOML table whose keys are
// the preference names. Nested tables ([view] theme = "dark") are read as
// dotted names ("view.theme"), so a hand-written file reads naturally. What
// it refuses is a decks.Problem in the file called name.
func parseSettings(name string, data []byte) (map[string]any, error) {
	if deep, ok := decks.CheckTOMLDepth(name, data); ok {
		return nil, deep
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, decks.DecodeProblem(name, err)
	}
	values := map[string]any{}
	flattenSettings("", raw, values)
	for k, v := range values {
		if !isSettingValue(v) {
			return nil, decks.Problem{Path: name, Msg: fmt.Sprintf("%q: a list of mixed types, or a value no setting has", k)}
		}
	}
	return values, nil
}

// isSettingValue accepts what a fyne.Preferences can hold: a bool, number or
// string, or a list of one of those kinds. Anything else (a mixed list, a
// date, a list of tables) was not written by Tend, so the file is set aside
// rather than rewritten around it.
func isSettingValue(v any) bool {
	kind := func(x any) int {
		switch x.(type) {
		case bool:
			return 1
		case int64, float64:
			return 2
		case string:
			return 3
		}
		return 0
	}
	items, ok := v.([]any)
	if !ok {
		return kind(v) != 0
	}
	for _, it := range items {
		if kind(it) == 0 || kind(it) != kind(items[0]) {
			return false
		}
	}
	return true
}

func flattenSettings(prefix string, in, out map[string]any) {
	for k, v := range in {
		if t, ok := v.(map[string]any); ok {
			flattenSettings(prefix+k+".", t, out)
			continue
		}
		out[prefix+k] = v
	}
}

// encodeSettings writes values in the settings file format, keys sorted.
func encodeSettings(values map[string]any) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("# Tend's settings. Written by Tend; safe to edit while Tend is closed.\n")
	enc := toml.NewEncoder(&buf)
	for _, k := range slices.Sorted(maps.Keys(values)) {
		// One key at a time, as a quoted dotted name, so "home.decks"
		// never turns into a [home] table that a later key could clash with.
		if err := enc.Encode(map[string]any{k: values[k]}); err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
	}
	return buf.Bytes(), nil
}

// openPrefStore reads path. A missing file is an empty store (fresh is true).
// A file that cannot be read or understood is moved aside (never saved over)
// and the returned problem says why and where it went; when it cannot even be
// moved, the store is read-only for this session.
func openPrefStore(path string) (s *prefStore, fresh bool, kept string, problem error) {
	s = &prefStore{path: path, values: map[string]any{}}
	data, err := decks.ReadUserFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return s, true, "", nil
	}
	if err == nil {
		var values map[string]any
		if values, err = parseSettings(path, data); err == nil {
			s.values = values
			return s, false, "", nil
		}
	}
	kept, serr := decks.SetAside(path)
	if serr != nil {
		s.readOnly = true
		return s, false, "", errors.Join(err, serr)
	}
	return s, false, kept, err
}

// save writes every value; called with mu held.
func (s *prefStore) save() error {
	if s.readOnly {
		return nil
	}
	data, err := encodeSettings(s.values)
	if err != nil {
		return err
	}
	return decks.WriteFileAtomic(s.path, data)
}

func (s *prefStore) set(key string, value any) {
	s.mu.Lock()
	old, had := s.values[key]
	s.values[key] = value
	var err error
	if !had || !sameSetting(old, value) {
		err = s.save()
	}
	report, listeners := s.onSaveError, slices.Clone(s.listeners)
	s.mu.Unlock()
	if err != nil && report != nil {
		report(err)
	}
	for _, l := range listeners {
		l()
	}
}

func (s *prefStore) get(key string) (any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	v, ok := s.values[key]
	return v, ok
}

// sameSetting reports whether a and b would be written alike, so that
// setting a value to what it already is (the home screen does so whenever
// it is built) writes nothing.
func sameSetting(a, b any) bool {
	ea, erra := encodeSettings(map[string]any{"v": a})
	eb, errb := encodeSettings(map[string]any{"v": b})
	return erra == nil && errb == nil && bytes.Equal(ea, eb)
}

// setMany stores several values with one save, for the migration.
func (s *prefStore) setMany(values map[string]any) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	maps.Copy(s.values, values)
	return s.save()
}

func asBool(v any) (bool, bool) { b, ok := v.(bool); return b, ok }

func asString(v any) (string, bool) { str, ok := v.(string); return str, ok }

func asFloat(v any) (float64, bool) {
	switch n := v.(type) {
	case float64:
		return n, true
	case int64:
		return float64(n), true
	case int:
		return float64(n), true
	}
	return 0, false
}

func asInt(v any) (int, bool) {
	switch n := v.(type) {
	case int64:
		return int(n), n >= math.MinInt32 && n <= math.MaxInt32
	case int:
		return n, true
	case float64: // JSON, as migrated from Fyne's preferences, has no integers
		return int(n), n == math.Trunc(n) && math.Abs(n) <= math.MaxInt32
	}
	return 0, false
}

// asList reads a list whose every item converts; one odd item makes the
// whole list unreadable, so a mixed list falls back instead of panicking.
func asList[T any](v any, conv func(any) (T, bool)) ([]T, bool) {
	var items []any
	switch l := v.(type) {
	case []any:
		items = l
	case []T:
		return slices.Clone(l), true
	case []string:
		items = toAny(l)
	case []bool:
		items = toAny(l)
	case []float64:
		items = toAny(l)
	case []int:
		items = toAny(l)
	case []int64:
		items = toAny(l)
	default:
		return nil, false
	}
	out := make([]T, 0, len(items))
	for _, it := range items {
		x, ok := conv(it)
		if !ok {
			return nil, false
		}
		out = append(out, x)
	}
	return out, true
}

func toAny[T any](l []T) []any {
	out := make([]any, len(l))
	for i, x := range l {
		out[i] = x
	}
	return out
}

func withFallback[T any](s *prefStore, key string, fallback T, conv func(any) (T, bool)) T {
	if v, ok := s.get(key); ok {
		if x, ok := conv(v); ok {
			return x
		}
	}
	return fallback
}

func listWithFallback[T any](s *prefStore, key string, fallback []T, conv func(any) (T, bool)) []T {
	if v, ok := s.get(key); ok {
		if x, ok := asList(v, conv); ok {
			return x
		}
	}
	return fallback
}

// Bool is part of fyne.Preferences.
func (s *prefStore) Bool(key string) bool { return s.BoolWithFallback(key, false) }

// BoolWithFallback is part of fyne.Preferences.
func (s *prefStore) BoolWithFallback(key string, fallback bool) bool {
	return withFallback(s, key, fallback, asBool)
}

// SetBool is part of fyne.Preferences.
func (s *prefStore) SetBool(key string, value bool) { s.set(key, value) }

// BoolList is part of fyne.Preferences.
func (s *prefStore) BoolList(key string) []bool { return s.BoolListWithFallback(key, []bool{}) }

// BoolListWithFallback is part of fyne.Preferences.
func (s *prefStore) BoolListWithFallback(key string, fallback []bool) []bool {
	return listWithFallback(s, key, fallback, asBool)
}

// SetBoolList is part of fyne.Preferences.
func (s *prefStore) SetBoolList(key string, value []bool) { s.set(key, slices.Clone(value)) }

// Float is part of fyne.Preferences.
func (s *prefStore) Float(key string) float64 { return s.FloatWithFallback(key, 0) }

// FloatWithFallback is part of fyne.Preferences.
func (s *prefStore) FloatWithFallback(key string, fallback float64) float64 {
	return withFallback(s, key, fallback, asFloat)
}

// SetFloat is part of fyne.Preferences.
func (s *prefStore) SetFloat(key string, value float64) { s.set(key, value) }

// FloatList is part of fyne.Preferences.
func (s *prefStore) FloatList(key string) []float64 {
	return s.FloatListWithFallback(key, []float64{})
}

// FloatListWithFallback is part of fyne.Preferences.
func (s *prefStore) FloatListWithFallback(key string, fallback []float64) []float64 {
	return listWithFallback(s, key, fallback, asFloat)
}

// SetFloatList is part of fyne.Preferences.
func (s *prefStore) SetFloatList(key string, value []float64) { s.set(key, slices.Clone(value)) }

// Int is part of fyne.Preferences.
func (s *prefStore) Int(key string) int { return s.IntWithFallback(key, 0) }

// IntWithFallback is part of fyne.Preferences.
func (s *prefStore) IntWithFallback(key string, fallback int) int {
	return withFallback(s, key, fallback, asInt)
}

// SetInt is part of fyne.Preferences.
func (s *prefStore) SetInt(key string, value int) { s.set(key, value) }

// IntList is part of fyne.Preferences.
func (s *prefStore) IntList(key string) []int { return s.IntListWithFallback(key, []int{}) }

// IntListWithFallback is part of fyne.Preferences.
func (s *prefStore) IntListWithFallback(key string, fallback []int) []int {
	return listWithFallback(s, key, fallback, asInt)
}

// SetIntList is part of fyne.Preferences.
func (s *prefStore) SetIntList(key string, value []int) { s.set(key, slices.Clone(value)) }

// String is part of fyne.Preferences.
func (s *prefStore) String(key string) string { return s.StringWithFallback(key, "") }

// StringWithFallback is part of fyne.Preferences.
func (s *prefStore) StringWithFallback(key, fallback string) string {
	return withFallback(s, key, fallback, asString)
}

// SetString is part of fyne.Preferences.
func (s *prefStore) SetString(key string, value string) { s.set(key, value) }

// StringList is part of fyne.Preferences.
func (s *prefStore) StringList(key string) []string {
	return s.StringListWithFallback(key, []string{})
}

// StringListWithFallback is part of fyne.Preferences.
func (s *prefStore) StringListWithFallback(key string, fallback []string) []string {
	return listWithFallback(s, key, fallback, asString)
}

// SetStringList is part of fyne.Preferences.
func (s *prefStore) SetStringList(key string, value []string) { s.set(key, slices.Clone(value)) }

// RemoveValue is part of fyne.Preferences.
func (s *prefStore) RemoveValue(key string) {
	s.mu.Lock()
	_, had := s.values[key]
	delete(s.values, key)
	var err error
	if had {
		err = s.save()
	}
	report := s.onSaveError
	s.mu.Unlock()
	if err != nil && report != nil {
		report(err)
	}
}

// AddChangeListener is part of fyne.Preferences.
func (s *prefStore) AddChangeListener(l func()) {
	s.mu.Lock()
	s.listeners = append(s.listeners, l)
	s.mu.Unlock()
}

// ChangeListeners is part of fyne.Preferences.
func (s *prefStore) ChangeListeners() []func() {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.listeners)
}
