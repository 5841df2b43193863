package org.ducha.interop.web;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import tools.jackson.databind.json.JsonMapper;

/**
 * The two formats of GeoReport v2, chosen by the URL suffix. A response is built once as
 * maps and lists and written either way: JSON as is, XML by the spec's mechanical mapping
 * (an object is an element of its fields, a list is an element of one element per item,
 * named after the item kind: {@code services/service}, {@code attributes/attribute}).
 */
enum Open311Format {

	JSON(new MediaType("application", "json", StandardCharsets.UTF_8)),

	XML(new MediaType("text", "xml", StandardCharsets.UTF_8));

	/** Element names of list items in XML. */
	private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
			"errors", "error", "attributes", "attribute", "values", "value", "endpoints", "endpoint", "formats",
			"format");

	private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/**
	 * The format a suffix names.
	 * @param suffix {@code json} or {@code xml}
	 * @return the format, or null for anything else
	 */
	static Open311Format of(String suffix) {
		if ("json".equals(suffix)) {
			return JSON;
		}
		return "xml".equals(suffix) ? XML : null;
	}

	/**
	 * Writes a response.
	 * @param status the HTTP status
	 * @param root the XML root element (a list's wrapper, e.g. {@code service_requests})
	 * @param body a map (an object) or a list (an array)
	 * @param json the JSON mapper
	 * @return the response
	 */
	ResponseEntity<String> respond(HttpStatus status, String root, Object body, JsonMapper json) {
		String text = (this == JSON) ? json.writeValueAsString(body) : xml(root, body);
		return ResponseEntity.status(status).contentType(this.mediaType).body(text);
	}

	static String xml(String root, Object body) {
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XML_OUTPUT.createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			element(xml, root, body);
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

	private static void element(XMLStreamWriter xml, String name, Object value) throws XMLStreamException {
		xml.writeStartElement(name);
		if (value instanceof Map<?, ?> fields) {
			for (Map.Entry<?, ?> field : fields.entrySet()) {
				element(xml, field.getKey().toString(), field.getValue());
			}
		}
		else if (value instanceof List<?> items) {
			String item = ITEMS.getOrDefault(name, "item");
			for (Object each : items) {
				element(xml, item, each);
			}
		}
		else if (value != null) {
			xml.writeCharacters(value.toString());
		}
		xml.writeEndElement();
	}

}
