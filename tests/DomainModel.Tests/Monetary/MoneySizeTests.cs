using System.Runtime.CompilerServices;
using DomainModel;
using Xunit;
using Xunit.Abstractions;

namespace DomainModel.Tests.Monetary;

/// <summary>
/// The size of the value types that are copied on every operation. Money is a 16-byte decimal plus a reference to the
/// currency's immutable data: 24 bytes on 64-bit. 16 bytes would need the currency packed into the decimal's unused
/// flag bits through a process-wide currency index (which custom currencies would have to register in), so the design
/// keeps 24 (docs/money.md, docs/performance.md).
/// </summary>
public sealed class MoneySizeTests(ITestOutputHelper output)
{
    [Fact]
    public void Money_Is24Bytes_ADecimalAndACurrencyReference()
    {
        int money = Unsafe.SizeOf<Money>();
        int currency = Unsafe.SizeOf<Currency>();
        output.WriteLine($"sizeof(Money) = {money} bytes, sizeof(Currency) = {currency} bytes, sizeof(decimal) = {sizeof(decimal)} bytes");
        Assert.Equal(System.IntPtr.Size, currency);
        Assert.Equal(sizeof(decimal) + System.IntPtr.Size, money);
    }
}
