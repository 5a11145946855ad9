/**
 * Courses and enrollment: a creator's course file becomes a {@link app.paceline.course.Course} with assignments and
 * their deadline windows, and learners join it by its {@link app.paceline.course.CourseCode}. Owns the ports
 * {@link app.paceline.course.Courses}, {@link app.paceline.course.Enrollments} and
 * {@link app.paceline.course.CourseFileReader}, and the use cases that import a file, enroll, leave and list.
 * It knows nothing of Telegram, YAML or words: problems in a file are codes with arguments that the bot renders;
 * the YAML reader lives in {@code yaml/}, the MongoDB adapters in {@code mongo/}.
 */
package app.paceline.course;
