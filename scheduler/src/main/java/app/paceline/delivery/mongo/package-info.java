/** MongoDB adapters of the delivery engine: the ledger, its leases and history, and unreachable chats. */
package app.paceline.delivery.mongo;
