package app.paceline.config;

import app.paceline.course.CourseCreators;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may create courses on this bot.
 *
 * @param creators {@code PACELINE_CREATORS}: {@code anyone} (the default), or Telegram user ids separated by commas.
 *                 Anything else stops the application at start with one line saying what is wrong.
 */
@ConfigurationProperties("paceline")
public record CreatorsProperties(String creators) {

    public CourseCreators policy() {
        try {
            return CourseCreators.parse(creators);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(e.getMessage());
        }
    }
}
