package org.muni311.intake.request;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.muni311.autoconfigure.tracing.CurrentTrace;
import org.muni311.intake.request.SubmissionCheck.Checked;
import org.muni311.municipality.Municipalities;
import org.muni311.municipality.Municipality;
import org.muni311.municipality.address.AddressPoints.Placement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The one filing path of every channel (Open311, the agent API and console, the resident
 * form, the social webhook): checks a {@link Submission} by the shared rules, files it
 * (once per idempotency key when the channel gives one), then tells the
 * {@link Filed.Listener}s, such as the duplicate search. Nothing is stored unless every
 * check passed; once {@link #file} returns, the request is durable.
 */
@Service
public class RequestIntake {

	private static final Logger log = LoggerFactory.getLogger(RequestIntake.class);

	private static final char[] ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

	private final RequestWriter writer;

	private final IdempotencyKeys keys;

	private final List<Filed.Listener> listeners;

	private final Clock clock;

	private final RequestMetrics metrics;

	private final CurrentTrace trace;

	private final SecureRandom random = new SecureRandom();

	private final Municipalities municipalities;

	RequestIntake(RequestWriter writer, IdempotencyKeys keys, List<Filed.Listener> listeners, Clock clock,
			RequestMetrics metrics, CurrentTrace trace, Municipalities municipalities) {
		this.municipalities = municipalities;
		this.writer = writer;
		this.keys = keys;
		this.listeners = List.copyOf(listeners);
		this.clock = clock;
		this.metrics = metrics;
		this.trace = trace;
	}

	/**
	 * The request {@code submission} describes, checked as {@link #file} would, without
	 * filing it: for a channel that shows possible duplicates first.
	 * @throws RefusedException listing every problem
	 */
	public NewServiceRequest check(Municipality municipality, Submission submission) {
		return placed(municipality, SubmissionCheck.check(submission, municipality)).request();
	}

	/**
	 * {@code checked} with the place of its address when it came without coordinates and
	 * the municipality's address points have it. A civic address they do not have is
	 * refused, so that the resident or agent marks the place (or corrects a typo) rather
	 * than the request going on unplaced; what is no civic address (a landmark, a corner)
	 * and any address of a municipality without address points is filed as given, for
	 * staff to place.
	 */
	private Checked placed(Municipality municipality, Checked checked) {
		NewServiceRequest request = checked.request();
		if (request.location() != null || request.addressString() == null) {
			return checked;
		}
		Placement placement = this.municipalities.placeAddress(municipality.jurisdictionId(), request.addressString());
		return switch (placement.outcome()) {
			case PLACED -> new Checked(checked.service(), request.placedAt(placement.point()));
			case NOT_PLACED ->
				throw new RefusedException(Problem.notPlaced(municipality.jurisdictionId(), request.addressString()));
			case NO_CIVIC_NUMBER, NO_ADDRESS_POINTS -> checked;
		};
	}

	/**
	 * Files {@code submission} for {@code municipality} as {@code filing} says (channel,
	 * by whom, for whom, once per key).
	 * @param traceParent the caller's W3C trace context, or {@code null}
	 * @throws RefusedException listing every problem; nothing was stored
	 * @throws KeyReusedException if the filing's idempotency key was used for a different
	 * submission
	 */
	public Filed file(Municipality municipality, Submission submission, Filing filing, String given) {
		// a channel that passes no trace context files in the trace of the work in
		// progress
		String traceParent = (given != null) ? given : this.trace.traceParent();
		Checked checked;
		try {
			checked = placed(municipality, SubmissionCheck.check(submission, municipality));
		}
		catch (RefusedException ex) {
			this.metrics.refused(filing.channel(), ex);
			throw ex;
		}
		Instant now = this.clock.instant();
		String id = (filing.idempotencyKey() != null) ? fileOnce(municipality, checked, filing, traceParent, now)
				: fileNew(municipality, checked, filing, traceParent, now);
		Filed filed = new Filed(municipality.jurisdictionId(), id, checked.service(), checked.request(), now);
		log.info("Filed request {} of {} via {}", id, municipality.jurisdictionId(), filing.channel());
		this.listeners.forEach((listener) -> listener.filed(filed));
		return filed;
	}

	private String fileNew(Municipality municipality, Checked checked, Filing filing, String traceParent, Instant now) {
		String id = newId();
		try {
			this.writer.insert(id, municipality, checked.service(), checked.request(), filing, traceParent, now);
			received(municipality, checked, filing);
			return id;
		}
		catch (DuplicateKeyException ex) {
			// a 50-bit random id collided: one retry with a new id is enough
			String other = newId();
			this.writer.insert(other, municipality, checked.service(), checked.request(), filing, traceParent, now);
			received(municipality, checked, filing);
			return other;
		}
	}

	private String fileOnce(Municipality municipality, Checked checked, Filing filing, String traceParent,
			Instant now) {
		String id = this.keys.reserve(municipality.jurisdictionId(), filing.idempotencyKey(), filing.fingerprint(),
				this::newId, now);
		try {
			this.writer.insert(id, municipality, checked.service(), checked.request(), filing, traceParent, now);
			received(municipality, checked, filing);
		}
		catch (DuplicateKeyException ex) {
			// the first attempt stored it: this is a retry
		}
		return id;
	}

	private void received(Municipality municipality, Checked checked, Filing filing) {
		this.metrics.received(municipality.jurisdictionId(), filing.channel(), checked.service().group());
	}

	/** Ten characters of Crockford base32: short enough to read out over the phone. */
	private String newId() {
		char[] id = new char[10];
		for (int i = 0; i < id.length; i++) {
			id[i] = ID_ALPHABET[this.random.nextInt(ID_ALPHABET.length)];
		}
		return new String(id);
	}

}
