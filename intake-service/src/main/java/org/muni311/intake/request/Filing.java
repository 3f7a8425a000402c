package org.muni311.intake.request;

import org.muni311.contracts.ReporterSubscribed;

/**
 * How a request was filed.
 *
 * @param channel {@code open311}, {@code web}, {@code phone} or {@code social}
 * @param role the reporter's subscription role: {@link ReporterSubscribed#REPORTER}, or
 * {@link ReporterSubscribed#CALLER} for someone an agent filed for
 * @param filedBy the agent who filed it, or {@code null} when the reporter did
 */
public record Filing(String channel, String role, String filedBy) {

	/** Filed by the reporter through {@code channel}. */
	public static Filing by(String channel) {
		return new Filing(channel, ReporterSubscribed.REPORTER, null);
	}

	/** Filed by agent {@code agent} for a caller, by phone. */
	public static Filing forCaller(String agent) {
		return new Filing("phone", ReporterSubscribed.CALLER, agent);
	}

}
