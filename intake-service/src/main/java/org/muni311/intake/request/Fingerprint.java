package org.muni311.intake.request;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * SHA-256 in hex, intake's one digest: of a submission, so that a retry under an
 * idempotency key is told from a different submission, and of content that needs a stable
 * id (a photo).
 */
public final class Fingerprint {

	private Fingerprint() {
	}

	/** The digest of {@code parts}, one after the other. */
	public static String of(byte[]... parts) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (byte[] part : parts) {
				sha.update(part);
			}
			return HexFormat.of().formatHex(sha.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JVM has SHA-256", ex);
		}
	}

	/**
	 * The digest of form {@code fields} in the order of their names, whatever order they
	 * were sent in.
	 */
	public static String ofFields(Map<String, List<String>> fields) {
		return of(new TreeMap<>(fields).toString().getBytes(StandardCharsets.UTF_8));
	}

}
