package org.muni311.autoconfigure.warmup;

/**
 * A piece of a service's request path that works in memory alone (no write to the store
 * or the broker), run over and over at start before the service says it is ready
 * ({@link WarmUps}): the JIT compiles it then, and lazy one-time setup is done, instead
 * of during the first minute of requests after a restart, which on a small machine is
 * when a storm's backlog is waiting.
 */
@FunctionalInterface
public interface WarmUp {

	/** Runs the work once; a failure is logged and the start goes on. */
	void run() throws Exception;

}
