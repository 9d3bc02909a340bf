package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// source reads the files of a treebank repository: either a bare git
// directory (such as a mirror), read at rev with "git show", or an ordinary
// directory, a checkout, read from disk.
type source struct {
	dir, rev string
	git      bool
}

// openSource inspects dir to tell which kind of source it is.
func openSource(dir, rev string) (source, error) {
	if _, err := os.Stat(dir); err != nil {
		return source{}, err
	}
	_, errHead := os.Stat(filepath.Join(dir, "HEAD"))
	_, errObj := os.Stat(filepath.Join(dir, "objects"))
	return source{dir: dir, rev: rev, git: errHead == nil && errObj == nil}, nil
}

// read returns the contents of path inside the repository. It refuses test
// files: nothing in training may see them.
func (s source) read(path string) ([]byte, error) {
	if strings.Contains(path, "-ud-test") {
		return nil, fmt.Errorf("read %s: refusing a test file", path)
	}
	if !s.git {
		return os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(path)))
	}
	var stderr bytes.Buffer
	cmd := exec.Command("git", "--git-dir", s.dir, "show", s.rev+":"+path)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git show %s:%s in %s: %v: %s", s.rev, path, s.dir, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// describe names the source for logs, with its commit when it is git.
func (s source) describe() string {
	if !s.git {
		return s.dir
	}
	out, err := exec.Command("git", "--git-dir", s.dir, "rev-parse", s.rev).Output()
	if err != nil {
		return s.dir + "@" + s.rev
	}
	return s.dir + "@" + strings.TrimSpace(string(out))
}
