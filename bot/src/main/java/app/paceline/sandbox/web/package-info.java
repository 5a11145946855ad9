/**
 * The sandbox's web chat ({@code java -jar paceline.jar sandbox}): a page that looks like Telegram and a small JSON
 * API that plays personas through the in-process fake Bot API and moves the simulated clock. Owns no domain logic:
 * the bot it talks to is the real application. Only under the {@code sandbox} profile, set by {@code config/SandboxCommandLine}.
 */
package app.paceline.sandbox.web;
