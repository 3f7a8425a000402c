/**
 * Who wants to hear about which request, by what channel, in which language, and the
 * status changes that arrived before them, and the signed unsubscribe links. Contact data
 * lives only here and in the delivery log; {@code ContactData} takes it out (erasure,
 * retention), {@code FollowedAddresses} caps the follows of one address.
 */
package org.muni311.notification.subscription;
