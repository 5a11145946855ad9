/**
 * The benchmark command (docs/benchmarks.md): starts the fake Bot API with its limits on, seeds the embedded store,
 * runs the packaged application as a child process against both, and prints one table of what arrived, how late,
 * at what cost. {@link app.paceline.benchmarks.BenchmarkCommand} is the entry point; each mode is one run class.
 */
package app.paceline.benchmarks;
