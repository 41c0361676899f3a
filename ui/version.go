package ui

import "runtime/debug"

// revision is the git revision Tend was built from. Release builds stamp it
// (go build -ldflags "-X tend.app/tend/ui.revision=..."; see the Makefile);
// otherwise it is read from the build information Go records in a checkout.
var revision string

// Version names this build for `tend --version` and the About box: the
// version from FyneApp.toml (TestVersionMatchesFyneApp keeps the two in step)
// and, when known, the git revision, as in "0.1.0 (1a2b3c4d5e6f)".
func Version() string {
	rev := revision
	if rev == "" {
		rev = buildRevision()
	}
	if rev == "" {
		return version
	}
	return version + " (" + rev + ")"
}

// buildRevision is the revision `go build` records when it runs in a git
// checkout (not `go run` or `go test`), shortened like git's own, with
// "-dirty" when the tree had changes.
func buildRevision() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return ""
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value[:min(12, len(s.Value))]
		case "vcs.modified":
			if s.Value == "true" {
				dirty = "-dirty"
			}
		}
	}
	if rev == "" {
		return ""
	}
	return rev + dirty
}
