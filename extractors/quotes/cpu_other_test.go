//go:build !unix

package quotes

import "time"

// processCPU is not available here; the benchmark then reports wall time
// only.
func processCPU() time.Duration { return 0 }
