package uk.childrenscomplaints.reports.email;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import uk.childrenscomplaints.complaint.application.ReportMailer;
import uk.childrenscomplaints.complaint.infrastructure.ComplaintsConfiguration;

/**
 * The report mailer, here rather than in shared's {@code ComplaintsFactory} because only this function lays out and
 * sends the reports. It uses shared's SES client, so the endpoint settings are the same as for every other send.
 */
@Factory
public class ReportEmailFactory {

    @Singleton
    ReportMailer reportMailer(SesV2Client ses, ComplaintsConfiguration config, Clock clock) {
        return new SesReportMailer(ses, config.sender(), config.councilName(), clock,
                config.sesConfigurationSet().orElse(null));
    }
}
