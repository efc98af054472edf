package uk.childrenscomplaints.local.standins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One node stand-in listening on a port the OS handed out. Fault tests can stop it as a stalled service looks from
 * outside ({@link #pause()}: {@code kill -STOP}, connections accepted by the kernel but never answered), let it go on
 * ({@link #resume()}), kill it ({@link #kill()}: connections refused) and start it again on the same port
 * ({@link #restart()}). Both stand-ins keep their data in memory: a kill loses it, a pause keeps it.
 */
public final class StandInProcess implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(StandInProcess.class.getName());
    private static final int ATTEMPTS = 3;
    private static final Duration STARTUP = Duration.ofSeconds(30);
    private static final Duration STOP = Duration.ofSeconds(5);

    private final String name;
    private final URI endpoint;
    private final Path workDir;
    private final Path bin;
    private final Path logDir;
    private volatile Process process;

    private StandInProcess(String name, Process process, URI endpoint, Path workDir, Path bin, Path logDir) {
        this.name = name;
        this.process = process;
        this.endpoint = endpoint;
        this.workDir = workDir;
        this.bin = bin;
        this.logDir = logDir;
    }

    /**
     * Starts {@code bin --port P}; a fresh port is tried if another process grabbed the one the OS offered
     * between our probe and the node server binding it.
     */
    static StandInProcess start(String name, Path workDir, Path bin, Path logDir) {
        IllegalStateException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            int port = freePort();
            Path log = logDir.resolve(name + "-" + port + ".log");
            Process process = launch(workDir, List.of(bin.toString(), "--port", String.valueOf(port)), log);
            StandInProcess standIn =
                    new StandInProcess(name, process, URI.create("http://localhost:" + port), workDir, bin, logDir);
            try {
                standIn.awaitReady(log);
                LOG.log(System.Logger.Level.INFO, "{0} listening on port {1}", name, String.valueOf(port));
                return standIn;
            } catch (IllegalStateException e) {
                standIn.close();
                last = e;
            }
        }
        throw last;
    }

    public URI endpoint() {
        return endpoint;
    }

    public String name() {
        return name;
    }

    /** The process id, for a test that signals the process itself. */
    public long pid() {
        return process.pid();
    }

    /** {@code kill -STOP}: the process and anything it spawned stop where they are, holding their data and sockets. */
    public void pause() {
        signal("-STOP");
    }

    /** {@code kill -CONT}: a paused stand-in goes on, answering what queued up meanwhile. */
    public void resume() {
        signal("-CONT");
    }

    /** Killed outright ({@code SIGKILL}): its port refuses connections, and its in-memory data is gone. */
    public void kill() {
        List<ProcessHandle> children = process.descendants().toList();
        // A paused process would take a SIGTERM only once resumed; SIGKILL needs no co-operation.
        process.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Started again on the same port, empty, after {@link #kill()}; waits until it answers. */
    public synchronized void restart() {
        if (process.isAlive()) {
            kill();
        }
        Path log = logDir.resolve(name + "-" + endpoint.getPort() + "-restarted.log");
        IllegalStateException last = null;
        // The old socket can take a moment to be released; the same port is what clients already point at.
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            process = launch(workDir, List.of(bin.toString(), "--port", String.valueOf(endpoint.getPort())), log);
            try {
                awaitReady(log);
                LOG.log(
                        System.Logger.Level.INFO,
                        "{0} restarted on port {1}",
                        name,
                        String.valueOf(endpoint.getPort()));
                return;
            } catch (IllegalStateException e) {
                process.destroyForcibly();
                last = e;
                sleep(Duration.ofMillis(500));
            }
        }
        throw last;
    }

    private void signal(String signal) {
        List<Long> pids = new java.util.ArrayList<>();
        pids.add(process.pid());
        process.descendants().forEach(h -> pids.add(h.pid()));
        for (long pid : pids) {
            try {
                Process kill = new ProcessBuilder("kill", signal, String.valueOf(pid))
                        .redirectErrorStream(true)
                        .start();
                if (!kill.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS) || kill.exitValue() != 0) {
                    throw new IllegalStateException("kill " + signal + " " + pid + " failed for " + name);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run kill " + signal, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted signalling " + name, e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("The OS gave no free port", e);
        }
    }

    private static Process launch(Path workDir, List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            return new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + command.get(0) + " (is node on the PATH?)", e);
        }
    }

    private void awaitReady(Path log) {
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            // Alive after answering: the answer came from our process, not from a stranger on a clashing port.
            if (answers() && process.isAlive()) {
                return;
            }
            sleep(Duration.ofMillis(100));
        }
        throw new IllegalStateException(name + " did not answer within " + STARTUP + "; see " + log);
    }

    private boolean answers() {
        try {
            HttpURLConnection connection = (HttpURLConnection) endpoint.toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            try {
                // Any HTTP status means the server is up; dynalite answers a bare GET with an error.
                return connection.getResponseCode() > 0;
            } finally {
                connection.disconnect();
            }
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Stops the process and anything it spawned, forcibly if it does not go quietly. */
    @Override
    public void close() {
        if (process.isAlive()) {
            // A paused process ignores SIGTERM until it runs again.
            signalQuietly("-CONT");
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void signalQuietly(String signal) {
        try {
            signal(signal);
        } catch (RuntimeException ignored) {
            // Stopping goes on regardless: destroyForcibly below needs no co-operation.
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a stand-in", e);
        }
    }
}
