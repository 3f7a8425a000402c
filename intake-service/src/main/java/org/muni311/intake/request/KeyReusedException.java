package org.muni311.intake.request;

/** An idempotency key was used before for a different submission: nothing was filed. */
public class KeyReusedException extends RuntimeException {

	KeyReusedException(String key) {
		super("Idempotency-Key '" + key + "' was used for a different request; use a new key for a new request");
	}

}
