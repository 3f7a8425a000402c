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
 */
@Document(Photo.COLLECTION)
public record Photo(@Id String id, String tenant, byte[] jpeg, int width, int height, Instant storedAt) {

	/** The collection. */
	public static final String COLLECTION = "photos";

}
