namespace DomainModel.Exchange;

/// <summary>The format of an ECB reference-rate file (<see cref="EcbReferenceRates.Format"/>).</summary>
public enum EcbFileFormat
{
    /// <summary>The historical CSV, <c>eurofxref-hist.csv</c>: a <c>Date,USD,JPY,…,</c> header and one row per day.</summary>
    Csv = 0,

    /// <summary>The daily or historical XML, <c>eurofxref-daily.xml</c> or <c>eurofxref-hist.xml</c>.</summary>
    Xml = 1,
}
