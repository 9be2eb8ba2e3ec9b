using Safeguards.Runtime.Calendars;
using Safeguards.Runtime.CompilerServices;
using static Safeguards.Compiler.CodeGeneration.CSharpText;

namespace Safeguards.Compiler.CodeGeneration;

/// <summary>The working-day calendars the deadlines count in, as static data (<c>workingCalendar{i}</c>): the weekend, each
/// holiday with its period in force, and the decreed working days, so the compiled pack counts the interpreter's days.</summary>
public sealed partial class CSharpGenerator
{
    private readonly List<WorkingCalendar> workingCalendars = [];

    private void WriteWorkingCalendars()
    {
        foreach (var plan in model.Safeguards)
            foreach (var requirement in plan.Requirements)
                if (requirement is DeadlinePlan { WorkingDays: { } rule } && !workingCalendars.Contains(rule.Calendar, ReferenceEqualityComparer.Instance))
                    workingCalendars.Add(rule.Calendar);
        for (var i = 0; i < workingCalendars.Count; i++)
        {
            var calendar = workingCalendars[i];
            code.Line($"private static readonly global::Safeguards.Runtime.Calendars.WorkingCalendar workingCalendar{i} = new global::Safeguards.Runtime.Calendars.WorkingCalendar({Literal(calendar.Name)},")
                .Line($"    new global::System.DayOfWeek[] {{ {string.Join(", ", calendar.WeekendDays.Select(d => $"global::System.DayOfWeek.{d}"))} }},")
                .Line($"    new global::Safeguards.Runtime.Calendars.Holiday[] {{ {string.Join(", ", calendar.Holidays.Select(HolidayData))} }},")
                .Line($"    new global::System.DateOnly[] {{ {string.Join(", ", calendar.DecreedWorkingDays.Select(d => Date(d)))} }});");
        }
    }

    private string WorkingDayRuleData(WorkingDayRule rule) =>
        $"new WorkingDayRule(workingCalendar{workingCalendars.FindIndex(c => ReferenceEquals(c, rule.Calendar))}, WorkingDayCounting.{rule.Counting})";

    private static string HolidayData(Holiday holiday) => holiday switch
    {
        AnnualHoliday a => $"new global::Safeguards.Runtime.Calendars.AnnualHoliday({Literal(a.Name)}, {Literal(a.Month)}, {Literal(a.Day)}, {Date(a.InForceFrom)}, {Date(a.InForceUntil)})",
        OneOffHoliday o => $"new global::Safeguards.Runtime.Calendars.OneOffHoliday({Literal(o.Name)}, {Date(o.Date)})",
        EasterHoliday e => $"new global::Safeguards.Runtime.Calendars.EasterHoliday({Literal(e.Name)}, {Literal(e.DaysAfterEaster)}, "
            + $"global::Safeguards.Runtime.Calendars.EasterComputus.{e.Computus}, {Date(e.InForceFrom)}, {Date(e.InForceUntil)})",
        _ => throw new InvalidOperationException($"no C# for the holiday kind {holiday.GetType().Name}"),
    };
}
