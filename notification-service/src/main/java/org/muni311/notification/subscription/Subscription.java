package org.muni311.notification.subscription;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The reporter of one request.
 *
 * @param id {@code tenant:requestId}
 * @param tenant the municipality
 * @param requestId the request
 * @param email where to write, or {@code null} when the reporter left none
 * @param language {@code en} or {@code fr}
 */
@Document("subscriptions")
public record Subscription(@Id String id, String tenant, String requestId, String email, String language) {

	/** The id of the subscription to {@code requestId} of {@code tenant}. */
	public static String idOf(String tenant, String requestId) {
		return tenant + ":" + requestId;
	}

}
