package org.muni311.intake.resident;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the resident pages ({@code muni311.intake.pages.*}).
 *
 * @param mapTilesUrl the map's tile server, a Leaflet URL template; blank for no tiles
 * (the map still places a marker, and the typed coordinates always work)
 * @param mapAttribution the credit the tile server asks for
 * @param mapLatitude where the map starts when no location is given yet and the
 * municipality has no layer
 * @param mapLongitude where the map starts when no location is given yet
 * @param mapZoom the map's starting zoom
 */
@ConfigurationProperties("muni311.intake.pages")
public record PagesProperties(String mapTilesUrl, String mapAttribution, Double mapLatitude, Double mapLongitude,
		Integer mapZoom) {

	public PagesProperties {
		mapTilesUrl = (mapTilesUrl != null) ? mapTilesUrl.strip() : "https://tile.openstreetmap.org/{z}/{x}/{y}.png";
		mapAttribution = (mapAttribution != null) ? mapAttribution : "© OpenStreetMap contributors";
		mapLatitude = (mapLatitude != null) ? mapLatitude : 45.4215;
		mapLongitude = (mapLongitude != null) ? mapLongitude : -75.6972;
		mapZoom = (mapZoom != null) ? mapZoom : 13;
	}

}
