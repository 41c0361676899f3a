package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Sizes of our own that screens ask the theme for, so that a later text-size
// setting changes them all in one place.
const (
	sizeCardText fyne.ThemeSizeName  = "tend.cardText"
	sizeTitle    fyne.ThemeSizeName  = "tend.title"
	colorSurface fyne.ThemeColorName = "tend.surface"
	colorAccent  fyne.ThemeColorName = "tend.accent"
)

// tendTheme is the default Fyne theme with a warm, low-contrast palette and
// larger text, so the screen feels calm on a Saturday night and stays
// readable from a sofa or on a projector. Only what differs is overridden.
type tendTheme struct {
	fyne.Theme
}

func newTheme() fyne.Theme { return &tendTheme{Theme: theme.DefaultTheme()} }

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
		theme.ColorNameFocus:               color.NRGBA{R: 0xa9, G: 0x52, B: 0x3c, A: 0x40},
		theme.ColorNameSelection:           color.NRGBA{R: 0xa9, G: 0x52, B: 0x3c, A: 0x30},
		theme.ColorNameDisabled:            rgb(0xa59386),
		theme.ColorNameDisabledButton:      rgb(0xe6ddd2),
		theme.ColorNamePlaceHolder:         rgb(0x8c7a6e),
		theme.ColorNameInputBackground:     rgb(0xfdf9f4),
		theme.ColorNameInputBorder:         rgb(0xd9cbbc),
		theme.ColorNameSeparator:           rgb(0xe2d5c7),
		theme.ColorNameShadow:              color.NRGBA{R: 0x5a, G: 0x3a, B: 0x28, A: 0x22},
		theme.ColorNameOverlayBackground:   rgb(0xfbf6f0),
		theme.ColorNameMenuBackground:      rgb(0xfbf6f0),
		colorSurface:                       rgb(0xfffbf6),
		colorAccent:                        rgb(0x8a6a5a),
	},
	theme.VariantDark: {
		theme.ColorNameBackground:          rgb(0x1e1917),
		theme.ColorNameForeground:          rgb(0xf1e7dd),
		theme.ColorNamePrimary:             rgb(0xdf8c70),
		theme.ColorNameForegroundOnPrimary: rgb(0x22160f),
		theme.ColorNameButton:              rgb(0x372e2a),
		theme.ColorNameHover:               color.NRGBA{R: 0xff, G: 0xe8, B: 0xd8, A: 0x18},
		theme.ColorNamePressed:             color.NRGBA{R: 0xff, G: 0xe8, B: 0xd8, A: 0x28},
		theme.ColorNameFocus:               color.NRGBA{R: 0xdf, G: 0x8c, B: 0x70, A: 0x50},
		theme.ColorNameSelection:           color.NRGBA{R: 0xdf, G: 0x8c, B: 0x70, A: 0x40},
		theme.ColorNameDisabled:            rgb(0x7d6e64),
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
	},
}

func (t *tendTheme) Color(name fyne.ThemeColorName, variant fyne.ThemeVariant) color.Color {
	if c, ok := palettes[variant][name]; ok {
		return c
	}
	if c, ok := palettes[theme.VariantLight][name]; ok && variant != theme.VariantDark {
		return c
	}
	return t.Theme.Color(name, variant)
}

func (t *tendTheme) Size(name fyne.ThemeSizeName) float32 {
	switch name {
	case sizeCardText:
		return 32
	case sizeTitle:
		return 40
	case theme.SizeNameText:
		return 16
	case theme.SizeNameHeadingText:
		return 26
	case theme.SizeNameSubHeadingText:
		return 19
	case theme.SizeNameCaptionText:
		return 13
	case theme.SizeNamePadding:
		return 6
	case theme.SizeNameInnerPadding:
		return 10
	case theme.SizeNameInputRadius, theme.SizeNameSelectionRadius:
		return 8
	}
	return t.Theme.Size(name)
}
