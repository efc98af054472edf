package uk.childrenscomplaints.workflow.letters;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import uk.childrenscomplaints.clock.model.TimescalePolicy;
import uk.childrenscomplaints.complaint.application.casework.PostingLetters;
import uk.childrenscomplaints.complaint.application.ports.Complaints;
import uk.childrenscomplaints.complaint.application.ports.LettersToPost;

/**
 * Marking letters posted (decision 040), built here rather than in shared's factory because only this function posts
 * letters, so no other function builds it.
 */
@Factory
public class LettersFactory {

    @Singleton
    PostingLetters postingLetters(
            Complaints complaints, LettersToPost letters, TimescalePolicy timescales, Clock clock) {
        return new PostingLetters(complaints, letters, timescales, clock);
    }
}
