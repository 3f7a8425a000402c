package org.muni311.intake.open311;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Decodes {@code application/x-www-form-urlencoded} text (bodies and query strings)
 * strictly: malformed percent-encoding ({@code %ZZ}, a trailing {@code %}) and bytes that
 * are not UTF-8 are a 400 naming the field, never a silent replacement character or a
 * 500. A field sent as the literal {@code null}, as some clients do for an empty value,
 * counts as not sent.
 */
final class FormDecoder {

	private FormDecoder() {
	}

	/** The fields of {@code encoded} in order; {@code null} or empty gives none. */
	static MultiValueMap<String, String> decode(String encoded) {
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		if (encoded == null || encoded.isEmpty()) {
			return fields;
		}
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = component((equals < 0) ? pair : pair.substring(0, equals), "a field name");
			String value = (equals < 0) ? "" : component(pair.substring(equals + 1), name);
			if (!"null".equals(value)) {
				fields.add(name, value);
			}
		}
		return fields;
	}

	/** One percent-encoded component, {@code +} meaning a space. */
	static String component(String encoded, String field) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
		for (int i = 0; i < encoded.length(); i++) {
			char c = encoded.charAt(i);
			if (c == '+') {
				bytes.write(' ');
			}
			else if (c == '%') {
				if (i + 2 >= encoded.length()) {
					throw malformed(field);
				}
				int high = Character.digit(encoded.charAt(i + 1), 16);
				int low = Character.digit(encoded.charAt(i + 2), 16);
				if (high < 0 || low < 0) {
					throw malformed(field);
				}
				bytes.write(high * 16 + low);
				i += 2;
			}
			else if (c > 0xFF) {
				byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
				bytes.write(raw, 0, raw.length);
			}
			else {
				bytes.write(c);
			}
		}
		return utf8(bytes.toByteArray(), field);
	}

	/** {@code bytes} as UTF-8; a 400 if they are not. */
	static String utf8(byte[] bytes, String field) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, field + " is not valid UTF-8");
		}
	}

	private static Open311Exception malformed(String field) {
		return new Open311Exception(HttpStatus.BAD_REQUEST,
				field + " has malformed percent-encoding: '%' must be followed by two hexadecimal digits");
	}

}
