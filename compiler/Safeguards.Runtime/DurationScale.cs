namespace Safeguards.Runtime;

/// <summary>The largest unit a duration is written in (<see cref="Judge.FormatDuration"/>).</summary>
public enum DurationScale
{
    /// <summary>Days, hours, minutes, seconds: for limits counted in days, weeks or months.</summary>
    Days,

    /// <summary>Hours, minutes, seconds: for limits counted in hours or minutes, where "26 hours" is the legal reading.</summary>
    Hours,
}
