package org.muni311.deploy.local.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the fault tests start, kill with SIGKILL and start again with the same
 * command.
 */
final class ChildProcess {

	private final String name;

	private final List<String> command;

	private final Map<String, String> environment;

	private final Path log;

	private Process process;

	ChildProcess(String name, List<String> command, Map<String, String> environment, Path log) {
		this.name = name;
		this.command = command;
		this.environment = environment;
		this.log = log;
	}

	String name() {
		return this.name;
	}

	synchronized ChildProcess start() {
		ProcessBuilder builder = new ProcessBuilder(this.command);
		builder.environment().putAll(this.environment);
		builder.redirectErrorStream(true);
		builder.redirectOutput(ProcessBuilder.Redirect.appendTo(this.log.toFile()));
		try {
			this.process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start " + this.name, ex);
		}
		return this;
	}

	/**
	 * {@code kill -9}: no shutdown hook, no flush, no goodbye. Returns once the process
	 * is gone, so that what the load sees from then on it sees with the part down.
	 */
	synchronized void kill() throws InterruptedException {
		this.process.destroyForcibly();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			throw new IllegalStateException(this.name + " still runs 30 s after SIGKILL");
		}
	}

	/** A polite stop (SIGTERM), for the end of the suite. */
	synchronized void stop() throws InterruptedException {
		if (this.process != null && this.process.isAlive()) {
			this.process.destroy();
			if (!this.process.waitFor(20, TimeUnit.SECONDS)) {
				this.process.destroyForcibly();
			}
		}
	}

	synchronized boolean isAlive() {
		return this.process != null && this.process.isAlive();
	}

}
