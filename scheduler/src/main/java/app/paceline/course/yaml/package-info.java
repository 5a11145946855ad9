/**
 * The course file in YAML: {@link app.paceline.course.yaml.YamlCourseFileReader} turns a file's text into a
 * {@link app.paceline.course.CourseFile} or into every problem it has, with lines and field paths. The only place
 * that imports SnakeYAML; it composes the node tree and never constructs Java objects from tags. The format is
 * described in {@code app/paceline/course/course-file.md}.
 */
package app.paceline.course.yaml;
