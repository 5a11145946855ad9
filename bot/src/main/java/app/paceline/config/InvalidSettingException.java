package app.paceline.config;

/** A setting is missing or malformed; its message is the one line an operator sees, with the fix. */
public final class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String message) {
        super(message, null, false, false);
    }
}
