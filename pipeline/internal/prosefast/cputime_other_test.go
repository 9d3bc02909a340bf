//go:build !unix

package prosefast

import "time"

// cpuTime is not measured on this platform; per-CPU-second figures are then
// meaningless.
func cpuTime() time.Duration { return 0 }
