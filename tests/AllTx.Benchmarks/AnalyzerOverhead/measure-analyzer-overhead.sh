#!/usr/bin/env bash
# Measures what the AllTx analyzers cost a team's build (issue 7 target: <= 3 % of the Csc task).
#
# Generates a synthetic consumer of N files (default 1000) that uses the SDK's types (Drug, Dose, Quantity, LabValue,
# MrdResult, PatientId) the way a team would, in a fresh temporary folder; builds it with -p:ReportAnalyzer=true -v:d;
# and prints the AllTx analyzers' total execution time (the AllTx.Analyzers assembly and, within it, the safety rules
# ATX1xxx/ATX2xxx/ATX6001) against the Csc task's time. Deterministic input; nothing is written inside the repository.
#
# Every build is a full rebuild with -p:ReportAnalyzer=true. After one warm-up build (the compiler server loads and JITs
# the analyzers then; it is reported but not counted), RUNS pairs are built alternately: the baseline (the same consumer
# without the AllTx.Analyzers assembly, -p:AtxAnalyzers=false) and the build with it, so that load from other processes
# falls on both alike. Prints each run, then the medians with min–max: the Csc task with and without the ATX analyzers
# (their ratio is the overhead as the build sees it) and the ATX analyzers' ReportAnalyzer time as a share of Csc.
#
# Usage: tests/AllTx.Benchmarks/AnalyzerOverhead/measure-analyzer-overhead.sh [file-count] [runs]
#        KEEP_LOG=/tmp/logs …   also keeps every build log (outside the repository) in that folder for inspection.
#        SHARED_COMPILER=true …  builds with the compiler server (-p:UseSharedCompilation=true), as an IDE or a developer's
#                                repeated `dotnet build` does; the default (false) starts a fresh csc process per build, as
#                                a CI build does, so every build also pays for loading and JIT-compiling the analyzers.
set -euo pipefail

files="${1:-1000}"
runs="${2:-5}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/alltx-analyzer-overhead.XXXXXX")"
# The compiler server a SHARED_COMPILER run starts would outlive the script (and keep its inherited file descriptors).
trap 'if [[ "${SHARED_COMPILER:-false}" == true ]]; then dotnet build-server shutdown --vbcscompiler >/dev/null 2>&1 || true; fi; rm -rf "$work"' EXIT

dotnet build "$repo/src/AllTx.Domain/AllTx.Domain.csproj" -c Release -v:q -nologo > /dev/null
dotnet build "$repo/analyzers/AllTx.CodeFixes/AllTx.CodeFixes.csproj" -c Release -v:q -nologo > /dev/null
lib="$repo/src/AllTx.Domain/bin/Release/net10.0"
analyzers="$repo/analyzers/AllTx.Analyzers/bin/Release/netstandard2.0/AllTx.Analyzers.dll"
generators="$repo/generators/AllTx.Generators/bin/Release/netstandard2.0/AllTx.Generators.dll"

cat > "$work/Consumer.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>enable</ImplicitUsings>
    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$lib/AllTx.Domain.dll" />
    <Reference Include="$lib/AllTx.Primitives.dll" />
    <Analyzer Include="$analyzers" Condition="'\$(AtxAnalyzers)' != 'false'" />
    <Analyzer Include="$generators" />
  </ItemGroup>
</Project>
PROJECT

for ((i = 0; i < files; i++)); do
  cat > "$work/Ward$i.cs" <<SOURCE
using AllTx.Domain.Dosing;
using AllTx.Domain.Drugs;
using AllTx.Domain.Laboratory;
using AllTx.Domain.Mrd;
using AllTx.Domain.Patients;
using AllTx.Domain.Units;

namespace Consumer.Ward$i;

public sealed record Order$i(Drug Drug, Dose Dose, int CycleDay, string Note);

public sealed record Visit$i(PatientId Patient, MrdResult Mrd, LabValue Creatinine, LabValue Bilirubin, DateOnly Date);

public sealed class Service$i
{
    private static readonly Quantity CreatinineLimit = Quantity.Of(1.6m, Unit.MilligramPerDecilitre);
    private static readonly Quantity BilirubinLimit = Quantity.Of(2.0m, Unit.MilligramPerDecilitre);
    private readonly List<Order$i> _orders = new();
    private int _count;

    public Dose Standard { get; } = Dose.Parse("28 ug/d");

    public decimal Price { get; set; }

    public void Add(Order$i order)
    {
        _orders.Add(order);
        _count += order.CycleDay > 7 ? 2 : 1;
    }

    public bool Eligible(Visit$i visit) =>
        visit.Creatinine <= CreatinineLimit && visit.Bilirubin <= BilirubinLimit && visit.Mrd.StatusAgainst() is MrdStatus.MrdNegative;

    public Order$i? Highest()
    {
        Order$i? highest = null;
        foreach (Order$i order in _orders)
        {
            if (highest is null || order.Dose > highest.Dose)
            {
                highest = order;
            }
        }

        return highest;
    }

    public string Describe(Visit$i visit)
    {
        string trend = visit.Mrd.Level is { } level ? level.ToPercentText() : "no quantified level";
        return \$"{visit.Patient} on {visit.Date}: {visit.Mrd.Method} {trend}, {_count} orders, {Price * 1.2m:0.00}";
    }

    public static MrdComparison Trend(MrdResult before, MrdResult after) => MrdComparison.Between(before, after);

    public static int Sum(IEnumerable<int> values)
    {
        int total = 0;
        foreach (int value in values)
        {
            total += value % 3 == 0 ? value : value * 2;
        }

        return total;
    }
}
SOURCE
done


# One full rebuild; prints "<csc seconds> <AllTx.Analyzers seconds> <safety-rule seconds>".
build() {
  local name="$1"; shift
  local log="$work/$name.log"
  (cd "$work" && dotnet build Consumer.csproj -c Release -nologo --no-incremental -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary \
    -p:UseSharedCompilation="${SHARED_COMPILER:-false}" "$@" > "$log")
  if [[ -n "${KEEP_LOG:-}" ]]; then mkdir -p "$KEEP_LOG" && cp "$log" "$KEEP_LOG/"; fi
  awk '
    # Csc task time: the "Task Performance Summary" line, e.g. "     5123 ms  Csc   1 calls".
    /^[[:space:]]+[0-9]+ ms[[:space:]]+Csc[[:space:]]+[0-9]+ calls/ { csc = $1 / 1000 }
    # ReportAnalyzer rows: "<seconds> <percent> <name>"; assembly rows carry "Version=".
    $3 ~ /^AllTx\.Analyzers,/ { assembly = $1 }
    $3 ~ /^AllTx\.Analyzers\.(Dosing|Mrd|LabResults|Privacy|Safety)\./ { safety += ($1 == "<0.001" ? 0 : $1) }
    END {
      if (csc == 0) { print "no Csc task time found in " FILENAME > "/dev/stderr"; exit 1 }
      printf "%.3f %.3f %.3f\n", csc, assembly, safety
    }' "$log"
}

load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "files: $files, runs: $runs, shared compiler: ${SHARED_COMPILER:-false}, cores: $(nproc), load average at start: $(load)"
read -r csc atx safety < <(build warmup)
printf "warm-up (not counted): Csc %.2f s, ATX analyzers %.3f s\n" "$csc" "$atx"

results="$work/results"
: > "$results"
: > "$work/per-analyzer"
for ((r = 1; r <= runs; r++)); do
  read -r base _ _ < <(build "baseline-$r" -p:AtxAnalyzers=false)
  read -r csc atx safety < <(build "atx-$r")
  avg="$(load)"
  echo "$base $csc $atx $safety" >> "$results"
  # Per-analyzer rows of this run: "<analyzer type> <seconds>" (ReportAnalyzer prints "<0.001" for tiny times).
  awk '$3 ~ /^AllTx\.Analyzers\./ { sub(/^AllTx\.Analyzers\./, "", $3); print $3, ($1 == "<0.001" ? 0 : $1) }' "$work/atx-$r.log" >> "$work/per-analyzer"
  printf "run %d: Csc without ATX %.2f s, with ATX %.2f s (ratio %.3f); ATX analyzers %.3f s = %.2f %% of Csc (safety rules %.3f s); load %s\n" \
    "$r" "$base" "$csc" "$(echo "$csc / $base" | bc -l)" "$atx" "$(echo "100 * $atx / $csc" | bc -l)" "$safety" "$avg"
done
echo "load average at end: $(load)"

# Median and min-max of one column (1 baseline, 2 with ATX, 3 ATX time, 4 safety time) or derived ratio.
summary() {
  local label="$1" expression="$2" format="$3"
  awk "{ print $expression }" "$results" | sort -g | awk -v label="$label" -v format="$format" '
    { v[NR] = $1 }
    END {
      median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
      printf "%s: median " format " (min " format ", max " format ")\n", label, median, v[1], v[NR]
    }'
}
summary "Csc without ATX analyzers (s)" '$1' "%.2f"
summary "Csc with ATX analyzers (s)" '$2' "%.2f"
summary "Csc with / without, per pair" '$2 / $1' "%.3f"
summary "ATX analyzers, ReportAnalyzer (s)" '$3' "%.3f"
summary "ATX analyzers, % of Csc" '100 * $3 / $2' "%.2f"
summary "safety rules (ATX1xxx/2xxx/6001), % of Csc" '100 * $4 / $2' "%.2f"

# Each ATX analyzer's ReportAnalyzer time over the counted runs: median (min-max), largest median first.
echo "per analyzer, ReportAnalyzer seconds over the counted runs (median, min-max):"
sort -k1,1 -k2,2g "$work/per-analyzer" | awk '
  function flush() { if (n) printf "%.3f %.3f %.3f %s\n", (n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2), v[1], v[n], name }
  $1 != name { flush(); name = $1; n = 0 }
  { v[++n] = $2 }
  END { flush() }' | sort -k1,1gr -k4,4 | awk '{ printf "  %6.3f (%.3f-%.3f)  %s\n", $1, $2, $3, $4 }'
