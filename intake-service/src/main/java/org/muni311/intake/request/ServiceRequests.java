package org.muni311.intake.request;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Reads requests, always within one municipality. */
@Service
public class ServiceRequests {

	private final MongoTemplate mongo;

	ServiceRequests(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The request {@code id} of {@code tenant}; empty if absent or another municipality's. */
	public Optional<ServiceRequest> find(String tenant, String id) {
		// the key holds the municipality: one lookup by primary key, and no other municipality's request can match
		return Optional.ofNullable(this.mongo.findById(ServiceRequest.keyOf(tenant, id), ServiceRequest.class));
	}

}
