package ui

import (
	"fmt"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Sizes and colours of our own that screens ask the theme for, so that the
// text-size and contrast settings change them all in one place.
const (
	sizeCardText fyne.ThemeSizeName  = "tend.cardText"
	sizeTitle    fyne.ThemeSizeName  = "tend.title"
	colorSurface fyne.ThemeColorName = "tend.surface"
	colorAccent  fyne.ThemeColorName = "tend.accent"
	// colorEdge outlines the card and the deck tiles: a boundary that must
	// be seen (3:1), unlike a separator between rows.
	colorEdge fyne.ThemeColorName = "tend.edge"
)

// cardTextFractions are ever smaller card text sizes, as shares of the
// normal card text size (1 is the size in an ordinary window). The card
// screen picks the largest that lets the whole card fit and that the window
// allows: above 1 only in a window larger than the default, such as full
// screen on a projector; below 1 for long cards in small windows.
var cardTextFractions = []float32{3.4, 3.1, 2.8, 2.5, 2.25, 2, 1.8, 1.6, 1.45, 1.3, 1.15,
	1, 0.92, 0.84, 0.76, 0.68, 0.6, 0.52, 0.44, 0.36, 0.31, 0.27}

// cardTextSteps are the theme size names of cardTextFractions.
var cardTextSteps = func() []fyne.ThemeSizeName {
	steps := make([]fyne.ThemeSizeName, len(cardTextFractions))
	for i := range steps {
		steps[i] = fyne.ThemeSizeName(fmt.Sprintf("%s.%d", sizeCardText, i))
	}
	return steps
}()

// cardTextFraction is the share of the normal card text size at step i.
func cardTextFraction(i int) float32 { return cardTextFractions[i] }

// tendTheme is the default Fyne theme with a warm, low-contrast palette and
// larger text, so the screen feels calm on a Saturday night and stays
// readable from a sofa or on a projector. Only what differs is overridden.
// The person's text size, contrast and light/dark choice live here too.
type tendTheme struct {
	fyne.Theme
	scale        float32
	highContrast bool
	mode         string // themeSystem, themeLight or themeDark
}

// maxChromeScale caps how far text outside the card grows with the text
// size setting.
const maxChromeScale = 1.3

func newTheme() fyne.Theme {
	return &tendTheme{Theme: theme.DefaultTheme(), scale: 1, mode: themeSystem}
}

func themeFor(s *settings) fyne.Theme {
	return &tendTheme{Theme: theme.DefaultTheme(), scale: float32(s.textScale), highContrast: s.highContrast, mode: s.themeMode}
}

func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

var palettes = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameBackground:          rgb(0xf6efe6),
		theme.ColorNameForeground:          rgb(0x3b2f2a),
		theme.ColorNamePrimary:             rgb(0xa9523c),
		theme.ColorNameForegroundOnPrimary: rgb(0xfffaf4),
		theme.ColorNameButton:              rgb(0xebe0d3),
		theme.ColorNameHover:               color.NRGBA{R: 0x7a, G: 0x4a, B: 0x30, A: 0x1c},
		theme.ColorNamePressed:             color.NRGBA{R: 0x7a, G: 0x4a, B: 0x30, A: 0x30},
		theme.ColorNameFocus:               color.NRGBA{A: 0x42},
		theme.ColorNameSelection:           color.NRGBA{R: 0xa9, G: 0x52, B: 0x3c, A: 0x30},
		theme.ColorNameDisabled:            rgb(0x736962),
		theme.ColorNameDisabledButton:      rgb(0xe6ddd2),
		theme.ColorNamePlaceHolder:         rgb(0x736962),
		theme.ColorNameInputBackground:     rgb(0xfdf9f4),
		theme.ColorNameInputBorder:         rgb(0xd9cbbc),
		theme.ColorNameSeparator:           rgb(0xe2d5c7),
		theme.ColorNameShadow:              color.NRGBA{R: 0x5a, G: 0x3a, B: 0x28, A: 0x22},
		theme.ColorNameOverlayBackground:   rgb(0xfbf6f0),
		theme.ColorNameMenuBackground:      rgb(0xfbf6f0),
		colorSurface:                       rgb(0xfffbf6),
		colorAccent:                        rgb(0x8a6a5a),
		colorEdge:                          rgb(0x8f857f),
	},
	theme.VariantDark: {
		theme.ColorNameBackground:          rgb(0x1e1917),
		theme.ColorNameForeground:          rgb(0xf1e7dd),
		theme.ColorNamePrimary:             rgb(0xdf8c70),
		theme.ColorNameForegroundOnPrimary: rgb(0x22160f),
		theme.ColorNameButton:              rgb(0x372e2a),
		theme.ColorNameHover:               color.NRGBA{R: 0xff, G: 0xe8, B: 0xd8, A: 0x18},
		theme.ColorNamePressed:             color.NRGBA{R: 0xff, G: 0xe8, B: 0xd8, A: 0x28},
		theme.ColorNameFocus:               color.NRGBA{R: 0xcc, G: 0x33, A: 0x8a},
		theme.ColorNameSelection:           color.NRGBA{R: 0xdf, G: 0x8c, B: 0x70, A: 0x40},
		theme.ColorNameDisabled:            rgb(0x948c86),
		theme.ColorNameDisabledButton:      rgb(0x2e2623),
		theme.ColorNamePlaceHolder:         rgb(0x9a897d),
		theme.ColorNameInputBackground:     rgb(0x2a2320),
		theme.ColorNameInputBorder:         rgb(0x4a3f39),
		theme.ColorNameSeparator:           rgb(0x3a312c),
		theme.ColorNameShadow:              color.NRGBA{A: 0x55},
		theme.ColorNameOverlayBackground:   rgb(0x29221f),
		theme.ColorNameMenuBackground:      rgb(0x29221f),
		colorSurface:                       rgb(0x2a2320),
		colorAccent:                        rgb(0xc4a592),
		colorEdge:                          rgb(0x77706a),
	},
}

// highContrast palettes keep the warm hue but push text and edges to the
// extremes, for projectors in bright rooms and for low vision.
var highContrast = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameBackground:          rgb(0xffffff),
		theme.ColorNameForeground:          rgb(0x000000),
		theme.ColorNamePrimary:             rgb(0x7a2410),
		theme.ColorNameForegroundOnPrimary: rgb(0xffffff),
		theme.ColorNameButton:              rgb(0xe4d6c8),
		theme.ColorNameDisabled:            rgb(0x5c4a40),
		theme.ColorNamePlaceHolder:         rgb(0x5c4a40),
		theme.ColorNameFocus:               color.NRGBA{A: 0x6b},
		colorEdge:                          rgb(0x000000),
		theme.ColorNameInputBorder:         rgb(0x000000),
		theme.ColorNameSeparator:           rgb(0x000000),
		colorSurface:                       rgb(0xffffff),
		colorAccent:                        rgb(0x3a1a10),
	},
	theme.VariantDark: {
		theme.ColorNameBackground:          rgb(0x000000),
		theme.ColorNameForeground:          rgb(0xffffff),
		theme.ColorNamePrimary:             rgb(0xffb59c),
		theme.ColorNameForegroundOnPrimary: rgb(0x000000),
		theme.ColorNameButton:              rgb(0x3a3030),
		theme.ColorNameDisabled:            rgb(0xc8b8ac),
		theme.ColorNameFocus:               color.NRGBA{R: 0x99, G: 0x66, B: 0x66, A: 0x75},
		colorEdge:                          rgb(0xffffff),
		theme.ColorNameInputBorder:         rgb(0xffffff),
		theme.ColorNameSeparator:           rgb(0xffffff),
		colorSurface:                       rgb(0x000000),
		colorAccent:                        rgb(0xffe0d0),
	},
}

func (t *tendTheme) Color(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	switch t.mode {
	case themeLight:
		variant = theme.VariantLight
	case themeDark:
		variant = theme.VariantDark
	}
	if variant != theme.VariantDark {
		variant = theme.VariantLight
	}
	if t.highContrast {
		if c, ok := highContrast[variant][name]; ok {
			return c
		}
	}
	if c, ok := palettes[variant][name]; ok {
		return c
	}
	return t.Theme.Color(name, variant)
}

func (t *tendTheme) Size(name fyne.ThemeSizeName) float32 {
	scale := t.scale
	if scale == 0 {
		scale = 1
	}
	for i, step := range cardTextSteps {
		if name == step {
			return 32 * scale * cardTextFraction(i)
		}
	}
	if name == sizeCardText {
		return 32 * scale
	}
	// The card text grows all the way; the controls around it grow less, so
	// that even at the largest size they fit beside each other in a small
	// window instead of pushing it wider than the screen.
	scale = min(scale, maxChromeScale)
	switch name {
	case sizeTitle:
		return 40 * scale
	case theme.SizeNameText:
		return 16 * scale
	case theme.SizeNameHeadingText:
		return 26 * scale
	case theme.SizeNameSubHeadingText:
		return 19 * scale
	case theme.SizeNameCaptionText:
		return 13 * scale
	case theme.SizeNameInlineIcon:
		return 20 * scale
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameInnerPadding:
		return 10
	case theme.SizeNameInputRadius, theme.SizeNameSelectionRadius:
		return 8
	}
	return t.Theme.Size(name)
}
