namespace Safeguards.Runtime;

/// <summary>
/// The result of reading one record of a case file: either a valid <see cref="CaseRecord"/> or
/// the errors that made it unusable. A bad record never stops the batch; the reader moves on.
/// </summary>
public sealed class CaseReadResult
{
    private CaseReadResult(CaseRecord? record, IReadOnlyList<CaseDataError> errors)
    {
        Record = record;
        Errors = errors;
    }

    /// <summary>The case when it was read without errors.</summary>
    public CaseRecord? Record { get; }

    /// <summary>Every problem found in the record (empty when <see cref="Record"/> is set).</summary>
    public IReadOnlyList<CaseDataError> Errors { get; }

    /// <summary>The first problem, for callers that report one line per bad record.</summary>
    public CaseDataError? Error => Errors.Count > 0 ? Errors[0] : null;

    public bool IsSuccess => Record is not null;

    public static CaseReadResult Success(CaseRecord record) =>
        new(record ?? throw new ArgumentNullException(nameof(record)), Array.Empty<CaseDataError>());

    public static CaseReadResult Failure(IReadOnlyList<CaseDataError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("a failed read has at least one error", nameof(errors));
        }

        return new(null, errors);
    }

    public static CaseReadResult Failure(CaseDataError error) => Failure(new[] { error });
}
