package org.muni311.municipality;

/**
 * One line of a municipality's go-live checklist that the clerk's room cannot judge from
 * the configuration alone (staff, a test request): the service that knows contributes it
 * as a bean.
 */
public interface GoLiveCheck {

	/** This check's result for {@code municipality}. */
	GoLive.Check check(Municipality municipality);

}
