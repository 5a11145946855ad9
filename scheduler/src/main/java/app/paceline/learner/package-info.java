/**
 * Learners: who talks to the bot, in which language, and in which time zone. Owns {@link app.paceline.learner.Learners}
 * (the store port) and the use cases that register a learner and record the zone they name. It knows nothing of
 * Telegram or of the words the bot says; the MongoDB adapter lives in {@code mongo/}.
 */
package app.paceline.learner;
