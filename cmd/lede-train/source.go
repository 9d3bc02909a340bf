package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
)

// source reads the files of a treebank repository: either a bare git
// directory (such as a mirror), read at rev with "git show", or an ordinary
// directory, a checkout, read from disk.
type source struct {
	dir, rev string // rev "" is HEAD
	git      bool   // set by openSource; a source{} literal finds out itself
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
	if !s.isGit() {
		return os.ReadFile(filepath.Join(s.dir, filepath.FromSlash(path)))
	}
	var stderr bytes.Buffer
	cmd := exec.Command("git", "--git-dir", s.dir, "show", s.revision()+":"+path)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("git show %s:%s in %s: %v: %s", s.revision(), path, s.dir, err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

// isGit reports whether the source is a git directory (HEAD and objects).
func (s source) isGit() bool {
	if s.git {
		return true
	}
	_, errHead := os.Stat(filepath.Join(s.dir, "HEAD"))
	_, errObj := os.Stat(filepath.Join(s.dir, "objects"))
	return errHead == nil && errObj == nil
}

// revision is the git revision read, HEAD by default.
func (s source) revision() string {
	if s.rev == "" {
		return "HEAD"
	}
	return s.rev
}

// list returns the paths of the files under dir, sorted.
func (s source) list(dir string) ([]string, error) {
	if !s.isGit() {
		var out []string
		err := filepath.WalkDir(filepath.Join(s.dir, dir), func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				rel, _ := filepath.Rel(s.dir, p)
				out = append(out, filepath.ToSlash(rel))
			}
			return err
		})
		return out, err
	}
	out, err := exec.Command("git", "--git-dir", s.dir, "ls-tree", "-r", "--name-only", s.revision(), dir+"/").Output()
	if err != nil {
		return nil, fmt.Errorf("git ls-tree %s %s in %s: %w", s.revision(), dir, s.dir, err)
	}
	files := strings.Fields(string(out))
	slices.Sort(files)
	return files, nil
}

// describe names the source for logs, with its commit when it is git.
func (s source) describe() string {
	if !s.isGit() {
		return s.dir
	}
	out, err := exec.Command("git", "--git-dir", s.dir, "rev-parse", s.revision()).Output()
	if err != nil {
		return s.dir + "@" + s.rev
	}
	return s.dir + "@" + strings.TrimSpace(string(out))
}
