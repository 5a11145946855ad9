package app.paceline.fakebotapi;

/** How the whole Bot API misbehaves during an outage. */
public enum Outage {
  /** Every bot request is answered 502 Bad Gateway. */
  BAD_GATEWAY,
  /** Every bot request's connection is closed without a response. */
  DROP_CONNECTION
}
