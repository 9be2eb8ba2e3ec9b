namespace Safeguards.Runtime;

/// <summary>The units a legal duration may be written in.</summary>
public enum DurationUnit
{
    Minutes,
    Hours,
    Days,
    Weeks,
    Months,
}
