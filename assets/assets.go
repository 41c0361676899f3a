// Package assets holds Tend's icon and other files that ship inside the
// binary. It imports nothing, so any package may use it.
package assets

import _ "embed"

// IconSVG is the app icon: two cards, one with a heart. It is SVG so it stays
// crisp at every size; icon.png is its rendering for packaging.
//
//go:embed icon.svg
var IconSVG []byte

// StarSVG and StarOutlineSVG mark a card as starred or not; Fyne's icon set
// has no star. Both are single-colour so the theme can recolour them.
//
//go:embed star.svg
var StarSVG []byte

// StarOutlineSVG is the unstarred form of StarSVG.
//
//go:embed star-outline.svg
var StarOutlineSVG []byte
