package org.muni311.deploy.benchmark;

import org.HdrHistogram.Histogram;

/**
 * A latency distribution in milliseconds.
 *
 * @param count how many were measured
 * @param p50 median
 * @param p99 99th percentile
 * @param max the largest
 */
record Latency(long count, double p50, double p99, double max) {

	static final Latency NONE = new Latency(0, Double.NaN, Double.NaN, Double.NaN);

	/** Histograms here record microseconds, up to an hour. */
	static Histogram histogram() {
		return new Histogram(3_600_000_000L, 3);
	}

	/** The summary of {@code histogram}, which holds microseconds. */
	static Latency of(Histogram histogram) {
		if (histogram.getTotalCount() == 0) {
			return NONE;
		}
		return new Latency(histogram.getTotalCount(), histogram.getValueAtPercentile(50) / 1000.0,
				histogram.getValueAtPercentile(99) / 1000.0, histogram.getMaxValue() / 1000.0);
	}

	static long micros(long nanos) {
		return Math.max(0, nanos / 1000);
	}

}
