package org.ducha.notifications;

/**
 * How a notice reaches its recipient.
 */
public enum DeliveryChannel {

	/** The officer's inbox in Ducha (unread count in the navigation). */
	IN_APP,

	/** E-mail over SMTP. */
	EMAIL,

	/** SMS through the {@link SmsGateway}. */
	SMS

}
