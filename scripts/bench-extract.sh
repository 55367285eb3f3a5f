#!/usr/bin/env bash
# bench-extract.sh: extraction throughput over the whole article extraction
# benchmark (181 real pages, ../shared/corpora/article-extraction-benchmark),
# Herald's HTML path (article.Extract) against go-trafilatura called
# directly as the benchmark's own runner calls it, in the same run.
# Each benchmark runs COUNT times (one pass over the 181 pages each, after a
# warm-up); the best run of each is reported, which is the figure least
# disturbed by other work on a shared machine. Prints pages/s and MB/s.
#
# Usage: scripts/bench-extract.sh [COUNT]   (default 5)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-5}"
if [ ! -d ../shared/corpora/article-extraction-benchmark/html ]; then
	echo "bench-extract: ../shared/corpora/article-extraction-benchmark is absent" >&2
	exit 1
fi
out="$(go test -run '^$' -bench '^BenchmarkExtract(Herald|Trafilatura)$' -benchtime 181x -count "$count" -benchmem ./article/)"
echo "$out" | grep -E '^(goos|goarch|cpu|Benchmark)' || true
echo
echo "$out" | awk -v count="$count" '
/^BenchmarkExtract/ {
	name = $1; sub(/^BenchmarkExtract/, "", name); sub(/-[0-9]+$/, "", name)
	for (i = 2; i <= NF; i++) {
		if ($i == "MB/s" && $(i-1) > mbs[name]) mbs[name] = $(i-1)
		if ($i == "pages/s" && $(i-1) > pps[name]) pps[name] = $(i-1)
	}
}
END {
	for (name in pps)
		printf "%-12s best of %d: %8.1f pages/s %8.2f MB/s\n", name, count, pps[name], mbs[name]
	if (pps["Herald"] > 0 && pps["Trafilatura"] > 0)
		printf "Herald layer: %+.1f%% throughput against go-trafilatura alone\n", 100 * (pps["Herald"] / pps["Trafilatura"] - 1)
}'
