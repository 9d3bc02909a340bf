package extest

import (
	"time"

	"github.com/lede-project/lede/internal/cputime"
)

// CpuTime is the process's CPU time so far, for per-CPU-second benchmarks.
func CpuTime() time.Duration { return cputime.Used() }
