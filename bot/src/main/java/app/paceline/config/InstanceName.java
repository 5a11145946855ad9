package app.paceline.config;

/** This process's name on its delivery claims and on the metronome lease; unique per running process. */
record InstanceName(String name) {
}
