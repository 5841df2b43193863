package org.ducha.calendar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	WorkingCalendar workingCalendar() {
		return WorkingCalendar.chinese();
	}

}
