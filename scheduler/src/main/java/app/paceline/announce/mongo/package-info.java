/** The announcement store on MongoDB. */
package app.paceline.announce.mongo;
