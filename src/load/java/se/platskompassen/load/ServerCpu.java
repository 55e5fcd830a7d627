package se.platskompassen.load;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where the machine's CPU went during the measured run: all cores together ({@code /proc/stat}),
 * the application's process and PostgreSQL's processes ({@code /proc/<pid>/stat}, user and
 * system time), and this JVM (Gatling and the virtual residents). Read at the start and the end
 * of the simulation, so that the figures cover exactly the run. {@code load.serverPid} names the
 * application's process and {@code load.clockTicks} the kernel's clock ticks a second
 * (tools/loadtest.sh sets both).
 */
record ServerCpu(double machine, double server, double postgres, double generator) {

    /** The CPU seconds used so far; a figure that cannot be read is 0. */
    static ServerCpu now() {
        return new ServerCpu(machineSeconds(), processSeconds(System.getProperty("load.serverPid", "")),
                ProcessHandle.allProcesses().filter(process -> process.info().user().orElse("").equals("postgres"))
                        .mapToDouble(process -> processSeconds(String.valueOf(process.pid()))).sum(),
                ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime() / 1e9);
    }

    /**
     * Milliseconds of a fixed amount of plain CPU work (the median of seven), the same work as the
     * benchmarks' calibration (src/test/java/.../benchmark/Benchmarks), so that load figures from
     * different machines and moments can be compared.
     */
    static double calibrationMillis() {
        double[] runs = new double[7];
        long sum = 0;
        for (int run = 0; run < runs.length; run++) {
            long start = System.nanoTime();
            for (int i = 0; i < 50_000_000; i++) {
                sum += i % 7;
            }
            runs[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(runs);
        // The sum is used so that the JIT cannot drop the loop as dead code.
        return sum == 42 ? -1 : runs[runs.length / 2];
    }

    /** The properties for tools/loadtest.sh: each part in cores, on average over {@code seconds}. */
    String coresSince(ServerCpu before, double seconds) {
        return String.format(Locale.ROOT, """
                server_cpu_seconds=%.1f
                machine_cores=%.2f
                server_cores=%.2f
                postgres_cores=%.2f
                generator_cores=%.2f
                """, server - before.server, (machine - before.machine) / seconds, (server - before.server) / seconds,
                (postgres - before.postgres) / seconds, (generator - before.generator) / seconds);
    }

    private static double ticksPerSecond() {
        return Integer.getInteger("load.clockTicks", 100);
    }

    private static double machineSeconds() {
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq: busy is all but idle and iowait
            long busy = Long.parseLong(fields[1]) + Long.parseLong(fields[2]) + Long.parseLong(fields[3])
                    + Long.parseLong(fields[6]) + Long.parseLong(fields[7]);
            return busy / ticksPerSecond();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double processSeconds(String pid) {
        if (pid.isBlank()) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            // The command name in parentheses may hold spaces: count the fields after it.
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / ticksPerSecond();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
