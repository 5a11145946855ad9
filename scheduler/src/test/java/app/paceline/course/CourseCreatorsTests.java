package app.paceline.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.paceline.learner.LearnerId;
import org.junit.jupiter.api.Test;

class CourseCreatorsTests {

    @Test
    void anyoneByDefault() {
        assertThat(CourseCreators.parse("").mayCreate(new LearnerId(5))).isTrue();
        assertThat(CourseCreators.parse(null).mayCreate(new LearnerId(5))).isTrue();
        assertThat(CourseCreators.parse(" Anyone ").mayCreate(new LearnerId(5))).isTrue();
    }

    @Test
    void aListLetsOnlyThoseUsersCreate() {
        CourseCreators creators = CourseCreators.parse("123, 456 789");
        assertThat(creators.mayCreate(new LearnerId(456))).isTrue();
        assertThat(creators.mayCreate(new LearnerId(789))).isTrue();
        assertThat(creators.mayCreate(new LearnerId(5))).isFalse();
    }

    @Test
    void somethingElseIsRefusedWithWhatIsWrong() {
        assertThatThrownBy(() -> CourseCreators.parse("123,@dana")).hasMessageContaining("\"@dana\" is not a user id");
        assertThatThrownBy(() -> CourseCreators.parse("-5")).hasMessageContaining("positive");
    }
}
