using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Safeguards.Runtime.CompilerServices;

/// <summary>The occurrences of one event type that a requirement looks at: <c>complaint where channel is
/// crime_report</c> is event type <see cref="EventType"/> with one attribute filter.</summary>
public sealed class EventSelector
{
    public EventSelector(int eventType, params AttributeFilter[] filters)
    {
        EventType = eventType;
        Filters = [.. filters];
    }

    /// <summary>The event type's index in its case schema.</summary>
    public int EventType { get; }

    public ImmutableArray<AttributeFilter> Filters { get; }

    /// <summary>The filters as the selection helpers take them (the immutable array's own storage; never written to).</summary>
    internal AttributeFilter[] FilterTable => ImmutableCollectionsMarshal.AsArray(Filters)!;

    public bool HasFilters => Filters.Length > 0;
}
