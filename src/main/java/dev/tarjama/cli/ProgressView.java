package dev.tarjama.cli;

/** Shows how far a run is: a live bar on a terminal, periodic lines in a log, or nothing. */
interface ProgressView {
    ProgressView NONE = new ProgressView() {
        @Override
        public void start(String task, int total) {
        }

        @Override
        public void update(int done, String detail) {
        }

        @Override
        public void stop() {
        }
    };

    void start(String task, int total);

    /** {@code done} of the total are finished; {@code detail} says what is in flight and spent. */
    void update(int done, String detail);

    /** Removes a live display, so the lines that follow start clean. */
    void stop();

    /** Runs {@code print} without garbling a live display. */
    default void printAround(Runnable print) {
        print.run();
    }
}
