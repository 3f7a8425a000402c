package org.muni311.intake.open311;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Reads the fields of a {@code POST requests}: {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data} (with the boundary quoted or not, since a widely used
 * client sends it unquoted and containing {@code =}) or a JSON object. The body is read
 * here, capped at {@link #MAX_BODY} bytes, rather than by the framework, whose parsers
 * answer a quirky client with a 415 or silently drop a malformed field.
 */
final class Open311Body {

	/**
	 * The largest body accepted: a 4,000-character description in any script fits many
	 * times over.
	 */
	static final int MAX_BODY = 64 * 1024;

	static final String UNSUPPORTED = "Send the request as application/x-www-form-urlencoded, multipart/form-data "
			+ "or application/json";

	private Open311Body() {
	}

	/** The fields of the body. */
	static MultiValueMap<String, String> read(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType == null || contentType.isBlank()) {
			throw new Open311Exception(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED + "; no Content-Type was given");
		}
		String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
		if (!type.equals("application/x-www-form-urlencoded") && !type.equals("multipart/form-data")
				&& !type.equals("application/json")) {
			throw new Open311Exception(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UNSUPPORTED + ", not " + type);
		}
		byte[] body = bytes(request);
		return switch (type) {
			case "application/x-www-form-urlencoded" -> {
				// the form alphabet is ASCII: anything else would be undecodable bytes,
				// reported per field
				yield FormDecoder.decode(new String(body, StandardCharsets.ISO_8859_1));
			}
			case "multipart/form-data" -> MultipartForm.read(body, MultipartForm.boundary(contentType));
			default -> JsonForm.read(body);
		};
	}

	private static byte[] bytes(HttpServletRequest request) {
		long declared = request.getContentLengthLong();
		if (declared > MAX_BODY) {
			throw tooLarge();
		}
		try (InputStream in = request.getInputStream()) {
			byte[] body = in.readNBytes(MAX_BODY + 1);
			if (body.length > MAX_BODY) {
				throw tooLarge();
			}
			return body;
		}
		catch (IOException ex) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST, "The body could not be read: " + ex.getMessage());
		}
	}

	private static Open311Exception tooLarge() {
		return new Open311Exception(HttpStatus.CONTENT_TOO_LARGE,
				"The body is larger than " + MAX_BODY + " bytes; a request needs far less");
	}

}
