package app.paceline.fakebotapi;

/**
 * A Telegram user played by a test; {@code username} and {@code languageCode} may be null.
 *
 * @param id the user id, which is also the id of the user's private chat with the bot
 * @param firstName the first name shown in messages
 * @param username the @username without the at sign, or null
 * @param languageCode the IETF language tag Telegram reports for the user's client, or null
 */
public record FakeUser(long id, String firstName, String username, String languageCode) {

  /** The user Telegram shows as the sender of anonymous group admins' messages. */
  public static final FakeUser GROUP_ANONYMOUS_BOT = new FakeUser(1087968824L, "Group", "GroupAnonymousBot", null);

  public FakeUser {
    if (firstName == null || firstName.isEmpty()) {
      throw new IllegalArgumentException("a Telegram user needs a first name");
    }
  }
}
