namespace DomainModel.Fiscal;

/// <summary>Which calendar year gives a fiscal year its number.</summary>
public enum FiscalYearNaming
{
    /// <summary>The year in which the fiscal year ends (Microsoft FY2025 ends June 2025; Nvidia fiscal 2025 ends January 2025).</summary>
    ByEndYear = 0,

    /// <summary>The year in which the fiscal year starts.</summary>
    ByStartYear = 1,
}
