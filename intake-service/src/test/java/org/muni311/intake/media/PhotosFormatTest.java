package org.muni311.intake.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;

import javax.imageio.ImageIO;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

}
