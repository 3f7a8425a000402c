package org.muni311.intake.open311;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Reads the text fields of a {@code multipart/form-data} body. Parts carrying a file
 * ({@code filename=}) are skipped: GeoReport v2 takes media as {@code media_url}, and a
 * client attaching a photo should not lose its report over it.
 */
final class MultipartForm {

	private static final Pattern BOUNDARY = Pattern
		.compile("(?i);\\s*boundary=(\"([^\"]{1,70})\"|([^;\\s\"]{1,70}))(?=;|\\s|$)");

	private static final Pattern NAME = Pattern.compile("(?i);\\s*name=(\"([^\"]*)\"|([^;\\s]+))");

	private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename\\*?=");

	private MultipartForm() {
	}

	/**
	 * The boundary of {@code contentType}, quoted or not (an unquoted one may contain
	 * {@code =}).
	 */
	static String boundary(String contentType) {
		Matcher matcher = BOUNDARY.matcher(contentType);
		if (!matcher.find()) {
			throw new Open311Exception(HttpStatus.BAD_REQUEST,
					"multipart/form-data needs a boundary of 1 to 70 characters in its Content-Type");
		}
		return (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3);
	}

	static MultiValueMap<String, String> read(byte[] body, String boundary) {
		byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		byte[] crlf = { '\r', '\n' };
		MultiValueMap<String, String> fields = new LinkedMultiValueMap<>();
		int at = indexOf(body, delimiter, 0);
		if (at < 0) {
			throw malformed("the boundary never appears");
		}
		while (true) {
			at += delimiter.length;
			if (startsWith(body, at, new byte[] { '-', '-' })) {
				return fields;
			}
			if (!startsWith(body, at, crlf)) {
				throw malformed("a boundary line must end with CRLF");
			}
			int headersEnd = indexOf(body, new byte[] { '\r', '\n', '\r', '\n' }, at);
			if (headersEnd < 0) {
				throw malformed("a part has no blank line after its headers");
			}
			String headers = new String(body, at + 2, headersEnd - at - 2, StandardCharsets.UTF_8);
			int contentStart = headersEnd + 4;
			byte[] next = concat(crlf, delimiter);
			int contentEnd = indexOf(body, next, contentStart);
			if (contentEnd < 0) {
				throw malformed("the closing boundary is missing");
			}
			part(fields, headers, Arrays.copyOfRange(body, contentStart, contentEnd));
			at = contentEnd + 2;
		}
	}

	private static void part(MultiValueMap<String, String> fields, String headers, byte[] content) {
		String disposition = headers.lines()
			.filter((line) -> line.toLowerCase(Locale.ROOT).startsWith("content-disposition:"))
			.findFirst()
			.orElseThrow(() -> malformed("a part has no Content-Disposition"));
		if (FILENAME.matcher(disposition).find()) {
			return;
		}
		Matcher name = NAME.matcher(disposition);
		if (!name.find()) {
			throw malformed("a part's Content-Disposition has no name");
		}
		String field = (name.group(2) != null) ? name.group(2) : name.group(3);
		String value = FormDecoder.utf8(content, field);
		if (!"null".equals(value)) {
			fields.add(field, value);
		}
	}

	private static Open311Exception malformed(String why) {
		return new Open311Exception(HttpStatus.BAD_REQUEST, "The multipart/form-data body is malformed: " + why);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static boolean startsWith(byte[] body, int at, byte[] prefix) {
		return at + prefix.length <= body.length
				&& Arrays.equals(body, at, at + prefix.length, prefix, 0, prefix.length);
	}

	private static int indexOf(byte[] body, byte[] target, int from) {
		outer: for (int i = from; i <= body.length - target.length; i++) {
			for (int j = 0; j < target.length; j++) {
				if (body[i + j] != target[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
