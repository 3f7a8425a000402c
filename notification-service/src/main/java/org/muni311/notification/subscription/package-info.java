/** Who wants to hear about which request, by what channel, in which language. Contact data lives only here. */
package org.muni311.notification.subscription;
