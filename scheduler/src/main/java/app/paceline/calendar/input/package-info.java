/**
 * Typed times: what a learner writes when booking time for an assignment ({@code tomorrow 19:30}, {@code Fri 8pm},
 * {@code через 2 часа}) becomes an exact {@link java.time.Instant} in their time zone, or a
 * {@link app.paceline.calendar.input.TimeProblem} code with arguments that the bot renders in the learner's language.
 * Entry point: {@link app.paceline.calendar.input.TimeInput}. Pure functions of the text, the zone and {@code now}:
 * no clock, no storage, no words; nothing here decides whether a slot is free (that is the calendar's job).
 */
package app.paceline.calendar.input;
