package prosefast

import (
	"time"

	"github.com/lede-project/lede/internal/cputime"
)

// cpuTime is the process's CPU time so far, for per-CPU-second benchmarks.
func cpuTime() time.Duration { return cputime.Used() }
