/**
 * The delivery engine: everything Paceline sends on its own initiative goes through it. Planners write
 * {@link app.paceline.delivery.DeliveryPlan}s to the ledger ({@link app.paceline.delivery.PlannedDeliveries}) under
 * deterministic keys; {@link app.paceline.delivery.DeliveringDueNotifications} claims what is due, applies the time
 * policies, sends within Telegram's limits ({@link app.paceline.delivery.SendBudget}) through the
 * {@link app.paceline.delivery.Notifier} port, and records every outcome and decision. It knows nothing of
 * Telegram or of words; the MongoDB adapters live in {@code mongo/}.
 */
package app.paceline.delivery;
