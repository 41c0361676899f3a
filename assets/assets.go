// Package assets holds Tend's icon and other files that ship inside the
// binary. It imports nothing, so any package may use it.
package assets

import _ "embed"

// IconSVG is the app icon: two cards, one with a heart. It is SVG so it stays
// crisp at every size; icon.png is its rendering for packaging.
//
//go:embed icon.svg
var IconSVG []byte
