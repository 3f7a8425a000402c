package org.muni311.municipality.address;

/** Another import of the same municipality's address points went first. */
public class AddressPointsChangedException extends RuntimeException {

	AddressPointsChangedException(String tenant) {
		super("The address points of " + tenant + " were changed meanwhile: read them again and retry");
	}

}
