// Command overlap checks a screenshot for controls drawn on top of each
// other, for the real-window test: it finds the solid-filled shapes (button
// backgrounds, panels) in a region and fails when shapes of different
// colours overlap, as when a long label pushes one button over another.
//
//	go run ./scripts/overlap shot.png X Y W H MIN
//
// X Y W H is the region to look at; MIN is how many shapes must be found
// there (the buttons expected), so a test cannot pass by finding nothing.
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"strconv"
)

type box struct {
	c      color.RGBA
	x0, y0 int
	x1, y1 int
	area   int
}

func main() {
	if len(os.Args) != 7 {
		fmt.Fprintln(os.Stderr, "usage: overlap shot.png X Y W H MIN")
		os.Exit(2)
	}
	n := make([]int, 5)
	for i := range n {
		v, err := strconv.Atoi(os.Args[i+2])
		if err != nil {
			fmt.Fprintln(os.Stderr, "overlap:", err)
			os.Exit(2)
		}
		n[i] = v
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "overlap:", err)
		os.Exit(2)
	}
	img, err := png.Decode(f)
	f.Close()
	if err != nil {
		fmt.Fprintln(os.Stderr, "overlap:", err)
		os.Exit(2)
	}
	r := image.Rect(n[0], n[1], n[0]+n[2], n[1]+n[3]).Intersect(img.Bounds())
	boxes := shapes(img, r)
	fmt.Printf("overlap: %d shapes in %v\n", len(boxes), r)
	bad := false
	for i, a := range boxes {
		fmt.Printf("  %v #%02x%02x%02x %dx%d\n", image.Pt(a.x0, a.y0), a.c.R, a.c.G, a.c.B, a.x1-a.x0+1, a.y1-a.y0+1)
		for _, b := range boxes[i+1:] {
			if a.c != b.c && a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1 {
				fmt.Printf("overlap: FAIL: the shape at %v overlaps the one at %v\n", image.Pt(a.x0, a.y0), image.Pt(b.x0, b.y0))
				bad = true
			}
		}
	}
	if stray := strays(img, r, boxes); stray > 20 {
		fmt.Printf("overlap: FAIL: %d pixels drawn beside the shapes, on their rows: a label runs out of its button\n", stray)
		bad = true
	}
	if len(boxes) < n[4] {
		fmt.Printf("overlap: FAIL: found %d shapes, want at least %d\n", len(boxes), n[4])
		bad = true
	}
	if bad {
		os.Exit(1)
	}
}

// strays counts pixels that are neither background nor inside a shape (or
// its anti-aliased edge), on the rows the shapes span: text that ran out of
// its button.
func strays(img image.Image, r image.Rectangle, boxes []box) int {
	const edge = 2
	bg := color.RGBAModel.Convert(img.At(r.Min.X, r.Min.Y)).(color.RGBA)
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		var onRow []box
		for _, b := range boxes {
			if y >= b.y0 && y <= b.y1 {
				onRow = append(onRow, b)
			}
		}
		if len(onRow) == 0 {
			continue
		}
	pixels:
		for x := r.Min.X; x < r.Max.X; x++ {
			for _, b := range onRow {
				if x >= b.x0-edge && x <= b.x1+edge {
					continue pixels
				}
			}
			if color.RGBAModel.Convert(img.At(x, y)).(color.RGBA) != bg {
				n++
			}
		}
	}
	return n
}

// shapes finds connected areas of one exact colour, other than the
// background (the colour at the region's top-left corner, so the region
// should start on the background), large enough to be a control.
func shapes(img image.Image, r image.Rectangle) []box {
	at := func(x, y int) color.RGBA {
		return color.RGBAModel.Convert(img.At(x, y)).(color.RGBA)
	}
	count := map[color.RGBA]int{}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			count[at(x, y)]++
		}
	}
	bg := at(r.Min.X, r.Min.Y)
	seen := make([]bool, r.Dx()*r.Dy())
	idx := func(x, y int) int { return (y-r.Min.Y)*r.Dx() + x - r.Min.X }
	var out []box
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			c := at(x, y)
			if c == bg || seen[idx(x, y)] || count[c] < 600 {
				continue
			}
			b := box{c: c, x0: x, y0: y, x1: x, y1: y}
			stack := []image.Point{{x, y}}
			seen[idx(x, y)] = true
			for len(stack) > 0 {
				p := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				b.area++
				b.x0, b.y0, b.x1, b.y1 = min(b.x0, p.X), min(b.y0, p.Y), max(b.x1, p.X), max(b.y1, p.Y)
				for _, d := range []image.Point{{1, 0}, {-1, 0}, {0, 1}, {0, -1}} {
					q := p.Add(d)
					if q.In(r) && !seen[idx(q.X, q.Y)] && at(q.X, q.Y) == c {
						seen[idx(q.X, q.Y)] = true
						stack = append(stack, q)
					}
				}
			}
			if b.area >= 600 && b.x1-b.x0 >= 40 && b.y1-b.y0 >= 20 {
				out = append(out, b)
			}
		}
	}
	return out
}
