package org.muni311.intake.media;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A resident's photo as kept: a JPEG re-encoded from the upload, no larger than
 * {@link Photos#MAX_SIDE} pixels a side, without the upload's metadata.
 *
 * @param id the photo's id, from the municipality, the form and the upload's bytes
 * @param tenant the municipality
 * @param jpeg the image
 * @param width its width in pixels
 * @param height its height in pixels
 * @param storedAt when it was kept
 * @param attached whether a filed request points to it: {@code false} while its form has
 * not been filed (an orphan once older than its retention); absent on photos kept before
 * the flag, which the purge never matches
 */
@Document(Photo.COLLECTION)
public record Photo(@Id String id, String tenant, byte[] jpeg, int width, int height, Instant storedAt,
		Boolean attached) {

	/** The collection. */
	public static final String COLLECTION = "photos";

	/** The field saying whether a filed request points to the photo. */
	public static final String ATTACHED = "attached";

	/** The field holding when the photo was kept. */
	public static final String STORED_AT = "storedAt";

}
