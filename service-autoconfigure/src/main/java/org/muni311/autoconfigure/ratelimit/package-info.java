/**
 * Rate limits every service shares: token buckets (Bucket4j) per limit and client, in
 * memory and bounded, configured by {@code muni311.rate-limits.*} ({@link RateLimits});
 * limits on concurrent streams ({@link ConcurrencyLimits}); and the sign-in throttle that
 * backs off after wrong passwords, per user name and per address, before any password is
 * checked ({@link SignInThrottle}).
 */
package org.muni311.autoconfigure.ratelimit;
