//go:build !unix

package quotes

import "time"

// qProcessCPU is not available here; the benchmark then reports wall time
// only.
func qProcessCPU() time.Duration { return 0 }
