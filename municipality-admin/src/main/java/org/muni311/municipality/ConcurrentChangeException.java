package org.muni311.municipality;

/**
 * Another change to the same municipality or layer was stored between reading and
 * writing.
 */
public class ConcurrentChangeException extends RuntimeException {

	ConcurrentChangeException(String what) {
		super(what + " was changed by someone else at the same time; read it again and repeat your change");
	}

}
