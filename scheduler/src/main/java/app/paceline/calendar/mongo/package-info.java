/**
 * MongoDB adapters for the personal calendar: bookings and progress per learner and assignment
 * ({@code assignment_progress}), and calendar feed tokens ({@code calendar_feeds}).
 */
package app.paceline.calendar.mongo;
