/**
 * Every word the bot says, per locale, as ICU MessageFormat templates rendered to Telegram HTML.
 *
 * <p>{@link app.paceline.prompts.Prompts} is the only entry point for the bot: it loads
 * {@code prompts/<language>.properties} from the classpath, escapes and caps every argument, and
 * renders the template for the user's locale (falling back to English). The guard that keeps the
 * translations consistent ({@code PromptCatalogCheck}) is package-private and runs in this
 * module's tests.
 */
package app.paceline.prompts;
