package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.List;
import java.util.Optional;

/**
 * Typed settings, from {@code application.yml} and the environment ({@code TABLE_NAME}, {@code EVENT_BUS_NAME},
 * {@code SENDER_EMAIL}, {@code COMPLAINTS_TEAM_EMAIL}, {@code BANK_HOLIDAYS_URL}; see template.yaml).
 */
@ConfigurationProperties("complaints")
public record ComplaintsConfiguration(String tableName, String busName, String eventSource, String sender,
        String teamMailbox, String councilName, List<String> teams, Optional<String> bankHolidaysUrl) {
}
