package org.muni311.intake.request;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
		Query query = Query.query(Criteria.where("_id").is(id).and("tenant").is(tenant));
		return Optional.ofNullable(this.mongo.findOne(query, ServiceRequest.class));
	}

}
