package uk.childrenscomplaints.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HttpRouteTest {

    @Test
    void aParameterTakesOneSegmentAndAGreedyProxyTakesTheRest() {
        assertThat(new HttpRoute("F", "get", "/complaints/{id}").match("GET", "/complaints/AB12"))
                .contains(Map.of("id", "AB12"));
        assertThat(new HttpRoute("F", "GET", "/complaints/{id}").match("GET", "/complaints/AB12/notes"))
                .isEmpty();
        assertThat(new HttpRoute("F", "GET", "/assets/{proxy+}").match("GET", "/assets/css/app.css"))
                .contains(Map.of("proxy", "css/app.css"));
        assertThat(new HttpRoute("F", "GET", "/assets/{proxy+}").match("GET", "/assets"))
                .isEmpty();
        assertThat(new HttpRoute("F", "POST", "/complaints").match("GET", "/complaints"))
                .isEmpty();
        assertThat(new HttpRoute("F", "ANY", "/complaints").match("DELETE", "/complaints"))
                .contains(Map.of());
    }

    @Test
    void theMostSpecificRouteWins() {
        RouteTable table = new RouteTable(List.of(
                new HttpRoute("Greedy", "GET", "/{proxy+}"),
                new HttpRoute("Param", "GET", "/complaints/{id}"),
                new HttpRoute("Literal", "GET", "/complaints/new")));

        assertThat(table.find("GET", "/complaints/new").orElseThrow().route().functionId())
                .isEqualTo("Literal");
        assertThat(table.find("GET", "/complaints/X1").orElseThrow().route().functionId())
                .isEqualTo("Param");
        assertThat(table.find("GET", "/other/thing").orElseThrow().route().functionId())
                .isEqualTo("Greedy");
    }
}
