package decks

// KeyPositions tells where the keys of a TOML file laid out like a deck (top
// keys, then [[cards]] tables) were written. Other files in that shape, such
// as session plans, use it to report `file:line:col` without a scanner of
// their own.
type KeyPositions struct{ kp *keyPositions }

// LocateKeys scans src, which must already have decoded without error.
func LocateKeys(src string) KeyPositions { return KeyPositions{locateKeys(src)} }

// Top returns the 1-based line and column of a top-level key, or 1, 1 when
// it was not found, so every message has a place to point at.
func (p KeyPositions) Top(key string) (line, col int) {
	at := p.kp.top.at(key)
	return at.line, at.col
}

// Card returns the position of key in the i-th [[cards]] table, falling back
// to the table's header, then to the start of the file.
func (p KeyPositions) Card(i int, key string) (line, col int) {
	at := p.kp.card(i).at(key)
	return at.line, at.col
}
