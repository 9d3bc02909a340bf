//go:build unix

package extractors

import (
	"syscall"
	"time"
)

// cpuTime returns the process's user plus system CPU time, so benchmarks
// can report a per-core rate that does not depend on how busy the shared
// machine is.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
