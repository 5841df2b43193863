package org.ducha;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Ducha (督察): eco-environmental inspection campaigns — intake, casework, disclosure and
 * rectification.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DuchaApplication {

	public static void main(String[] args) {
		SpringApplication.run(DuchaApplication.class, args);
	}

}
