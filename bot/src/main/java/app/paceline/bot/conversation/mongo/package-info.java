/** MongoDB adapter for conversation state. */
package app.paceline.bot.conversation.mongo;
