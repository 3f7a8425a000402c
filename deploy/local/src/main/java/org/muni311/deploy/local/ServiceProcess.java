package org.muni311.deploy.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One child process of the runner, its output in a log file, its health polled over HTTP.
 */
final class ServiceProcess {

	private static final Logger logger = LoggerFactory.getLogger(ServiceProcess.class);

	private static final int TAIL_LINES = 15;

	private static final Duration REPORT_EVERY = Duration.ofSeconds(30);

	private final String name;

	private final Process process;

	private final Path log;

	private ServiceProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code command} with {@code environment} added to this process's own.
	 * @param name what the process is, for messages
	 * @param log where its output goes
	 */
	static ServiceProcess start(String name, List<String> command, Map<String, String> environment, Path log) {
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.environment().putAll(environment);
		builder.redirectErrorStream(true);
		builder.redirectOutput(log.toFile());
		try {
			return new ServiceProcess(name, builder.start(), log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + name + ": " + String.join(" ", command), ex);
		}
	}

	String name() {
		return this.name;
	}

	Path log() {
		return this.log;
	}

	ProcessHandle handle() {
		return this.process.toHandle();
	}

	/** Completes with the exit code when the process ends, for whatever reason. */
	CompletableFuture<Integer> onExit() {
		return this.process.onExit().thenApply(Process::exitValue);
	}

	/**
	 * Polls {@code health} until it answers 200, as long as {@code wait} allows: while
	 * the process is alive and its log grows, up to the wait's limit. Fails at once, with
	 * the end of the log, if the process exits. Says every 30 s which service it is still
	 * waiting for.
	 * @throws ServiceFailedException if the process exited, wrote nothing for the wait's
	 * stall, or the limit passed
	 */
	void awaitHealthy(URI health, StartupWait wait) throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2)).build();
		long started = System.nanoTime();
		long logSize = logSize();
		long lastGrowth = started;
		long nextReport = started + REPORT_EVERY.toNanos();
		while (true) {
			if (!this.process.isAlive()) {
				throw failure("exited with code " + this.process.exitValue() + " while starting");
			}
			try {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
						&& this.process.isAlive()) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			long now = System.nanoTime();
			long size = logSize();
			if (size != logSize) {
				logSize = size;
				lastGrowth = now;
			}
			if (now - started >= wait.limit().toNanos()) {
				throw failure("did not become healthy within " + wait.limit().toSeconds() + " s");
			}
			if (now - lastGrowth >= wait.stall().toNanos()) {
				throw failure("did not become healthy: it wrote nothing for " + wait.stall().toSeconds() + " s (after "
						+ seconds(now - started) + " s)");
			}
			if (now >= nextReport) {
				logger.info("Still waiting for {} to answer {} ({} s so far, its log: {})", this.name, health,
						seconds(now - started), this.log);
				nextReport += REPORT_EVERY.toNanos();
			}
			awaitExit(Duration.ofMillis(500));
		}
	}

	/** Asks the process to stop, then kills it if it has not within {@code grace}. */
	void stop(Duration grace) {
		this.process.destroy();
		if (!awaitExitQuietly(grace)) {
			this.process.destroyForcibly();
			awaitExitQuietly(Duration.ofSeconds(5));
		}
	}

	/** The last lines of the log, for a message. */
	String tail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join(System.lineSeparator(),
					lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(log unreadable: " + ex + ")";
		}
	}

	/**
	 * How much the process has written: a log that grows is a service still starting,
	 * however slowly.
	 */
	private long logSize() {
		try {
			return Files.size(this.log);
		}
		catch (IOException ex) {
			return -1;
		}
	}

	private static long seconds(long nanos) {
		return TimeUnit.NANOSECONDS.toSeconds(nanos);
	}

	private ServiceFailedException failure(String what) {
		return new ServiceFailedException(
				this.name + " " + what + "; its log: " + this.log + System.lineSeparator() + tail());
	}

	/**
	 * Waits for the exit, or for {@code wait} to pass; returns early when the process
	 * ends.
	 */
	private void awaitExit(Duration wait) throws InterruptedException {
		try {
			this.process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// still running: poll again
		}
	}

	private boolean awaitExitQuietly(Duration wait) {
		try {
			return this.process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return !this.process.isAlive();
		}
	}

}
