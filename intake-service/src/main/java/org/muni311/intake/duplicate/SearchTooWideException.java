package org.muni311.intake.duplicate;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A duplicate search whose radius, at its latitude, would read more than
 * {@link Geohash#MAX_CELLS} cells: refused (a 400 naming the widest radius possible
 * there) rather than read partly and answered as if complete.
 */
public class SearchTooWideException extends ResponseStatusException {

	SearchTooWideException(double radiusMetres, double lat, double widest) {
		super(HttpStatus.BAD_REQUEST,
				String.format(java.util.Locale.ROOT,
						"radius %.0f m is too wide for a search at latitude %.4f: at most %.0f m there", radiusMetres,
						lat, widest));
	}

}
