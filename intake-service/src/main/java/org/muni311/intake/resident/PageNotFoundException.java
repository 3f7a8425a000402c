package org.muni311.intake.resident;

/**
 * What a resident page names (a municipality, a service, a request) is not here: a 404
 * page.
 */
class PageNotFoundException extends RuntimeException {

	PageNotFoundException(String what) {
		super(what + " not found");
	}

}
