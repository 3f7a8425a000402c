/**
 * The agents' API, the call-centre channel ({@code phone}); their web pages are
 * {@code agent.console}. Agents, signed in as staff with the AGENT role for the
 * municipality, file requests on callers' behalf (the caller subscribed with the
 * {@code caller} role, the agent recorded on the request), look up a caller's history,
 * and look for duplicates before filing.
 */
package org.muni311.intake.agent.api;
