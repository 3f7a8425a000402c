package org.muni311.autoconfigure.lifecycle;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * When {@code muni311.parent-pid} is set (the local runner sets
 * {@code MUNI311_PARENT_PID}), the service shuts down as soon as that process ends,
 * however it ended: {@code kill -9} of the runner runs no shutdown hook there.
 */
@AutoConfiguration
@ConditionalOnProperty("muni311.parent-pid")
public class ParentProcessAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ParentProcessAutoConfiguration.class);

	@Bean
	ProcessHandle parentProcessWatch(@Value("${muni311.parent-pid}") long parentPid) {
		ProcessHandle parent = ProcessHandle.of(parentPid).orElse(null);
		if (parent == null) {
			log.warn("Parent process {} is already gone; stopping", parentPid);
			exitSoon();
			return ProcessHandle.current();
		}
		parent.onExit().thenRun(() -> {
			log.warn("Parent process {} ended; stopping", parentPid);
			exitSoon();
		});
		return parent;
	}

	private static void exitSoon() {
		// System.exit runs the shutdown hooks, which close the application context
		// gracefully
		new Thread(() -> System.exit(0), "parent-gone").start();
	}

}
