package uk.childrenscomplaints.complaint.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed settings, from {@code application.yml} and the environment ({@code TABLE_NAME}, {@code EVENT_BUS_NAME},
 * {@code SENDER_EMAIL}, {@code COMPLAINTS_TEAM_EMAIL}, {@code BANK_HOLIDAYS_URL}; see template.yaml).
 */
@ConfigurationProperties("complaints")
public record ComplaintsConfiguration(String tableName, String busName, String eventSource, String sender,
        String teamMailbox, String councilName, List<String> teams, Map<String, String> teamManagers,
        Optional<String> bankHolidaysUrl, int reminderWorkingDays, int overdueEveryWorkingDays) {

    public ComplaintsConfiguration {
        teams = teams == null ? List.of() : teams;
        teamManagers = teamManagers == null ? Map.of() : teamManagers;
        eventSource = eventSource == null ? "uk.childrenscomplaints.complaints" : eventSource;
        reminderWorkingDays = reminderWorkingDays <= 0 ? 3 : reminderWorkingDays;
        overdueEveryWorkingDays = overdueEveryWorkingDays <= 0 ? 2 : overdueEveryWorkingDays;
    }
}
