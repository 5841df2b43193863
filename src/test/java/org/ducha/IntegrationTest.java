package org.ducha;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The one application context all integration tests share (same configuration, so Spring
 * caches one context): the whole application on a random port, MockMvc, and the database
 * chosen by the environment (H2 by default, PostgreSQL with
 * {@code SPRING_PROFILES_ACTIVE=postgres}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@org.springframework.context.annotation.Import(TestClock.Configuration.class)
public @interface IntegrationTest {

}
