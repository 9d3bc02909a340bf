//go:build !unix

package extractors

import "time"

// cpuTime is not available here; benchmarks then report wall time only.
func cpuTime() time.Duration { return 0 }
