/** The challenge stores on MongoDB. */
package app.paceline.challenge.mongo;
