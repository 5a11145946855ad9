/** MongoDB adapter for learners: the only place that knows how a learner is stored. */
package app.paceline.learner.mongo;
