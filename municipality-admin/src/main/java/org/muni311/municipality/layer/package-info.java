/**
 * Imports a municipality's layer of areas (wards, districts, zones) from a GeoJSON
 * upload: reads it, checks it and reports every problem in words a clerk can act on, and
 * encodes the normalized layer that
 * {@link org.muni311.contracts.municipality.LayerPublished} carries in the format of
 * {@link org.muni311.contracts.municipality.LayerGeometry}. Plain Java: the admin
 * controller calls {@link org.muni311.municipality.layer.LayerImport}.
 */
package org.muni311.municipality.layer;
