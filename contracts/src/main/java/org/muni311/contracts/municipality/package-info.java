/**
 * A municipality's configuration as it travels on
 * {@link org.muni311.contracts.Topics#MUNICIPALITIES_CONFIG} and
 * {@link org.muni311.contracts.Topics#MUNICIPALITIES_LAYERS}: what residents can request,
 * who handles it, where. Texts shown to people are maps from language code ({@code en},
 * {@code fr}) to text.
 */
package org.muni311.contracts.municipality;
