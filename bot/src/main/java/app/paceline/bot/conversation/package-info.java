/**
 * Conversations: multi-step flows as explicit state machines whose state is stored
 * ({@link app.paceline.bot.conversation.ConversationStates}), so a restart or another instance continues them.
 * Each flow has a Mermaid diagram beside it. {@code /cancel} always leaves a flow; bad input re-asks and changes
 * nothing. The MongoDB adapter lives in {@code mongo/}.
 */
package app.paceline.bot.conversation;
