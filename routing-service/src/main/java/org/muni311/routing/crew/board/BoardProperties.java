package org.muni311.routing.crew.board;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The crew board ({@code muni311.routing.board.*}).
 *
 * @param mapTilesUrl the map's tile URL template ({@code {z}/{x}/{y}}), OpenStreetMap's
 * by default; blank for a map without tiles (markers only). The board is whole without
 * tiles: the list is the map's accessible alternative
 * @param queueSize how many items a queue page lists at most
 */
@ConfigurationProperties("muni311.routing.board")
record BoardProperties(@DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String mapTilesUrl,
		@DefaultValue("100") int queueSize) {
}
