//go:build !unix

// Package cputime reads the CPU time the process has used, for
// benchmarks that report work per CPU-second rather than per wall
// second (on a shared machine the two differ).
package cputime

import "time"

// Used is not measured on this platform: it returns 0, and callers then
// omit their per-CPU-second figures.
func Used() time.Duration { return 0 }
