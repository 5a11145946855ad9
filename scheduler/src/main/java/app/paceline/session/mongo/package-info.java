/** MongoDB stores of live sessions: RSVPs, the creators' changes to single occurrences, recordings and who watched them. */
package app.paceline.session.mongo;
