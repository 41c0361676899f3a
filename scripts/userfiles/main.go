// Command userfiles checks every file Tend keeps for a person in one app
// folder: marks.toml and settings.toml must parse as Tend reads them, and
// Fyne's preferences.json must be JSON holding none of Tend's settings. The
// reliability harness (scripts/reliability.sh) runs it after every kill -9
// and every broken-file start. It prints one line about the folder and exits
// 1 when a file would be lost.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"

	"tend.app/tend/decks"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: userfiles APPDIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	var bad []string
	marks, err := decks.LoadMarks(filepath.Join(dir, "marks.toml"))
	if err != nil {
		bad = append(bad, err.Error())
	}
	settings := map[string]any{}
	if data, err := decks.ReadUserFile(filepath.Join(dir, "settings.toml")); err == nil {
		if _, err := toml.Decode(string(data), &settings); err != nil {
			bad = append(bad, "settings.toml: "+err.Error())
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		bad = append(bad, err.Error())
	}
	if data, err := os.ReadFile(filepath.Join(dir, "preferences.json")); err == nil && len(data) > 0 {
		var prefs map[string]any
		if err := json.Unmarshal(data, &prefs); err != nil {
			// Fyne's own file: Tend reads nothing from it any more, and
			// sets a broken one aside at the next start.
			fmt.Printf("note: preferences.json (Fyne's) does not parse: %v\n", err)
		} else if len(prefs) > 0 {
			bad = append(bad, fmt.Sprintf("preferences.json holds settings: %v", prefs))
		}
	}
	fmt.Printf("%d starred, %d hidden, %d settings\n", len(marks.Favourites), len(marks.Hidden), len(settings))
	for _, b := range bad {
		fmt.Println("BROKEN:", b)
	}
	if len(bad) > 0 {
		os.Exit(1)
	}
}
