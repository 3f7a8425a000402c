package org.muni311.intake.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.muni311.intake.BombPng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A photo is a JPEG or a PNG, as the form says: other images Java could decode are
 * refused before anything is decoded or stored (this {@link Photos} has no store:
 * reaching it would fail otherwise).
 */
class PhotosFormatTest {

	private final Photos photos = new Photos(null, Clock.systemUTC());

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "gif", "bmp" })
	void refusesImagesThatAreNeitherJpegNorPng(String format) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), format, out);

		assertThatExceptionOfType(PhotoRefusedException.class)
			.isThrownBy(() -> this.photos.keep("t", "form", out.toByteArray()))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PhotoRefusedException.Reason.NOT_AN_IMAGE));
	}

	@Test
	void refusesAnImageThatDeclaresMoreThan16MegapixelsBeforeDecodingIt() {
		assertThatExceptionOfType(PhotoRefusedException.class)
			.isThrownBy(() -> this.photos.keep("t", "form", BombPng.of(7000, 7000)))
			.satisfies((ex) -> assertThat(ex.reason()).isEqualTo(PhotoRefusedException.Reason.TOO_LARGE));
	}

	@Test
	void decodesALargePhotoSubsampledToNoLessThanTheKeptSide() {
		assertThat(Photos.subsampling(3000, 1500)).isEqualTo(1);
		assertThat(Photos.subsampling(4096, 3072)).isEqualTo(2);
		assertThat(Photos.subsampling(3400, 6200)).isEqualTo(3);
	}

}
