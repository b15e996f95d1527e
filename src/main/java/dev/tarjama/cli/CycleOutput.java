package dev.tarjama.cli;

import dev.tarjama.api.Watcher;
import dev.tarjama.api.Written;
import dev.tarjama.cli.process.Environment;
import dev.tarjama.model.CycleReport;
import java.nio.file.Path;
import java.time.ZoneId;

/**
 * What a watch tells its user: each article's folder on standard output as it is written; on standard error each
 * cycle's line, every failure of the cycle with its reason and its next attempt, a budget that stopped it, and an
 * outage the watch outlives.
 */
final class CycleOutput implements Watcher.Listener {
    private final Environment env;
    private final Console console;
    private final ZoneId zone = ZoneId.systemDefault();

    CycleOutput(Environment env, Console console) {
        this.env = env;
        this.console = console;
    }

    @Override
    public synchronized void written(Written written) {
        Path shown = Inputs.displayPath(written.folder(), env.workingDirectory());
        console.written(written.article(), shown);
        env.out().println(shown);
        env.out().flush();
    }

    @Override
    public synchronized void cycleEnded(CycleReport report) {
        report.sourceErrors().forEach(console::error);
        for (CycleReport.Failure failure : report.failures()) {
            console.error(failure.line(zone));
        }
        console.info(report.line(zone));
        if (report.budgetReached() != null) {
            console.warn("budget: " + report.budgetReached() + "; " + report.deferred()
                    + (report.deferred() == 1 ? " article waits" : " articles wait") + " for a later cycle");
        }
    }

    @Override
    public void backendOutage(String reason) {
        console.error(reason + " — the watch asks again at the next cycle");
    }

    @Override
    public void warning(String message) {
        console.error(message);
    }

    @Override
    public void detail(String message) {
        console.detail(message);
    }
}
