#!/usr/bin/env bash
# Whole-process benchmark of kpi-targets (native binary) against the same job in DuckDB (DuckDB.NET, in process),
# with `cp` of the input as the floor. Checks that the six canonical columns agree row for row, times every tool
# as a whole process several times (medians, peak RSS from /usr/bin/time), times the start-up on the Bình Sơn
# sample (runs back to back, timed together), prints the ratios and rewrites BENCHMARKS.md (or the file named by
# BENCH_REPORT). Also runs the BenchmarkDotNet suites of the rule and of the CSV pipeline (RULE_JOB=short by
# default; dry for a smoke run) and puts their tables in the report.
# Usage: benchmarks/run.sh [ROWS ...] (default: 1000 1000000 10000000); RUNS=5 by default; BENCH_DATA is the
# folder for inputs and outputs.
set -euo pipefail
cd "$(dirname "$0")/.."

sizes=("${@:-1000 1000000 10000000}")
read -r -a sizes <<< "${sizes[*]}"
runs=${RUNS:-5}
data=${BENCH_DATA:-${TMPDIR:-/tmp}/kpi-targets-bench}
report=${BENCH_REPORT:-BENCHMARKS.md}
mkdir -p "$data"

echo "== build: native kpi-targets and the benchmark tools"
dotnet publish src/KpiTargets.Cli -c Release -r linux-x64 -p:PublishAot=true -o "$data/native" > "$data/publish.log"
dotnet build benchmarks/KpiTargets.Benchmarks -c Release > "$data/build.log"
ours="$data/native/kpi-targets"
tools=(dotnet benchmarks/KpiTargets.Benchmarks/bin/Release/net10.0/KpiTargets.Benchmarks.dll)

# Runs a command RUNS times; prints the median wall time in seconds (from nanosecond clock readings) and the
# median peak RSS in MiB (from /usr/bin/time). Each run starts after `sync`, untimed: a tool that leaves its output
# to be written to disk later (cp, DuckDB) would otherwise have that writing compete with the next run, of whichever
# tool, for the same two cores and disk.
measure() {
  local times=() rss=() start end
  for _ in $(seq "$runs"); do
    sync
    start=$(date +%s%N)
    /usr/bin/time -o "$data/time.txt" -f "%M" "$@" > /dev/null 2>&1
    end=$(date +%s%N)
    times+=("$(( (end - start) / 1000 ))"); rss+=("$(tail -n 1 "$data/time.txt")")
  done
  printf '%s %s\n' \
    "$(printf '%s\n' "${times[@]}" | sort -g | awk '{ a[NR] = $1 } END { printf "%.3f", a[int((NR + 1) / 2)] / 1000000 }')" \
    "$(printf '%s\n' "${rss[@]}" | sort -g | awk '{ a[NR] = $1 } END { printf "%.0f", a[int((NR + 1) / 2)] / 1024 }')"
}

# Runs a short command RUNS times back to back and prints the mean wall time in seconds (4 decimals). Timing the
# runs together keeps /usr/bin/time's own start, a millisecond or two, out of a figure of a few milliseconds.
measure_short() {
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$runs"); do
    "$@" > /dev/null 2>&1
  done
  end=$(date +%s%N)
  awk -v ns="$(( end - start ))" -v n="$runs" 'BEGIN { printf "%.4f\n", ns / n / 1e9 }'
}

rows_md=""
for rows in "${sizes[@]}"; do
  input="$data/input-$rows.csv"
  [ -f "$input" ] || "${tools[@]}" generate "$rows" "$input"
  size_mb=$(du -m "$input" | cut -f1)
  echo "== $rows rows ($size_mb MB)"
  "$ours" assign "$input" -o "$data/ours-$rows.csv" --output-layout canonical
  "${tools[@]}" duckdb "$input" "$data/duckdb-$rows.csv"
  "${tools[@]}" compare "$data/ours-$rows.csv" "$data/duckdb-$rows.csv"
  read -r ours_s ours_mib < <(measure "$ours" assign "$input" -o "$data/ours-$rows.csv" --output-layout canonical)
  read -r full_s full_mib < <(measure "$ours" assign "$input" -o "$data/full-$rows.csv")
  read -r duck_s duck_mib < <(measure "${tools[@]}" duckdb "$input" "$data/duckdb-$rows.csv")
  read -r cp_s _ < <(measure cp "$input" "$data/copy-$rows.csv")
  ratio=$(awk -v d="$duck_s" -v o="$ours_s" 'BEGIN { printf "%.2f", (o > 0 ? d / o : 0) }')
  cp_ratio=$(awk -v c="$cp_s" -v o="$ours_s" 'BEGIN { printf "%.2f", (c > 0 ? o / c : 0) }')
  echo "kpi-targets ${ours_s}s ${ours_mib} MiB (full output ${full_s}s ${full_mib} MiB) | DuckDB ${duck_s}s ${duck_mib} MiB | cp ${cp_s}s | DuckDB/ours ${ratio}x | ours/cp ${cp_ratio}x"
  rows_md+="| $rows | $size_mb MB | ${ours_s} s | ${ours_mib} MiB | ${full_s} s | ${full_mib} MiB | ${duck_s} s | ${duck_mib} MiB | ${cp_s} s | ${ratio}× | ${cp_ratio}× |"$'\n'
  rm -f "$data/copy-$rows.csv" "$data/full-$rows.csv"
done

echo "== start-up: the Bình Sơn sample, $((runs * 4)) runs"
sample=samples/binh-son-2023/results.csv
read -r _ start_mib < <(runs=$((runs * 4)) measure "$ours" assign "$sample" -o "$data/sample.csv")
start_s=$(runs=$((runs * 4)) measure_short "$ours" assign "$sample" -o "$data/sample.csv")
version_s=$(runs=$((runs * 4)) measure_short "$ours" --version)
echo "sample ${start_s}s ${start_mib} MiB | --version ${version_s}s"

echo "== the rule and the CSV pipeline in process: BenchmarkDotNet (job ${RULE_JOB:-short})"
# CI passes RULE_JOB=dry: one run of each benchmark, to check the harness, not to measure.
# Run from the repository: BenchmarkDotNet finds the project to build from the working folder.
"${tools[@]}" --filter '*RuleBenchmarks*' '*PipelineBenchmarks*' --job "${RULE_JOB:-short}" --exporters github --artifacts "$data/bdn" > "$data/bdn.log"
# A benchmark that failed has no mean (a dry run has no error column either, which is fine).
bdn_table() {
  local table
  table=$(grep '^|' "$data"/bdn/results/*"$1"-report-github.md | sed "s/&#39;//g")
  if awk -F'|' 'NR > 2 && $3 ~ /^ *NA *$/ { bad = 1 } END { exit !bad }' <<< "$table"; then
    echo "BenchmarkDotNet failed to run the $1; see $data/bdn.log" >&2
    exit 1
  fi
  echo "$table"
}
rule_md=$(bdn_table RuleBenchmarks)
pipeline_md=$(bdn_table PipelineBenchmarks)
echo "$rule_md"
echo "$pipeline_md"

cat > "$report" <<MD
# Benchmarks

Written by \`benchmarks/run.sh\` (never by hand) on $(date -u +%Y-%m-%d), on $(nproc) cores of
$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM.

Job: read \`unit,indicator,result_2023\`, apply the rule (relative 10 %, 2 decimals, half away from zero, capped),
write the six canonical columns. kpi-targets is the native AOT binary (\`assign --output-layout canonical\`); DuckDB
is DuckDB.NET in process with 2 threads; both agree row for row on those six columns (checked by the script
before timing). "full" is kpi-targets writing its default ten columns (with the explanation), for reference.
Medians of $runs whole-process runs, each after \`sync\` (untimed), so that no run pays for writing to disk what an
earlier run left in memory; memory is the median peak RSS. Inputs come from
\`KpiTargets.Benchmarks generate ROWS FILE\` (deterministic).

| rows | input | kpi-targets | peak | full | peak | DuckDB | peak | cp | DuckDB / ours | ours / cp |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
$rows_md
Start-up (native, mean of $((runs * 4)) runs back to back, timed together so that the timer's own start is not
counted): \`assign\` on the Bình Sơn sample (303 rows) ${start_s} s, peak ${start_mib} MiB; \`--version\` ${version_s} s.

The rule alone (\`TargetRule.Decide\`, BenchmarkDotNet, JIT, job ${RULE_JOB:-short}); the mix is 1,000 results of
every catalog indicator with 0 to 2 decimals, one in twenty missing, reported per decision:

$rule_md

The pipeline of \`assign\` in process (\`PipelineBenchmarks\`, JIT, job ${RULE_JOB:-short}), per row of a generated
file of 200,000 rows written to the canonical layout in memory: the whole file through CsvHelper, every check, the
rule and the CSV writer on one thread, and the same pipeline over slices of the file on every core (slicing,
threads and joining included):

$pipeline_md

Command: \`benchmarks/run.sh ${sizes[*]}\` (RUNS=$runs).
MD
echo "$report written"
