package org.muni311.notification.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.muni311.contracts.municipality.MunicipalityConfiguration;

/**
 * How a message is signed: the municipality's name and the ways residents reach it.
 *
 * @param name the municipality's name in the recipient's language
 * @param phone its phone number, or {@code null}
 * @param email its contact address, or {@code null}
 * @param url its web site, or {@code null}
 */
record Signature(String name, String phone, String email, String url) {

	static Signature of(String name, Optional<MunicipalityConfiguration> municipality) {
		MunicipalityConfiguration.Contact contact = municipality.map(MunicipalityConfiguration::contact)
			.orElse(new MunicipalityConfiguration.Contact(null, null, null));
		return new Signature(name, contact.phone(), contact.email(), contact.url());
	}

	String text() {
		List<String> lines = new ArrayList<>(List.of(this.name));
		for (String line : new String[] { this.phone, this.email, this.url }) {
			if (line != null) {
				lines.add(line);
			}
		}
		return String.join("\n", lines);
	}

}
