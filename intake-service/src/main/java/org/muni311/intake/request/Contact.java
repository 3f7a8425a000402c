package org.muni311.intake.request;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.muni311.contracts.ContactKeys;

/**
 * Who sent a request. Every field may be {@code null}. A channel builds one with
 * {@link #of}, which checks it by the rules every channel shares; the canonical
 * constructor is the stored form.
 *
 * @param email where to send status updates
 * @param firstName given name
 * @param lastName family name
 * @param phone phone number, as given
 * @param deviceId the submitting device's id
 * @param accountId the resident's account id in the submitting app
 * @param socialHandle the author's handle when the request came from a social post, to
 * reply in its thread
 * @param phoneKey {@link #phoneKey(String) phone} as an agent's look-up finds it
 * @param emailKey {@link #emailKey(String) email} as an agent's look-up finds it
 */
public record Contact(String email, String firstName, String lastName, String phone, String deviceId, String accountId,
		String socialHandle, String phoneKey, String emailKey) {

	/** The longest name, device id or account id taken. */
	public static final int MAX_NAME = 200;

	/**
	 * A contact from what a channel was given (each value trimmed, blank ones
	 * {@code null}): names, device and account ids at most {@value #MAX_NAME} characters
	 * without control characters, an {@link Email} and a {@link Phone}.
	 * @throws RefusedException listing every field that is wrong
	 */
	public static Contact of(String firstName, String lastName, String email, String phone, String deviceId,
			String accountId, String socialHandle) {
		Problems problems = new Problems();
		String first = problems.read(() -> Text.check("first_name", firstName, MAX_NAME, false));
		String last = problems.read(() -> Text.check("last_name", lastName, MAX_NAME, false));
		Email address = problems.read(() -> Email.parse(email));
		Phone number = problems.read(() -> Phone.parse(phone));
		String device = problems.read(() -> Text.check("device_id", deviceId, MAX_NAME, false));
		String account = problems.read(() -> Text.check("account_id", accountId, MAX_NAME, false));
		problems.throwIfAny();
		return new Contact((address != null) ? address.address() : null, first, last,
				(number != null) ? number.number() : null, device, account, Text.given(socialHandle));
	}

	/** A contact as given; its look-up keys follow from its phone and email. */
	public Contact(String email, String firstName, String lastName, String phone, String deviceId, String accountId,
			String socialHandle) {
		this(email, firstName, lastName, phone, deviceId, accountId, socialHandle, phoneKey(phone), emailKey(email));
	}

	/**
	 * A phone number as a caller's look-up matches it, however it was written: its
	 * digits, without the North American country code 1 before ten digits
	 * ({@code +1 (613) 555-0100}, {@code 613.555.0100} and {@code 6135550100} are one
	 * number). {@code null} for none.
	 */
	public static String phoneKey(String phone) {
		return ContactKeys.phone(phone);
	}

	/**
	 * An email address as a caller's look-up matches it: trimmed, in lower case.
	 * {@code null} for none.
	 */
	public static String emailKey(String email) {
		return ContactKeys.email(email);
	}

	/**
	 * The keys an erasure finds a person by where intake keeps no contact, such as a
	 * request's followers: a {@link Fingerprint} of the {@link #emailKey} and of the
	 * {@link #phoneKey}, so that the follower's address or number is not kept itself.
	 * Empty for neither.
	 */
	public static List<String> erasureKeys(String email, String phone) {
		List<String> keys = new ArrayList<>(2);
		String address = emailKey(email);
		if (address != null) {
			keys.add(Fingerprint.of(("email\n" + address).getBytes(StandardCharsets.UTF_8)));
		}
		String number = phoneKey(phone);
		if (number != null) {
			keys.add(Fingerprint.of(("phone\n" + number).getBytes(StandardCharsets.UTF_8)));
		}
		return keys;
	}

}
