package org.muni311.intake;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;

/**
 * A decompression bomb: a valid PNG of a few hundred KB that declares {@code width} by
 * {@code height} pixels of 8-bit RGB (7000 × 7000 is about 147 MB decoded), written row
 * by row without ever holding the image.
 */
public final class BombPng {

	private BombPng() {
	}

	public static byte[] of(int width, int height) {
		try {
			ByteArrayOutputStream png = new ByteArrayOutputStream();
			DataOutputStream out = new DataOutputStream(png);
			out.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
			ByteArrayOutputStream header = new ByteArrayOutputStream();
			DataOutputStream ihdr = new DataOutputStream(header);
			ihdr.writeInt(width);
			ihdr.writeInt(height);
			ihdr.write(new byte[] { 8, 2, 0, 0, 0 });
			chunk(out, "IHDR", header.toByteArray());
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			try (DeflaterOutputStream deflate = new DeflaterOutputStream(compressed)) {
				byte[] row = new byte[1 + width * 3];
				for (int y = 0; y < height; y++) {
					deflate.write(row);
				}
			}
			chunk(out, "IDAT", compressed.toByteArray());
			chunk(out, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeInt((int) crc.getValue());
	}

}
