/** MongoDB adapter for the personal calendar: bookings and progress per learner and assignment. */
package app.paceline.calendar.mongo;
