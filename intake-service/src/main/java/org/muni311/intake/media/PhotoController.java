package org.muni311.intake.media;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a kept photo at {@link Photos#path}, the {@code media_url} of its request:
 * public, as the Open311 record that points to it, and never changing (its id is its
 * content's).
 */
@RestController
class PhotoController {

	private final Photos photos;

	PhotoController(Photos photos) {
		this.photos = photos;
	}

	@GetMapping("/media/{id}.jpg")
	ResponseEntity<byte[]> photo(@PathVariable String id) {
		return this.photos.find(id)
			.map((photo) -> ResponseEntity.ok()
				.contentType(MediaType.IMAGE_JPEG)
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.header("X-Content-Type-Options", "nosniff")
				.body(photo.jpeg()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

}
