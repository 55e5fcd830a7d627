package se.platskompassen.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time the application's process has used so far (user and system, from
 * {@code /proc/<pid>/stat}), read at the start and end of the simulation so that the figure
 * covers exactly the measured run. {@code load.serverPid} names the process and
 * {@code load.clockTicks} the kernel's clock ticks a second (tools/loadtest.sh sets both).
 */
final class ServerCpu {

    private ServerCpu() {
    }

    /** Seconds of CPU time, or 0 when no process is named or it cannot be read. */
    static double seconds() {
        String pid = System.getProperty("load.serverPid");
        if (pid == null || pid.isBlank()) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // The command name in parentheses may hold spaces: count the fields after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks / (double) Integer.getInteger("load.clockTicks", 100);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
