//go:build !unix

package coder_test

import "time"

// cpuTime is not measured on this platform; sent/cpu-s is then omitted.
func cpuTime() time.Duration { return 0 }
