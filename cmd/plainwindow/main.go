// Command plainwindow opens the plainest possible Fyne window. It exists only
// as the baseline that `make bench` measures Tend against: same toolchain, same
// flags, same machine, so the ratios hold on a noisy computer.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("app.tend.plainwindow")
	w := a.NewWindow("Plain")
	w.SetContent(widget.NewLabel("Plain Fyne window"))
	w.Resize(fyne.NewSize(1100, 720))
	w.ShowAndRun()
}
