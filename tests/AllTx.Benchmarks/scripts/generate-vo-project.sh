#!/usr/bin/env bash
# Measures the value-object generator on the architecture's reference input: a project of N (default 1,000)
# [ValueObject<int>] structs, each with a Validate method. It writes two identical projects into a fresh temporary folder
# (never into the checkout): "Generated" runs AllTx.Generators as an analyzer (ProjectReference, OutputItemType=Analyzer),
# "Baseline" compiles the same sources without the generator. Both are rebuilt RUNS times, alternating, with
#   dotnet build -p:ReportAnalyzer=true -v:d --no-incremental --no-dependencies
# (a cold compiler each time: no compiler server, no node reuse), and the script prints per build the generator time from
# the compiler's ReportAnalyzer section ("Total generator execution time", and the ValueObjectGenerator row), the Csc task
# time and the whole build time, then the medians and the ratios Generated/Baseline.
#
# Usage: tests/AllTx.Benchmarks/scripts/generate-vo-project.sh [COUNT] [RUNS]
# Set KEEP=1 to keep the temporary folder (sources and detailed logs) for a post-mortem.
set -euo pipefail

count="${1:-1000}"
runs="${2:-3}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/alltx-vo-generator-XXXXXX")"
trap '[[ "${KEEP:-0}" == 1 ]] && echo "kept $work" >&2 || rm -rf "$work"' EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_CLI_UI_LANGUAGE=en MSBUILDDISABLENODEREUSE=1
no_server=(-nodeReuse:false -p:UseSharedCompilation=false -tl:off)

# The temporary folder imports nothing from above it and uses the repository's SDK pin.
cp "$repo/global.json" "$work/global.json"
for file in Directory.Build.props Directory.Build.targets Directory.Packages.props; do
  printf '<Project>\n</Project>\n' > "$work/$file"
done

write_project() { # name, with-generator (true|false)
  local dir="$work/$1"
  mkdir -p "$dir"
  local generator=""
  if [[ "$2" == true ]]; then
    generator="    <ProjectReference Include=\"$repo/generators/AllTx.Generators/AllTx.Generators.csproj\" OutputItemType=\"Analyzer\" ReferenceOutputAssembly=\"false\" />"
  fi
  cat > "$dir/$1.csproj" <<PROJECT
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
    <ImplicitUsings>disable</ImplicitUsings>
    <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/src/AllTx.Primitives/AllTx.Primitives.csproj" />
$generator
  </ItemGroup>
</Project>
PROJECT
  for ((i = 1; i <= count; i++)); do
    printf -v name 'ClinicalScore%04d' "$i"
    cat > "$dir/$name.cs" <<SOURCE
using AllTx;

namespace GeneratorLoad;

[ValueObject<int>]
public readonly partial struct $name
{
    private static Validation Validate(int value) =>
        value >= 0 && value <= $i ? Validation.Ok : Validation.Invalid("must be between 0 and $i");
}
SOURCE
  done
}

write_project Generated true
write_project Baseline false

# Restore and build both once (this also builds AllTx.Primitives and AllTx.Generators); the measured builds that follow
# rebuild only the measured project.
for project in Generated Baseline; do
  dotnet build "$work/$project/$project.csproj" -c Release -v:q "${no_server[@]}" > "$work/$project.warmup.log" \
    || { cat "$work/$project.warmup.log"; exit 1; }
done

seconds_of() { # log, awk pattern -> first number on the matching line
  grep -m1 -E "$2" "$1" | grep -oE '[0-9]+([.,][0-9]+)?' | head -1 | tr ',' '.'
}

declare -A generator_total generator_row csc wall
for ((run = 1; run <= runs; run++)); do
  for project in Generated Baseline; do
    log="$work/$project.run$run.log"
    start=$(date +%s.%N)
    dotnet build "$work/$project/$project.csproj" -c Release --no-restore --no-incremental --no-dependencies \
      -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary "${no_server[@]}" > "$log" \
      || { tail -50 "$log"; exit 1; }
    end=$(date +%s.%N)
    wall[$project,$run]=$(echo "$end - $start" | bc)
    csc[$project,$run]=$(( $(grep -m1 -E '^\s+[0-9]+ ms\s+Csc\s' "$log" | awk '{print $1}') ))
    generator_total[$project,$run]=$(seconds_of "$log" 'Total generator execution time' || true)
    generator_row[$project,$run]=$(grep -m1 -E 'AllTx\.Generators\.ValueObjects\.ValueObjectGenerator' "$log" \
      | grep -oE '^\s*<?[0-9]+([.,][0-9]+)?' | tr -d ' <' | tr ',' '.' || true)
    printf '%-9s run %d: generator total %6s s, ValueObjectGenerator %6s s, Csc %6.2f s, build %6.2f s\n' \
      "$project" "$run" "${generator_total[$project,$run]:--}" "${generator_row[$project,$run]:--}" \
      "$(echo "${csc[$project,$run]} / 1000" | bc -l)" "${wall[$project,$run]}"
  done
done

median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
values() { local project=$1 metric=$2; for ((run = 1; run <= runs; run++)); do eval "echo \${$metric[$project,$run]}"; done; }

generated_generator=$(median $(values Generated generator_total))
baseline_generator=$(median $(values Baseline generator_total))
generated_row=$(median $(values Generated generator_row))
generated_csc=$(median $(values Generated csc))
baseline_csc=$(median $(values Baseline csc))
generated_wall=$(median $(values Generated wall))
baseline_wall=$(median $(values Baseline wall))

echo
echo "Medians of $runs runs, $count [ValueObject<int>] structs with Validate:"
printf '| Measure | Generated | Baseline (no generator) | Ratio |\n|---|---:|---:|---:|\n'
printf '| Total generator execution time (all generators, the SDK'"'"'s own included) | %s s | %s s | - |\n' "$generated_generator" "$baseline_generator"
printf '| AllTx ValueObjectGenerator | %s s | - | - |\n' "$generated_row"
printf '| Csc task | %.2f s | %.2f s | %.2f |\n' "$(echo "$generated_csc / 1000" | bc -l)" "$(echo "$baseline_csc / 1000" | bc -l)" "$(echo "$generated_csc / $baseline_csc" | bc -l)"
printf '| Whole build (dotnet build) | %.2f s | %.2f s | %.2f |\n' "$generated_wall" "$baseline_wall" "$(echo "$generated_wall / $baseline_wall" | bc -l)"
