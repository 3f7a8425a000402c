package org.muni311.intake.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.muni311.intake.request.Fingerprint;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Keeps residents' photos. An upload must be a JPEG or a PNG (what the form promises; no
 * other decoder is exposed) of at most {@link #MAX_BYTES} and {@link #MAX_PIXELS} pixels,
 * as its header declares, checked before anything is decoded (a small file can declare a
 * huge image: a decompression bomb). It is decoded subsampled, less than twice
 * {@link #MAX_SIDE} a side in memory, by at most {@link #DECODES} uploads at once (others
 * wait a little, then are refused as busy), and kept re-encoded as a JPEG of at most
 * {@link #MAX_SIDE} pixels a side, which drops its metadata (location, camera, time). Its
 * id comes from the municipality, the form and the bytes, so the same form sent twice
 * keeps one photo and files one report.
 */
@Service
public class Photos {

	/** The largest upload taken. */
	public static final int MAX_BYTES = 8 * 1024 * 1024;

	/**
	 * The most pixels an upload may declare (a small file can declare a huge image): a 16
	 * Mpx phone photo is taken.
	 */
	static final long MAX_PIXELS = 16_800_000L;

	/** The most uploads decoded at once; each holds at most a subsampled image. */
	static final int DECODES = 2;

	/** How long an upload waits for a free decoder before it is refused as busy. */
	private static final long DECODE_WAIT_SECONDS = 5;

	private static final Semaphore DECODING = new Semaphore(DECODES, true);

	/** The formats taken, as ImageIO names them. */
	private static final Set<String> ACCEPTED_FORMATS = Set.of("jpeg", "png");

	/** The longest side of a kept photo. */
	static final int MAX_SIDE = 2048;

	private final MongoTemplate mongo;

	private final Clock clock;

	Photos(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/**
	 * Keeps {@code upload}, sent with the form {@code formToken} to {@code tenant};
	 * returns the photo's id.
	 * @throws PhotoRefusedException if it is too large or not a readable image
	 */
	public String keep(String tenant, String formToken, byte[] upload) {
		if (upload.length > MAX_BYTES) {
			throw new PhotoRefusedException(PhotoRefusedException.Reason.TOO_LARGE);
		}
		BufferedImage image = read(upload);
		String id = idOf(tenant, formToken, upload);
		byte[] jpeg = jpeg(scaled(image));
		// an upsert by id: the same form sent again after its report was filed keeps the
		// photo attached
		this.mongo.upsert(Query.query(Criteria.where("_id").is(id)),
				new Update().set("tenant", tenant)
					.set("jpeg", jpeg)
					.set("width", scaledWidth(image))
					.set("height", scaledHeight(image))
					.set(Photo.STORED_AT, this.clock.instant())
					.setOnInsert(Photo.ATTACHED, false),
				Photo.class);
		return id;
	}

	/**
	 * Notes that a filed request points to photo {@code id}: it is no orphan, and is
	 * kept.
	 */
	public void attach(String id) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update(Photo.ATTACHED, true),
				Photo.class);
	}

	/**
	 * Deletes the photos kept before {@code before} that no filed request points to
	 * (forms never sent, or refused and abandoned); returns how many. Served by the index
	 * {@link PhotoIndexes} declares.
	 */
	public long purgeOrphans(Instant before) {
		return this.mongo
			.remove(Query.query(Criteria.where(Photo.ATTACHED).is(false).and(Photo.STORED_AT).lt(before)), Photo.class)
			.getDeletedCount();
	}

	/** Where photo {@code id} is served, from the service's root. */
	public static String path(String id) {
		return "/media/" + id + ".jpg";
	}

	/** The photo {@code id}, if kept. */
	public Optional<Photo> find(String id) {
		return Optional.ofNullable(this.mongo.findById(id, Photo.class));
	}

	private static BufferedImage read(byte[] upload) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			ImageReader reader = jpegOrPngReader(in);
			try {
				reader.setInput(in, true, true);
				// the header's size, read before any pixel is
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if ((long) width * height > MAX_PIXELS) {
					throw new PhotoRefusedException(PhotoRefusedException.Reason.TOO_LARGE);
				}
				ImageReadParam param = reader.getDefaultReadParam();
				int step = subsampling(width, height);
				param.setSourceSubsampling(step, step, 0, 0);
				return decode(reader, param);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof PhotoRefusedException refused) {
				throw refused;
			}
			throw new PhotoRefusedException(PhotoRefusedException.Reason.NOT_AN_IMAGE);
		}
	}

	/**
	 * The step that decodes an image of {@code width} by {@code height} to less than
	 * twice {@link #MAX_SIDE} a side but not less than it (then scaled smoothly to it):
	 * every {@code step}-th pixel of every {@code step}-th row.
	 */
	static int subsampling(int width, int height) {
		return Math.max(1, Math.max(width, height) / MAX_SIDE);
	}

	private static BufferedImage decode(ImageReader reader, ImageReadParam param) throws IOException {
		boolean free;
		try {
			free = DECODING.tryAcquire(DECODE_WAIT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			free = false;
		}
		if (!free) {
			throw new PhotoRefusedException(PhotoRefusedException.Reason.BUSY);
		}
		try {
			return reader.read(0, param);
		}
		finally {
			DECODING.release();
		}
	}

	private static ImageReader jpegOrPngReader(ImageInputStream in) throws IOException {
		Iterator<ImageReader> readers = (in != null) ? ImageIO.getImageReaders(in) : null;
		while (readers != null && readers.hasNext()) {
			ImageReader reader = readers.next();
			if (ACCEPTED_FORMATS.contains(reader.getFormatName().toLowerCase(Locale.ROOT))) {
				return reader;
			}
			reader.dispose();
		}
		throw new PhotoRefusedException(PhotoRefusedException.Reason.NOT_AN_IMAGE);
	}

	private static int scaledWidth(BufferedImage image) {
		return (int) Math.max(1, Math.round(image.getWidth() * factor(image)));
	}

	private static int scaledHeight(BufferedImage image) {
		return (int) Math.max(1, Math.round(image.getHeight() * factor(image)));
	}

	private static double factor(BufferedImage image) {
		return Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
	}

	/**
	 * The image at most {@link #MAX_SIDE} a side, in RGB on white (a JPEG has no
	 * transparency).
	 */
	private static BufferedImage scaled(BufferedImage image) {
		BufferedImage out = new BufferedImage(scaledWidth(image), scaledHeight(image), BufferedImage.TYPE_INT_RGB);
		Graphics2D g = out.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, out.getWidth(), out.getHeight());
			g.drawImage(image, 0, 0, out.getWidth(), out.getHeight(), null);
		}
		finally {
			g.dispose();
		}
		return out;
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam quality = writer.getDefaultWriteParam();
			quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			quality.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), quality);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot encode a JPEG in memory", ex);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	private static String idOf(String tenant, String formToken, byte[] upload) {
		return Fingerprint.of((tenant + "\n" + formToken + "\n").getBytes(StandardCharsets.UTF_8), upload)
			.substring(0, 32);
	}

}
