package org.muni311.autoconfigure.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;

/**
 * The W3C {@code traceparent} of the work in progress, for an event to keep: the outbox
 * publishes the event with it, so its consumers continue the trace it was written in.
 */
public final class CurrentTrace {

	private final Tracer tracer;

	CurrentTrace(Tracer tracer) {
		this.tracer = tracer;
	}

	/** The current span as a {@code traceparent}, or {@code null} when there is none. */
	public String traceParent() {
		Span span = this.tracer.currentSpan();
		if (span == null || span.isNoop()) {
			return null;
		}
		TraceContext context = span.context();
		return "00-" + context.traceId() + "-" + context.spanId() + "-"
				+ (Boolean.TRUE.equals(context.sampled()) ? "01" : "00");
	}

	/** The current span's {@code traceparent}, else {@code otherwise}. */
	public String traceParentOr(String otherwise) {
		String current = traceParent();
		return (current != null) ? current : otherwise;
	}

}
