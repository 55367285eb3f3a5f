//go:build unix

// Package cputime reads the CPU time the process has used, for
// benchmarks that report work per CPU-second rather than per wall
// second (on a shared machine the two differ).
package cputime

import (
	"syscall"
	"time"
)

// Used returns the user and system CPU time used by the process, or 0
// when it cannot be read.
func Used() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
