package org.muni311.intake.request;

/**
 * Who sent a request. Every field may be {@code null}.
 *
 * @param email where to send status updates
 * @param firstName given name
 * @param lastName family name
 * @param phone phone number
 * @param deviceId the submitting device's id
 * @param accountId the resident's account id in the submitting app
 * @param socialHandle the author's handle when the request came from a social post, to reply in its thread
 */
public record Contact(String email, String firstName, String lastName, String phone, String deviceId,
		String accountId, String socialHandle) {
}
