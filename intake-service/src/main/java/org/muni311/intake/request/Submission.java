package org.muni311.intake.request;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.muni311.contracts.municipality.ServiceDefinition;

/**
 * What a channel was given for a new request, in its own words and not yet checked: each
 * channel reads its format into one, and {@link RequestIntake} checks it by the rules
 * every channel shares. Absent values stay {@code null}; blank ones count as absent.
 */
public final class Submission {

	private final String serviceCode;

	private final ServiceDefinition classified;

	private String lat;

	private String lon;

	private String addressString;

	private String addressId;

	private String description;

	private String mediaUrl;

	private String firstName;

	private String lastName;

	private String email;

	private String phone;

	private String deviceId;

	private String accountId;

	private String socialHandle;

	private String language;

	private Map<String, List<String>> answers = Map.of();

	private Submission(String serviceCode, ServiceDefinition classified) {
		this.serviceCode = serviceCode;
		this.classified = classified;
	}

	/**
	 * A submission of the service {@code serviceCode}, to be found in the municipality's
	 * catalogue.
	 */
	public static Submission of(String serviceCode) {
		return new Submission(serviceCode, null);
	}

	/**
	 * A submission a channel classified itself, as {@code service} (which may be outside
	 * the catalogue, such as social posts' "unclassified"): its questions go unasked,
	 * since the channel cannot ask them.
	 */
	public static Submission classified(ServiceDefinition service) {
		return new Submission(service.code(), service);
	}

	/** At {@code lat}, {@code lon}, as decimal degrees. */
	public Submission at(String lat, String lon) {
		this.lat = lat;
		this.lon = lon;
		return this;
	}

	/** At the address {@code addressString} (as written) or {@code addressId}. */
	public Submission address(String addressString, String addressId) {
		this.addressString = addressString;
		this.addressId = addressId;
		return this;
	}

	public Submission description(String description) {
		this.description = description;
		return this;
	}

	/** With a photo at {@code mediaUrl}. */
	public Submission media(String mediaUrl) {
		this.mediaUrl = mediaUrl;
		return this;
	}

	/** Sent by this person. */
	public Submission contact(String firstName, String lastName, String email, String phone) {
		this.firstName = firstName;
		this.lastName = lastName;
		this.email = email;
		this.phone = phone;
		return this;
	}

	/** From this device and app account. */
	public Submission device(String deviceId, String accountId) {
		this.deviceId = deviceId;
		this.accountId = accountId;
		return this;
	}

	/** Posted by {@code handle}, to reply to in its thread. */
	public Submission socialHandle(String handle) {
		this.socialHandle = handle;
		return this;
	}

	/**
	 * Updates in {@code language}: {@code en} or {@code fr}, or a locale of either such
	 * as {@code fr_CA}.
	 */
	public Submission language(String language) {
		this.language = language;
		return this;
	}

	/** The answers to the service's questions, by attribute code. */
	public Submission answers(Map<String, List<String>> answers) {
		Map<String, List<String>> given = new LinkedHashMap<>();
		// a JSON body may hold nulls anywhere: they answer nothing
		answers.forEach((code, values) -> {
			if (code != null && values != null) {
				given.put(code, values.stream().filter(Objects::nonNull).toList());
			}
		});
		this.answers = Collections.unmodifiableMap(given);
		return this;
	}

	String serviceCode() {
		return this.serviceCode;
	}

	/**
	 * The service the channel chose itself, or {@code null} to look
	 * {@link #serviceCode()} up.
	 */
	ServiceDefinition classified() {
		return this.classified;
	}

	String lat() {
		return this.lat;
	}

	String lon() {
		return this.lon;
	}

	String addressString() {
		return this.addressString;
	}

	String addressId() {
		return this.addressId;
	}

	String description() {
		return this.description;
	}

	String mediaUrl() {
		return this.mediaUrl;
	}

	Map<String, List<String>> answers() {
		return this.answers;
	}

	String language() {
		return this.language;
	}

	/** The contact, checked. */
	Contact contactChecked() {
		return Contact.of(this.firstName, this.lastName, this.email, this.phone, this.deviceId, this.accountId,
				this.socialHandle);
	}

}
