package fynelocale

import "testing"

func TestHide(t *testing.T) {
	for _, tc := range []struct {
		env        map[string]string
		name, want string // the variable hidden and its value after
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "LANG", "C"},
		{map[string]string{"LC_ALL": "POSIX.utf8", "LANG": "de_DE.UTF-8"}, "LC_ALL", "C"},
		{map[string]string{"LANG": "C"}, "", "C"},
		{map[string]string{"LANG": "de_DE.UTF-8"}, "", "de_DE.UTF-8"},
		{map[string]string{"LC_MESSAGES": "de_DE.UTF-8", "LANG": "C.UTF-8"}, "", "C.UTF-8"},
		{map[string]string{}, "", ""},
	} {
		env := map[string]string{}
		for k, v := range tc.env {
			env[k] = v
		}
		name, old := hide(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if name != tc.name {
			t.Errorf("%v: hid %q, want %q", tc.env, name, tc.name)
		}
		if name != "" && (old != tc.env[name] || env[name] != tc.want) {
			t.Errorf("%v: %s = %q (was %q)", tc.env, name, env[name], old)
		}
		if name == "" && env["LANG"] != tc.env["LANG"] {
			t.Errorf("%v: LANG changed to %q", tc.env, env["LANG"])
		}
	}
}
