package org.muni311.municipality.layer;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading an upload once it passes a size, so that an oversized body is refused
 * after reading just past the limit rather than whole. Remembers that it stopped: the
 * JSON parser wraps the exception in its own.
 */
final class CappedInputStream extends FilterInputStream {

	private final long cap;

	private long read;

	private boolean exceeded;

	CappedInputStream(InputStream in, long cap) {
		super(in);
		this.cap = cap;
	}

	boolean exceeded() {
		return this.exceeded;
	}

	/** Marking would let a reset count bytes twice; the parser does not need it. */
	@Override
	public boolean markSupported() {
		return false;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count(1);
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		int n = super.read(buffer, offset, length);
		if (n > 0) {
			count(n);
		}
		return n;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = super.skip(n);
		count(skipped);
		return skipped;
	}

	private void count(long n) throws IOException {
		this.read += n;
		if (this.read > this.cap) {
			this.exceeded = true;
			throw new IOException("Upload larger than " + this.cap + " bytes");
		}
	}

}
