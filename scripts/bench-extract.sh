#!/usr/bin/env bash
# bench-extract.sh: extraction throughput over the whole article extraction
# benchmark (181 real pages, ../shared/corpora/article-extraction-benchmark),
# Herald's HTML path (article.Extract) against go-trafilatura called
# directly, in the same run. Prints pages/s and MB/s for each.
#
# Usage: scripts/bench-extract.sh [ROUNDS]   (ROUNDS passes over the 181 pages; default 2)
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-2}"
if [ ! -d ../shared/corpora/article-extraction-benchmark/html ]; then
	echo "bench-extract: ../shared/corpora/article-extraction-benchmark is absent" >&2
	exit 1
fi
n=$((181 * rounds))
out="$(go test -run '^$' -bench '^BenchmarkExtract(Herald|Trafilatura)$' -benchtime "${n}x" -benchmem ./article/)"
echo "$out" | grep -E '^(goos|goarch|cpu|Benchmark)' || true
echo
echo "$out" | awk -v n="$n" '
/^BenchmarkExtract/ {
	name = $1; sub(/^BenchmarkExtract/, "", name); sub(/-[0-9]+$/, "", name)
	for (i = 2; i <= NF; i++) {
		if ($i == "MB/s") mbs = $(i-1)
		if ($i == "pages/s") pps = $(i-1)
	}
	printf "%-12s %8.1f pages/s %8.2f MB/s  (%d pages)\n", name, pps, mbs, n
	rate[name] = pps
}
END {
	if (rate["Herald"] > 0 && rate["Trafilatura"] > 0)
		printf "Herald layer overhead: %.1f%% of go-trafilatura throughput lost\n", 100 * (1 - rate["Herald"] / rate["Trafilatura"])
}'
