using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace AllTx.Benchmarks.ValueObjects;

/// <summary>
/// One operation = create two values through validation (<c>From</c> vs the hand-written check), compare them, hash one
/// and read its value. Each category compares a value object with its hand-written baseline in the same run.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
public class ValueObjectOperationBenchmarks
{
    private const int Count = 1024;

    private int[] _scores = [];
    private decimal[] _shares = [];
    private string[] _codes = [];

    [GlobalSetup]
    public void Setup()
    {
        Random random = new(20_240_601);
        _scores = Enumerable.Range(0, Count).Select(_ => random.Next(0, 13)).ToArray();
        _shares = Enumerable.Range(0, Count).Select(_ => random.Next(0, 10_001) / 100m).ToArray();
        _codes = Enumerable.Range(0, Count).Select(_ => "DONOR-" + random.Next(0, 20).ToString("D3")).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("int")]
    public int Int_hand_written() => OperationLoop.Run<HandWrittenInt, int>(_scores);

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("int")]
    public int Int_value_object_ValueRange() => OperationLoop.Run<RangedIntValueObject, int>(_scores);

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("int")]
    public int Int_value_object_Validate() => OperationLoop.Run<ValidatedIntValueObject, int>(_scores);

    // Not a value object: the Validate-style check written by hand, to tell the cost of the Validation result pattern
    // from the cost of the value object.
    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("int")]
    public int Int_hand_written_Validate() => OperationLoop.Run<HandWrittenValidatedInt, int>(_scores);

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("decimal")]
    public int Decimal_hand_written() => OperationLoop.Run<HandWrittenDecimal, decimal>(_shares);

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("decimal")]
    public int Decimal_value_object_ValueRange() => OperationLoop.Run<DecimalValueObject, decimal>(_shares);

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("string")]
    public int String_hand_written() => OperationLoop.Run<HandWrittenString>(_codes);

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("string")]
    public int String_value_object_ValueLength() => OperationLoop.Run<StringValueObject>(_codes);

    private readonly struct HandWrittenInt : IOperation<int>
    {
        public static int Apply(int left, int right)
        {
            int a = HandWrittenValidation.MatchScore(left);
            int b = HandWrittenValidation.MatchScore(right);
            return (a == b ? 1 : 0) + a.GetHashCode() + a;
        }
    }

    private readonly struct HandWrittenValidatedInt : IOperation<int>
    {
        public static int Apply(int left, int right)
        {
            int a = HandWrittenValidation.ValidatedMatchScore(left);
            int b = HandWrittenValidation.ValidatedMatchScore(right);
            return (a == b ? 1 : 0) + a.GetHashCode() + a;
        }
    }

    private readonly struct RangedIntValueObject : IOperation<int>
    {
        public static int Apply(int left, int right)
        {
            MatchScore a = MatchScore.From(left);
            MatchScore b = MatchScore.From(right);
            return (a == b ? 1 : 0) + a.GetHashCode() + a.Value;
        }
    }

    private readonly struct ValidatedIntValueObject : IOperation<int>
    {
        public static int Apply(int left, int right)
        {
            ValidatedMatchScore a = ValidatedMatchScore.From(left);
            ValidatedMatchScore b = ValidatedMatchScore.From(right);
            return (a == b ? 1 : 0) + a.GetHashCode() + a.Value;
        }
    }

    private readonly struct HandWrittenDecimal : IOperation<decimal>
    {
        public static int Apply(decimal left, decimal right)
        {
            decimal a = HandWrittenValidation.BlastShare(left);
            decimal b = HandWrittenValidation.BlastShare(right);
            return (a == b ? 1 : 0) + a.GetHashCode() + a.Scale;
        }
    }

    private readonly struct DecimalValueObject : IOperation<decimal>
    {
        public static int Apply(decimal left, decimal right)
        {
            BlastShare a = BlastShare.From(left);
            BlastShare b = BlastShare.From(right);
            return (a == b ? 1 : 0) + a.GetHashCode() + a.Value.Scale;
        }
    }

    private readonly struct HandWrittenString : IOperation<string>
    {
        public static int Apply(string left, string right)
        {
            string a = HandWrittenValidation.DonorCode(left);
            string b = HandWrittenValidation.DonorCode(right);
            return (a == b ? 1 : 0) + a.GetHashCode() + a.Length;
        }
    }

    private readonly struct StringValueObject : IOperation<string>
    {
        public static int Apply(string left, string right)
        {
            DonorCode a = DonorCode.From(left);
            DonorCode b = DonorCode.From(right);
            return (a == b ? 1 : 0) + a.GetHashCode() + a.Value.Length;
        }
    }
}
