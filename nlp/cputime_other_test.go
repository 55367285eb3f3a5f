//go:build !unix

package nlp

import "time"

// cpuTime is not measured on this platform; sent/cpu-s is then omitted.
func cpuTime() time.Duration { return 0 }
