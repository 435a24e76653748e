using BenchmarkDotNet.Running;

// Run on demand, never in CI: dotnet run -c Release --project tests/AllTx.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
