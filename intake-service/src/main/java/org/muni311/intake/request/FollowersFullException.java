package org.muni311.intake.request;

/**
 * A request that has as many followers as it takes ({@link Followers#MAX_FOLLOWERS}): one
 * more is refused, so that no one can grow its subscriptions without bound.
 */
public class FollowersFullException extends RuntimeException {

	FollowersFullException() {
		super("the request has " + Followers.MAX_FOLLOWERS + " followers, as many as it takes");
	}

}
