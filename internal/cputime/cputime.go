//go:build unix

// Package cputime reads the process's CPU time, so benchmarks can report
// work per CPU-second: on a shared machine wall time says more about the
// neighbours than about lede.
package cputime

import (
	"syscall"
	"time"
)

// Used returns the process's user plus system CPU time so far, or 0 when
// the system cannot tell.
func Used() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
