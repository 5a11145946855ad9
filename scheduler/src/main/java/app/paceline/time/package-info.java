/**
 * Time as an input. Paceline never reads the wall clock in its domain: one {@link java.time.Clock} is injected and
 * use cases read it once per operation. {@link app.paceline.time.SimulatedClock} lets the whole application run on
 * simulated time (previews, demos, tests).
 */
package app.paceline.time;
