/** MongoDB adapter of broadcasts: {@link app.paceline.broadcast.mongo.MongoBroadcasts}. */
package app.paceline.broadcast.mongo;
