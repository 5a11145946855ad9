package app.paceline.course;

import app.paceline.learner.LearnerId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link Courses} in a map, for use-case and handler tests; counts writes so tests can see that nothing was stored. */
public final class InMemoryCourses implements Courses {

    private final Map<CourseCode, Course> courses = new ConcurrentHashMap<>();
    private int writes;

    @Override
    public Optional<Course> find(CourseCode code) {
        return Optional.ofNullable(courses.get(code));
    }

    @Override
    public synchronized boolean add(Course course) {
        if (courses.putIfAbsent(course.code(), course) != null) {
            return false;
        }
        writes++;
        return true;
    }

    @Override
    public synchronized void replace(Course course) {
        Course stored = courses.get(course.code());
        courses.put(course.code(), stored == null ? course : course.withTeam(stored.creator(), stored.coCreators()));
        writes++;
    }

    @Override
    public List<Course> createdBy(LearnerId creator) {
        return courses.values().stream().filter(course -> course.isEditableBy(creator)).toList();
    }

    @Override
    public synchronized boolean addCoCreator(CourseCode code, LearnerId user) {
        Course course = courses.get(code);
        if (course == null || course.isEditableBy(user)) {
            return false;
        }
        List<LearnerId> team = new java.util.ArrayList<>(course.coCreators());
        team.add(user);
        courses.put(code, course.withTeam(course.creator(), team));
        writes++;
        return true;
    }

    @Override
    public synchronized boolean removeCoCreator(CourseCode code, LearnerId user) {
        Course course = courses.get(code);
        if (course == null || !course.coCreators().contains(user)) {
            return false;
        }
        List<LearnerId> team = new java.util.ArrayList<>(course.coCreators());
        team.remove(user);
        courses.put(code, course.withTeam(course.creator(), team));
        writes++;
        return true;
    }

    /** Every stored course. */
    public List<Course> all() {
        return List.copyOf(courses.values());
    }

    /** How many times a course was added or replaced. */
    public synchronized int writes() {
        return writes;
    }
}
