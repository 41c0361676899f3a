package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"tend.app/tend/decks"
)

// fyneValues is what Fyne's own preferences hold.
func fyneValues(t *testing.T, p fyne.Preferences) map[string]any {
	t.Helper()
	r, ok := p.(valueReader)
	if !ok {
		t.Fatalf("%T cannot list its values", p)
	}
	out := map[string]any{}
	r.ReadValues(func(m map[string]any) {
		for k, v := range m {
			out[k] = v
		}
	})
	return out
}

func readSettingsFile(t *testing.T, dir string) map[string]any {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, settingsFileName))
	if err != nil {
		t.Fatal(err)
	}
	values, err := parseSettings(settingsFileName, data)
	if err != nil {
		t.Fatalf("settings file does not parse: %v\n%s", err, data)
	}
	return values
}

func TestSettingsLiveInTendsOwnFile(t *testing.T) {
	a := newApp(t)
	tb, _ := newTestTable(t, a, Options{})
	tb.settings.setThemeMode(themeDark)
	tb.settings.setRememberNames(true) // names are kept only when asked
	tb.settings.setName(0, "Sam")
	checkFor(t, tb, "Check-ins").SetChecked(true)

	if got := fyneValues(t, a.Preferences()); len(got) != 0 {
		t.Errorf("Tend's settings went to Fyne's preferences: %v", got)
	}
	values := readSettingsFile(t, dataDirs[a])
	if values[prefThemeMode] != themeDark || values[prefName1] != "Sam" || values[prefWelcomeSeen] != true {
		t.Errorf("settings file holds %v", values)
	}
	// A later start, on a fresh app with the same folder, reads them back.
	b := newApp(t)
	dataDirs[b] = dataDirs[a]
	b.Preferences().SetString(prefThemeMode, themeLight) // not migrated: the file exists
	again, _ := newTestTable(t, b, Options{})
	if again.settings.themeMode != themeDark || again.settings.names[0] != "Sam" {
		t.Errorf("settings not read back: %+v", again.settings)
	}
	if !containsString(chosenIDs(again), "check-ins") {
		t.Errorf("chosen decks not read back: %v", chosenIDs(again))
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestFynePreferencesMigratedOnce(t *testing.T) {
	a := newApp(t)
	p := a.Preferences()
	p.SetBool(prefRememberNames, true)
	p.SetString(prefName1, "Robin")
	p.SetStringList(prefDecks, []string{"aftercare"})
	p.SetFloat(prefCheckEvery, 3) // JSON has no integers
	tb, _ := newTestTable(t, a, Options{})
	if tb.settings.names[0] != "Robin" || tb.settings.checkEvery != 3 || !tb.settings.welcomeSeen {
		t.Errorf("old preferences not migrated: %+v", tb.settings)
	}
	if got := chosenIDs(tb); len(got) != 1 || got[0] != "aftercare" {
		t.Errorf("chosen decks not migrated: %v", got)
	}
	if got := fyneValues(t, p); len(got) != 0 {
		t.Errorf("migrated keys left in Fyne's preferences: %v", got)
	}
	values := readSettingsFile(t, dataDirs[a])
	if values[prefName1] != "Robin" {
		t.Errorf("settings file holds %v", values)
	}
}

func TestBrokenSettingsFileIsSetAsideAndToldOnce(t *testing.T) {
	for name, content := range map[string]string{
		"garbage":   "\x00\xff\xfe not toml at all",
		"truncated": "\"home.decks\" = [\"boundaries\", \"check",
		"duplicate": "\"view.theme\" = \"dark\"\n\"view.theme\" = \"light\"\n",
		"too large": "# " + strings.Repeat("x", decks.MaxFileSize) + "\n",
		"mixed":     "\"home.decks\" = [\"check-ins\", 1]\n",
	} {
		t.Run(name, func(t *testing.T) {
			a := newApp(t)
			dir := dataDirs[a]
			path := filepath.Join(dir, settingsFileName)
			earlier := "an earlier broken copy"
			if err := os.WriteFile(path+".broken", []byte(earlier), 0o600); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			tb, _ := newTestTable(t, a, Options{})
			if findLabel(tb.home.notice, "settings could not be read") == nil {
				t.Error("the person was not told")
			}
			if data, _ := os.ReadFile(path + ".broken"); string(data) != earlier {
				t.Error("the earlier broken copy was overwritten")
			}
			if data, _ := os.ReadFile(path + ".broken-2"); string(data) != content {
				t.Error("the broken file was not kept aside")
			}
			if tb.settings.themeMode != themeSystem {
				t.Errorf("broken settings used: %+v", tb.settings)
			}
			tb.settings.setThemeMode(themeDark)
			if values := readSettingsFile(t, dir); values[prefThemeMode] != themeDark {
				t.Errorf("a fresh file was not saved: %v", values)
			}
			// Told once: the next start is quiet.
			b := newApp(t)
			dataDirs[b] = dir
			again, _ := newTestTable(t, b, Options{})
			if findLabel(again.home.notice, "settings could not be read") != nil {
				t.Error("told again on the next start")
			}
		})
	}
}

func TestOddSettingValuesFallBack(t *testing.T) {
	a := newApp(t)
	dir := dataDirs[a]
	odd := "\"home.decks\" = [1, 2]\n\"view.theme\" = 3\n\"view.textScale\" = \"big\"\n" +
		"\"session.checkEvery\" = 99999999999\n\"home.rememberNames\" = true\n[home]\nname1 = \"Kit\"\n"
	if err := os.WriteFile(filepath.Join(dir, settingsFileName), []byte(odd), 0o600); err != nil {
		t.Fatal(err)
	}
	tb, _ := newTestTable(t, a, Options{})
	s := tb.settings
	if s.themeMode != themeSystem || s.textScale != defaultTextScale || s.checkEvery != defaultCheckEvery {
		t.Errorf("odd values not replaced by defaults: %+v", s)
	}
	if s.names[0] != "Kit" {
		t.Errorf("a [home] table was not read as home.name1: %q", s.names[0])
	}
	if got := chosenIDs(tb); len(got) == 0 {
		t.Errorf("a list of numbers was used as decks: %v", got)
	}
	if findLabel(tb.home.notice, "settings could not be read") != nil {
		t.Error("a readable file with odd values was called broken")
	}
}

// Fyne's own preferences.json: a list of mixed types panics inside Fyne's
// loading on every start, a FIFO would block it forever. The check that
// main runs before app.NewWithID sets such a file aside.
func TestFynePreferencesCheckedBeforeTheAppIsMade(t *testing.T) {
	// Not t.TempDir: the app made below keeps writing its file after the test.
	tmp, err := os.MkdirTemp("", "tend-guard")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(tmp) })
	t.Setenv("TMPDIR", tmp)
	id := "app.tend.guardtest"
	path := filepath.Join(fyneConfigRoot(), id, "preferences.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	mixed := `{"home.decks":["a",1]}`
	write := func() {
		if err := os.WriteFile(path, []byte(mixed), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write()
	func() {
		defer func() {
			if recover() == nil {
				t.Log("Fyne no longer panics on a mixed list; the check is still worth keeping")
			}
		}()
		app.NewWithID(id)
	}()

	write()
	problem := CheckFynePreferences(id)
	if problem == nil || !strings.HasSuffix(problem.Kept, "preferences.json.broken") {
		t.Fatalf("mixed list not set aside: %+v", problem)
	}
	app.NewWithID(id) // must not panic
	if data, _ := os.ReadFile(problem.Kept); string(data) != mixed {
		t.Errorf("kept copy holds %q", data)
	}

	// The app made above watches its file and rewrites it; check others.
	id = id + ".unwatched"
	path = filepath.Join(fyneConfigRoot(), id, "preferences.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	for name, content := range map[string]string{
		"good":  `{"home.decks":["a","b"],"view.theme":"dark","n":[1,2]}`,
		"empty": "",
	} {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if p := CheckFynePreferences(id); p != nil {
			t.Errorf("%s preferences set aside: %+v", name, p)
		}
	}
	for name, content := range map[string]string{
		"garbage":   "\x00garbage",
		"truncated": `{"home.decks":["a"`,
		"not a map": `[1,2]`,
		"mixed":     `{"x":[1,"a"]}`,
	} {
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		if p := CheckFynePreferences(id); p == nil {
			t.Errorf("%s preferences not set aside", name)
		}
	}
	os.Remove(path)
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Fatal(err)
	}
	if p := CheckFynePreferences(id); p == nil {
		t.Error("a FIFO was not set aside")
	}
}

func TestBrokenFynePreferencesAreTold(t *testing.T) {
	a := newApp(t)
	tb, _ := newTestTable(t, a, Options{PreferencesProblem: &SetAsideFile{Kept: "/x/preferences.json.broken", Err: os.ErrInvalid}})
	if findLabel(tb.home.notice, "/x/preferences.json.broken") == nil {
		t.Error("the person was not told about their old preferences")
	}
}

func TestUnreadableMarksAreNeverSavedOver(t *testing.T) {
	a := newApp(t)
	path := marksFile(dataDirs[a])
	// A file Tend will not read (over the size limit; as a non-root user,
	// mode 000 does the same) holds marks that must survive the next star.
	big := "favourites = [\"a\"]\n# " + strings.Repeat("x", decks.MaxFileSize) + "\n"
	if err := os.WriteFile(path, []byte(big), 0o600); err != nil {
		t.Fatal(err)
	}
	tb, w := newTestTable(t, a, Options{})
	if findLabel(tb.home.notice, "could not be read") == nil {
		t.Error("no note about the unreadable file")
	}
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyF)
	if data, _ := os.ReadFile(path + ".broken"); string(data) != big {
		t.Error("the unreadable marks were not kept aside")
	}
	if m, err := decks.LoadMarks(path); err != nil || len(m.Favourites) != 1 {
		t.Errorf("the star was not saved in a fresh file: %+v %v", m, err)
	}
}

func TestUnreadableMarksNonRoot(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads files of mode 000")
	}
	a := newApp(t)
	path := marksFile(dataDirs[a])
	if err := os.WriteFile(path, []byte("favourites = [\"a\", \"b\"]\n"), 0o000); err != nil {
		t.Fatal(err)
	}
	_, w := newTestTable(t, a, Options{})
	press(w, fyne.KeyReturn)
	press(w, fyne.KeyF)
	if info, err := os.Stat(path + ".broken"); err != nil || info.Size() == 0 {
		t.Errorf("the unreadable marks were not kept aside: %v", err)
	}
}

func TestSecondBrokenMarksFileKeepsTheFirst(t *testing.T) {
	dir := t.TempDir()
	for i, content := range []string{"favourites = [\n", "hidden = 3\n"} {
		a := newApp(t)
		dataDirs[a] = dir
		if err := os.WriteFile(marksFile(dir), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		newTestTable(t, a, Options{})
		kept := marksFile(dir) + []string{".broken", ".broken-2"}[i]
		if data, _ := os.ReadFile(kept); string(data) != content {
			t.Errorf("broken file %d not kept as %s: %q", i+1, kept, data)
		}
	}
}

func TestSaveFailureToldWhereItHappened(t *testing.T) {
	a := newApp(t)
	// A folder where nothing can be written: read-only for a normal user;
	// for root (CI), /proc/self, where not even root creates files.
	blocked := "/proc/self"
	if os.Geteuid() != 0 {
		blocked = t.TempDir()
		if err := os.Chmod(blocked, 0o500); err != nil {
			t.Fatal(err)
		}
	}
	tb, w := newTestTable(t, a, Options{DataDir: blocked})
	press(w, fyne.KeyReturn)
	notesBefore := len(tb.home.notice.Objects)
	press(w, fyne.KeyF)
	if visibleScreen(tb) != "card" {
		t.Fatalf("left the card: %s", visibleScreen(tb))
	}
	told := findIn(topOverlay(t, w), func(l *widget.Label) bool { return strings.Contains(l.Text, "could not be saved") })
	if told == nil {
		t.Error("the failed save was not told on the card screen")
	}
	if len(tb.home.notice.Objects) != notesBefore {
		t.Error("the failed save was left for the home screen")
	}
}

func chosenIDs(tb *table) []string {
	var ids []string
	for _, d := range tb.home.chosenDecks() {
		ids = append(ids, d.ID)
	}
	return ids
}

// A slow deck folder (5,000 files took 4.5 s) must not keep the window
// away: the screens come first, the person's decks join when read.
func TestSlowUserDecksArriveAfterTheWindow(t *testing.T) {
	release := make(chan struct{})
	defer func(wait time.Duration, load func(string, bool) ([]*decks.Deck, decks.Problems)) {
		userDecksWait, loadDeckDir = wait, load
	}(userDecksWait, loadDeckDir)
	userDecksWait = 0
	loadDeckDir = func(dir string, named bool) ([]*decks.Deck, decks.Problems) {
		<-release
		return decks.LoadUserDir(dir, named)
	}
	a := newApp(t)
	dir := filepath.Join(dataDirs[a], "decks", "en")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	mine := "id = \"mine\"\nmoment = \"curious\"\ntitle = \"Our own\"\ndescription = \"Cards we wrote.\"\n\n[[cards]]\nid = \"mine-1\"\ndepth = 1\ntext = \"What made you smile today?\"\n"
	if err := os.WriteFile(filepath.Join(dir, "mine.toml"), []byte(mine), 0o600); err != nil {
		t.Fatal(err)
	}
	a.Preferences().SetStringList(prefDecks, []string{"mine", "check-ins"})
	tb, _ := newTestTable(t, a, Options{})
	if visibleScreen(tb) != "home" {
		t.Fatalf("showing %q while the decks load", visibleScreen(tb))
	}
	for _, c := range tb.home.checks {
		if c.Text == "Our own" {
			t.Fatal("the slow deck was there before it was read")
		}
	}
	close(release)
	select {
	case <-tb.userLoaded:
	case <-time.After(10 * time.Second):
		t.Fatal("the person's decks never arrived")
	}
	if !checkFor(t, tb, "Our own").Checked {
		t.Errorf("the chosen deck was forgotten while it loaded: %v", chosenIDs(tb))
	}
}

// Starting leaves garbage that Go would hand back to the system only over
// minutes; once the app has started and the person's decks are in, Tend
// returns it at once (issue 13: memory within 1.05x of a bare window).
func TestStartMemoryIsReturnedOnceTheDecksAreIn(t *testing.T) {
	release := make(chan struct{})
	freed := make(chan struct{}, 1)
	defer func(wait, settle time.Duration, load func(string, bool) ([]*decks.Deck, decks.Problems), free func()) {
		userDecksWait, startSettle, loadDeckDir, freeOSMemory = wait, settle, load, free
	}(userDecksWait, startSettle, loadDeckDir, freeOSMemory)
	userDecksWait, startSettle = 0, 0
	loadDeckDir = func(dir string, named bool) ([]*decks.Deck, decks.Problems) {
		<-release
		return decks.LoadUserDir(dir, named)
	}
	freeOSMemory = func() { freed <- struct{}{} }
	a := newApp(t)
	tb, _ := newTestTable(t, a, Options{})
	started, ok := a.Lifecycle().(interface{ OnStarted() func() })
	if !ok || started.OnStarted() == nil {
		t.Fatal("Tend does nothing when the app has started")
	}
	started.OnStarted()() // as the driver does once the window is up
	select {
	case <-freed:
		t.Fatal("memory was released while the person's decks were still loading")
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	select {
	case <-freed:
	case <-time.After(10 * time.Second):
		t.Fatal("the memory of starting was never released")
	}
	<-tb.userLoaded
}

// TestKeyStress presses 3,000 keys (next, back, pause, resume, star,
// home, start) as fast as the in-memory driver takes them and checks
// that goroutines do not pile up and the heap stays flat after warm-up.
// It runs in make soak (TEND_SOAK=1); the real-window version of it is in
// scripts/reliability.sh.
func TestKeyStress(t *testing.T) {
	if os.Getenv("TEND_SOAK") == "" {
		t.Skip("set TEND_SOAK=1 (make soak)")
	}
	tb, w := newTestTable(t, newApp(t), Options{})
	press(w, fyne.KeyReturn)
	keys := []fyne.KeyName{fyne.KeyRight, fyne.KeyRight, fyne.KeyLeft, fyne.KeyP, fyne.KeyP, fyne.KeyF,
		fyne.KeyF, fyne.KeyRight, fyne.KeyEscape, fyne.KeyReturn}
	shown := map[string]bool{}
	round := func(n int) {
		for i := range n {
			press(w, keys[i%len(keys)])
			if tb.screen == screenCard {
				shown[tb.pile.Current().ID] = true
			}
			if tb.pile != nil && tb.pile.Done() {
				press(w, fyne.KeyEscape)
				press(w, fyne.KeyReturn)
			}
		}
	}
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	round(500) // warm-up: every screen built once
	warmHeap, warmG := heap(), runtime.NumGoroutine()
	var samples []uint64
	for range 5 {
		round(500)
		samples = append(samples, heap()>>10)
	}
	endG := runtime.NumGoroutine()
	if len(shown) < 20 {
		t.Fatalf("the keys showed only %d different cards", len(shown))
	}
	t.Logf("heap after warm-up %d KiB, then every 500 keys: %v KiB; goroutines %d -> %d", warmHeap>>10, samples, warmG, endG)
	if endG > warmG+5 {
		t.Errorf("goroutines grew from %d to %d", warmG, endG)
	}
	if last := samples[len(samples)-1] << 10; last > warmHeap+warmHeap/5+(1<<20) {
		t.Errorf("heap grew from %d to %d KiB", warmHeap>>10, last>>10)
	}
}

// Thousands of decks are read quickly but take long to lay out: they too
// join after the window.
func TestManyUserDecksArriveAfterTheWindow(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "en")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	for i := range manyUserDecks + 1 {
		deck := fmt.Sprintf("id = \"d%d\"\nmoment = \"curious\"\ntitle = \"Deck %d\"\ndescription = \"Ours.\"\n\n[[cards]]\nid = \"d%d-1\"\ndepth = 1\ntext = \"Card %d?\"\n", i, i, i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("d%d.toml", i)), []byte(deck), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	defer func(wait time.Duration) { userDecksWait = wait }(userDecksWait)
	userDecksWait = time.Minute // in time, however slow the machine
	now, _, late := startLoadingUserDecks([]string{filepath.Dir(dir)}, nil)
	if len(now) != 0 || late == nil {
		t.Fatalf("%d decks before the window, late %v", len(now), late)
	}
	if r := <-late; len(r.decks) != manyUserDecks+1 {
		t.Errorf("%d decks arrived late, want %d", len(r.decks), manyUserDecks+1)
	}
}
