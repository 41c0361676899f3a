package decks

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// Every file Tend reads comes from a folder a person (or a stranger's zip
// file) can fill with anything: a FIFO that never answers, a link to
// /dev/zero, a 50 MB "translation". These helpers are the one place that
// decides what is safe to read and how user files are written and set
// aside, so that decks, messages, marks, settings and plans all behave alike.

// ErrNotRegular is returned for anything but a regular file (a FIFO, a
// device, a socket, a folder), which Tend never reads: opening a FIFO blocks
// forever and a device may never end.
var ErrNotRegular = errors.New("not a regular file")

// ErrTooLarge is returned for a file over the size limit; only the limit
// plus one byte is ever read to find out.
var ErrTooLarge = errors.New("file too large")

// ReadFileLimited reads a regular file of at most limit bytes from fsys.
// Links are followed (a linked language folder is fine), but what they point
// to must be a regular file. The file is checked before it is opened, and
// never more than limit+1 bytes are read, so neither a FIFO nor an endless
// device can hang or exhaust Tend.
func ReadFileLimited(fsys fs.FS, name string, limit int64) ([]byte, error) {
	info, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w", name, ErrNotRegular)
	}
	if info.Size() > limit {
		return nil, fmt.Errorf("%s: %w: %d bytes; the limit is %d", name, ErrTooLarge, info.Size(), limit)
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// The file may have grown since Stat: read one byte past the limit to
	// notice, never more.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s: %w: more than %d bytes", name, ErrTooLarge, limit)
	}
	return data, nil
}

// ReadUserFile reads one of the person's own files (marks, settings, plans)
// by path, with the same checks as ReadFileLimited and the MaxFileSize limit.
// A missing file returns an error matching fs.ErrNotExist.
func ReadUserFile(path string) ([]byte, error) {
	return ReadFileLimited(os.DirFS(filepath.Dir(path)), filepath.Base(path), MaxFileSize)
}

// SetAside moves a file that could not be read or understood out of the way,
// so that the next save cannot overwrite what the person had. It is renamed
// to path.broken, or path.broken-2, -3, ... when earlier copies exist: an
// older broken copy is never replaced. It returns the new path.
func SetAside(path string) (string, error) {
	for i := 1; i < 1000; i++ {
		kept := path + ".broken"
		if i > 1 {
			kept = fmt.Sprintf("%s.broken-%d", path, i)
		}
		if _, err := os.Lstat(kept); !errors.Is(err, fs.ErrNotExist) {
			continue
		}
		// os.Link fails when kept appeared meanwhile, unlike os.Rename,
		// which would silently replace it.
		if err := os.Link(path, kept); err != nil {
			if errors.Is(err, fs.ErrExist) {
				continue
			}
			// Some file systems have no hard links: fall back to rename,
			// having just checked that kept does not exist.
			if rerr := os.Rename(path, kept); rerr != nil {
				return "", rerr
			}
			return kept, nil
		}
		return kept, os.Remove(path)
	}
	return "", fmt.Errorf("%s: too many broken copies already kept beside it", path)
}

// WriteFileAtomic replaces path with data without ever exposing a partial
// file: it writes a temporary file beside it, syncs it, then renames it.
func WriteFileAtomic(path string, data []byte) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}
