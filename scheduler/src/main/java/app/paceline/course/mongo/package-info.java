/**
 * MongoDB adapters for courses and enrollments: the only place that knows how they are stored. One document per
 * course in {@code courses} (keyed by code) and per enrollment in {@code enrollments} (keyed by
 * {@code <learner>:<code>}); every write addresses one document by {@code _id}.
 */
package app.paceline.course.mongo;
