// Command plainwindow is Fyne's own README hello world (a label and a
// button, so the bold face every Fyne button uses is loaded too), at Tend's
// window size. It exists only as the baseline that `make bench` measures
// Tend against: same toolchain, same flags, same machine, so the ratios hold
// on a noisy computer.
package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

func main() {
	a := app.NewWithID("app.tend.plainwindow")
	w := a.NewWindow("Hello")
	w.Resize(fyne.NewSize(1100, 720))
	hello := widget.NewLabel("Hello Fyne!")
	w.SetContent(container.NewVBox(
		hello,
		widget.NewButton("Hi!", func() {
			hello.SetText("Welcome :)")
		}),
	))
	w.ShowAndRun()
}
