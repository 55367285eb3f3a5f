package cputime

import "time"

// Benchmark is what ReportSentenceRates needs of a *testing.B (an
// interface, so that this package does not link the testing package
// into the programs that import it).
type Benchmark interface {
	Elapsed() time.Duration
	ReportMetric(n float64, unit string)
}

// ReportSentenceRates reports on b the rate of sents sentences per
// wall-clock second ("sentences/s") and, when the CPU time is measured,
// per CPU-second used since cpu0, a reading of Used taken when the timed
// loop started ("sent/cpu-s"). The rate per CPU-second (GC included) is
// steadier than the wall-clock rate on a shared machine.
func ReportSentenceRates(b Benchmark, sents int, cpu0 time.Duration) {
	cpu := Used() - cpu0
	b.ReportMetric(float64(sents)/b.Elapsed().Seconds(), "sentences/s")
	if cpu > 0 {
		b.ReportMetric(float64(sents)/cpu.Seconds(), "sent/cpu-s")
	}
}
