package org.muni311.notification.subscription;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The reporter of one request, and the status changes that reached this service before the reporter did.
 *
 * @param id {@code tenant:requestId}
 * @param tenant the municipality
 * @param requestId the request
 * @param subscribed whether the reporter's subscription has arrived; until then {@code email} and
 * {@code language} are unknown and status changes are parked
 * @param email where to write, or {@code null} when the reporter left none
 * @param language {@code en} or {@code fr}
 * @param parked status events (their JSON) that arrived before the subscription, to be delivered once it arrives
 */
@Document(Subscription.COLLECTION)
public record Subscription(@Id String id, String tenant, String requestId, boolean subscribed, String email,
		String language, List<String> parked) {

	/** The MongoDB collection. */
	public static final String COLLECTION = "subscriptions";

	/** The id of the subscription to {@code requestId} of {@code tenant}. */
	public static String idOf(String tenant, String requestId) {
		return tenant + ":" + requestId;
	}

	/** The parked events, never {@code null}. */
	public List<String> parkedEvents() {
		return (this.parked != null) ? this.parked : List.of();
	}

}
