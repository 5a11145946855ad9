/** MongoDB stores of live sessions: RSVPs and the creators' changes to single occurrences. */
package app.paceline.session.mongo;
