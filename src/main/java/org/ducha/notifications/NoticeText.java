package org.ducha.notifications;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notice from the messages files ({@code notice.KIND.subject} and
 * {@code notice.KIND.body}) in a language.
 */
@Component
public class NoticeText {

	private final MessageSource messages;

	NoticeText(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The subject line (inbox title, e-mail subject).
	 * @param kind the kind
	 * @param args the arguments
	 * @param locale the language
	 * @return the text
	 */
	public String subject(NoticeKind kind, List<String> args, Locale locale) {
		return this.messages.getMessage("notice." + kind.name() + ".subject", args.toArray(), locale);
	}

	/**
	 * The body (inbox text, e-mail body, SMS).
	 * @param kind the kind
	 * @param args the arguments
	 * @param locale the language
	 * @return the text
	 */
	public String body(NoticeKind kind, List<String> args, Locale locale) {
		return this.messages.getMessage("notice." + kind.name() + ".body", args.toArray(), locale);
	}

}
