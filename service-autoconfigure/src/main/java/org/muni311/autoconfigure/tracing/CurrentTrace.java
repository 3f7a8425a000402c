package org.muni311.autoconfigure.tracing;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The W3C {@code traceparent} of the work in progress, for an event to keep: the outbox
 * publishes the event with it, so its consumers continue the trace it was written in.
 */
public final class CurrentTrace {

	private final Tracer tracer;

	private final Propagator propagator;

	CurrentTrace(Tracer tracer, Propagator propagator) {
		this.tracer = tracer;
		this.propagator = propagator;
	}

	/**
	 * Runs {@code work} in a new consumer span named {@code name} that continues the
	 * trace of {@code traceParent} (an event's), so that what it logs and writes carries
	 * that trace; without one, runs it in the current context. A batch consumer handles
	 * many events' traces in one poll: it calls this around each event's own part.
	 */
	public void continued(String traceParent, String name, Runnable work) {
		if (traceParent == null) {
			work.run();
			return;
		}
		Span span = this.propagator.extract(traceParent, (carrier, key) -> "traceparent".equals(key) ? carrier : null)
			.name(name)
			.kind(Span.Kind.CONSUMER)
			.start();
		try (Tracer.SpanInScope scope = this.tracer.withSpan(span)) {
			work.run();
		}
		finally {
			span.end();
		}
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
