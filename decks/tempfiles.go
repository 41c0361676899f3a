package decks

import (
	"os"
	"path/filepath"
	"time"
)

// staleTempAge is how old a temporary file of WriteFileAtomic must be before
// RemoveStaleTemps takes it for a leftover rather than a save in progress.
const staleTempAge = time.Minute

// RemoveStaleTemps removes the temporary files that WriteFileAtomic leaves
// beside path when Tend is killed between writing and renaming (kill -9, a
// power cut), so that only the files the person keeps stay in their folder.
// The file itself is never touched, nor a temporary file younger than a
// minute, which may belong to another Tend saving at this moment.
func RemoveStaleTemps(path string) {
	temps, _ := filepath.Glob(filepath.Join(filepath.Dir(path), "."+globEscape(filepath.Base(path))+".*.tmp"))
	for _, t := range temps {
		if info, err := os.Lstat(t); err == nil && info.Mode().IsRegular() && time.Since(info.ModTime()) > staleTempAge {
			os.Remove(t)
		}
	}
}

func globEscape(s string) string {
	out := make([]rune, 0, len(s))
	for _, r := range s {
		switch r {
		case '*', '?', '[', '\\':
			out = append(out, '\\')
		}
		out = append(out, r)
	}
	return string(out)
}
