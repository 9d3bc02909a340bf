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
	"time"
)

// TestSignalChild is lede's main in a child process of TestSigint; it is
// skipped otherwise.
func TestSignalChild(t *testing.T) {
	if os.Getenv("LEDE_SIGNAL_CHILD") != "1" {
		t.Skip("run by TestSigint")
	}
	os.Args = append([]string{"lede"}, strings.Split(os.Getenv("LEDE_ARGS"), "\x1f")...)
	if f := os.Getenv("LEDE_READY_FILE"); f != "" {
		signalsReady = func() { os.WriteFile(f, nil, 0o644) }
	}
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

// TestSigtermWhileReadBlocks sends SIGTERM to lede reading standard input
// that never closes: it exits with status 130 within the grace period.
func TestSigtermWhileReadBlocks(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestSignalChild$")
	ready := filepath.Join(t.TempDir(), "ready")
	cmd.Env = append(os.Environ(), "LEDE_SIGNAL_CHILD=1", "LEDE_READY_FILE="+ready, "LEDE_ARGS="+strings.Join([]string{"extract", "-q", "-"}, "\x1f"))
	stdin, err := cmd.StdinPipe() // never written to, never closed
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	waitForHandler(t, ready)
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitInterrupted {
			t.Errorf("exit: %v, want status %d", err, exitInterrupted)
		}
	case <-time.After(shutdownGrace + 20*time.Second):
		cmd.Process.Kill()
		t.Fatal("lede did not exit after SIGTERM while its read blocked")
	}
}

// TestFIFOInputs puts a named pipe among the inputs, on the command line
// and inside a directory: each gets an error record naming it, and the
// inputs after it are analysed (no read blocks the batch).
func TestFIFOInputs(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(articleGeneva), 0o644); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "b.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "c.txt"), []byte(articleGeneva), 0o644); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var code int
	var stdout []byte
	go func() {
		defer close(done)
		code, stdout, _ = runCLI(t.Context(), nil, "extract", "-j", "1", dir, fifo)
	}()
	select {
	case <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("a named pipe blocked the batch")
	}
	if code != exitFailed {
		t.Errorf("exit %d, want %d", code, exitFailed)
	}
	var got []string
	for _, l := range strings.Split(strings.TrimSpace(string(stdout)), "\n") {
		var r line
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		s := filepath.Base(r.Source) + " ok"
		if r.Error != "" {
			s = filepath.Base(r.Source) + " " + r.Error[strings.Index(r.Error, "not a"):]
		}
		got = append(got, s)
	}
	want := []string{"a.txt ok", "b.txt not a regular file (a named pipe)", "c.txt ok", "b.txt not a regular file (a named pipe)"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("records:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// waitForHandler waits until the child started with readyFile in its
// LEDE_READY_FILE has installed lede's signal handling (signalsReady), so
// that a signal sent next tests lede's handling, not how fast the child
// started on a loaded machine.
func waitForHandler(t *testing.T, readyFile string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		if _, err := os.Stat(readyFile); err == nil {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("the child did not install its signal handling within 30 s")
}
