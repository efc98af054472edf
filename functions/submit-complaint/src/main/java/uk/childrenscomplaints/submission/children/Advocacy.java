package uk.childrenscomplaints.submission.children;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Who helps a child or young person to complain: the advocacy service the council's profile names
 * ({@code complaints.council.advocacy-*}, from the council's profile). Getters, because the pages read it.
 */
@Singleton
public class Advocacy {
    private final String name;
    private final String phone;
    private final String url;

    public Advocacy(
            @Value("${complaints.council.advocacy-name}") String name,
            @Value("${complaints.council.advocacy-phone}") String phone,
            @Value("${complaints.council.advocacy-url}") String url) {
        this.name = name;
        this.phone = phone;
        this.url = url;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getUrl() {
        return url;
    }
}
