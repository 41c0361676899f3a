package decks

import "testing"

func TestValidID(t *testing.T) {
	for id, want := range map[string]bool{
		"slow-start": true, "a": true, "card-10": true, "3-words-here": true,
		"": false, "-start": false, "start-": false, "slow--start": false,
		"Slow": false, "slow start": false, "slow_start": false, "slöw": false,
	} {
		if got := validID(id); got != want {
			t.Errorf("validID(%q) = %v, want %v", id, got, want)
		}
	}
}
