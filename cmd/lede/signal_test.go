package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestSignalChild is lede's main in a child process of TestSigint; it is
// skipped otherwise.
func TestSignalChild(t *testing.T) {
	if os.Getenv("LEDE_SIGNAL_CHILD") != "1" {
		t.Skip("run by TestSigint")
	}
	os.Args = append([]string{"lede"}, strings.Split(os.Getenv("LEDE_ARGS"), "\x1f")...)
	main()
}

// TestSigint sends a real SIGINT to a running batch: lede stops, the lines
// written are complete results in input order, and it exits 130.
func TestSigint(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	var sources []string
	for i := range 200 {
		name := filepath.Join(dir, fmt.Sprintf("art%03d.txt", i))
		if err := os.WriteFile(name, []byte(articleGeneva), 0o644); err != nil {
			t.Fatal(err)
		}
		sources = append(sources, name)
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestSignalChild$")
	cmd.Env = append(os.Environ(), "LEDE_SIGNAL_CHILD=1", "LEDE_ARGS="+strings.Join([]string{"extract", "-j", "2", "-q", dir}, "\x1f"))
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(stdout)
	first, err := r.ReadString('\n')
	if err != nil {
		cmd.Process.Kill()
		t.Fatalf("no first line: %v", err)
	}
	cmd.Process.Signal(syscall.SIGINT)
	rest, _ := r.ReadString(0)
	err = cmd.Wait()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitInterrupted {
		t.Errorf("exit: %v, want status %d", err, exitInterrupted)
	}
	lines := strings.Split(strings.TrimSuffix(first+rest, "\n"), "\n")
	if len(lines) >= len(sources) {
		t.Errorf("all %d inputs written: the interrupt did not stop the batch", len(lines))
	}
	for i, l := range lines {
		var got line
		if err := json.Unmarshal([]byte(l), &got); err != nil {
			t.Fatalf("line %d is not complete JSON: %v", i+1, err)
		}
		if got.Source != sources[i] || got.Schema != "lede/v1" {
			t.Errorf("line %d: source %q, want the result of %s", i+1, got.Source, sources[i])
		}
	}
}
