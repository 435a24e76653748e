#!/usr/bin/env bash
# Measures what the AllTx analyzers cost a team's build (issue 7 target: <= 3 % of the Csc task).
#
# Generates a synthetic consumer of N files (default 1000) that uses the SDK's types (Drug, Dose, Quantity, LabValue,
# MrdResult, PatientId) the way a team would, in a fresh temporary folder; builds it with -p:ReportAnalyzer=true -v:d;
# and prints the AllTx analyzers' total execution time (the AllTx.Analyzers assembly and, within it, the safety rules
# ATX1xxx/ATX2xxx/ATX6001) against the Csc task's time. Deterministic input; nothing is written inside the repository.
#
# Usage: tests/AllTx.Benchmarks/AnalyzerOverhead/measure-analyzer-overhead.sh [file-count]
#        KEEP_LOG=/tmp/build.log …   also keeps the detailed build log (outside the repository) for inspection.
set -euo pipefail

files="${1:-1000}"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/alltx-analyzer-overhead.XXXXXX")"
trap 'rm -rf "$work"' EXIT

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
    <Analyzer Include="$analyzers" />
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

log="$work/build.log"
(cd "$work" && dotnet build Consumer.csproj -c Release -nologo -p:ReportAnalyzer=true -v:d -clp:PerformanceSummary > "$log")
if [[ -n "${KEEP_LOG:-}" ]]; then cp "$log" "$KEEP_LOG"; fi

awk -v files="$files" '
  # Csc task time: the "Task Performance Summary" line, e.g. "     5123 ms  Csc   1 calls".
  /^[[:space:]]+[0-9]+ ms[[:space:]]+Csc[[:space:]]+[0-9]+ calls/ { csc = $1 / 1000 }
  # ReportAnalyzer rows: "<seconds> <percent> <name>"; assembly rows carry "Version=".
  /Total analyzer execution time:/ { total_analyzers = $(NF - 1) }
  /Total generator execution time:/ { total_generators = $(NF - 1) }
  $3 ~ /^AllTx\.Analyzers,/ { assembly = $1 }
  $3 ~ /^AllTx\.Analyzers\.(Dosing|Mrd|LabResults|Privacy)\./ { safety += $1 }
  END {
    if (csc == 0) { print "no Csc task time found in the log" > "/dev/stderr"; exit 1 }
    printf "files: %d\n", files
    printf "Csc task: %.3f s\n", csc
    printf "all analyzers (incl. SDK/.NET): %.3f s\n", total_analyzers
    printf "all generators: %.3f s\n", total_generators
    printf "AllTx.Analyzers (all ATX rules): %.3f s = %.2f %% of Csc\n", assembly, 100 * assembly / csc
    printf "  of which safety rules (ATX1xxx, ATX2xxx, ATX6001): %.3f s = %.2f %% of Csc\n", safety, 100 * safety / csc
  }' "$log"
